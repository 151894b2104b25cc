// Reads the inputs that are graphs rather than Mercury (JSON documents and TSV edge lists), gathering every file's problems into one error.
import { ImportGraphError, formatProblem, type InputProblem } from '../errors.js';
import type { ModuleImports } from '../model.js';
import { appendAll } from './append-all.js';
import { parseEdgeList } from './edge-list.js';
import { parseGraphJson } from './graph-json.js';
import { inputFormatOf, type InputFormat } from './input-format.js';
import { decodeInputText, readInputBytes } from './input-text.js';

export function readGraphFiles(files: readonly string[], forced: InputFormat | undefined, maxProblems = 50): { modules: ModuleImports[]; bytesRead: number } {
  const modules: ModuleImports[] = [];
  const problems: InputProblem[] = [];
  let bytesRead = 0;
  for (const file of files) {
    const bytes = readInputBytes(file);
    bytesRead += bytes.length;
    try {
      const text = decodeInputText(bytes, file);
      appendAll(modules, inputFormatOf(file, forced) === 'json' ? parseGraphJson(file, text, maxProblems) : parseEdgeList(file, text, maxProblems));
    } catch (e) {
      if (!(e instanceof ImportGraphError) || e.code !== 'E_INPUT') throw e;
      appendAll(problems, e.problems);
    }
    if (problems.length >= maxProblems) break;
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, maxProblems);
    throw new ImportGraphError('E_INPUT', shown.map(formatProblem).join('\n'), { problems: shown });
  }
  return { modules, bytesRead };
}
