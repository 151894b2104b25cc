import test from 'ava';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import { buildPlan } from '../../src/order/build-plan.js';
import { planReportJson, planReportText } from '../../src/write/plan-report.js';

const imports = compactGraphFromEdges(3, [0, 1, 2], [1, 2, 0]);
const names = ['a', 'b', 'c'];
const w = new Float64Array([1, 2, 3]);
const chain = buildPlan(compactGraphFromEdges(3, [0, 1], [1, 2]), imports, w, names);
const flat = buildPlan(compactGraphFromEdges(3, [0], [1]), imports, w, names);

test('text report puts orders side by side with their critical paths', (t) => {
  const text = planReportText([{ name: 'chain', plan: chain }, { name: 'flat', plan: flat }]);
  t.regex(text, /critical path, modules\s+3\s+2/);
  t.regex(text, /imports honoured\s+2 of 3 \(66\.7%\)\s+1 of 3 \(33\.3%\)/);
  t.regex(text, /makespan -j1 \(bound\)\s+6 \(6\)\s+6 \(6\)/);
  t.true(text.includes('critical path (chain): a -> b -> c'));
});

test('JSON report carries the numbers and the make priority by name', (t) => {
  const data = JSON.parse(planReportJson([{ name: 'chain', plan: chain }], names));
  t.is(data[0].criticalPath.cost, 6);
  // a reads b reads c: c must be built first, and everything waits on it.
  t.deepEqual(data[0].priority.map((p: { module: string }) => p.module), ['c', 'b', 'a']);
  t.is(data[0].makespans.length, 6);
});
