// DOT text of a bundled example's SCCs, made by the real pipeline stages, for the render and viewer tests.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { Digraph, toDot } from 'ts-graphviz';
import { readImportInfos } from '../../src/read/read-import-infos.js';
import { analyzeImports, inputFiles, type SccAnalysis } from '../../src/pipeline/analyze.js';
import { multiModuleSccs, sccOutputs } from '../../src/pipeline/scc-outputs.js';
import type { RenderJob } from '../../src/render/render-types.js';
import { examplesDir } from './project.js';

export interface ExampleDots {
  analysis: SccAnalysis;
  /** One job per SCC of two or more modules, named by file stem (`imports_C`). */
  jobs: RenderJob[];
  /** Members of each job's SCC, parallel to `jobs`. */
  members: string[][];
}

/** Reads examples/<name> and returns its SCCs' DOT files as render jobs. */
export async function exampleDots(example: string, subdir = ''): Promise<ExampleDots> {
  const dir = join(examplesDir, example, subdir);
  const files = readdirSync(dir).filter((f) => f.endsWith('.import_info')).sort().map((f) => join(dir, f));
  const { modules } = await readImportInfos(files);
  const analysis = analyzeImports(modules);
  const outputs = sccOutputs(analysis, { outDir: '/out', files: inputFiles(analysis.moduleGraph, modules) });
  const sccs = multiModuleSccs(analysis);
  const jobs = sccs.map((scc) => ({
    name: scc.stem,
    dot: String(outputs.find((o) => o.path === `/out/${scc.stem}.dot`)!.content),
  }));
  const members = sccs.map((scc) => Array.from(scc.members, (v) => analysis.moduleGraph.names[v]));
  return { analysis, jobs, members };
}

/** A deliberately huge tangle: a ring of `nodes` plus pseudo-random chords, `edges` edges in all. */
export function tangleDot(nodes: number, edges: number): string {
  const g = new Digraph('tangle');
  const ns = Array.from({ length: nodes }, (_, i) => g.createNode(`m${i}`));
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % nodes;
  for (let i = 0; i < nodes; i++) g.createEdge([ns[i], ns[(i + 1) % nodes]]);
  for (let k = nodes; k < edges; k++) g.createEdge([ns[next()], ns[next()]]);
  return toDot(g, { convert: { maxASTNodes: 0 } });
}

/** True when `svg` is an SVG document that names every node. */
export function isSvgNaming(svg: string, names: readonly string[]): boolean {
  const start = svg.trimStart();
  if (!(start.startsWith('<?xml') || start.startsWith('<svg') || start.startsWith('<!DOCTYPE svg'))) return false;
  if (!svg.includes('<svg') || !svg.trimEnd().endsWith('</svg>')) return false;
  return names.every((n) => svg.includes(`<title>${n}</title>`));
}
