// The native pool in its child process: every unit reported once, in any order, with the SVG dot draws alone; a large graph of unknown size is measured there; the pool also runs in-process.
import test from 'ava';
import { renderNativeUnits } from '../../src/render/dot-host-client.js';
import { findExecutable } from '../../src/render/find-executable.js';
import { chooseLayout, measureDot } from '../../src/render/layout-settings.js';
import { renderWithNativeDot } from '../../src/render/render-native.js';
import { BATCH_DOT_CHARS } from '../../src/render/render-native-batch.js';
import { renderGraphs } from '../../src/render/render-graphs.js';
import { runNativeUnits, type NativeUnit, type UnitDone } from '../../src/render/native-units.js';
import { tangleDot } from '../helpers/example-dots.js';

const dotPath = findExecutable('dot');
const withDot = dotPath === undefined ? test.skip : test;
if (dotPath === undefined) console.log('skipped: Graphviz `dot` is not on PATH (CI installs it: apt-get install graphviz)');
const full = chooseLayout({ nodes: 2, edges: 1 });

function units(): NativeUnit[] {
  return [
    { dots: [tangleDot(5, 9), tangleDot(4, 6)], layout: full, limitMs: 120_000 },
    { dots: [tangleDot(60, 300)], limitMs: 120_000 },
    { dots: ['digraph broken { a -> '], layout: full, limitMs: 120_000 },
  ];
}

async function collect(run: (events: Parameters<typeof runNativeUnits>[3]) => Promise<void>): Promise<{ starts: number[]; done: Map<number, UnitDone> }> {
  const starts: number[] = [];
  const done = new Map<number, UnitDone>();
  await run({ start: (unit) => starts.push(unit), done: (unit, result) => done.set(unit, result) });
  return { starts, done };
}

for (const where of ['in its child process', 'in this process'] as const) {
  withDot(`the native pool ${where} reports each unit once with the SVG dot draws for each graph alone`, async (t) => {
    const given = units();
    const { starts, done } = await collect((events) =>
      where === 'in this process' ? runNativeUnits(dotPath!, given, 2, events) : renderNativeUnits(dotPath!, given, 2, events),
    );
    t.deepEqual([...starts].sort(), [0, 1, 2]);
    t.deepEqual([...done.keys()].sort(), [0, 1, 2]);
    for (const [unit, result] of done) {
      const layout = given[unit].layout ?? chooseLayout(measureDot(given[unit].dots[0]));
      t.deepEqual(result.layout, layout, `unit ${unit}'s layout (measured where none was given)`);
      for (let i = 0; i < given[unit].dots.length; i++) {
        const alone = await renderWithNativeDot(dotPath!, given[unit].dots[i], layout, 120_000);
        t.deepEqual(result.outcomes[i].status, alone.status);
        if (alone.status === 'rendered') t.deepEqual(result.outcomes[i], alone, `unit ${unit}, graph ${i}`);
      }
    }
  });
}

withDot('a large graph of unknown size gets the layout its measured size chooses', async (t) => {
  const dot = tangleDot(1500, 8000);
  t.true(dot.length > BATCH_DOT_CHARS, 'large enough to be measured by the pool');
  const batch = await renderGraphs([{ name: 'big', dot }, { name: 'small', dot: tangleDot(3, 4) }], { renderer: 'dot', timeoutMs: 120_000 });
  t.deepEqual(batch.results.map((r) => [r.name, r.status]), [['big', 'rendered'], ['small', 'rendered']]);
  t.deepEqual(batch.results[0].layout, chooseLayout(measureDot(dot)));
});

withDot('a malformed large graph of unknown size fails alone with the parser message', async (t) => {
  const dot = `digraph big { ${'a -> b; '.repeat(BATCH_DOT_CHARS / 8)} a -> }`;
  const batch = await renderGraphs([{ name: 'big', dot }, { name: 'small', dot: tangleDot(3, 4) }], { renderer: 'dot', timeoutMs: 120_000 });
  t.is(batch.results[0].status, 'failed');
  t.is(batch.results[0].layout, undefined);
  t.is(batch.results[1].status, 'rendered');
});
