// Reads a build's inputs whatever they are, `.m` sources or `.import_info` files, so `importgraph scc library/*.m` works in one command.
import { ImportGraphError, formatProblem, type InputProblem } from '../errors.js';
import type { ModuleImports } from '../model.js';
import { compareModuleNames } from '../order/mercury-name-order.js';
import { appendAll } from './append-all.js';
import { readGraphFiles } from './graph-files.js';
import { inputFormatOf, type InputFormat } from './input-format.js';
import { decodeInputText, readInputBytes } from './input-text.js';
import { scanMercurySource, type ScannedModule } from './mercury-source.js';
import { readImportInfos, type ReadOptions } from './read-import-infos.js';
import { stopReadWorkers } from './read-threads.js';
import { sourceModuleImports } from './source-imports.js';

export interface ModuleInputs {
  /** Sorted by module name in Mercury's order. */
  modules: ModuleImports[];
  bytesRead: number;
  /** Problems that did not stop the scan of `.m` files (syntax errors in clauses, odd declarations). */
  warnings: InputProblem[];
}

/** Scans `.m` files together (submodules inherit their ancestors' imports); problems of all files are thrown as one `E_INPUT`. */
export function scanSources(files: readonly string[]): { modules: ScannedModule[]; bytesRead: number; warnings: InputProblem[] } {
  const modules: ScannedModule[] = [];
  const warnings: InputProblem[] = [];
  const errors: InputProblem[] = [];
  let bytesRead = 0;
  for (const file of files) {
    const bytes = readInputBytes(file);
    bytesRead += bytes.length;
    let text: string;
    try {
      text = decodeInputText(bytes, file);
    } catch (e) {
      if (!(e instanceof ImportGraphError) || e.code !== 'E_INPUT') throw e;
      appendAll(errors, e.problems);
      continue;
    }
    const scanned = scanMercurySource(text, file);
    appendAll(modules, scanned.modules);
    appendAll(warnings, scanned.warnings);
    appendAll(errors, scanned.errors);
  }
  if (errors.length > 0) throw new ImportGraphError('E_INPUT', errors.map(formatProblem).join('\n'), { problems: errors });
  return { modules, bytesRead, warnings };
}

/** `.m` files are scanned, `.json` and `.tsv` read as graphs, everything else as `.import_info` (or all as `format` says); a module defined twice is an error (from the module graph). */
export async function readModuleInputs(files: readonly string[], options: ReadOptions & { format?: InputFormat } = {}): Promise<ModuleInputs> {
  try {
    return await readByFormat(files, options);
  } finally {
    // Reading workers started for these files (`startReadWorkers`) that the read did not take, or all of them when an error came first.
    stopReadWorkers();
  }
}

async function readByFormat(files: readonly string[], options: ReadOptions & { format?: InputFormat }): Promise<ModuleInputs> {
  const byFormat: Record<InputFormat, string[]> = { import_info: [], m: [], json: [], tsv: [] };
  for (const f of files) byFormat[inputFormatOf(f, options.format)].push(f);
  const infos = byFormat.import_info;
  // Only the bulk reader of `.import_info` files checks the inputs as it reads them: before any other reader, they are checked first.
  if (infos.length !== files.length) options.checkInputs?.();
  const scanned = scanSources(byFormat.m);
  const graphs = readGraphFiles(byFormat.json.concat(byFormat.tsv), options.format, options.maxProblems);
  const read = infos.length > 0 ? await readImportInfos(infos, options) : { modules: [], bytesRead: 0 };
  // Without sources or graphs the modules read are sorted already (a sorted array sorts to itself).
  const modules =
    scanned.modules.length === 0 && graphs.modules.length === 0
      ? read.modules
      : [...sourceModuleImports(scanned.modules), ...graphs.modules, ...read.modules].sort((a, b) => compareModuleNames(a.module, b.module));
  return { modules, bytesRead: scanned.bytesRead + graphs.bytesRead + read.bytesRead, warnings: scanned.warnings };
}
