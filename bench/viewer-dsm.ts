// `npm run bench:viewer`: one generated SCC of N modules (default 3,000) through scc, its DSM opened in headless Chromium; in-page draw times (a benchmark: load changes it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureCorpus } from './corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const modules = Number(process.argv[2] ?? 3000);
const dir = mkdtempSync(join(tmpdir(), 'importgraph-bench-viewer-'));
try {
  // The generator's one-SCC shape, about 11 imports per module.
  const generator = join(dir, 'gen-scc.mjs');
  execFileSync('sh', ['-c', `printf "%s\\n" "process.argv.push('--shape', 'scc');" "await import('${join(root, 'bench/gen-import-graph.mjs')}');" > ${generator}`]);
  const corpus = ensureCorpus(join(dir, 'corpus'), generator, modules);
  execFileSync(process.execPath, [join(root, 'bin/importgraph.js'), 'scc', '--render=none', '--out-dir', 'out', `@${join(corpus, 'list.txt')}`], { cwd: dir, stdio: 'ignore' });
  const data = readdirSync(join(dir, 'out')).find((f) => f.startsWith('imports_') && f.endsWith('.js'))!;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(join(dir, 'out/index.html')).href);
    await page.locator('.scc-table a').first().click();
    const canvas = page.locator('.dsm canvas[data-first-draw-ms]');
    await canvas.waitFor();
    const first = await canvas.getAttribute('data-first-draw-ms');
    const frame = await canvas.getAttribute('data-draw-ms');
    await page.locator('.dsm-fit').click();
    const fit = await canvas.getAttribute('data-draw-ms');
    console.log(`DSM of ${modules} modules (${data}): first draw ${first} ms after the data arrived, a frame ${frame} ms, whole matrix ${fit} ms`);
  } finally {
    await browser.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
