// Random `.import_info` texts for the fast scanners' tests: valid ones of every shape (or mostly of the plainest), and broken copies of them.
import { seededRandom } from './random.js';

/** The shared seeded generator (mulberry32), so every run tests the same texts. */
export const random = (seed: number): (() => number) => seededRandom(seed).next;

export class TextGenerator {
  /** `plain`: only the shape mmc writes (spaces and newlines, unquoted names, `name/Arity`), now and then something else. */
  constructor(
    private readonly next: () => number,
    private readonly plain = false,
  ) {}

  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** Layout between two tokens: mostly nothing or a space, sometimes newlines, tabs and comments. */
  layout(): string {
    if (this.chance(0.5)) return '';
    if (this.plain && this.chance(0.98)) return this.pick([' ', '\n', '\n    ', '\t', '\r\n', '\v', '\f']);
    return this.pick([' ', ' ', '\n', '\n    ', '\t', '\r\n', ' % a comment\n', '/* c */', '/* two\nlines */ ', '\v', '\f', '  \n\n ']);
  }

  /** Mostly one of `common`, now and then one of `odd` (rarer forms and mistakes). */
  either(common: readonly string[], odd: readonly string[]): string {
    if (this.plain && this.chance(0.97)) return this.pick(common.filter((c) => !c.includes("'") && !c.includes('__')));
    return this.chance(0.95) ? this.pick(common) : this.pick(odd);
  }

  /** One part of a module name. */
  modulePart(): string {
    return this.either(
      ['list', 'io', 'string', 'mod_01', 'fooBar', 'a', 'io__file', 'a__b__c', 'rem', 'is', 'pred', 'func', 'not', 'module', "'lambda'", "'my_mod'", "'a.b'", "'x__y'", "'pred'"],
      // Quoted names outside the name policy (src/read/name-policy.ts) too: the fast path must leave them to the general decoder.
      ['a__', '__b', "''", "'it''s'", "'esc\\\\'", 'Upper', 'caf\u00e9', "'my mod'", "'a..b'", "'caf\u00e9'", "'x$(y)'"],
    );
  }

  moduleName(): string {
    const parts = [this.modulePart()];
    while (this.chance(0.4)) parts.push(this.modulePart());
    // Layout before a qualifier is allowed (`a .b`), after it ends the term.
    return parts.join(this.chance(0.03) ? ' .' : '.');
  }

  entityName(): string {
    const last = this.either(
      ['map', 'foldl', 'p0', 'q_1', 'det_head', 'rem', 'func', 'not', 'pred', 'mod', "'+'", "'-'", "'/'", "'[|]'", "'a b'"],
      ["'\\\\+'", '(++)', '++', "''", 'Var', 'f(x)'],
    );
    if (this.chance(0.7)) return last;
    return `${this.moduleName()}.${last}`;
  }

  arity(): string {
    return this.either(['0', '1', '2', '3', '4', '5', '007', '1000000'], ['1000001', '99999999', '0x1', "0'a", '1_0', '2u', '1.5', '-1', 'X', '1e3']);
  }

  item(): string {
    const l = (): string => this.layout();
    if (this.chance(this.plain ? 0.005 : 0.15)) {
      const name = this.either(['append', 'two words', ''], ['with "" quote', 'esc \\" ape', 'new\nline', 'caf\u00e9']);
      return `name_arity(${l()}"${name}"${l()},${l()}${this.arity()}${l()})`;
    }
    const name = this.entityName();
    // After `/` a comment must not follow at once (`//*` would be one symbol name).
    const after = this.layout();
    return `${name}${l()}/${after.startsWith('/') ? ` ${after}` : after}${this.arity()}`;
  }

  list(max: number, item: () => string): string {
    const l = (): string => this.layout();
    const n = this.int(max + 1);
    if (n === 0) return `[${l()}]`;
    const items: string[] = [];
    for (let i = 0; i < n; i++) items.push(`${l()}${item()}${l()}`);
    return `[${items.join(',')}]`;
  }

  group(): string {
    const kind = this.chance(0.97) ? this.pick(['types', 'insts', 'modes', 'preds', 'funcs', 'typeclasses']) : 'things';
    const l = (): string => this.layout();
    const arg = kind === 'typeclasses' && this.chance(0.4) ? this.item() : this.list(4, () => this.item());
    return `imported_${kind}(${l()}${arg}${l()})`;
  }

  entry(earlier: string[]): string {
    const l = (): string => this.layout();
    const module = earlier.length > 0 && this.chance(0.15) ? this.pick(earlier) : this.moduleName();
    earlier.push(module);
    return `module_imports_from(${l()}${module}${l()},${l()}${this.list(3, () => this.group())}${l()})`;
  }

  file(): string {
    const l = (): string => this.layout();
    const earlier: string[] = [];
    const bom = this.chance(this.plain ? 0.001 : 0.05) ? '\ufeff' : '';
    const entries = this.list(6, () => this.entry(earlier));
    // The end `.` must be followed by layout (not a block comment) or the end of the text.
    const trailer = this.plain && this.chance(0.9) ? this.pick(['', '\n', ' ', '\n\n']) : this.pick(['', '\n', ' ', '\n% end\n', '\n\n', ' /* c */\n']);
    return `${bom}${l()}module_imports(${l()}${this.moduleName()}${l()},${l()}${entries}${l()})${l()}.${trailer}`;
  }

  /** A copy of the text with one or two small edits: a character dropped, added or doubled. */
  broken(text: string): string {
    let s = text;
    for (let k = 1 + this.int(2); k > 0; k--) {
      const at = this.int(s.length + 1);
      const what = this.int(3);
      if (what === 0) s = s.slice(0, at) + s.slice(at + 1);
      else if (what === 1) s = s.slice(0, at) + this.pick([...'()[],./\'"%_ aZ1\n*|\\']) + s.slice(at);
      else s = s.slice(0, at) + s.slice(at, at + 1 + this.int(8)) + s.slice(at);
    }
    return s;
  }
}
