// Chooses Graphviz layout settings by graph size, so every SCC gets a picture within the time limit.
//
// Measured with Graphviz 2.42/16 on 2 cores: `dot` at default effort exceeds 60 s on the Mercury library's
// 85-module, 1,237-edge SCC; spline routing and crossing minimisation dominate. With bounded network-simplex
// and mincross effort and straight edges (`fast`) the same graph takes 1.7 s, but a 200-node, 1,500-edge
// tangle still takes 26 s. `sfdp` lays out 320 nodes / 3,000 edges in 0.1 s and 1,000 / 6,000 in 0.3 s.
// So: layered `dot` while it is cheap (it reads best), bounded `dot` for mid sizes, `sfdp` beyond.
import { fromDot } from 'ts-graphviz';
import type { GraphSize, LayoutSettings } from './render-types.js';

export const FULL_LIMIT: GraphSize = { nodes: 40, edges: 150 };
export const FAST_LIMIT: GraphSize = { nodes: 150, edges: 1500 };

const FULL: LayoutSettings = { tier: 'full', engine: 'dot', graphAttributes: {} };
const FAST: LayoutSettings = {
  tier: 'fast',
  engine: 'dot',
  graphAttributes: {
    nslimit: '1',
    nslimit1: '1',
    mclimit: '0.01',
    remincross: 'false',
    searchsize: '5',
    splines: 'line',
  },
};
const FORCE: LayoutSettings = {
  tier: 'force',
  engine: 'sfdp',
  // `prism` (sfdp's default overlap removal) needs GTS, which the WebAssembly build lacks; `scale` works in both and is fast.
  graphAttributes: { overlap: 'scale', outputorder: 'edgesfirst', splines: 'line' },
};

/** Layout settings for a graph of this size. */
export function chooseLayout(size: GraphSize): LayoutSettings {
  if (size.nodes <= FULL_LIMIT.nodes && size.edges <= FULL_LIMIT.edges) return FULL;
  if (size.nodes <= FAST_LIMIT.nodes && size.edges <= FAST_LIMIT.edges) return FAST;
  return FORCE;
}

type Endpoint = { id: string } | readonly { id: string }[];

// Parses the DOT text (ts-graphviz) and counts distinct node ids, including nodes named only by edges; O(text).
export function measureDot(dot: string): GraphSize {
  // Our own output, not untrusted input: lift ts-graphviz's size guards (100,000 AST nodes, 10 MB).
  const graph = fromDot(dot, { parse: { maxASTNodes: 0, maxInputSize: 0 } });
  const ids = new Set<string>();
  let edges = 0;
  const visit = (g: { nodes: readonly { id: string }[]; edges: readonly { targets: readonly unknown[] }[]; subgraphs: readonly unknown[] }): void => {
    for (const node of g.nodes) ids.add(node.id);
    for (const edge of g.edges) {
      const targets = edge.targets as readonly Endpoint[];
      edges += targets.length - 1;
      for (const target of targets) {
        if (Array.isArray(target)) for (const t of target as readonly { id: string }[]) ids.add(t.id);
        else ids.add((target as { id: string }).id);
      }
    }
    for (const sub of g.subgraphs) visit(sub as Parameters<typeof visit>[0]);
  };
  visit(graph as unknown as Parameters<typeof visit>[0]);
  return { nodes: ids.size, edges };
}
