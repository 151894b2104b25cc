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
  let keys = new Float64Array(16);
  let out = 0;

  for (let u = 0; u < n; u++) {
    offsets[u] = out;
    const m = sorted[u];
    // Entries of the first store met are read by index, without objects; any other module's as objects.
    const stored = m instanceof StoredModuleImports && (store ??= m.store) === m.store ? m : undefined;
    const imports = stored === undefined ? m.imports : undefined;
    const k = stored === undefined ? imports!.length : stored.to - stored.from;
    if (keys.length < k) keys = new Float64Array(Math.max(k, keys.length * 2));
    // Sort this row by target id with the entry index as a tie-breaker, packed in one number.
    let count = 0;
    // Files usually list their imports in name order: such a row needs no sorting.
    let ascending = true;
    for (let i = 0, last = -1; i < k; i++) {
      const target = stored === undefined ? nodeIds.of(imports![i]) : nodeIds.ofStored(store!, stored.from + i);
      if (target < 0) {
        external.add(stored === undefined ? imports![i].module : store!.names(stored.from + i).name(store!.nameId(stored.from + i)));
        continue;
      }
      if (target === u) continue;
      if (target <= last) ascending = false;
      last = target;
      keys[count++] = target * k + i;
    }
    const row = ascending ? keys.subarray(0, count) : keys.subarray(0, count).sort();
    for (let j = 0; j < count; ) {
      const target = Math.floor(row[j] / k);
      let last = j + 1;
      while (last < count && Math.floor(row[last] / k) === target) last++;
      targets[out] = target;
      if (last === j + 1 && stored !== undefined) entryOf[out] = stored.from + (row[j] % k);
      else entryOf[out] = -others.push(last === j + 1 ? imports![row[j] % k] : mergeEntries(imports ?? m.imports, row.subarray(j, last), k));
      out++;
      j = last;
    }
  }
  offsets[n] = out;
  const externalModules = [...external].sort(compareModuleNames);
  // Without stored modules every edge's entry is an object already: the list is those objects.
  const edgeEntities = store === undefined ? others : new EdgeEntries(entryOf.slice(0, out), store, others).asArray();
  return { names, graph: { nodeCount: n, offsets, targets: targets.slice(0, out) }, edgeEntities, externalModules, importCount };
}

// Several entries for one pair: one entry, entities in reading order without repeats, the first entry's line.
function mergeEntries(imports: readonly ImportedFrom[], keys: Float64Array, k: number): ImportedFrom {
  const first = imports[keys[0] % k];
  const entities = {} as ImportedEntities;
  const lists = Array.from(keys, (key) => imports[key % k].entities); // read once: a lazily read entry decodes on each read
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
