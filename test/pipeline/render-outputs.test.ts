// Drawing the DOT files: in a directory with no SVG yet it starts without waiting for the DOT files' staging; otherwise an unchanged DOT with a newer SVG is not redrawn.
import test from 'ava';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawPictures } from '../../src/pipeline/render-outputs.js';
import type { WriteSummary } from '../../src/write/write-if-changed.js';
import { exampleDots } from '../helpers/example-dots.js';
import { temporaryDirectory } from '../helpers/project.js';

async function calculatorDots(dir: string) {
  const { analysis, jobs } = await exampleDots('calculator');
  return { analysis, dots: jobs.map((job) => ({ path: join(dir, `${job.name}.dot`), content: job.dot })) };
}

test('with no SVG in the directory, drawing does not wait for the DOT files to be staged', async (t) => {
  const dir = temporaryDirectory();
  const { analysis, dots } = await calculatorDots(dir);
  const neverStaged = new Promise<WriteSummary>(() => undefined);
  const drawn = await drawPictures(analysis, dir, neverStaged, dots, { renderer: 'auto', timeoutMs: 120_000 }, () => false);
  t.is(drawn.svgs.length, dots.length);
  t.is(drawn.upToDate, 0);
});

test('with SVGs in the directory, an unchanged DOT file whose SVG is newer is not redrawn, the others are', async (t) => {
  const dir = temporaryDirectory();
  const { analysis, dots } = await calculatorDots(dir);
  t.true(dots.length >= 2);
  const [kept, ...redrawn] = dots;
  for (const dot of dots) writeFileSync(dot.path, dot.content);
  const svg = kept.path.replace(/\.dot$/, '.svg');
  writeFileSync(svg, '<svg/>\n');
  utimesSync(kept.path, new Date(2000, 0, 1), new Date(2000, 0, 1));
  const staged = Promise.resolve({ written: redrawn.map((d) => d.path), unchanged: [kept.path] });
  const drawn = await drawPictures(analysis, dir, staged, dots, { renderer: 'auto', timeoutMs: 120_000 }, (name) => join(dir, name) === svg);
  t.is(drawn.upToDate, 1);
  t.deepEqual(drawn.svgs.map((f) => f.path).sort(), redrawn.map((d) => d.path.replace(/\.dot$/, '.svg')).sort());
  t.true(drawn.pictured.has(kept.path.slice(dir.length + 1, -'.dot'.length)));
});
