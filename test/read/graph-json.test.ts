// The JSON graph reader and the JSON position finder: what a document means, and where each problem is.
import test from 'ava';
import { ImportGraphError } from '../../src/errors.js';
import { parseGraphJson } from '../../src/read/graph-json.js';
import { jsonPointer, jsonValuePosition } from '../../src/read/json-position.js';

test('modules as names or objects, imports with entities and lines; a module not listed is outside the build', (t) => {
  const modules = parseGraphJson('g.json', '{"modules": ["a", {"name": "b", "file": "b.src", "cost": 2.5}], "imports": [{"importer": "a", "imported": "b", "entities": {"preds": [["f", 2]]}, "line": 4}, {"importer": "b", "imported": "io"}], "extra": true}');
  t.deepEqual(modules.map((m) => [m.module, m.file, m.cost]), [['a', 'g.json', undefined], ['b', 'b.src', 2.5]]);
  t.deepEqual(modules[0].imports[0].entities.preds, [{ name: 'f', arity: 2 }]);
  t.is(modules[0].imports[0].line, 4);
  t.is(modules[1].imports[0].module, 'io');
});

test('the position of a pointer: keys with escapes, nested arrays, a byte order mark, several lines', (t) => {
  const text = '\ufeff{"a/b": [1,\n  {"x~y": [true, "s"]}]}';
  t.is(jsonPointer(['a/b', 1, 'x~y', 1]), '/a~1b/1/x~0y/1');
  t.deepEqual(jsonValuePosition(text, ['a/b', 1, 'x~y', 1]), { line: 2, column: 18 });
  t.deepEqual(jsonValuePosition(text, ['a/b', 0]), { line: 1, column: 10 });
  t.deepEqual(jsonValuePosition(text, []), { line: 1, column: 1 });
});

const problems = (text: string): string[] => {
  const error = (() => {
    try {
      parseGraphJson('g.json', text);
    } catch (e) {
      return e as ImportGraphError;
    }
    throw new Error('no error');
  })();
  return error.problems.map((p) => `${p.line}:${p.column}: ${p.message}`);
};

test('each problem is located with its pointer: shape, names, repeats, unknown importers, entities', (t) => {
  t.deepEqual(problems('[]'), ['1:1: : expected an object with "modules" and "imports", found an array']);
  t.deepEqual(problems('{"imports": []}'), ['1:1: : expected "modules": an array of modules, found nothing']);
  t.deepEqual(problems('{"modules": ["a", "a"]}'), ["1:19: /modules/1: module 'a' is listed twice"]);
  t.deepEqual(problems('{"modules": ["a"], "imports": [{"importer": "z", "imported": "a"}]}'), ["1:45: /imports/0/importer: module 'z' is not in \"modules\""]);
  t.deepEqual(problems('{"modules": ["a"], "imports": [{"importer": "a", "imported": "b", "entities": {"preds": [["f"]]}}]}'), ['1:90: /imports/0/entities/preds/0: expected ["name", arity] (arity a whole number), found ["f"]']);
  t.deepEqual(problems('{"modules": ["a"], "imports": [{"importer": "a", "imported": "b", "entities": {"verbs": []}}]}'), ["1:89: /imports/0/entities/verbs: expected one of the kinds types, insts, modes, preds, funcs, typeclasses, found 'verbs'"]);
});
