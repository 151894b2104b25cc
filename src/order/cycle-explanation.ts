// Which imports the automatic order gave up in each SCC, most important first, so a developer knows which import to move.

import type { AutoOrder } from './auto-order.js';

export interface GivenUpExplained {
  importer: string;
  imported: string;
  /** How much the import matters (importWeight: e.g. the number of entities crossing it). */
  weight: number;
  /** Longest path through the import if it were kept, in modules and cost: how far it would stretch the build. */
  pathModules: number;
  pathCost: number;
}

export interface ComponentExplanation {
  /** The SCC's members, in name order of ids; `first` names it (as the DOT files do). */
  first: string;
  size: number;
  givenUp: GivenUpExplained[];
}

/** For each SCC with a given-up import: those imports, heaviest first, then the ones that stretch the build least. */
export function explainGivenUp(auto: AutoOrder, names: readonly string[]): ComponentExplanation[] {
  // Each SCC's size and lowest id, by component id.
  const comp = auto.componentOf;
  let count = 0;
  for (let v = 0; v < comp.length; v++) count = Math.max(count, comp[v] + 1);
  const size = new Int32Array(count);
  const first = new Int32Array(count).fill(-1);
  for (let v = 0; v < comp.length; v++) {
    size[comp[v]]++;
    if (first[comp[v]] < 0) first[comp[v]] = v;
  }
  const byComponent = new Map<number, GivenUpExplained[]>();
  for (const g of auto.givenUp) {
    const list = byComponent.get(g.component) ?? [];
    list.push({ importer: names[g.from], imported: names[g.to], weight: g.weight, pathModules: g.pathModules, pathCost: g.pathCost });
    byComponent.set(g.component, list);
  }
  return [...byComponent.entries()]
    .map(([c, givenUp]) => ({
      first: names[first[c]],
      size: size[c],
      givenUp: givenUp.sort((a, b) => b.weight - a.weight || a.pathCost - b.pathCost || (a.importer < b.importer ? -1 : a.importer > b.importer ? 1 : a.imported < b.imported ? -1 : 1)),
    }))
    .sort((a, b) => b.size - a.size || (a.first < b.first ? -1 : 1));
}
