// The one-screen account of a run that the CLI prints on stderr, as data first so the library can return it.
import type { SccAnalysis } from './analyze.js';
import { edgeCount } from '../graph/compact-graph.js';
import type { WriteSummary } from '../write/write-if-changed.js';

export interface SccSummary {
  modules: number;
  /** Modules imported but not given: outside this build. */
  externalModules: number;
  imports: number;
  sccs: number;
  /** SCCs of two or more modules (each has a .dot file). */
  cyclicSccs: number;
  largestScc: { size: number; firstModule: string };
  orderEdges: number;
  /** The costliest chain: its modules, and its cost when modules have weights. */
  criticalPath: { modules: number; cost?: number; path: string[] };
  filesWritten: number;
  filesUnchanged: number;
  /** SVG rendering: which renderer, pictures drawn, pictures already up to date, graphs left without one. */
  svg?: { renderer: string; rendered: number; upToDate: number; problems: string[] };
}

export function summarize(
  analysis: SccAnalysis,
  writes: WriteSummary,
  render?: { renderer: string; rendered: number; upToDate: number; problems: string[] },
): SccSummary {
  const { moduleGraph, members, components } = analysis;
  let largest = 0;
  let largestFirst = 0;
  let cyclic = 0;
  for (let c = 0; c < components.count; c++) {
    const size = members.offsets[c + 1] - members.offsets[c];
    if (size >= 2) cyclic++;
    const first = members.members[members.offsets[c]];
    if (size > largest || (size === largest && first < largestFirst)) {
      largest = size;
      largestFirst = first;
    }
  }
  return {
    modules: moduleGraph.names.length,
    externalModules: moduleGraph.externalModules.length,
    imports: edgeCount(moduleGraph.graph),
    sccs: components.count,
    cyclicSccs: cyclic,
    largestScc: { size: largest, firstModule: moduleGraph.names[largestFirst] ?? '' },
    orderEdges: edgeCount(analysis.order),
    criticalPath: {
      modules: analysis.criticalPath.modules,
      cost: analysis.weight === undefined ? undefined : analysis.criticalPath.cost,
      path: Array.from(analysis.criticalPath.path, (v) => moduleGraph.names[v]),
    },
    filesWritten: writes.written.length,
    filesUnchanged: writes.unchanged.length,
    svg: render === undefined ? undefined : { renderer: render.renderer, rendered: render.rendered, upToDate: render.upToDate, problems: render.problems },
  };
}

/** `1 module`, `2 modules`: a count and the noun in the form it takes. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Human-readable lines, for stderr. */
export function formatSummary(s: SccSummary): string {
  const lines = [
    `modules: ${s.modules} (${plural(s.imports, 'import')}; ${plural(s.externalModules, 'imported module')} outside this build)`,
    `SCCs: ${s.sccs}, ${s.cyclicSccs} with two or more modules; largest: ${s.largestScc.size} (${s.largestScc.firstModule})`,
    `order: ${plural(s.orderEdges, 'edge')} after transitive reduction; critical path: ${plural(s.criticalPath.modules, 'module')}` +
      (s.criticalPath.cost === undefined ? '' : `, cost ${s.criticalPath.cost.toLocaleString('en-US')}`),
    `files: ${s.filesWritten} written, ${s.filesUnchanged} unchanged`,
  ];
  if (s.svg !== undefined && s.svg.renderer !== 'none') {
    lines.push(`SVG: ${s.svg.rendered} drawn, ${s.svg.upToDate} up to date, ${s.svg.problems.length} without a picture`);
    for (const problem of s.svg.problems) lines.push(`SVG: ${problem}`);
  }
  return lines.map((l) => `importgraph: ${l}`).join('\n') + '\n';
}
