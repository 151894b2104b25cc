// The team's spec must mean here what it means to mmc: checked pair for pair against mmc's own output on the standard library.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import { longestPath } from '../../src/graph/longest-path.js';
import { nameOrder } from '../../src/order/name-order.js';
import { applyTransOptDepsSpec, specOrder } from '../../src/order/spec-order.js';
import { parseTransOptDepsSpec } from '../../src/read/trans-opt-deps-spec.js';
import { moduleOrderFile, moduleOrderForTransOptFile } from '../../src/write/module-order.js';
import { closureNamePairs, libraryGraph, libraryReferenceDir, librarySpecPath, referencePairs } from '../helpers/library-graph.js';

const librarySpec = async () => {
  const mg = await libraryGraph();
  const spec = parseTransOptDepsSpec(readFileSync(librarySpecPath, 'utf8'), 'mer_std.trans_opt_deps_spec', new Set(mg.names));
  return { mg, spec };
};

test('with mer_std.trans_opt_deps_spec the closure of the order equals mmc trans_opt_deps pair for pair', async (t) => {
  const { mg, spec } = await librarySpec();
  t.deepEqual(spec.errors, []);
  t.deepEqual(spec.warnings, []);
  const { order } = specOrder(mg.graph, mg.names, spec.entries);
  const reference = referencePairs('trans_opt_deps.spec.tsv');
  t.is(reference.size, 4138);
  t.deepEqual([...closureNamePairs(order, mg.names)].sort(), [...reference].sort());
});

test('the team spec takes the critical path from 90 modules to 15', async (t) => {
  const { mg, spec } = await librarySpec();
  t.is(longestPath(nameOrder(mg.graph)).modules, 90);
  t.is(longestPath(specOrder(mg.graph, mg.names, spec.entries).order).modules, 15);
});

test('module_order_for_trans_opt matches mmc byte for byte, with and without the spec', async (t) => {
  const { mg, spec } = await librarySpec();
  const read = (name: string) => readFileSync(join(libraryReferenceDir, name), 'utf8');
  t.is(moduleOrderForTransOptFile(mg.graph, mg.names), read('module_order_for_trans_opt.default.txt'));
  t.is(moduleOrderForTransOptFile(specOrder(mg.graph, mg.names, spec.entries).trimmed, mg.names), read('module_order_for_trans_opt.spec.txt'));
  // Without a spec the trans-opt graph is the import graph: the two files agree.
  t.is(moduleOrderFile(mg.graph, mg.names), read('module_order_for_trans_opt.default.txt'));
});

const names = ['a', 'b', 'builtin', 'c', 'private_builtin'];
// a -> b, c, builtin, private_builtin; b -> a; c -> b.
const small = compactGraphFromEdges(5, [0, 0, 0, 0, 1, 3], [1, 3, 2, 4, 0, 1]);
const edgesOf = (g: typeof small) => {
  const out: string[] = [];
  for (let v = 0; v < g.nodeCount; v++) for (let e = g.offsets[v]; e < g.offsets[v + 1]; e++) out.push(`${names[v]}>${names[g.targets[e]]}`);
  return out;
};

test('an allow list removes the edges to every module not listed, keeping builtin and private_builtin', (t) => {
  const spec = parseTransOptDepsSpec('module_allow_deps(a, [c]).\n', 's', new Set(names));
  t.deepEqual(edgesOf(applyTransOptDepsSpec(small, names, spec.entries)), ['a>builtin', 'a>c', 'a>private_builtin', 'b>a', 'c>b']);
});

test('a disallow list removes only the listed edges; listing a pair with no edge changes nothing', (t) => {
  const spec = parseTransOptDepsSpec('module_disallow_deps(a, [b, builtin]).\nmodule_disallow_deps(c, [a]).\n', 's', new Set(names));
  t.deepEqual(edgesOf(applyTransOptDepsSpec(small, names, spec.entries)), ['a>c', 'a>private_builtin', 'b>a', 'c>b']);
});

test('cycles the spec leaves are ordered by the default rule', (t) => {
  // Removing a -> b leaves the cycle a -> c -> b -> a: a chain a, b, c in name order.
  const spec = parseTransOptDepsSpec('module_disallow_deps(a, [b]).\n', 's', new Set(names));
  const { order, components } = specOrder(small, names, spec.entries);
  t.is(components.componentOf[0], components.componentOf[3]);
  t.deepEqual(edgesOf(order), ['a>b', 'b>c', 'c>builtin', 'c>private_builtin']);
});
