// Turns a build order into allow/disallow lists for mmc's --trans-opt-deps-spec, so an unmodified mmc builds in importgraph's order.
//
// mmc keeps the import edges a spec does not remove, closes them, and orders the
// cycles that remain by name. So for an order DAG O on the import graph G:
//  - keep every import A -> B that O honours (B reachable from A in O): the kept
//    graph is then a subgraph of O's closure, acyclic, and its closure is what
//    mmc's result will be;
//  - a "name chain" of O (a set of modules that is a cycle of G and that O orders
//    as one chain in Mercury's name order, as mmc's default does) cannot be
//    expressed by acyclic imports (the chain's edges need not be imports): keep
//    all imports inside it instead, so mmc sees the cycle and orders it by name
//    itself. Every member then reaches what any member reaches, as in mmc, so
//    the chain's last member must already reach, in O, every import target
//    outside the chain that O honours, and an outside importer of a member must
//    reach its first member; otherwise the set is not used as a name chain.
// The result is exact for every order whose edges are imports (auto orders),
// for mmc's default order and for the order of any spec; `encodingMismatch`
// checks it for any other order by reading the spec back with mmc's semantics.
// An allow list is used for each module with removed imports, except where an
// import of builtin or private_builtin must go (allow lists always keep those):
// there a disallow list. Cost: no closure; reachability is asked only for the imports and
// the chains' conditions, all in one sweep of O (graph/reach-queries.ts).
import { compactGraphFromEdges, type CompactGraph } from '../graph/compact-graph.js';
import { stronglyConnectedComponents } from '../graph/strongly-connected.js';
import { reachability } from '../graph/reachability.js';
import { reachesEach, reachPairs } from '../graph/reach-queries.js';
import type { SpecKind } from '../read/trans-opt-deps-spec.js';
import { compareModuleNames } from './mercury-name-order.js';

/** One entry to write: `module_allow_deps(module, targets)` or `module_disallow_deps(...)`. */
export interface SpecLine {
  module: string;
  kind: SpecKind;
  /** Sorted in Mercury's name order; for allow lists without the implicit builtin and private_builtin. */
  targets: string[];
}

const IMPLICIT = new Set(['builtin', 'private_builtin']);

/**
 * Spec lines that make mmc's order (on `imports`) equal `order`'s closure.
 * `cycles` (optional): a partition (component id per node) whose multi-module
 * parts mmc should order by name; default: the SCCs of `imports`. A part is used
 * only if `order` orders it as a name chain.
 */
export function encodeOrderAsSpec(imports: CompactGraph, names: readonly string[], order: CompactGraph, cycles?: Int32Array): SpecLine[] {
  const honoured = reachesEach(order, imports);
  const partOf = cycles ?? stronglyConnectedComponents(imports).componentOf;
  const chainPart = nameChainParts(imports, order, partOf, honoured);
  const inChain = (a: number, b: number): boolean => partOf[a] === partOf[b] && chainPart[partOf[a]] === 1;
  const lines: SpecLine[] = [];
  for (let a = 0; a < imports.nodeCount; a++) {
    const kept: string[] = [];
    const removed: string[] = [];
    for (let e = imports.offsets[a]; e < imports.offsets[a + 1]; e++) {
      const b = imports.targets[e];
      (honoured[e] === 1 || inChain(a, b) ? kept : removed).push(names[b]);
    }
    if (removed.length === 0) continue;
    const module = names[a];
    const selfImplicit = IMPLICIT.has(module);
    const allowPossible = selfImplicit || !removed.some((m) => IMPLICIT.has(m));
    const targets = allowPossible ? kept.filter((m) => selfImplicit || !IMPLICIT.has(m)) : removed;
    lines.push({ module, kind: allowPossible ? 'allow' : 'disallow', targets: targets.sort(compareModuleNames) });
  }
  return lines;
}

/**
 * 1 for each part (indexed by part id) that the order keeps as a name chain: each member (in id = name order)
 * reaches the next; the last member reaches every honoured import target outside the part (mmc lets every member
 * read what any member reaches); and every honoured importer from outside reaches its first member.
 */
function nameChainParts(imports: CompactGraph, order: CompactGraph, partOf: Int32Array, honoured: Uint8Array): Uint8Array {
  const n = imports.nodeCount;
  let parts = 0;
  for (let v = 0; v < n; v++) parts = Math.max(parts, partOf[v] + 1);
  const first = new Int32Array(parts).fill(-1);
  const last = new Int32Array(parts).fill(-1);
  const size = new Int32Array(parts);
  // Pairs that must be reachable, each with the part it disqualifies when it is not.
  const from: number[] = [];
  const to: number[] = [];
  const part: number[] = [];
  for (let v = 0; v < n; v++) {
    const p = partOf[v];
    if (last[p] >= 0) from.push(last[p]), to.push(v), part.push(p);
    if (first[p] < 0) first[p] = v;
    last[p] = v;
    size[p]++;
  }
  for (let v = 0; v < n; v++) {
    for (let e = imports.offsets[v]; e < imports.offsets[v + 1]; e++) {
      const w = imports.targets[e];
      if (partOf[w] === partOf[v] || honoured[e] === 0) continue;
      if (size[partOf[v]] > 1) from.push(last[partOf[v]]), to.push(w), part.push(partOf[v]);
      if (size[partOf[w]] > 1 && first[partOf[w]] !== w) from.push(v), to.push(first[partOf[w]]), part.push(partOf[w]);
    }
  }
  const answer = reachPairs(order, from, to);
  const chain = new Uint8Array(parts);
  for (let p = 0; p < parts; p++) if (size[p] > 1) chain[p] = 1;
  for (let q = 0; q < answer.length; q++) if (answer[q] === 0) chain[part[q]] = 0;
  return chain;
}

/** The pairs on which two orders' closures differ (for checking an encoding), as `a\tb` names. */
export function closureDifference(x: CompactGraph, y: CompactGraph, names: readonly string[]): string[] {
  const rx = reachability(x);
  const ry = reachability(y);
  const out: string[] = [];
  for (let i = 0; i < rx.bits.length; i++) {
    let diff = rx.bits[i] ^ ry.bits[i];
    while (diff !== 0) {
      const low = diff & -diff;
      diff ^= low;
      const a = Math.floor(i / rx.words);
      const b = ((i % rx.words) << 5) + 31 - Math.clz32(low);
      out.push(`${names[a]}\t${names[b]}`);
    }
  }
  return out;
}

/** A convenience for tests and callers: the order as a CompactGraph built from name pairs. */
export function orderFromPairs(names: readonly string[], pairs: Iterable<[string, string]>): CompactGraph {
  const idOf = new Map(names.map((name, id) => [name, id] as const));
  const from: number[] = [];
  const to: number[] = [];
  for (const [a, b] of pairs) {
    from.push(idOf.get(a)!);
    to.push(idOf.get(b)!);
  }
  return compactGraphFromEdges(names.length, from, to);
}
