// The standard library's viewer in headless Chromium, as a new user meets it: the 85-module SCC's DSM checked mark by mark against mmc's edges and the order file.
import test from 'ava';
import graphlib from 'graphlib';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumMissing, launchChromium } from '../helpers/chromium.js';
import { examplesDir, fixturesDir, projectRoot, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';
import { cellCentre, dsmCells, tipAt } from '../helpers/viewer-page.js';

const browserTest = chromiumMissing === undefined ? test.serial : test.skip;
const skipNote = chromiumMissing === undefined ? '' : ` (skipped: ${chromiumMissing})`;
export const screenshots = join(projectRoot, 'test-output', 'screenshots');

// What the test knows without the viewer: mmc's edges, their SCCs (graphlib), and the order file's closure.
function libraryFacts(outDir: string) {
  const edges = readFileSync(join(fixturesDir, 'mercury-library/edges-mmc.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t') as [string, string]);
  const g = new graphlib.Graph({ directed: true });
  for (const [a, b] of edges) g.setEdge(a, b);
  const scc = new Set(graphlib.alg.tarjan(g).sort((a, b) => b.length - a.length)[0]);
  const reads = new Map<string, string[]>();
  const lines = readFileSync(join(outDir, 'importgraph.trans_opt_order'), 'utf8').trim().split('\n').filter((l) => !l.startsWith('#'));
  for (const line of lines) {
    const [target, ...direct] = line.split(' ');
    reads.set(target, direct);
  }
  const closure = (m: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [...(reads.get(m) ?? [])];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (!seen.has(v)) (seen.add(v), stack.push(...(reads.get(v) ?? [])));
    }
    return seen;
  };
  const internal = edges.filter(([a, b]) => scc.has(a) && scc.has(b));
  const honoured = (a: string, b: string): boolean => closure(a).has(b);
  const level = (m: string): number => Math.max(-1, ...(reads.get(m) ?? []).map(level)) + 1;
  return { edges, scc, internal, honoured, level, topDown: lines.map((l) => l.split(' ')[0]) };
}

browserTest('the library SCC page: a DSM with a mark per internal import, honoured and given up as the order file says; hover, header click, importers' + skipNote, async (t) => {
  const dir = temporaryDirectory();
  const run = await runCli(['scc', '--out-dir', 'out', join(examplesDir, 'mercury-library/import_info/*.import_info')], dir);
  t.is(run.exitCode, 0, run.stderr);
  const facts = libraryFacts(join(dir, 'out'));
  t.is(facts.scc.size, 85);
  t.is(facts.internal.length, 1237);
  const expectedHonoured = facts.internal.filter(([a, b]) => facts.honoured(a, b)).length;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${pathToFileURL(join(dir, 'out/index.html')).href}#scc/array`);
    await page.locator('.dsm canvas[data-first-draw-ms]').waitFor();
    t.log(`library DSM (85 modules, 1,237 marks): first draw ${await page.locator('.dsm canvas').getAttribute('data-first-draw-ms')} ms in-page`);
    mkdirSync(screenshots, { recursive: true });
    await page.locator('.dsm').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshots, 'library-dsm.png') });

    // Rows and columns are the SCC's modules in the order file's top-down order.
    const order = facts.topDown.filter((m) => facts.scc.has(m));
    await page.locator('.dsm-fit').click();
    const cells = await dsmCells(page, 85);
    t.is(cells.honoured.length + cells.givenUp.length, 1237, 'one mark per import inside the SCC');
    t.is(cells.honoured.length, expectedHonoured, 'honoured as the order file’s closure says');
    t.is(cells.givenUp.length, 1237 - expectedHonoured);
    const internal = new Set(facts.internal.map(([a, b]) => `${a}\t${b}`));
    t.true(cells.honoured.every(([r, c]) => internal.has(`${order[r]}\t${order[c]}`) && facts.honoured(order[r], order[c])));
    t.true(cells.givenUp.every(([r, c]) => internal.has(`${order[r]}\t${order[c]}`) && !facts.honoured(order[r], order[c])));
    t.regex(await page.locator('.scc-stats').textContent() ?? '', new RegExp(`1,237 imports among them: the order honours ${expectedHonoured} and gives up ${1237 - expectedHonoured}`));

    // Hovering a mark names both modules, the entities (none listed in this input) and what the order does.
    const [gr, gc] = cells.givenUp[0];
    t.is(await tipAt(page, gr, gc), `${order[gr]} imports ${order[gc]}: no entities listed in the input (given up: the order builds ${order[gr]} without ${order[gc]}'s .trans_opt)`);
    const [hr, hc] = cells.honoured[0];
    t.regex(await tipAt(page, hr, hc), new RegExp(`^${order[hr]} imports ${order[hc]}: .*\\(honoured`));

    // Clicking a row header opens that module's page.
    const { y } = await cellCentre(page, 3, 0);
    const box = (await page.locator('.dsm canvas').boundingBox())!;
    await page.mouse.click(box.x + 10, y);
    await page.locator('#module-name').waitFor();
    t.is(await page.locator('#module-name').textContent(), order[3]);
    t.is(decodeURIComponent(new URL(page.url()).hash), `#module/${order[3]}`);

    // The SCC page counts importers that are single modules.
    await page.evaluate(() => (location.hash = '#scc/array'));
    const importers = [...new Set(facts.edges.filter(([a, b]) => !facts.scc.has(a) && facts.scc.has(b)).map(([a]) => a))].sort();
    t.true(importers.length > 30);
    const listed = await page.locator('.links.imported-by a').allTextContents();
    t.deepEqual([...listed].sort(), importers);
    t.deepEqual(requests.filter((u) => !u.startsWith('file:')), [], 'no network');
    t.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

