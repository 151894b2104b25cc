// `importgraph scan`: Mercury sources to .import_info files, for builds whose compiler cannot write them yet.
import { pipelineScan } from '../pipeline/run-scan.js';
import type { CliIo } from './io.js';
import { type CommonOptions, usage } from './options.js';

export async function scanCommand(options: CommonOptions, io: CliIo): Promise<number> {
  if (options.inputs.length === 0) throw usage('no inputs: give .m files, quoted globs or @FILE');
  const { modules, warnings, written, unchanged } = await pipelineScan(options.inputs, options.outDir, io.cwd);
  if (!options.quiet) {
    io.stderr(`importgraph: scanned ${modules} modules (${warnings} clauses skipped); files: ${written} written, ${unchanged} unchanged\n`);
  }
  return 0;
}
