// `importgraph scan`: Mercury sources to .import_info files, for builds whose compiler cannot write them yet.
import { pipelineScan } from '../pipeline/run-scan.js';
import type { CliIo } from './io.js';
import { plural } from '../pipeline/summary.js';
import { reportSourceWarnings } from './source-warnings.js';
import { type CommonOptions, usage } from './options.js';

export async function scanCommand(options: CommonOptions, io: CliIo): Promise<number> {
  if (options.inputs.length === 0) throw usage('no inputs: give .m files, quoted globs or @FILE');
  const { modules, warnings, written, unchanged } = await pipelineScan(options.inputs, options.outDir, io.cwd);
  reportSourceWarnings(warnings, options.verbose, io);
  if (!options.quiet) {
    const skipped = warnings.length === 0 ? 'every term read' : `${plural(warnings.length, 'term')} skipped (an import in one would be missed)`;
    io.stderr(`importgraph: scanned ${plural(modules, 'module')}, ${skipped}; files: ${written} written, ${unchanged} unchanged\n`);
  }
  return 0;
}
