// Mercury's operator table (the language's, as library/ops.m defines it), so the parser reads declarations and clauses as mmc does.
//
// Priorities are written the traditional way (1 binds tightest, 1200 loosest;
// ops.m now counts the other way, as 1500 minus this number). `x` marks an
// argument that must bind strictly tighter than the operator, `y` one that may
// bind as loosely. The table holds every operator of ops.m and nothing more.

/** `xfx`: neither argument may have the operator's priority; `xfy` right, `yfx` left associative. */
export type InfixType = 'xfx' | 'xfy' | 'yfx';
export type PrefixType = 'fx' | 'fy';

export interface InfixOp {
  priority: number;
  type: InfixType;
}
export interface PrefixOp {
  priority: number;
  type: PrefixType;
}
/** `some [X] Goal`: an operator before two terms (Mercury's binary prefix operators). */
export interface BinaryPrefixOp {
  priority: number;
  /** Most loosely binding priority of the first and the second argument. */
  firstMax: number;
  secondMax: number;
}

/** Operators sharing one priority and type, as `[names, priority, type]`. */
type Group<T> = [string, number, T];

const infix: Array<Group<InfixType>> = [
  // `.` is the module qualifier: tighter than everything else, so `list.map/3` is `'/'('.'(list, map), 3)`.
  ['.', 10, 'yfx'],
  ['@', 90, 'xfx'],
  ['^', 99, 'xfy'], // record syntax: `X ^ field ^ sub`
  [':', 120, 'yfx'],
  ['**', 200, 'xfy'],
  ['* / // << >> div <<u >>u', 400, 'yfx'],
  ['mod rem', 400, 'xfx'],
  ['+ - /\\ \\/ --', 500, 'yfx'],
  ['++', 500, 'xfy'],
  ['for', 500, 'xfx'],
  ['..', 550, 'xfx'],
  [':= =^', 650, 'xfx'], // field update: `!S ^ f := V`, `X = Y ^ f`
  ['= \\= == \\== < > =< >= =:= =\\= @< @> @=< @>= =.. ~=', 700, 'xfx'],
  ['is', 701, 'xfx'],
  ['and', 720, 'xfy'],
  ['or', 740, 'xfy'],
  ['when', 900, 'xfx'],
  ['=> <= <=>', 920, 'xfy'],
  [',', 1000, 'xfy'],
  ['&', 1025, 'xfy'],
  ['->', 1050, 'xfy'],
  ['; or_else', 1100, 'xfy'],
  ['then', 1150, 'xfx'], // `if C then T else E` is `else(if(then(C, T)), E)`
  ['else', 1170, 'xfy'],
  [':: where ==>', 1175, 'xfx'],
  ['--->', 1179, 'xfy'],
  ['catch', 1180, 'xfy'], // `try [] G then T catch E -> H catch_any X -> K`
  ['catch_any', 1190, 'xfy'],
  [':- -->', 1200, 'xfx'],
];

const prefix: Array<Group<PrefixType>> = [
  ['! !. !:', 40, 'fx'], // state variables: `!IO`, `!.S`, `!:S`
  ['^ event', 100, 'fx'],
  ['- \\', 200, 'fx'],
  ['+', 500, 'fx'],
  ['pred func', 800, 'fx'],
  ['impure semipure', 800, 'fy'],
  ['\\+ not ~', 900, 'fy'],
  ['promise_exclusive promise_exhaustive promise_exclusive_exhaustive', 950, 'fy'],
  [
    'promise_pure promise_semipure promise_impure require_det require_semidet require_multi require_nondet ' +
      'require_cc_multi require_cc_nondet require_erroneous require_failure',
    950,
    'fx',
  ],
  ['if', 1160, 'fx'],
  ['type', 1180, 'fx'],
  ['solver', 1181, 'fy'],
  [
    'module end_module import_module use_module include_module inst mode typeclass instance pragma promise ' +
      'initialise initialize finalise finalize rule',
    1199,
    'fx',
  ],
  [':- ?-', 1200, 'fx'],
];

/** `some [X] G`, `trace [io(!IO)] G`, `promise_equivalent_solutions [X] G`, `try [] G`: all at one priority. */
const binaryPrefix =
  'some all arbitrary atomic trace try disable_warning disable_warnings promise_equivalent_solutions ' +
  'promise_equivalent_solution_sets require_complete_switch require_switch_arms_det require_switch_arms_semidet ' +
  'require_switch_arms_multi require_switch_arms_nondet require_switch_arms_cc_multi require_switch_arms_cc_nondet ' +
  'require_switch_arms_erroneous require_switch_arms_failure';
const BINARY_PREFIX_PRIORITY = 950;

function table<T>(groups: Array<Group<T>>): Map<string, { priority: number; type: T }> {
  const map = new Map<string, { priority: number; type: T }>();
  for (const [names, priority, type] of groups) for (const name of names.split(' ')) map.set(name, { priority, type });
  return map;
}

export const INFIX_OPS: ReadonlyMap<string, InfixOp> = table(infix);
export const PREFIX_OPS: ReadonlyMap<string, PrefixOp> = table(prefix);
export const BINARY_PREFIX_OPS: ReadonlyMap<string, BinaryPrefixOp> = new Map(
  binaryPrefix.split(' ').map((name) => [name, { priority: BINARY_PREFIX_PRIORITY, firstMax: BINARY_PREFIX_PRIORITY - 1, secondMax: BINARY_PREFIX_PRIORITY }]),
);

/** An infix `` `name` `` operator: left associative, binding tighter than everything but record syntax. */
export const BACKQUOTE_OP: InfixOp = { priority: 120, type: 'yfx' };

/** True for a name the table knows as an operator of any kind (such an atom may need parentheses). */
export function isOperatorName(name: string): boolean {
  return INFIX_OPS.has(name) || PREFIX_OPS.has(name) || BINARY_PREFIX_OPS.has(name);
}
