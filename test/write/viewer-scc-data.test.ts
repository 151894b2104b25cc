// Edge texts for the viewer's pages (each import's entity count, line and label, each distinct label held once) and an SCC page's data.
import test from 'ava';
import type { ImportedEntities, ImportedFrom } from '../../src/model.js';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import { stronglyConnectedComponents } from '../../src/graph/strongly-connected.js';
import { edgeTexts, importerIndex, sccPageData, type SccPageData, type ViewerGraphFacts } from '../../src/write/viewer-scc-data.js';
import { seededRandom } from '../helpers/random.js';

const none = (): ImportedEntities => ({ types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] });
const entry = (line: number, preds: string[], types: string[] = []): ImportedFrom => {
  const parse = (s: string) => ({ name: s.split('/')[0], arity: Number(s.split('/')[1]) });
  return { module: 'm', line, entities: { ...none(), preds: preds.map(parse), types: types.map(parse) } };
};

test('each import gets its entity count, line and label; the same label is one string, no label is the empty one', (t) => {
  const entries = [entry(3, ['map/3']), entry(9, []), entry(4, ['map/3']), entry(5, ['foldl/4'], ['list/1']), entry(2_500_000_000, ['map/3'])];
  const texts = edgeTexts(entries);
  t.deepEqual(Array.from(texts.entityCounts), [1, 0, 1, 2, 1]);
  t.deepEqual(Array.from(texts.lines), [3, 9, 4, 5, 2_500_000_000], 'a line past 32 bits is kept exactly');
  const label = (e: number) => texts.labels[texts.labelOf[e]];
  t.deepEqual([0, 1, 2, 3, 4].map(label), ['preds: map/3', '', 'preds: map/3', 'types: list/1; preds: foldl/4', 'preds: map/3']);
  t.is(texts.labelOf[0], texts.labelOf[2]);
  t.is(texts.labelOf[0], texts.labelOf[4]);
  t.is(texts.labels.length, 3, "'', and two distinct labels");
});

test('labels are well-formed: a lone surrogate in a name shows as U+FFFD', (t) => {
  const texts = edgeTexts([entry(1, ['a\ud800b/1']), entry(2, ['a\udc00b/1'])]);
  t.is(texts.labels[texts.labelOf[0]], 'preds: (a\ufffdb)/1');
  t.is(texts.labels[texts.labelOf[1]], 'preds: (a\ufffdb)/1');
});

// sccPageData as first written (objects, Maps and Sets, sorted by comparators): what the page's data must stay.
function simplePageData(facts: ViewerGraphFacts, members: Int32Array): Omit<SccPageData, 'cuts'> {
  const { graph, componentOf, honoured, position, importers, entityCounts, labelOf, labels: labelTexts } = facts;
  const order = Array.from(members).sort((a, b) => position[a] - position[b]);
  const local = new Map(order.map((v, i) => [v, i]));
  const c = componentOf[members[0]];
  const rows: { row: number; col: number; e: number }[] = [];
  const imports = new Set<number>();
  const importedBy = new Set<number>();
  for (const v of members) {
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      const w = graph.targets[e];
      if (componentOf[w] === c) rows.push({ row: local.get(v)!, col: local.get(w)!, e });
      else imports.add(w);
    }
    for (let i = importers.offsets[v]; i < importers.offsets[v + 1]; i++) {
      const u = importers.source[importers.edges[i]];
      if (componentOf[u] !== c) importedBy.add(u);
    }
  }
  rows.sort((a, b) => a.row - b.row || a.col - b.col);
  const ascending = (s: Set<number>): number[] => Array.from(s).sort((a, b) => a - b);
  return {
    order,
    marks: rows.flatMap(({ row, col, e }) => [row, col, entityCounts[e], honoured[e]]),
    labels: rows.map(({ e }) => labelTexts[labelOf[e]]),
    imports: ascending(imports),
    importedBy: ascending(importedBy),
  };
}

test("an SCC page lists its members top-down, each import inside by row and column, and its neighbours outside once each, ascending", (t) => {
  const random = seededRandom(20261202);
  for (let round = 0; round < 40; round++) {
    const n = 2 + random.int(60);
    const from: number[] = [];
    const to: number[] = [];
    for (let k = random.int(4 * n); k > 0; k--) {
      const [a, b] = [random.int(n), random.int(n)];
      if (a !== b) (from.push(a), to.push(b));
    }
    const graph = compactGraphFromEdges(n, from, to);
    const m = graph.targets.length;
    const entries = Array.from({ length: m }, (_, e) => entry(e + 1, random.int(3) === 0 ? [] : [`p${random.int(3)}/1`]));
    const components = stronglyConnectedComponents(graph);
    const topDown = Array.from({ length: n }, (_, v) => v).sort(() => random.next() - 0.5);
    const position = new Int32Array(n);
    topDown.forEach((v, i) => (position[v] = i));
    const facts: ViewerGraphFacts = {
      graph,
      edgeEntities: entries,
      componentOf: components.componentOf,
      honoured: Uint8Array.from({ length: m }, () => random.int(2)),
      position,
      importers: importerIndex(graph),
      ...edgeTexts(entries),
    };
    for (let c = 0; c < components.count; c++) {
      const members = Int32Array.from({ length: n }, (_, v) => v).filter((v) => components.componentOf[v] === c);
      const { cuts, ...page } = sccPageData(facts, members, undefined);
      t.is(cuts, null);
      t.deepEqual(page, simplePageData(facts, members));
    }
  }
});
