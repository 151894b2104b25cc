// Interns module names into the integer graph the algorithms run on, and keeps each edge's import entry for labels.
//
// Cost: O(N log N) name comparisons to sort the modules, then O(I log d) for the
// I import entries (one look-up each, by the reader's name id or in a Map by
// name, each module's row sorted by target id unless the file listed it in
// order, d = its import count); no per-edge objects beyond the entries already read.
// Choices: node ids follow Mercury's module name order, so everything sorted by
// id is sorted as mmc sorts; an entry with an empty entity list still makes an
// edge (the module is imported); self imports are dropped; modules imported but
// not given are outside the build and only listed. Several entries for the same
// pair are merged into one (entities concatenated without repeats, first line).

import { ImportGraphError } from '../errors.js';
import { ENTITY_KINDS, type ImportedEntities, type ImportedFrom, type ModuleImports } from '../model.js';
import { compareModuleNames } from '../order/mercury-name-order.js';
import { isSortedByModuleName } from '../read/sort-by-module-name.js';
import { StoredModuleImports, type ImportStore } from '../read/import-store.js';
import type { CompactGraph } from './compact-graph.js';
import { EdgeEntries } from './edge-entries.js';
import { EntryNodeIds } from './entry-node-ids.js';

export interface ModuleGraph {
  /** Module names in Mercury's name order; node id = index. */
  readonly names: string[];
  /** Edge A→B when A imports from B (A ≠ B, both given). */
  readonly graph: CompactGraph;
  /** Parallel to `graph.targets`: the import entry behind each edge (see importOf); for modules read into an `ImportStore`, a list whose entries are made when read (`EdgeEntries.asArray`). */
  readonly edgeEntities: readonly ImportedFrom[];
  /** Modules imported but not given (outside this build), in Mercury's name order. */
  readonly externalModules: string[];
  /** Number of `module_imports_from` entries read, including self, external and repeated ones. */
  readonly importCount: number;
}

export function buildModuleGraph(modules: readonly ModuleImports[]): ModuleGraph {
  // The readers return modules sorted: checking is n - 1 comparisons, sorting again n log n.
  const sorted = isSortedByModuleName(modules) ? modules : [...modules].sort((a, b) => compareModuleNames(a.module, b.module));
  const n = sorted.length;
  const names = sorted.map((m) => m.module);
  // Sorted, a name given twice is given by neighbours (names compare equal only when they are equal).
  for (let id = 1; id < n; id++) {
    if (names[id] === names[id - 1]) {
      const files = [sorted[id - 1].file, sorted[id].file].sort();
      throw new ImportGraphError('E_INPUT', `module \`${names[id]}\` is defined twice: in ${files[0]} and in ${files[1]}`);
    }
  }
  const nodeIds = new EntryNodeIds(names);

  let importCount = 0;
  for (const m of sorted) importCount += m instanceof StoredModuleImports ? m.to - m.from : m.imports.length;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(importCount);
  // Edge e's entry: entry entryOf[e] of `store`, or others[-1 - entryOf[e]] (see EdgeEntries).
  const entryOf = new Int32Array(importCount);
  const others: ImportedFrom[] = [];
  let store: ImportStore | undefined;
  const external = new Set<string>();
  let keys: Float64Array = new Float64Array(16);
  let rowTargets = new Int32Array(16);
  let rowEntries = new Int32Array(16);
  let out = 0;

  for (let u = 0; u < n; u++) {
    offsets[u] = out;
    const m = sorted[u];
    // Entries of the first store met are read by index, without objects; any other module's as objects.
    const stored = m instanceof StoredModuleImports && (store ??= m.store) === m.store ? m : undefined;
    const imports = stored === undefined ? m.imports : undefined;
    const k = stored === undefined ? imports!.length : stored.to - stored.from;
    if (rowTargets.length < k) {
      rowTargets = new Int32Array(Math.max(k, rowTargets.length * 2));
      rowEntries = new Int32Array(rowTargets.length);
    }
    let count = 0;
    // Files usually list their imports in name order: such a row needs no sorting.
    let ascending = true;
    // A stored row's entries are one range of the store: when its ends share a name table, every entry does (found once, not per entry).
    const table = stored !== undefined && k > 0 && store!.names(stored.from) === store!.names(stored.to - 1) ? store!.names(stored.from) : undefined;
    for (let i = 0, last = -1; i < k; i++) {
      const target =
        stored === undefined
          ? nodeIds.of(imports![i])
          : table !== undefined
            ? nodeIds.ofNameId(table, store!.nameId(stored.from + i))
            : nodeIds.ofStored(store!, stored.from + i);
      if (target < 0) {
        external.add(stored === undefined ? imports![i].module : store!.names(stored.from + i).name(store!.nameId(stored.from + i)));
        continue;
      }
      if (target === u) continue;
      if (target <= last) ascending = false;
      last = target;
      rowTargets[count] = target;
      rowEntries[count++] = i;
    }
    if (!ascending) keys = sortRow(rowTargets, rowEntries, count, keys);
    // Targets ascending, an entry repeating a target right after the first (reading order): those are merged into one edge.
    for (let j = 0; j < count; ) {
      const target = rowTargets[j];
      let last = j + 1;
      while (last < count && rowTargets[last] === target) last++;
      targets[out] = target;
      if (last === j + 1 && stored !== undefined) entryOf[out] = stored.from + rowEntries[j];
      else entryOf[out] = -others.push(last === j + 1 ? imports![rowEntries[j]] : mergeEntries(imports ?? m.imports, rowEntries.subarray(j, last)));
      out++;
      j = last;
    }
  }
  offsets[n] = out;
  const externalModules = [...external].sort(compareModuleNames);
  // Without stored modules every edge's entry is an object already: the list is those objects.
  // Usually every entry made an edge: the arrays are then kept as they are, not copied.
  const fit = (a: Int32Array): Int32Array => (out === a.length ? a : a.slice(0, out));
  const edgeEntities = store === undefined ? others : new EdgeEntries(fit(entryOf), store, others).asArray();
  return { names, graph: { nodeCount: n, offsets, targets: fit(targets) }, edgeEntities, externalModules, importCount };
}

