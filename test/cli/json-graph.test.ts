// importgraph.json validates against the shipped schema (ajv), reads back into the same order, and TSV/JSON graphs are inputs like .import_info.
import test from 'ava';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { examplesDir, fixturesDir, projectRoot, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const analysisSchema = JSON.parse(readFileSync(join(projectRoot, 'schema/importgraph.schema.json'), 'utf8'));
const planSchema = JSON.parse(readFileSync(join(projectRoot, 'schema/importgraph-plan.schema.json'), 'utf8'));
ajv.addSchema(analysisSchema, 'importgraph.schema.json');
const validAnalysis = ajv.getSchema('importgraph.schema.json');
const validPlan = ajv.compile(planSchema);

const library = join(examplesDir, 'mercury-library/import_info/*.import_info');
const calculator = join(examplesDir, 'calculator/*.import_info');
const spec = join(examplesDir, 'mercury-library/mer_std.trans_opt_deps_spec');
const weights = join(examplesDir, 'mercury-library/weights.tsv');

async function scc(t: any, dir: string, outDir: string, args: string[]) {
  const run = await runCli(['scc', '--render', 'none', '-q', ...args, '--out-dir', outDir], dir);
  t.is(run.exitCode, 0, run.stderr);
  return (name: string) => readFileSync(join(dir, outDir, name), 'utf8');
}

const cases: [string, string, string[]][] = [
  ['calculator, default order', calculator, []],
  ['calculator, auto order', calculator, ['--order', 'auto']],
  ['library, default order', library, []],
  ['library, spec order', library, ['--trans-opt-deps-spec', spec]],
  ['library, auto order', library, ['--order', 'auto']],
  ['library, auto order with weights', library, ['--order', 'auto', '--weights', weights]],
];

/** Imports whose imported module the order file lets the importer read (by a search of the file's graph). */
function honouredCount(orderText: string, imports: { importer: string; imported: string }[]): number {
  const reads = new Map(orderText.trimEnd().split('\n').map((line) => [line.split(' ')[0], line.split(' ').slice(1)]));
  return imports.filter(({ importer, imported }) => {
    const seen = new Set<string>();
    const stack = [...(reads.get(importer) ?? [])];
    while (stack.length > 0) {
      const m = stack.pop()!;
      if (m === imported) return true;
      if (!seen.has(m)) seen.add(m), stack.push(...(reads.get(m) ?? []));
    }
    return false;
  }).length;
}

for (const [what, inputs, options] of cases) {
  test(`${what}: importgraph.json validates against the schema and reads back into the same order, byte for byte`, async (t) => {
    const dir = temporaryDirectory();
    const first = await scc(t, dir, 'first', [...options, inputs]);
    const document = JSON.parse(first('importgraph.json'));
    t.true(validAnalysis!(document), JSON.stringify(validAnalysis!.errors));
    t.is(document.order.map((o: { module: string; reads: string[] }) => [o.module, ...o.reads].join(' ') + '\n').join(''), first('importgraph.trans_opt_order'));
    t.is(document.givenUp !== undefined, options.includes('auto'));
    // Levels and honoured flags mean what the schema says.
    const levelOf = new Map(document.modules.map((m: { name: string; level: number }) => [m.name, m.level]));
    for (const { module, reads } of document.order) t.is(levelOf.get(module), reads.length === 0 ? 0 : 1 + Math.max(...reads.map((r: string) => levelOf.get(r) as number)), module);
    const outside = new Set(document.externalModules);
    for (const i of document.imports) t.is(i.honoured === null, outside.has(i.imported), `${i.importer} -> ${i.imported}`);
    t.is(document.imports.filter((i: { honoured: boolean | null }) => i.honoured === true).length, honouredCount(first('importgraph.trans_opt_order'), document.imports));
    // Read back with the same options but no weights file: the document carries its costs.
    const again = await scc(t, dir, 'again', [...options.filter((o, i) => o !== '--weights' && options[i - 1] !== '--weights'), 'first/importgraph.json']);
    t.is(again('importgraph.trans_opt_order'), first('importgraph.trans_opt_order'));
    t.is(again('importgraph.dep'), first('importgraph.dep'));
    t.is(again('importgraph.ninja'), first('importgraph.ninja'));
    t.is(again('importgraph.json'), first('importgraph.json'));
  });
}

test('the library as a TSV edge list gives the same order, rules and honoured imports as its .import_info files', async (t) => {
  const dir = temporaryDirectory();
  const infos = await scc(t, dir, 'infos', [library]);
  const edges = await scc(t, dir, 'edges', [join(fixturesDir, 'mercury-library/edges-mmc.tsv')]);
  for (const file of ['importgraph.trans_opt_order', 'importgraph.dep', 'importgraph.ninja']) t.is(edges(file), infos(file), file);
  const honoured = (text: string) => JSON.parse(text).imports.map((i: { importer: string; imported: string; honoured: boolean }) => `${i.importer} ${i.imported} ${i.honoured}`);
  t.deepEqual(honoured(edges('importgraph.json')), honoured(infos('importgraph.json')));
});

test('--input-format reads a file of any name as the format given; an unknown format is exit 2', async (t) => {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 'graph.txt'), '# a tiny graph\na\tb\nb\tc\nc\ta\nd\n');
  const run = await runCli(['scc', '--render', 'none', '--input-format', 'tsv', '--out-dir', 'out', 'graph.txt'], dir);
  t.is(run.exitCode, 0, run.stderr);
  t.is(readFileSync(join(dir, 'out/importgraph.trans_opt_order'), 'utf8'), 'a b\nb c\nc\nd\n');
  const bad = await runCli(['scc', '--input-format', 'yaml', 'graph.txt'], dir);
  t.is(bad.exitCode, 2);
  t.regex(bad.stderr, /--input-format takes import_info, m, json, tsv, not `yaml`/);
});

