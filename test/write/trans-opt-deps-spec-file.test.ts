// An emitted spec, read back with mmc's semantics, must give exactly the order it was written from.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { compactGraphFromEdges, type CompactGraph } from '../../src/graph/compact-graph.js';
import { longestPath } from '../../src/graph/longest-path.js';
import { autoOrder } from '../../src/order/auto-order.js';
import { nameOrder } from '../../src/order/name-order.js';
import { closureDifference, encodeOrderAsSpec } from '../../src/order/spec-encoding.js';
import { specOrder } from '../../src/order/spec-order.js';
import { parseTransOptDepsSpec } from '../../src/read/trans-opt-deps-spec.js';
import { moduleNameTerm, transOptDepsSpecText } from '../../src/write/trans-opt-deps-spec-file.js';
import { transOptDepsRules } from '../../src/write/trans-opt-deps-rules.js';
import { ImportGraphError } from '../../src/errors.js';
import { libraryGraph, librarySpecPath } from '../helpers/library-graph.js';
import { seededRandom } from '../helpers/random.js';

/** What mmc would build from the emitted spec: read it back and apply it. */
function readBack(imports: CompactGraph, names: string[], text: string): { order: CompactGraph; errors: number; warnings: number } {
  const spec = parseTransOptDepsSpec(text, 'importgraph.trans_opt_deps_spec', new Set(names));
  return { order: specOrder(imports, names, spec.entries).order, errors: spec.errors.length, warnings: spec.warnings.length };
}

function roundTrip(imports: CompactGraph, names: string[], order: CompactGraph, cycles?: Int32Array) {
  const text = transOptDepsSpecText(encodeOrderAsSpec(imports, names, order, cycles));
  const back = readBack(imports, names, text);
  return { text, back, difference: closureDifference(order, back.order, names) };
}

test('the library default order, written as a spec and read back, is the same order', async (t) => {
  const mg = await libraryGraph();
  const { back, difference } = roundTrip(mg.graph, mg.names, nameOrder(mg.graph));
  t.deepEqual(difference, []);
  t.is(back.errors + back.warnings, 0);
});

test('the library order under the team spec, written as a spec and read back, is the same order', async (t) => {
  const mg = await libraryGraph();
  const team = parseTransOptDepsSpec(readFileSync(librarySpecPath, 'utf8'), 'mer_std.trans_opt_deps_spec', new Set(mg.names));
  const { order, components } = specOrder(mg.graph, mg.names, team.entries);
  const { back, difference } = roundTrip(mg.graph, mg.names, order, components.componentOf);
  t.deepEqual(difference, []);
  t.is(longestPath(back.order).modules, 15);
  // Without the hint the SCCs of the import graph are tried, and the few cycles the spec leaves are found anyway.
  t.deepEqual(roundTrip(mg.graph, mg.names, order).difference, []);
});

test('the library auto order, written as a spec and read back, is the same order', async (t) => {
  const mg = await libraryGraph();
  const auto = autoOrder(mg.graph, new Float64Array(mg.names.length).fill(1), { seed: 1 });
  const { back, difference } = roundTrip(mg.graph, mg.names, auto.order);
  t.deepEqual(difference, []);
  t.is(longestPath(back.order).modules, longestPath(auto.order).modules);
});

function randomGraph(seed: number): { imports: CompactGraph; names: string[] } {
  const r = seededRandom(seed);
  const n = 3 + r.int(30);
  const pool = ['builtin', 'private_builtin', 'a', 'b', 'c', 'io', 'list', 'map', 'io.file', 'string.format', 'x.y.z', 'set', 'int', 'zz'];
  const names = new Set<string>();
  while (names.size < n) names.add(`${pool[r.int(pool.length)]}${names.size < pool.length ? '' : r.int(1000)}`);
  const sorted = [...names].sort((a, b) => {
    const as = a.split('.');
    const bs = b.split('.');
    if (as.length !== bs.length) return as.length - bs.length;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const from: number[] = [];
  const to: number[] = [];
  const m = r.int(n * 4);
  for (let i = 0; i < m; i++) {
    from.push(r.int(n));
    to.push(r.int(n));
  }
  return { imports: compactGraphFromEdges(n, from, to), names: sorted };
}

function randomSpec(imports: CompactGraph, names: string[], seed: number): string {
  const r = seededRandom(seed);
  const terms: string[] = [];
  for (let v = 0; v < imports.nodeCount; v++) {
    if (r.next() < 0.5) continue;
    const listed: string[] = [];
    for (let e = imports.offsets[v]; e < imports.offsets[v + 1]; e++) if (r.next() < 0.5) listed.push(moduleNameTerm(names[imports.targets[e]]));
    terms.push(`module_${r.next() < 0.5 ? 'allow' : 'disallow'}_deps(${moduleNameTerm(names[v])}, [${listed.join(', ')}]).`);
  }
  return terms.join('\n') + '\n';
}

test('on 300 random graphs the default, a random spec\'s and the auto order each survive the round trip through a spec', (t) => {
  for (let seed = 1; seed <= 300; seed++) {
    const { imports, names } = randomGraph(seed);
    const def = roundTrip(imports, names, nameOrder(imports));
    t.deepEqual(def.difference, [], `default, seed ${seed}`);
    const user = parseTransOptDepsSpec(randomSpec(imports, names, seed), 'user.spec', new Set(names));
    t.is(user.errors.length, 0);
    const so = specOrder(imports, names, user.entries);
    t.deepEqual(roundTrip(imports, names, so.order, so.components.componentOf).difference, [], `spec, seed ${seed}`);
    const auto = autoOrder(imports, new Float64Array(imports.nodeCount).fill(1), { seed, maxDepth: 1 + (seed % 4), effort: 0.01 });
    t.deepEqual(roundTrip(imports, names, auto.order).difference, [], `auto, seed ${seed}`);
  }
});

test('names that are operators or not plain atoms are quoted, and read back as the same names', (t) => {
  t.is(moduleNameTerm('int.rem'), "int.'rem'");
  t.is(moduleNameTerm('io.file'), 'io.file');
  const text = transOptDepsSpecText([{ module: 'transform_hlds.lambda', kind: 'allow', targets: ["it's", 'is', 'a.Up'] }]);
  const back = parseTransOptDepsSpec(text, 's', undefined);
  t.deepEqual(back.entries.map((e) => [e.module, e.targets.map((x) => x.module)]), [['transform_hlds.lambda', ['builtin', 'private_builtin', "it's", 'is', 'a.Up']]]);
});

test('--main rule blocks too large for a string are refused with E_OUTPUT and the reason, not a crash', (t) => {
  const n = 12_000;
  const from = Int32Array.from({ length: n - 1 }, (_, i) => i);
  const to = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
  const chain = compactGraphFromEdges(n, from, to);
  const names = Array.from({ length: n }, (_, i) => `a_rather_long_module_name_${i}`);
  const error = t.throws(() => transOptDepsRules(names, chain), { instanceOf: ImportGraphError });
  t.is(error?.code, 'E_OUTPUT');
  t.regex(error!.message, /would be over 128 MiB of text/);
});