browserTest('with --order auto, search leads to a module outside any cycle: its imports, importers and level; the timeline page draws both orders' + skipNote, async (t) => {
  const dir = temporaryDirectory();
  const run = await runCli(['scc', '--order', 'auto', '--out-dir', 'out', join(examplesDir, 'mercury-library/import_info/*.import_info')], dir);
  t.is(run.exitCode, 0, run.stderr);
  const facts = libraryFacts(join(dir, 'out'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(join(dir, 'out/index.html')).href);
    await page.locator('#search').pressSequentially('version_hash');
    await page.locator('#results a', { hasText: 'version_hash_table' }).click();
    t.is(await page.locator('#module-title').textContent(), 'version_hash_table is in no cycle: it builds alone.');
    await page.locator('table.edges.imports').waitFor();
    const importsOf = facts.edges.filter(([a]) => a === 'version_hash_table').map(([, b]) => b).sort();
    const importersOf = facts.edges.filter(([, b]) => b === 'version_hash_table').map(([a]) => a).sort();
    t.deepEqual((await page.locator('table.edges.imports tbody tr td:first-child').allTextContents()).sort(), importsOf);
    t.deepEqual((await page.locator('table.edges.importers tbody tr td:first-child').allTextContents()).sort(), importersOf);
    t.regex(await page.locator('.module-facts .level').textContent() ?? '', new RegExp(`^Level ${facts.level('version_hash_table')} of \\d+`));
    const lineLink = await page.locator('table.edges.imports a[href^="file:"]').first().getAttribute('href');
    t.regex(lineLink ?? '', /version_hash_table\.import_info#line=\d+$/);
    await page.screenshot({ path: join(screenshots, 'module-page.png') });

    await page.locator('nav a', { hasText: 'Build timeline' }).click();
    // The page changes on the hash change, after the click returns: wait for its heading before reading it.
    await page.locator('main#app h2', { hasText: 'Build timeline' }).waitFor();
    t.regex((await page.locator('main#app p').first().textContent()) ?? '', /This order takes \d+, Mercury’s default \d+\./);
    t.is(await page.locator('main#app object').getAttribute('data'), 'viewer_timeline.svg');
    await page.waitForTimeout(300); // let the <object> paint its SVG for the screenshot
    await page.screenshot({ path: join(screenshots, 'timeline.png') });
  } finally {
    await browser.close();
  }
});
