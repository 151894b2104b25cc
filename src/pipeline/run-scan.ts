// `importgraph scan` as one function: read .m files, derive each module's imports as mmc would, write .import_info files.
import { join } from 'node:path';
import { inputPaths } from './input-paths.js';
import { scanSources } from '../read/read-inputs.js';
import { sourceModuleImports } from '../read/source-imports.js';
import { importInfoText } from '../write/import-info-text.js';
import { writeOutputs } from '../write/write-if-changed.js';

export async function pipelineScan(inputs: string[], outDir: string, cwd: string) {
  const scanned = scanSources(await inputPaths(inputs, cwd));
  const modules = sourceModuleImports(scanned.modules);
  const writes = await writeOutputs(modules.map((m) => ({ path: join(outDir, `${m.module}.import_info`), content: importInfoText(m) })));
  return { modules: modules.length, warnings: scanned.warnings.length, written: writes.written.length, unchanged: writes.unchanged.length };
}
