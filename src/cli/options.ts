// The options `scc` and `plan` share, parsed once into typed values with errors that say how to fix them.
import { ImportGraphError } from '../errors.js';
import { checkMainName } from '../read/name-policy.js';
import { parseInputFormat, type InputFormat } from '../read/input-format.js';
import type { OrderName } from '../pipeline/order-choice.js';
import type { RendererChoice } from '../render/render-types.js';
import { parseArgv } from './parse-argv.js';

const RENDERERS: readonly string[] = ['auto', 'dot', 'wasm', 'none'];

const OPTIONS = {
  'out-dir': { type: 'string' },
  'input-format': { type: 'string' },
  'use-subdirs': { type: 'boolean' },
  'max-errors': { type: 'string' },
  order: { type: 'string' },
  weights: { type: 'string' },
  'max-depth': { type: 'string' },
  'max-critical-path': { type: 'string' },
  json: { type: 'boolean' },
  prove: { type: 'boolean' },
  'prove-time': { type: 'string' },
  svg: { type: 'string' },
  jobs: { type: 'string' },
  'trans-opt-deps-spec': { type: 'string' },
  main: { type: 'string' },
  render: { type: 'string' },
  'render-timeout': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Each option's value as parsed: a string or a flag, undefined when not given. */
type OptionValues = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

export interface CommonOptions {
  inputs: string[];
  /** --input-format: read every input as this format instead of by extension. */
  inputFormat?: InputFormat;
  outDir: string;
  useSubdirs: boolean;
  maxProblems?: number;
  order: OrderName;
  weights?: string;
  maxDepth?: number;
  maxCriticalPath?: number;
  json: boolean;
  /** plan: bound the imports any order could honour (HiGHS), within proveTime seconds. */
  prove: boolean;
  proveTime: number;
  /** plan: write the simulated builds as a Gantt chart to this SVG file. */
  svg?: string;
  /** plan --svg: job slots of the simulated builds (default 8). */
  jobs: number;
  transOptDepsSpec?: string;
  main?: string;
  render: RendererChoice;
  /** Seconds per graph. */
  renderTimeout?: number;
  quiet: boolean;
  /** List every skipped term of the `.m` inputs, not only the first few. */
  verbose: boolean;
  help: boolean;
}

export function parseCommonOptions(args: string[]): CommonOptions {
  const parsed = parseArgv(args, OPTIONS);
  const values = parsed.values as OptionValues;
  const { positionals } = parsed;
  const order = values.order ?? 'name';
  if (order !== 'name' && order !== 'auto') throw usage(`--order takes \`name\` or \`auto\`, not \`${order}\``);
  const render = values.render ?? 'auto';
  if (!RENDERERS.includes(render)) throw usage(`--render takes auto, dot, wasm or none, not \`${render}\``);
  if (values['out-dir'] === '') throw usage('--out-dir is empty: give the directory to write to');
  if (order === 'auto' && values['trans-opt-deps-spec'] !== undefined) {
    throw usage('--trans-opt-deps-spec orders as mmc does, by name; it does not combine with --order auto');
  }
  // `--main` names output files: refused before anything is read unless it is a module name.
  if (values.main !== undefined) checkMainName(values.main);
  return {
    inputs: positionals,
    inputFormat: parseInputFormat(values['input-format']),
    outDir: values['out-dir'] ?? 'build/importgraph',
    useSubdirs: values['use-subdirs'] ?? false,
    maxProblems: optionalNumber('--max-errors', values['max-errors'], true),
    order,
    weights: values.weights,
    maxDepth: optionalNumber('--max-depth', values['max-depth'], true),
    maxCriticalPath: optionalNumber('--max-critical-path', values['max-critical-path'], false),
    json: values.json ?? false,
    prove: values.prove ?? false,
    proveTime: optionalNumber('--prove-time', values['prove-time'], false) ?? 60,
    svg: values.svg,
    jobs: optionalNumber('--jobs', values.jobs, true) ?? 8,
    transOptDepsSpec: values['trans-opt-deps-spec'],
    main: values.main,
    render: render as RendererChoice,
    renderTimeout: optionalNumber('--render-timeout', values['render-timeout'], false),
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    help: values.help ?? false,
  };
}

function optionalNumber(option: string, text: string | undefined, whole: boolean): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n))) {
    throw usage(`${option} takes a ${whole ? 'whole number of at least 1' : 'positive number'}, not \`${text}\``);
  }
  return n;
}

export function usage(message: string): ImportGraphError {
  return new ImportGraphError('E_USAGE', message);
}
