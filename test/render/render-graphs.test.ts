// Rendering: both renderers make SVG of the bundled examples, auto falls back to WASM, time limits fire, E_RENDER names the fix.
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { findExecutable } from '../../src/render/find-executable.js';
import { renderGraphs } from '../../src/render/render-graphs.js';
import type { RenderProgress, Renderer } from '../../src/render/render-types.js';
import { DOT_MISSING_MESSAGE, selectRenderer } from '../../src/render/select-renderer.js';
import { exampleDots, isSvgNaming, tangleDot } from '../helpers/example-dots.js';
import { temporaryDirectory } from '../helpers/project.js';

const dotPath = findExecutable('dot');
const noDot = 'Graphviz `dot` is not on PATH (CI installs it: apt-get install graphviz)';
if (dotPath === undefined) console.log(`skipped: ${noDot}`);
/** A PATH on which no `dot` can be found. */
const pathWithoutDot = temporaryDirectory('importgraph-no-dot-');

for (const renderer of ['dot', 'wasm'] as const) {
  // Without dot, the dot tests are registered as skipped, so the runner counts them as not run.
  const needsDot = renderer === 'dot' && dotPath === undefined;
  const rendererTest = needsDot ? test.skip : test;
  for (const [example, subdir] of [['calculator', ''], ['mercury-library', 'import_info']] as const) {
    rendererTest(`${renderer} renders every SCC of the ${example} example to SVG naming its modules`, async (t) => {
      const { jobs, members } = await exampleDots(example, subdir);
      t.true(jobs.length > 0);
      const batch = await renderGraphs(jobs, { renderer, timeoutMs: 120_000 });
      t.is(batch.renderer, renderer);
      t.deepEqual(batch.results.map((r) => r.name), jobs.map((j) => j.name), 'results in job order');
      batch.results.forEach((result, i) => {
        t.is(result.status, 'rendered', result.status === 'rendered' ? '' : result.message);
        if (result.status === 'rendered') t.true(isSvgNaming(result.svg, members[i]), `${result.name} is SVG naming its modules`);
      });
    });
  }

  rendererTest(`${renderer}: a graph past the time limit is reported timed out and the next graph still renders`, async (t) => {
    const huge = tangleDot(6000, 30000);
    const small = tangleDot(5, 8);
    const batch = await renderGraphs(
      // The huge graph first, so the small one runs on the renderer that was just stopped; it gets a limit no load can reach.
      [
        { name: 'huge', dot: huge },
        { name: 'small', dot: small, timeoutMs: 120_000 },
      ],
      { renderer, timeoutMs: 300, concurrency: 1 },
    );
    const [hugeResult, smallResult] = batch.results;
    t.is(hugeResult.status, 'timed-out');
    if (hugeResult.status === 'timed-out') t.regex(hugeResult.message, /did not finish within 300 ms/);
    t.is(smallResult.status, 'rendered', 'the renderer recovers after killing the huge layout');
  });
}

(dotPath === undefined ? test.skip : test)('auto uses native dot when it is on PATH', async (t) => {
  const batch = await renderGraphs([{ name: 'g', dot: 'digraph { a -> b }' }], { renderer: 'auto' });
  t.is(batch.renderer, 'dot');
  t.is(batch.results[0].status, 'rendered');
});

test('auto falls back to WebAssembly when dot is not on PATH', async (t) => {
  const batch = await renderGraphs([{ name: 'g', dot: 'digraph { a -> b }' }], { renderer: 'auto', pathEnv: pathWithoutDot });
  t.is(batch.renderer, 'wasm');
  const result = batch.results[0];
  t.true(result.status === 'rendered' && isSvgNaming(result.svg, ['a', 'b']));
});

test('--render=dot without dot on PATH is an E_RENDER error naming the fix', async (t) => {
  const error = await t.throwsAsync(renderGraphs([{ name: 'g', dot: 'digraph { a -> b }' }], { renderer: 'dot', pathEnv: pathWithoutDot }), {
    instanceOf: ImportGraphError,
  });
  t.is(error?.code, 'E_RENDER');
  t.is(error?.message, DOT_MISSING_MESSAGE);
  t.regex(DOT_MISSING_MESSAGE, /install Graphviz.*--render=wasm/);
});

test('selectRenderer maps each choice to the renderer that runs', (t) => {
  const expectations: [Parameters<typeof selectRenderer>[0], Renderer][] = [
    ['none', 'none'],
    ['wasm', 'wasm'],
    ['auto', 'wasm'],
  ];
  for (const [choice, renderer] of expectations) t.is(selectRenderer(choice, pathWithoutDot).renderer, renderer, choice);
});

test('--render=none renders nothing and says so per graph', async (t) => {
  const batch = await renderGraphs([{ name: 'g', dot: 'digraph { a -> b }' }], { renderer: 'none' });
  t.is(batch.renderer, 'none');
  t.is(batch.results[0].status, 'skipped');
});

test("a malformed graph fails alone, the others still render", async (t) => {
  const batch = await renderGraphs(
    [
      { name: 'bad', dot: 'digraph { a -> }', size: { nodes: 1, edges: 0 } },
      { name: 'good', dot: 'digraph { a -> b }' },
    ],
    { renderer: 'wasm' },
  );
  t.is(batch.results[0].status, 'failed');
  t.is(batch.results[1].status, 'rendered');
});

test('progress reports every graph starting and ending, done counting up to total', async (t) => {
  const events: RenderProgress[] = [];
  const jobs = ['a', 'b', 'c'].map((name) => ({ name, dot: `digraph { ${name} -> x }` }));
  await renderGraphs(jobs, { renderer: 'wasm', concurrency: 2, onProgress: (p) => events.push(p) });
  const ends = events.filter((e) => e.event === 'end');
  t.deepEqual(ends.map((e) => e.done), [1, 2, 3]);
  t.deepEqual(ends.map((e) => e.current).sort(), ['a', 'b', 'c']);
  t.deepEqual(events.filter((e) => e.event === 'start').map((e) => e.current).sort(), ['a', 'b', 'c']);
  t.true(events.every((e) => e.total === 3));
});
