// A small build whose module and entity names are the hostile strings, and every file the writers make of it, through the library API.
import { join } from 'node:path';
import type { ImportedEntities, ImportedFrom, ModuleImports } from '../../src/model.js';
import { analyzeImports, inputFiles, type SccAnalysis } from '../../src/pipeline/analyze.js';
import { multiModuleSccs, sccPictureOutputs } from '../../src/pipeline/scc-outputs.js';
import { overviewDot } from '../../src/write/overview-dot.js';
import type { OutputFile } from '../../src/write/write-if-changed.js';
import { HOSTILE_STRINGS } from './hostile-strings.js';

const none = (): ImportedEntities => ({ types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] });

/** The partner that closes H's cycle: one more component, so H comes first in name order and names the SCC. */
export const partnerOf = (h: string): string => `${h}.z`;
/** A module alone between the SCCs of the i-th and next hostile string (every third one), so the overview shows single modules. */
export const aloneOf = (h: string): string => `${h} (alone)`;
/** Where a module was "read" from: the name in the path, for file:// links. */
export const fileOf = (name: string): string => `/in/${name}.import_info`;
/** Line of the entry of every import: fixed, so expected links are easy to state. */
export const LINE = 3;

export interface HostileBuild {
  analysis: SccAnalysis;
  files: string[];
  /** One per hostile string, its SCC's stem (`imports_…`), in HOSTILE_STRINGS order. */
  stems: string[];
  /** The .dot files, the order, rules and index, and overview.dot, in `outDir`. */
  outputs: OutputFile[];
}

const entry = (module: string, entities: ImportedEntities): ImportedFrom => ({ module, entities, line: LINE });

// SCC i = {H_i, H_i.z}: H_i imports H_i.z with one predicate named H_i; H_i.z imports H_i listing nothing; H_i.z imports the next SCC (through H_i (alone) every third time).
export function hostileModules(): ModuleImports[] {
  const modules: ModuleImports[] = [];
  HOSTILE_STRINGS.forEach((h, i) => {
    const next = HOSTILE_STRINGS[i + 1];
    const via = next !== undefined && i % 3 === 0 ? aloneOf(h) : next;
    modules.push({ module: h, file: fileOf(h), imports: [entry(partnerOf(h), { ...none(), preds: [{ name: h, arity: 2 }] })] });
    const partnerImports = [entry(h, none())];
    if (via !== undefined) partnerImports.push(entry(via, { ...none(), types: [{ name: h, arity: 0 }] }));
    modules.push({ module: partnerOf(h), file: fileOf(partnerOf(h)), imports: partnerImports });
    if (via !== undefined && via !== next) modules.push({ module: via, file: fileOf(via), imports: [entry(next!, none())] });
  });
  return modules;
}

export function hostileBuild(outDir: string): HostileBuild {
  const modules = hostileModules();
  const analysis = analyzeImports(modules);
  const files = inputFiles(analysis.moduleGraph, modules);
  // The pictures and the index: the make rules refuse names outside the policy (the readers do first), so they are not part of this build.
  const outputs = sccPictureOutputs(analysis, { outDir, files });
  const { names, graph } = analysis.moduleGraph;
  outputs.push({ path: join(outDir, 'overview.dot'), content: overviewDot({ names, graph, scc: analysis.components }) });
  const stemOf = new Map(multiModuleSccs(analysis).map((s) => [names[s.members[0]], s.stem]));
  return { analysis, files, stems: HOSTILE_STRINGS.map((h) => stemOf.get(h)!), outputs };
}