test('bad graph inputs are exit 3, every problem at file:line:column (JSON: with its pointer), and nothing is written', async (t) => {
  const dir = temporaryDirectory();
  writeFileSync(join(dir, 'bad.json'), '{"modules": ["a", {"name": "b c"}, {"name": "d", "cost": -1}],\n "imports": [{"importer": "a", "imported": 7}]}\n');
  writeFileSync(join(dir, 'broken.json'), '{"modules": ["a",\n  ]}\n');
  writeFileSync(join(dir, 'bad.tsv'), 'a\tb\n\nb\tc\td\ne f\tg\n');
  const run = await runCli(['scc', '--out-dir', 'out', 'bad.json', 'broken.json', 'bad.tsv'], dir);
  t.is(run.exitCode, 3);
  t.regex(run.stderr, /^bad\.json:1:28: \/modules\/1\/name: module name 'b c' cannot be used: character ' '/m);
  t.regex(run.stderr, /^bad\.json:1:58: \/modules\/2\/cost: expected a cost from 0 to 10\^12, found number -1$/m);
  t.regex(run.stderr, /^bad\.json:2:44: \/imports\/0\/imported: expected a module name \(a string\), found number 7$/m);
  t.regex(run.stderr, /^broken\.json:2:3: expected JSON, found '\]'$/m);
  t.regex(run.stderr, /^bad\.tsv:3:5: expected `importer<TAB>imported`, found a third field 'd'$/m);
  t.regex(run.stderr, /^bad\.tsv:4:1: module name 'e f' cannot be used/m);
  t.throws(() => readFileSync(join(dir, 'out/importgraph.trans_opt_order')));
});

test('plan --json validates against its schema, shares importgraph.json\'s critical path, and reads a JSON graph as it reads .import_info', async (t) => {
  const dir = temporaryDirectory();
  const first = await scc(t, dir, 'out', ['--weights', weights, library]);
  const fromInfos = await runCli(['plan', '--json', '--weights', weights, library], dir);
  t.is(fromInfos.exitCode, 0, fromInfos.stderr);
  const plans = JSON.parse(fromInfos.stdout);
  t.true(validPlan(plans), JSON.stringify(validPlan.errors));
  t.deepEqual(plans.find((p: { name: string }) => p.name === 'default').criticalPath, JSON.parse(first('importgraph.json')).criticalPath);
  const fromJson = await runCli(['plan', '--json', 'out/importgraph.json'], dir);
  t.is(fromJson.exitCode, 0, fromJson.stderr);
  t.is(fromJson.stdout, fromInfos.stdout);
});
