// A compiler-sized tangle, generated: one SCC of 320 modules and over 4,000 imports with entities; its DSM in headless Chromium, timed in the page.
import test from 'ava';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumMissing, launchChromium } from '../helpers/chromium.js';
import { temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';
import { dsmCells, tipAt } from '../helpers/viewer-page.js';

const browserTest = chromiumMissing === undefined ? test.serial : test.skip;
const skipNote = chromiumMissing === undefined ? '' : ` (skipped: ${chromiumMissing})`;

const SIZE = 320;
const name = (i: number): string => `tangle.m${String(i).padStart(3, '0')}`;

// A ring (so all are one SCC) plus 13 more imports per module chosen by a fixed LCG, and a few modules alone around it.
function writeCorpus(dir: string): Map<string, string[]> {
  const imports = new Map<string, Set<number>>();
  let seed = 12345;
  const next = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed);
  for (let i = 0; i < SIZE; i++) {
    const set = new Set([(i + 1) % SIZE]);
    while (set.size < 14) {
      const j = next() % SIZE;
      if (j !== i) set.add(j);
    }
    imports.set(name(i), set);
  }
  const result = new Map<string, string[]>();
  mkdirSync(dir, { recursive: true });
  for (const [m, set] of imports) {
    const targets = [...set].sort((a, b) => a - b).map(name);
    result.set(m, targets);
    const entries = [...set].map((j) => `    module_imports_from(${name(j)}, [imported_types([t${j % 7}/0]), imported_preds([p${j}/2, q${(j * 3) % 11}/1])])`);
    writeFileSync(join(dir, `${m}.import_info`), `module_imports(${m}, [\n${entries.join(',\n')}\n]).\n`);
  }
  for (let k = 0; k < 3; k++) {
    const m = `user${k}`;
    result.set(m, [name(k * 50)]);
    writeFileSync(join(dir, `${m}.import_info`), `module_imports(${m}, [module_imports_from(${name(k * 50)}, [imported_preds([p${k * 50}/2])])]).\n`);
  }
  return result;
}

browserTest('a 320-module SCC with 4,000+ imports: every mark drawn, entities on hover, its DSM drawn in well under a second, importers in 3 clicks' + skipNote, async (t) => {
  const dir = temporaryDirectory();
  const imports = writeCorpus(join(dir, 'in'));
  const internal = [...imports].filter(([m]) => m.startsWith('tangle.')).reduce((n, [, list]) => n + list.length, 0);
  t.true(internal >= 4000, `${internal} internal imports`);
  const run = await runCli(['scc', '--render', 'none', '--out-dir', 'out', 'in/*.import_info'], dir);
  t.is(run.exitCode, 0, run.stderr);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(dir, 'out/index.html')).href);
    // Click 1: the SCC from the overview's table of SCCs.
    await page.locator('.scc-table a', { hasText: 'tangle.m000' }).click();
    await page.locator('.dsm canvas[data-first-draw-ms]').waitFor();
    const firstDraw = Number(await page.locator('.dsm canvas').getAttribute('data-first-draw-ms'));
    const redraw = Number(await page.locator('.dsm canvas').getAttribute('data-draw-ms'));
    t.log(`320-module DSM: first draw ${firstDraw} ms after the data arrived (index, layout, frame), a frame ${redraw} ms, in-page performance.now()`);
    await page.locator('.dsm-fit').click();
    const fitDraw = Number(await page.locator('.dsm canvas').getAttribute('data-draw-ms'));
    t.log(`whole matrix at fit zoom: ${fitDraw} ms`);
    const cells = await dsmCells(page, SIZE);
    t.is(cells.honoured.length + cells.givenUp.length, internal);
    // Back at readable size, hover one mark of the top left: the tooltip lists the entities the generator wrote for that import.
    await page.locator('.dsm-actual').click();
    const visible = await dsmCells(page, 30);
    const [r, c] = visible.givenUp[0] ?? visible.honoured[0];
    const tip = await tipAt(page, r, c);
    const [, , to] = /^(\S+) imports (\S+): /.exec(tip) ?? [];
    const j = Number(to?.slice('tangle.m'.length));
    t.true(tip.includes(`types: t${j % 7}/0; preds: p${j}/2, q${(j * 3) % 11}/1`), `${tip} (j=${j})`);
    // Clicks 2 and 3: the module list, then a module; its page lists its importers, the one outside the SCC included.
    await page.locator('details.member-list summary').click();
    await page.locator('details.member-list a', { hasText: /^tangle\.m050$/ }).click();
    await page.locator('table.edges.importers').waitFor();
    const expected = [...imports].filter(([, list]) => list.includes('tangle.m050')).map(([m]) => m).sort();
    t.true(expected.includes('user1'));
    t.deepEqual((await page.locator('table.edges.importers tbody tr td:first-child').allTextContents()).sort(), expected);
    t.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
