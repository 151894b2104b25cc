// `importgraph scan` as one function: read .m files, derive each module's imports as mmc would, write .import_info files.
import { join } from 'node:path';
import { inputPaths, noModules } from './input-paths.js';
import { outputDirectory } from './output-dir.js';
import { scanSources } from '../read/read-inputs.js';
import { sourceModuleImports } from '../read/source-imports.js';
import { importInfoText } from '../write/import-info-text.js';
import { OutputTransaction } from '../write/output-transaction.js';

const isImportInfo = (name: string) => name.endsWith('.import_info');

// All files change together, as for scc; scan removes nothing (the directory may hold .import_info files the compiler wrote).
export async function pipelineScan(inputs: string[], outDir: string, cwd: string) {
  const dir = outputDirectory(cwd, outDir);
  const scanned = scanSources(await inputPaths(inputs, cwd));
  const modules = sourceModuleImports(scanned.modules);
  if (modules.length === 0) throw noModules(inputs);
  const transaction = await OutputTransaction.open(dir, isImportInfo);
  try {
    const writes = await transaction.stage(modules.map((m) => ({ path: join(dir, `${m.module}.import_info`), content: importInfoText(m) })));
    await transaction.commit({ isOurs: () => false });
    return { modules: modules.length, warnings: scanned.warnings, written: writes.written.length, unchanged: writes.unchanged.length };
  } finally {
    await transaction.discard();
  }
}
