// Writes spec lines as a file mmc's --trans-opt-deps-spec reads, so an unmodified mmc builds in importgraph's order.
import type { SpecLine } from '../order/spec-encoding.js';
import { isOperatorName } from '../read/operators.js';

/** A module name as a Mercury term: components quoted when they are not plain names or are operators (`transform_hlds.'lambda'`). */
export function moduleNameTerm(name: string): string {
  return name
    .split('.')
    .map((part) => (/^[a-z][A-Za-z0-9_]*$/.test(part) && !isOperatorName(part) ? part : `'${part.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`))
    .join('.');
}

/** The spec file's text: a header comment, then one term per module, one target a line. */
export function transOptDepsSpecText(lines: readonly SpecLine[]): string {
  const out = [
    '% Written by importgraph: its build order as a --trans-opt-deps-spec for mmc.',
    '% builtin and private_builtin are allowed implicitly in every allow list.',
    '',
  ];
  for (const line of lines) {
    const functor = line.kind === 'allow' ? 'module_allow_deps' : 'module_disallow_deps';
    if (line.targets.length === 0) {
      out.push(`${functor}(${moduleNameTerm(line.module)}, []).`);
      continue;
    }
    out.push(`${functor}(${moduleNameTerm(line.module)}, [`);
    line.targets.forEach((t, i) => out.push(`    ${moduleNameTerm(t)}${i < line.targets.length - 1 ? ',' : ''}`));
    out.push('    ]).');
  }
  return `${out.join('\n')}\n`;
}
