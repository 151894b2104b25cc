// Drawing the DOT files: in a directory with no SVG yet it starts without waiting for the DOT files' staging; otherwise an unchanged DOT with a newer SVG is not redrawn; pictures are staged as they are drawn.
import test from 'ava';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawPictures, PictureQueue, stageAsDrawn } from '../../src/pipeline/render-outputs.js';
import type { OutputFile, WriteSummary } from '../../src/write/write-if-changed.js';
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

test('each drawn SVG goes to the queue as it is drawn, fitted as in the result', async (t) => {
  const dir = temporaryDirectory();
  const { analysis, dots } = await calculatorDots(dir);
  const queue = new PictureQueue();
  const drawn = await drawPictures(analysis, dir, { written: [], unchanged: [] }, dots, { renderer: 'auto', timeoutMs: 120_000, queue }, () => false);
  t.deepEqual(queue.take().sort((a, b) => a.path.localeCompare(b.path)), [...drawn.svgs].sort((a, b) => a.path.localeCompare(b.path)));
});

test('pictures are staged as they come while the drawing runs, the rest left for after it', async (t) => {
  const queue = new PictureQueue();
  const batches: string[][] = [];
  const stage = async (files: readonly OutputFile[]): Promise<WriteSummary> => {
    batches.push(files.map((f) => f.path));
    return { written: files.map((f) => f.path), unchanged: [] };
  };
  let finish!: () => void;
  const drawing = new Promise<void>((resolve) => (finish = resolve));
  const staging = stageAsDrawn(drawing, queue, stage);
  queue.add({ path: '/out/a.svg', content: 'a' });
  await new Promise((resolve) => setImmediate(resolve));
  queue.add({ path: '/out/b.svg', content: 'b' });
  queue.add({ path: '/out/c.svg', content: 'c' });
  await new Promise((resolve) => setImmediate(resolve));
  finish();
  const early = await staging;
  t.deepEqual(batches, [['/out/a.svg'], ['/out/b.svg', '/out/c.svg']]);
  t.deepEqual([...early.staged].sort(), ['/out/a.svg', '/out/b.svg', '/out/c.svg']);
  t.deepEqual(early.writes.written, ['/out/a.svg', '/out/b.svg', '/out/c.svg']);
});

test('a failure staging a picture is reported once the drawing has ended', async (t) => {
  const queue = new PictureQueue();
  let ended = false;
  let finish!: () => void;
  const drawing = new Promise<void>((resolve) => (finish = resolve)).then(() => void (ended = true));
  const staging = stageAsDrawn(drawing, queue, async () => {
    setTimeout(finish, 50);
    throw new Error('disk full');
  });
  queue.add({ path: '/out/a.svg', content: 'a' });
  await t.throwsAsync(staging, { message: 'disk full' });
  t.true(ended);
});
