// Turns the synthetic generator's edge list into .import_info files, so the benchmark reads what a user's build would.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ENTITY_KINDS = ['imported_types', 'imported_preds', 'imported_funcs'];

// One deterministic entity list per edge, small as real ones mostly are.
function entityList(importer: number, k: number): string {
  const kind = ENTITY_KINDS[(importer + k) % ENTITY_KINDS.length];
  return `[${kind}([p${k % 7}/${(importer + k) % 4}, q${k % 5}/1])]`;
}

/** Generates (once, cached by size and seed) a folder of n .import_info files; returns the folder. */
export function ensureCorpus(root: string, generator: string, modules: number, seed = 1): string {
  const dir = join(root, `n${modules}-s${seed}`);
  if (existsSync(join(dir, 'done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const prefix = join(root, `graph-n${modules}-s${seed}`);
  execFileSync(process.execPath, [generator, '--n', String(modules), '--seed', String(seed), '--formats', 'tsv', '--out', prefix], { stdio: 'ignore' });
  const importsOf = new Map<string, string[]>();
  for (const line of readFileSync(`${prefix}.tsv`, 'utf8').split('\n')) {
    if (line === '') continue;
    const tab = line.indexOf('\t');
    const from = line.slice(0, tab);
    const list = importsOf.get(from) ?? [];
    list.push(line.slice(tab + 1));
    importsOf.set(from, list);
    if (!importsOf.has(line.slice(tab + 1))) importsOf.set(line.slice(tab + 1), []);
  }
  let i = 0;
  for (const [module, imports] of importsOf) {
    const entries = imports.map((m, k) => `    module_imports_from(${m}, ${entityList(i, k)})`);
    writeFileSync(join(dir, `${module}.import_info`), `module_imports(${module}, [\n${entries.join(',\n')}\n]).\n`);
    i++;
  }
  writeFileSync(join(dir, 'list.txt'), [...importsOf.keys()].map((m) => join(dir, `${m}.import_info`)).join('\n') + '\n');
  writeFileSync(join(dir, 'done'), '');
  return dir;
}
