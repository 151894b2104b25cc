// Splits the command line into options and inputs, with messages that say what to type instead (not Node's parser's).
import { ImportGraphError } from '../errors.js';

export type OptionSpec = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string }>>;

export interface ParsedArgv {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * GNU style: `--name value`, `--name=value`, `-q`, and `--` before inputs that
 * begin with `-`. A string option takes the next word whatever it is, so
 * `--render-timeout -1` reaches the option's own check. The last of repeated
 * options wins.
 */
export function parseArgv(args: readonly string[], options: OptionSpec): ParsedArgv {
  const values: ParsedArgv['values'] = {};
  const positionals: string[] = [];
  const byShort = new Map<string, string>(Object.entries(options).flatMap(([name, o]) => (o.short === undefined ? [] : [[`-${o.short}`, name] as const])));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      for (let k = i + 1; k < args.length; k++) positionals.push(args[k]!);
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const written = eq < 0 ? arg : arg.slice(0, eq);
    const name = written.startsWith('--') ? written.slice(2) : byShort.get(written);
    const spec = name === undefined || !Object.hasOwn(options, name) ? undefined : options[name]!;
    if (spec === undefined || name === undefined) throw unknownOption(written, options);
    if (spec.type === 'boolean') {
      if (eq >= 0) throw usage(`option \`${written}\` takes no value, not \`${arg.slice(eq + 1)}\``);
      values[name] = true;
    } else if (eq >= 0) {
      values[name] = arg.slice(eq + 1);
    } else if (i + 1 < args.length) {
      values[name] = args[++i]!;
    } else {
      throw usage(`option \`${written}\` needs a value; \`importgraph --help\` says what it takes`);
    }
  }
  return { values, positionals };
}

function unknownOption(written: string, options: OptionSpec): ImportGraphError {
  const near = closest(written.replace(/^-+/, ''), Object.keys(options));
  const hint = near === undefined ? '' : `; did you mean \`--${near}\`?`;
  return usage(`unknown option \`${written}\`${hint} (\`importgraph --help\` lists every option)`);
}

/** The option name nearest `typed` by edit distance, if it is near enough to be a typo (or `typed` begins it). */
function closest(typed: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = name.startsWith(typed) && typed.length >= 3 ? 1 : editDistance(typed, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return bestDistance <= Math.max(1, Math.min(3, Math.floor(typed.length / 3))) ? best : undefined;
}

/** Levenshtein distance with adjacent transpositions counted as one edit (`dri` for `dir`). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return rows[a.length]![b.length]!;
}

function usage(message: string): ImportGraphError {
  return new ImportGraphError('E_USAGE', message);
}
