// Mercury's default build order, so that importgraph's output means exactly what mmc's default means today.
//
// mmc orders each SCC of the import graph as one chain in Mercury's name order
// (the alphabetically first module is built last) and lets a module read the
// .trans_opt of every module it reaches through imports that comes after it in
// the SCCs' top-down order. Every member of an SCC reaches, through its imports,
// everything any member imports, and importing one member of a lower SCC reaches
// all of its members; so every member may read every member of every lower SCC
// its SCC imports from. We express that with few edges: member i -> member i+1
// along the chain, and the chain's last member -> the first member (the head,
// built last) of each lower SCC the SCC imports from.
// The transitive closure of this graph is mmc's "may read" relation, pair for
// pair. Cost: O(n + m) to build (rows written in place, sorted only where an SCC's
// head breaks their order), then the transitive reduction.
import { sortRange, type CompactGraph } from '../graph/compact-graph.js';
import { rememberComponentRows } from '../graph/kept-links.js';
import { stronglyConnectedComponents } from '../graph/strongly-connected.js';
import { transitiveReduction } from '../graph/transitive-reduction.js';
import { rememberHonoured } from './honoured-imports.js';
import { rememberNameOrder } from './name-order-reach.js';

/**
 * The default order as an unreduced DAG on the import graph's node ids, which
 * must be numbered in Mercury's name order. Edge M -> S: M's .trans_opt is made
 * after S's and may read it.
 */
export function nameOrderEdges(imports: CompactGraph, componentOf: Int32Array): CompactGraph {
  const n = imports.nodeCount;
  // Ids ascend in name order, so the last member seen of a component is its chain's end.
  const components = componentCount(componentOf);
  const firstMember = new Int32Array(components).fill(-1);
  const lastMember = new Int32Array(components).fill(-1);
  const nextInChain = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const c = componentOf[v];
    if (lastMember[c] >= 0) nextInChain[lastMember[c]] = v;
    else firstMember[c] = v;
    lastMember[c] = v;
  }
  // Rows made in id order, as the graph holds them: a member before its chain's end has one edge, to the next member;
  // the end one per SCC its members import, to that SCC's head, each once (stamped with the SCC), rows sorted when not already.
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(n + imports.targets.length);
  const stamp = new Int32Array(components).fill(-1);
  let out = 0;
  for (let v = 0; v < n; v++) {
    offsets[v] = out;
    if (nextInChain[v] >= 0) {
      targets[out++] = nextInChain[v];
      continue;
    }
    const c = componentOf[v];
    const rowStart = out;
    let ascending = true;
    for (let u = firstMember[c]; u >= 0; u = nextInChain[u]) {
      for (let e = imports.offsets[u]; e < imports.offsets[u + 1]; e++) {
        const d = componentOf[imports.targets[e]];
        if (d === c || stamp[d] === c) continue;
        stamp[d] = c;
        const head = firstMember[d];
        if (out > rowStart && head < targets[out - 1]) ascending = false;
        targets[out++] = head;
      }
    }
    if (!ascending) sortRange(targets, rowStart, out);
  }
  offsets[n] = out;
  return { nodeCount: n, offsets, targets: targets.slice(0, out) };
}

/** Mercury's default order, transitively reduced: the `.trans_opt_order` lines. */
export function nameOrder(imports: CompactGraph): CompactGraph {
  return reducedNameOrder(imports, stronglyConnectedComponents(imports).componentOf);
}

/**
 * transitiveReduction(nameOrderEdges(imports, componentOf)), `componentOf` the SCCs of `imports`, with what is
 * known of it without searching kept for later askers: which imports it honours (honouredImports), that it reaches
 * as the name order (reachesAsNameOrder), and that its edges between SCCs are the reduced condensation (kept links).
 */
export function reducedNameOrder(imports: CompactGraph, componentOf: Int32Array): CompactGraph {
  const order = transitiveReduction(nameOrderEdges(imports, componentOf));
  rememberHonoured(order, imports, nameOrderHonoured(imports, componentOf));
  rememberNameOrder(order, imports, componentOf);
  rememberComponentRows(imports, componentOf, order);
  return order;
}

// An import between SCCs is honoured (the importer's chain ends above the imported SCC's head); one inside an SCC when the chain runs from importer to imported: ids ascend along it.
function nameOrderHonoured(imports: CompactGraph, componentOf: Int32Array): Uint8Array {
  const { offsets, targets } = imports;
  const honoured = new Uint8Array(targets.length);
  for (let v = 0; v < imports.nodeCount; v++) {
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = targets[e];
      if (w > v || componentOf[w] !== componentOf[v]) honoured[e] = 1;
    }
  }
  return honoured;
}

function componentCount(componentOf: Int32Array): number {
  let max = -1;
  for (let i = 0; i < componentOf.length; i++) if (componentOf[i] > max) max = componentOf[i];
  return max + 1;
}
