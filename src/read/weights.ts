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
// A cost is a finite number from 0 to MAX_COST, so sums over a million modules stay finite.

import { ImportGraphError, formatProblem, type InputProblem } from '../errors.js';

/** The largest cost a module may have: 10^12 (seconds: 31,000 years; bytes: a terabyte). */
export const MAX_COST = 1e12;

/** Problems listed in the error's message before "... and N more", unless the caller says otherwise. */
const DEFAULT_MAX_PROBLEMS = 50;

export type WeightSpec =
  | { kind: 'unit' }
  | { kind: 'size'; sizes: ReadonlyMap<string, number> }
  | { kind: 'file'; file: string; text: string }
  | { kind: 'costs'; costs: ReadonlyMap<string, number> };

/** Parses a weights file's text into module → cost; throws ImportGraphError (E_INPUT) listing every problem. */
export function parseWeights(file: string, text: string, maxProblems = DEFAULT_MAX_PROBLEMS): Map<string, number> {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseJsonWeights(file, text, maxProblems);
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
      if (!isUsableCost(end - start)) return problems.push({ file, line: l.line, column: columnOf(1), message: `expected a build time ${COST_WANTED}, found \`${fields[1]}\` to \`${fields[2]}\`` });
      costs.set(fields[0], end - start);
      return;
    }
    if (fields.length !== 2 || fields[0].trim() === '') {
      return problems.push({ file, line: l.line, column: 1, message: `expected \`module<TAB>cost\`, found \`${l.text}\`` });
    }
    if (!isNumber(fields[1])) {
      if (index === 0) return; // a header line
      return problems.push({ file, line: l.line, column: columnOf(1), message: `expected a cost ${COST_WANTED}, found \`${fields[1]}\`` });
    }
    const cost = Number(fields[1]);
    if (!isUsableCost(cost)) return problems.push({ file, line: l.line, column: columnOf(1), message: `expected a cost ${COST_WANTED}, found \`${fields[1]}\`` });
    if (costs.has(fields[0])) return problems.push({ file, line: l.line, column: 1, message: `expected each module once, found \`${fields[0]}\` again` });
    costs.set(fields[0], cost);
  });
  if (problems.length > 0) throw weightsError(problems, maxProblems);
  return costs;
}

/** What a cost must be, for messages. */
const COST_WANTED = '(a number from 0 to 1e12)';

/** Whether a cost can be used: finite, from 0 to MAX_COST (NaN and ±Infinity cannot). */
function isUsableCost(cost: number): boolean {
  return cost >= 0 && cost <= MAX_COST;
}

/** Every problem as `file:line:column: message`, like input problems, up to `maxProblems` lines. */
function weightsError(problems: InputProblem[], maxProblems: number): ImportGraphError {
  const lines = problems.slice(0, Math.max(1, maxProblems)).map(formatProblem);
  if (problems.length > lines.length) lines.push(`... and ${problems.length - lines.length} more`);
  return new ImportGraphError('E_INPUT', lines.join('\n'), { problems });
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

function parseJsonWeights(file: string, text: string, maxProblems: number): Map<string, number> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    const at = /position (\d+)/.exec(String((cause as Error).message));
    const offset = at ? Number(at[1]) : 0;
    const before = text.slice(0, offset).split('\n');
    const problem = { file, line: before.length, column: before[before.length - 1].length + 1, message: `expected JSON, found ${(cause as Error).message}` };
    throw new ImportGraphError('E_INPUT', formatProblem(problem), { cause, problems: [problem] });
  }
  const entries: [unknown, unknown][] = Array.isArray(data) ? data.map((x) => (Array.isArray(x) && x.length === 2 ? [x[0], x[1]] : [undefined, x])) : Object.entries(data as object);
  const problems: InputProblem[] = [];
  const costs = new Map<string, number>();
  for (const [module, cost] of entries) {
    // Positions are looked up only for problems: a search per entry would be quadratic in the file.
    if (typeof module !== 'string') problems.push({ file, line: 1, column: 1, message: `expected a [module, cost] pair, found ${JSON.stringify(cost)}` });
    else if (typeof cost !== 'number' || !isUsableCost(cost)) {
      problems.push({ file, ...lineColumnOf(text, JSON.stringify(module)), message: `expected a cost ${COST_WANTED} for \`${module}\`, found ${typeof cost === 'number' ? String(cost) : JSON.stringify(cost)}` });
    } else costs.set(module, cost);
  }
  if (problems.length > 0) throw weightsError(problems, maxProblems);
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
  const known = spec.kind === 'size' ? spec.sizes : spec.kind === 'costs' ? spec.costs : parseWeights(spec.file, spec.text);
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
