// Layout choice by size: small graphs get full dot, mid-size bounded dot, large ones sfdp; sizes are counted from DOT text.
import test from 'ava';
import { chooseLayout, FAST_LIMIT, FULL_LIMIT, measureDot } from '../../src/render/layout-settings.js';

test('small graphs get dot at full effort, mid-size graphs bounded dot, large graphs sfdp', (t) => {
  t.is(chooseLayout({ nodes: 10, edges: 20 }).tier, 'full');
  t.is(chooseLayout(FULL_LIMIT).tier, 'full');
  t.is(chooseLayout({ nodes: FULL_LIMIT.nodes, edges: FULL_LIMIT.edges + 1 }).tier, 'fast');
  t.is(chooseLayout(FAST_LIMIT).tier, 'fast');
  t.is(chooseLayout({ nodes: 321, edges: 3000 }).engine, 'sfdp');
  t.is(chooseLayout({ nodes: 100, edges: FAST_LIMIT.edges + 1 }).engine, 'sfdp');
});

test('graph size counts nodes named only by edges, edge chains and subgraphs', (t) => {
  t.deepEqual(measureDot('digraph { a; b -> c -> d; subgraph s { e -> a } }'), { nodes: 5, edges: 3 });
});
