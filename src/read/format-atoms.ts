// Finds `format` used as a constant in a clause (`Style = format`), which makes mmc import string.format as a format call does.
import type { Term } from './term.js';

/**
 * The first atom `format` (no arguments, not module-qualified) in a clause
 * term, or undefined. mmc treats such a constant like an unqualified call to
 * `format` (the standard library's `term_to_xml` is an example). Iterative:
 * terms of any size and depth.
 */
export function formatConstantIn(clause: Term): Term | undefined {
  const stack: Term[] = [clause];
  while (stack.length > 0) {
    const t = stack.pop()!;
    if (t.kind === 'atom' && t.name === 'format') return t;
    if (t.kind !== 'compound') continue;
    // `m.format` names a module's `format`: not the unqualified one.
    if (t.functor === '.' && t.args.length === 2) {
      stack.push(t.args[0]!);
      continue;
    }
    for (let i = t.args.length - 1; i >= 0; i--) stack.push(t.args[i]!);
  }
  return undefined;
}
