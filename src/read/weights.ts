// The cost model: how long each module's build takes, from a weights file, a make timings file, file sizes, or unit.
//
// Formats of `--weights FILE`, detected from the content:
// - JSON: an object {"module": cost} or an array of ["module", cost] pairs;
// - timings: lines `module start end` (seconds, whitespace-separated, as the
//   make fragment records them); cost = end − start, the last line of a module wins;
// - TSV: lines `module<TAB>cost`, with or without a header line (a first line
//   whose cost is not a number). Blank lines and lines starting with `#` are skipped.
// A module missing from the weights costs the median of the known costs (1 when
// none is known): a typical module, neither free nor the heaviest.

import { ImportGraphError, type InputProblem } from '../errors.js';

export type WeightSpec = { kind: 'unit' } | { kind: 'size'; sizes: ReadonlyMap<string, number> } | { kind: 'file'; file: string; text: string };

/** Parses a weights file's text into module → cost; throws ImportGraphError (E_INPUT) listing every problem. */
export function parseWeights(file: string, text: string): Map<string, number> {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseJsonWeights(file, text);
  const problems: InputProblem[] = [];
  const costs = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  const content = lines.map((l, i) => ({ line: i + 1, text: l })).filter((l) => l.text.trim() !== '' && !l.text.startsWith('#'));
  const timings = content.length > 0 && content.every((l) => l.text.trim().split(/\s+/).length === 3 && !l.text.includes('\t\t'));
  content.forEach((l, index) => {
    const fields = timings ? l.text.trim().split(/\s+/) : l.text.split('\t');
    const columns = timings ? [...l.text.matchAll(/\S+/g)].map((x) => (x.index as number) + 1) : tabColumns(fields);
    const columnOf = (k: number): number => columns[k] ?? 1;
    if (timings) {
      const start = Number(fields[1]);
      const end = Number(fields[2]);
      if (!isNumber(fields[1])) return problems.push({ file, line: l.line, column: columnOf(1), message: `expected a start time in seconds, found \`${fields[1]}\`` });
      if (!isNumber(fields[2])) return problems.push({ file, line: l.line, column: columnOf(2), message: `expected an end time in seconds, found \`${fields[2]}\`` });
      if (end < start) return problems.push({ file, line: l.line, column: columnOf(2), message: `expected an end time not before the start ${fields[1]}, found \`${fields[2]}\`` });
      costs.set(fields[0], end - start);
      return;
    }
    if (fields.length !== 2 || fields[0].trim() === '') {
      return problems.push({ file, line: l.line, column: 1, message: `expected \`module<TAB>cost\`, found \`${l.text}\`` });
    }
    if (!isNumber(fields[1])) {
      if (index === 0) return; // a header line
      return problems.push({ file, line: l.line, column: columnOf(1), message: `expected a cost (a number ≥ 0), found \`${fields[1]}\`` });
    }
    const cost = Number(fields[1]);
    if (cost < 0) return problems.push({ file, line: l.line, column: columnOf(1), message: `expected a cost (a number ≥ 0), found \`${fields[1]}\`` });
    if (costs.has(fields[0])) return problems.push({ file, line: l.line, column: 1, message: `expected each module once, found \`${fields[0]}\` again` });
    costs.set(fields[0], cost);
  });
  if (problems.length > 0) throw new ImportGraphError('E_INPUT', `${file}: ${problems.length} problem(s) in the weights`, { problems });
  return costs;
}

/** 1-based column of each tab-separated field, in one pass (a line of 100,000 fields must not take 100,000² steps). */
function tabColumns(fields: readonly string[]): number[] {
  const columns: number[] = [];
  let column = 1;
  for (const f of fields) {
    columns.push(column);
    column += f.length + 1;
  }
  return columns;
}

function isNumber(s: string): boolean {
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s.trim());
}

function parseJsonWeights(file: string, text: string): Map<string, number> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    const at = /position (\d+)/.exec(String((cause as Error).message));
    const offset = at ? Number(at[1]) : 0;
    const before = text.slice(0, offset).split('\n');
    throw new ImportGraphError('E_INPUT', `${file}: not valid JSON`, {
      cause,
      problems: [{ file, line: before.length, column: before[before.length - 1].length + 1, message: `expected JSON, found ${(cause as Error).message}` }],
    });
  }
  const entries: [unknown, unknown][] = Array.isArray(data) ? data.map((x) => (Array.isArray(x) && x.length === 2 ? [x[0], x[1]] : [undefined, x])) : Object.entries(data as object);
  const problems: InputProblem[] = [];
  const costs = new Map<string, number>();
  for (const [module, cost] of entries) {
    const where = typeof module === 'string' ? lineColumnOf(text, JSON.stringify(module)) : { line: 1, column: 1 };
    if (typeof module !== 'string') problems.push({ file, ...where, message: `expected a [module, cost] pair, found ${JSON.stringify(cost)}` });
    else if (typeof cost !== 'number' || !(cost >= 0) || !Number.isFinite(cost)) problems.push({ file, ...where, message: `expected a cost (a number ≥ 0) for \`${module}\`, found ${JSON.stringify(cost)}` });
    else costs.set(module, cost);
  }
  if (problems.length > 0) throw new ImportGraphError('E_INPUT', `${file}: ${problems.length} problem(s) in the weights`, { problems });
  return costs;
}

function lineColumnOf(text: string, needle: string): { line: number; column: number } {
  const at = Math.max(0, text.indexOf(needle));
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** One cost per module of `names` (by id); a module the spec does not know costs the median of those it does. */
export function moduleWeights(names: readonly string[], spec: WeightSpec): { weight: Float64Array; missing: string[] } {
  const weight = new Float64Array(names.length);
  if (spec.kind === 'unit') return { weight: weight.fill(1), missing: [] };
  const known = spec.kind === 'size' ? spec.sizes : parseWeights(spec.file, spec.text);
  const values = names.filter((n) => known.has(n)).map((n) => known.get(n) as number).sort((a, b) => a - b);
  const median = values.length === 0 ? 1 : values.length % 2 === 1 ? values[(values.length - 1) / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
  const missing: string[] = [];
  names.forEach((name, v) => {
    const cost = known.get(name);
    if (cost === undefined) missing.push(name);
    weight[v] = cost ?? median;
  });
  return { weight, missing };
}