// Sorts a row's (target, entry) pairs by target, then entry: short rows by insertion (no call, no numbers packed), long ones packed in one number each and sorted. Returns the (maybe grown) scratch.
function sortRow(rowTargets: Int32Array, rowEntries: Int32Array, count: number, keys: Float64Array): Float64Array {
  if (count <= 32) {
    for (let j = 1; j < count; j++) {
      const target = rowTargets[j];
      const entry = rowEntries[j];
      let i = j - 1;
      for (; i >= 0 && rowTargets[i] > target; i--) {
        rowTargets[i + 1] = rowTargets[i];
        rowEntries[i + 1] = rowEntries[i];
      }
      rowTargets[i + 1] = target;
      rowEntries[i + 1] = entry;
    }
    return keys;
  }
  if (keys.length < count) keys = new Float64Array(Math.max(count, keys.length * 2));
  // Entries are below `span`: target * span + entry orders by target, then entry.
  const span = rowEntries[count - 1] + 1;
  for (let j = 0; j < count; j++) keys[j] = rowTargets[j] * span + rowEntries[j];
  const row = keys.subarray(0, count).sort();
  for (let j = 0; j < count; j++) {
    rowTargets[j] = Math.floor(row[j] / span);
    rowEntries[j] = row[j] - rowTargets[j] * span;
  }
  return keys;
}

// Several entries for one pair: one entry, entities in reading order without repeats, the first entry's line.
function mergeEntries(imports: readonly ImportedFrom[], entries: Int32Array): ImportedFrom {
  const first = imports[entries[0]];
  const entities = {} as ImportedEntities;
  const lists = Array.from(entries, (i) => imports[i].entities); // read once: a lazily read entry decodes on each read
  for (const kind of ENTITY_KINDS) {
    const seen = new Set<string>();
    entities[kind] = [];
    for (const list of lists) {
      for (const item of list[kind]) {
        const id = `${item.name}/${item.arity}`;
        if (seen.has(id)) continue;
        seen.add(id);
        entities[kind].push(item);
      }
    }
  }
  return { module: first.module, entities, line: first.line };
}

/** The import entry behind edge u→v, or undefined if there is no such edge; O(log degree). */
export function importOf(mg: ModuleGraph, u: number, v: number): ImportedFrom | undefined {
  const { offsets, targets } = mg.graph;
  let lo = offsets[u];
  let hi = offsets[u + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = targets[mid];
    if (t === v) return mg.edgeEntities[mid];
    if (t < v) lo = mid + 1;
    else hi = mid;
  }
  return undefined;
}
