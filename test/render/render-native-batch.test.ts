// Small graphs laid out by one dot process come out byte for byte as dot draws each alone; a broken graph in a batch fails alone.
import test from 'ava';
import { findExecutable } from '../../src/render/find-executable.js';
import { chooseLayout } from '../../src/render/layout-settings.js';
import { renderWithNativeDot } from '../../src/render/render-native.js';
import { batchableDot, renderBatchWithNativeDot, splitSvgDocuments } from '../../src/render/render-native-batch.js';
import { renderGraphs } from '../../src/render/render-graphs.js';
import { exampleDots, tangleDot } from '../helpers/example-dots.js';

const dotPath = findExecutable('dot');
const withDot = dotPath === undefined ? test.skip : test;
if (dotPath === undefined) console.log('skipped: Graphviz `dot` is not on PATH (CI installs it: apt-get install graphviz)');
const full = chooseLayout({ nodes: 2, edges: 1 });

/** Small graphs of several shapes, with names that need quoting and labels with markup characters. */
function smallGraphs(): string[] {
  const graphs = [3, 5, 8, 13].map((n) => tangleDot(n, 2 * n));
  graphs.push('digraph "a <b> & \\"c\\"" {\n  "x<y" -> "a&b" [label="<&>"];\n  "a&b" -> "x<y";\n}\n');
  graphs.push('digraph ring { p -> q -> r -> p; r -> s }');
  // Anonymous: dot numbers these across a run, so they are drawn alone.
  graphs.push('digraph { p -> q -> r -> p; r -> s }');
  return graphs;
}

withDot('a batch of graphs gives each graph the SVG dot writes for it alone', async (t) => {
  const { jobs } = await exampleDots('calculator');
  const dots = [...smallGraphs(), ...jobs.map((j) => j.dot)];
  const together = await renderBatchWithNativeDot(dotPath!, dots, full, 120_000);
  t.is(together.length, dots.length);
  for (let i = 0; i < dots.length; i++) {
    const alone = await renderWithNativeDot(dotPath!, dots[i], full, 120_000);
    t.is(alone.status, 'rendered');
    t.deepEqual(together[i], alone, `graph ${i}`);
  }
});

withDot('a graph dot cannot read fails on its own; the others in its batch still render', async (t) => {
  const dots = ['digraph { a -> b }', 'digraph { a -> ', 'digraph { c -> d }'];
  const outcomes = await renderBatchWithNativeDot(dotPath!, dots, full, 120_000);
  t.deepEqual(outcomes.map((o) => o.status), ['rendered', 'failed', 'rendered']);
  t.regex(outcomes[1].status === 'failed' ? outcomes[1].message : '', /Graphviz dot failed/);
});

withDot('renderGraphs batches small graphs and keeps job order, names and one result each', async (t) => {
  const dots = smallGraphs();
  const jobs = dots.map((dot, i) => ({ name: `g${i}`, dot }));
  const batch = await renderGraphs(jobs, { renderer: 'dot', timeoutMs: 120_000, concurrency: 1 });
  t.deepEqual(batch.results.map((r) => r.name), jobs.map((j) => j.name));
  for (let i = 0; i < dots.length; i++) {
    const alone = await renderWithNativeDot(dotPath!, dots[i], full, 120_000);
    t.is(batch.results[i].status, 'rendered');
    const result = batch.results[i];
    t.is(result.status === 'rendered' ? result.svg : result.message, alone.status === 'rendered' ? alone.svg : alone.message, `graph ${i}`);
  }
});

test('only graphs with a name are batched', (t) => {
  t.true(batchableDot('digraph "imports_a" {}'));
  t.true(batchableDot('  strict digraph g {}'));
  t.false(batchableDot('digraph { a -> b }'));
  t.false(batchableDot('// comment\ndigraph g {}'));
});

test('dot output that is not one SVG document per graph is not split', (t) => {
  const doc = '<?xml version="1.0"?>\n<svg>\n<g id="graph0" class="graph">\n</g></svg>\n';
  t.deepEqual(splitSvgDocuments(doc + doc, 2), [doc, doc]);
  t.is(splitSvgDocuments(doc + doc, 3), undefined);
  t.is(splitSvgDocuments('warning\n' + doc, 1), undefined);
  const paged = doc.replace('id="graph0"', 'id="page0,1_graph0"');
  t.deepEqual(splitSvgDocuments(doc + paged, 2), [doc, doc]);
});
