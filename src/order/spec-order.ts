// Applies a trans-opt-deps spec as mmc does, so `--trans-opt-deps-spec` gives the order mmc would build in.
//
// mmc removes direct edges of the unclosed import graph (allow: every edge of M
// to a module not listed; disallow: every edge of M to a listed module; a listed
// pair with no edge is ignored), then closes the trimmed graph and orders what
// cycles remain by its default rule. So: trim, take the SCCs of the trimmed
// graph, and reuse Mercury's default order on it (name-order.ts), transitively
// reduced. O(n + m) for the trim, then the default order's cost.
import { compactGraphFromEdges, type CompactGraph } from '../graph/compact-graph.js';
import { stronglyConnectedComponents, type StronglyConnectedComponents } from '../graph/strongly-connected.js';
import { transitiveReduction } from '../graph/transitive-reduction.js';
import type { SpecEntry } from '../read/trans-opt-deps-spec.js';
import { nameOrderEdges } from './name-order.js';

/** The import graph without the edges the spec removes; same node ids. */
export function applyTransOptDepsSpec(imports: CompactGraph, names: readonly string[], entries: readonly SpecEntry[]): CompactGraph {
  const idOf = new Map<string, number>();
  names.forEach((name, id) => idOf.set(name, id));
  const rule = new Map<number, { allow: boolean; listed: Set<number> }>();
  for (const entry of entries) {
    const source = idOf.get(entry.module);
    if (source === undefined) continue;
    const listed = new Set<number>();
    for (const t of entry.targets) {
      const id = idOf.get(t.module);
      if (id !== undefined) listed.add(id);
    }
    rule.set(source, { allow: entry.kind === 'allow', listed });
  }
  const from: number[] = [];
  const to: number[] = [];
  for (let v = 0; v < imports.nodeCount; v++) {
    const r = rule.get(v);
    for (let e = imports.offsets[v]; e < imports.offsets[v + 1]; e++) {
      const w = imports.targets[e];
      if (r !== undefined && r.listed.has(w) !== r.allow) continue;
      from.push(v);
      to.push(w);
    }
  }
  return compactGraphFromEdges(imports.nodeCount, from, to);
}

export interface SpecOrder {
  /** The import graph after the spec's removals. */
  trimmed: CompactGraph;
  /** SCCs of the trimmed graph: the cycles mmc still orders by name. */
  components: StronglyConnectedComponents;
  /** The build order, transitively reduced (M -> S: M's .trans_opt is made after S's and may read it). */
  order: CompactGraph;
}

/** mmc's order under a spec: its closure is mmc's trans_opt_deps with `--trans-opt-deps-spec`. */
export function specOrder(imports: CompactGraph, names: readonly string[], entries: readonly SpecEntry[]): SpecOrder {
  const trimmed = applyTransOptDepsSpec(imports, names, entries);
  const components = stronglyConnectedComponents(trimmed);
  const order = transitiveReduction(nameOrderEdges(trimmed, components.componentOf));
  return { trimmed, components, order };
}
