// The analysis the writers share: each module's input file lines up with the graph's ids, whatever order the modules came in.
import test from 'ava';
import type { ModuleImports } from '../../src/model.js';
import { analyzeImports, inputFiles } from '../../src/pipeline/analyze.js';

const module = (name: string, imports: string[]): ModuleImports => ({
  module: name,
  file: `/src/${name}.import_info`,
  imports: imports.map((m, i) => ({ module: m, entities: { types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] }, line: i + 2 })),
});

// In Mercury's name order (fewer qualifiers first), as the readers return them.
const modules = [module('a', ['b', 'io']), module('b', ['c']), module('c', []), module('b.x', ['a'])];
const filesInNameOrder = ['/src/a.import_info', '/src/b.import_info', '/src/c.import_info', '/src/b.x.import_info'];

test('inputFiles gives each module its file, in the graph order, for modules given in name order', (t) => {
  const analysis = analyzeImports(modules);
  t.deepEqual(analysis.moduleGraph.names, ['a', 'b', 'c', 'b.x']);
  t.deepEqual(inputFiles(analysis.moduleGraph, modules), filesInNameOrder);
});

test('inputFiles gives each module its file for modules given in any order', (t) => {
  const shuffled = [modules[3], modules[0], modules[2], modules[1]];
  const analysis = analyzeImports(shuffled);
  t.deepEqual(inputFiles(analysis.moduleGraph, shuffled), filesInNameOrder);
  t.deepEqual(inputFiles(analysis.moduleGraph, modules.slice(1)), ['', ...filesInNameOrder.slice(1)], 'a module not given has no file');
});
