// Tells whether an order lets each module read exactly what Mercury's default lets it read, without building that order: the viewer then need not simulate the default's build a second time.
/*
 * nameOrderEdges builds the default as: within each SCC a chain in id order
 * (member → next member), and for each SCC c importing an SCC d one edge from
 * c's last member to d's first. An order has the same transitive closure when
 *   1. each of its edges is such an edge (so it reaches no more), and
 *   2. each chain edge is one of its edges, and each import between SCCs is
 *      honoured (so it reaches no less: every path out of c leaves from c's
 *      last member and every path into d enters at d's first, so a path from
 *      an importer in c to its import in d passes from one to the other).
 * O(n + m), typed arrays only. Test: test/order/name-order-reach.test.ts
 * (against closures computed the slow way).
 */
import type { CompactGraph } from '../graph/compact-graph.js';
import type { ComponentMembers } from '../graph/condense.js';
import type { StronglyConnectedComponents } from '../graph/strongly-connected.js';

// Orders made as the name order of an import graph (reducedNameOrder), with that graph and its SCCs: not checked again.
const madeAsNameOrder = new WeakMap<CompactGraph, { imports: CompactGraph; componentOf: Int32Array }>();

/** Records that `order` is Mercury's name order of `imports` (SCCs `componentOf`), reduced or not. */
export function rememberNameOrder(order: CompactGraph, imports: CompactGraph, componentOf: Int32Array): void {
  madeAsNameOrder.set(order, { imports, componentOf });
}

/**
 * True when `order` (M → S: M after S) reaches exactly the pairs
 * `nameOrderEdges(imports, components.componentOf)` reaches. `members` is
 * componentMembers(components); `honoured` is honouredImports(order, imports).
 */
export function reachesAsNameOrder(
  order: CompactGraph,
  imports: CompactGraph,
  components: StronglyConnectedComponents,
  members: ComponentMembers,
  honoured: Uint8Array,
): boolean {
  const { componentOf, count } = components;
  const made = madeAsNameOrder.get(order);
  if (made !== undefined && made.imports === imports && made.componentOf === componentOf) return true;
  // Members ascend within each component: first is the chain's head, last its end.
  const firstOf = (c: number): number => members.members[members.offsets[c]];
  const lastOf = (c: number): number => members.members[members.offsets[c + 1] - 1];
  // importedBy[d] === c + 1 while c is looked at: some member of c imports a member of d.
  const importedBy = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    for (let i = members.offsets[c]; i < members.offsets[c + 1]; i++) {
      const v = members.members[i];
      const next = i + 1 < members.offsets[c + 1] ? members.members[i + 1] : -1;
      let chained = next < 0;
      for (let e = order.offsets[v]; e < order.offsets[v + 1]; e++) {
        const w = order.targets[e];
        if (componentOf[w] === c) {
          if (w !== next) return false;
          chained = true;
        } else if (v !== lastOf(c) || w !== firstOf(componentOf[w])) {
          return false;
        }
      }
      if (!chained) return false;
      for (let e = imports.offsets[v]; e < imports.offsets[v + 1]; e++) {
        const d = componentOf[imports.targets[e]];
        if (d === c) continue;
        if (honoured[e] === 0) return false;
        importedBy[d] = c + 1;
      }
    }
    // The edges out of the chain's end must each stand for an import.
    const end = lastOf(c);
    for (let e = order.offsets[end]; e < order.offsets[end + 1]; e++) {
      const d = componentOf[order.targets[e]];
      if (d !== c && importedBy[d] !== c + 1) return false;
    }
  }
  return true;
}
