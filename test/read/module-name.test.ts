// Module names must come out as mmc means them: `.` and `__` qualify, quoting does not matter, anything else is pointed at.
import test from 'ava';
import type { InputProblem } from '../../src/errors.js';
import { moduleName, moduleNameOf } from '../../src/read/module-name.js';
import { readTerms } from '../../src/read/term-parser.js';

function nameOf(text: string): string | undefined {
  return moduleName(readTerms(`${text}.`, 'x')[0]!);
}

const namesModule = test.macro({
  exec(t, text: string, expected: string) {
    t.is(nameOf(text), expected);
  },
  title: (given, text: string, expected: string) => given ?? `\`${text}\` names the module \`${expected}\``,
});

test(namesModule, 'list', 'list');
test(namesModule, 'string.format', 'string.format');
test(namesModule, 'a.b.c', 'a.b.c');
test(namesModule, 'io__file', 'io.file');
test(namesModule, 'a__b__c', 'a.b.c');
test(namesModule, 'a.b__c', 'a.b.c');
test(namesModule, "'list'", 'list');
test(namesModule, "transform_hlds.'lambda'", 'transform_hlds.lambda');
test(namesModule, "'transform_hlds'.'lambda'", 'transform_hlds.lambda');
test(namesModule, 'a.(b.c)', 'a.b.c');
test(namesModule, "'a.b'", 'a.b');
test(namesModule, '(lambda)', 'lambda');
test(namesModule, "'__init'", '__init');

const notAModule = test.macro({
  exec(t, text: string, where: string, found: string) {
    const problems: InputProblem[] = [];
    t.is(moduleNameOf(readTerms(text, 'f.import_info')[0]!, 'f.import_info', problems), undefined);
    t.deepEqual(
      problems.map((p) => `${p.line}:${p.column}: ${p.message}`),
      [`${where}: expected a module name, found ${found}`],
    );
  },
  title: (given, text: string) => given ?? `\`${text}\` is not a module name, and the problem points at the bad part`,
});

test(notAModule, 'f(x).', '1:1', '`f(x)`');
test(notAModule, 'X.', '1:1', '`X`');
test(notAModule, '"list".', '1:1', '`"list"`');
test(notAModule, '42.', '1:1', '`42`');
test(notAModule, 'a.b.X.', '1:5', '`X`');
test(notAModule, 'a.f(y).c.', '1:3', '`f(y)`');
test(notAModule, "''.", '1:1', "`''`");
test(notAModule, '[a].', '1:1', '`[a]`');
