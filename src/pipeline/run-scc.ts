// `importgraph scc` as one function: expand inputs, read, analyze, plan outputs, write; the CLI and library both call it.
import { resolve } from 'node:path';
import { expandInputs } from '../read/input-files.js';
import { readImportInfos } from '../read/read-import-infos.js';
import { writeOutputs } from '../write/write-if-changed.js';
import type { MakeLayout } from '../write/make-rules.js';
import { analyzeImports, inputFiles, type SccAnalysis } from './analyze.js';
import { sccOutputs } from './scc-outputs.js';
import { summarize, type SccSummary } from './summary.js';

export interface SccOptions {
  /** Files, quoted globs and `@listfile`s, as on the command line. */
  inputs: string[];
  outDir: string;
  cwd?: string;
  layout?: MakeLayout;
  /** Input problems reported before giving up; default 50. */
  maxProblems?: number;
}

export interface SccResult {
  analysis: SccAnalysis;
  summary: SccSummary;
}

// Nothing is written unless every input was read cleanly: input errors throw before the first write.
export async function runScc(options: SccOptions): Promise<SccResult> {
  const cwd = options.cwd ?? process.cwd();
  const files = await expandInputs(options.inputs, { cwd });
  // Paths stay as the user wrote them (for messages) unless they are relative to another directory than ours.
  const paths = cwd === process.cwd() ? files : files.map((f) => resolve(cwd, f));
  const { modules } = await readImportInfos(paths, { maxProblems: options.maxProblems });
  const analysis = analyzeImports(modules);
  const outputs = sccOutputs(analysis, {
    outDir: resolve(cwd, options.outDir),
    files: inputFiles(analysis.moduleGraph, modules),
    layout: options.layout,
  });
  const writes = await writeOutputs(outputs);
  return { analysis, summary: summarize(analysis, writes) };
}
