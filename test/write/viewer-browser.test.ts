// The viewer in headless Chromium from file://: search finds a module, its page leads to its SCC, links lead to imported SCCs; also without JavaScript.
import test from 'ava';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderGraphs } from '../../src/render/render-graphs.js';
import { sccLinks } from '../../src/pipeline/render-outputs.js';
import { viewerOutputs } from '../../src/pipeline/viewer-outputs.js';
import { overviewDot } from '../../src/write/overview-dot.js';
import { writeOutputs, type OutputFile } from '../../src/write/write-if-changed.js';
import { exampleDots } from '../helpers/example-dots.js';
import { chromiumMissing, launchChromium } from '../helpers/chromium.js';
import { projectRoot } from '../helpers/project.js';

const outputDir = join(projectRoot, 'test-output');
const viewerDir = join(outputDir, 'viewer');

// Builds the calculator example's viewer directory the way the pipeline does: DOT, SVG (WebAssembly), overview, index.html and its data files.
async function buildViewer(): Promise<string> {
  const { analysis, jobs } = await exampleDots('calculator');
  const { names, graph } = analysis.moduleGraph;
  const scc = analysis.components;
  const overview = overviewDot({ names, graph, scc });
  const batch = await renderGraphs([...jobs, { name: 'overview', dot: overview }], { renderer: 'wasm' });
  const files: OutputFile[] = [{ path: join(viewerDir, 'overview.dot'), content: overview }];
  for (const job of jobs) files.push({ path: join(viewerDir, `${job.name}.dot`), content: job.dot });
  for (const result of batch.results) if (result.status === 'rendered') files.push({ path: join(viewerDir, `${result.name}.svg`), content: result.svg });
  const pictured = new Set(['overview', ...jobs.map((j) => j.name)]);
  files.push(...viewerOutputs(analysis, viewerDir, { pictured, notes: new Map(), links: sccLinks(analysis) }));
  rmSync(viewerDir, { recursive: true, force: true });
  await writeOutputs(files);
  return join(viewerDir, 'index.html');
}

// Without Chromium the tests are registered as skipped, with the reason.
const browserTest = chromiumMissing === undefined ? test.serial : test.skip;
const skipNote = chromiumMissing === undefined ? '' : ` (skipped: ${chromiumMissing})`;

browserTest('the viewer finds a module by search, opens its page, then its SCC, and follows a link to an imported SCC, from file://' + skipNote, async (t) => {
  const index = await buildViewer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(index).href);
    t.is(await page.locator('main#app h2').first().textContent(), 'Overview', 'the overview is the start page');
    t.is(await page.locator('main#app object').getAttribute('data'), 'overview.svg');

    await page.locator('#search').pressSequentially('histo');
    const hit = page.locator('#results a', { hasText: 'calc.history' });
    await hit.click();
    // Each page is drawn after its data file loads: wait for the new title before reading it (the old page's is there until then).
    await page.locator('#module-title', { hasText: /calc\.history is in SCC/ }).waitFor();
    t.regex(await page.locator('#module-title').textContent() ?? '', /calc\.history is in SCC/);
    await page.locator('#module-title a').click();
    await page.locator('#scc-title', { hasText: 'SCC calc.history' }).waitFor();
    t.is(await page.locator('#scc-title').textContent(), 'SCC calc.history (2 modules)');
    t.is(await page.locator('main#app .picture object').getAttribute('data'), 'imports_calc.history.svg');

    await page.locator('.links.imports-sccs a', { hasText: 'calc.errors' }).click();
    await page.locator('#scc-title', { hasText: 'SCC calc.errors' }).waitFor();
    t.regex(await page.locator('#scc-title').textContent() ?? '', /^SCC calc\.errors \(\d+ modules\)$/);
    t.is(await page.locator('main#app .picture object').getAttribute('data'), 'imports_calc.errors.svg');
    t.true((await page.locator('.links.imported-by-sccs a').allTextContents()).some((s) => s.startsWith('calc.history')));
    await page.waitForTimeout(300); // let the <object> paint its SVG for the screenshot
    mkdirSync(outputDir, { recursive: true });
    await page.screenshot({ path: join(outputDir, 'viewer.png'), fullPage: true });
    t.true(requests.every((url) => url.startsWith('file:')), 'no network');
  } finally {
    await browser.close();
  }
});

browserTest('without JavaScript the viewer is a plain list of links that still lead to each SCC' + skipNote, async (t) => {
  const index = await buildViewer();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathToFileURL(index).href);
    t.true(await page.locator('#static').isVisible());
    t.false(await page.locator('#search').isVisible());
    const line = page.locator('[id="module/calc.repl"]');
    t.regex((await line.textContent()) ?? '', /calc\.repl: in SCC calc\.history/);
    await line.locator('a').click();
    t.true(page.url().endsWith('#scc/calc.history'));
    t.regex((await page.locator('[id="scc/calc.history"] h3').textContent()) ?? '', /SCC calc\.history/);
  } finally {
    await browser.close();
  }
});
