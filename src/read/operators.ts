// Mercury's operator table (abridged from library/ops.m), so the parser reads declarations and clauses with Mercury's precedences.

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

const infix: Array<[string, number, InfixType]> = [
  // `.` is the module qualifier: tighter than everything else, so `list.map/3` is `'/'('.'(list, map), 3)`.
  ['.', 10, 'yfx'],
  ['^', 99, 'xfy'],
  [':', 120, 'xfy'],
  ['**', 200, 'xfy'],
  ['*', 400, 'yfx'],
  ['/', 400, 'yfx'],
  ['//', 400, 'yfx'],
  ['<<', 400, 'yfx'],
  ['>>', 400, 'yfx'],
  ['mod', 400, 'yfx'],
  ['rem', 400, 'yfx'],
  ['div', 400, 'yfx'],
  ['+', 500, 'yfx'],
  ['-', 500, 'yfx'],
  ['/\\', 500, 'yfx'],
  ['\\/', 500, 'yfx'],
  ['xor', 500, 'yfx'],
  ['++', 500, 'xfy'],
  ['=', 700, 'xfx'],
  ['\\=', 700, 'xfx'],
  ['==', 700, 'xfx'],
  ['\\==', 700, 'xfx'],
  ['<', 700, 'xfx'],
  ['>', 700, 'xfx'],
  ['=<', 700, 'xfx'],
  ['>=', 700, 'xfx'],
  ['=:=', 700, 'xfx'],
  ['=\\=', 700, 'xfx'],
  ['@<', 700, 'xfx'],
  ['@>', 700, 'xfx'],
  ['@=<', 700, 'xfx'],
  ['@>=', 700, 'xfx'],
  ['=..', 700, 'xfx'],
  ['with_type', 700, 'xfx'],
  ['with_inst', 700, 'xfx'],
  [':=', 650, 'xfx'],
  ['=^', 650, 'xfx'],
  ['is', 701, 'xfx'],
  ['and', 720, 'xfy'],
  ['or', 740, 'xfy'],
  ['when', 900, 'xfx'],
  ['=>', 920, 'xfy'],
  ['<=', 920, 'xfy'],
  ['<=>', 920, 'xfy'],
  [',', 1000, 'xfy'],
  ['&', 1025, 'xfy'],
  ['->', 1050, 'xfy'],
  [';', 1100, 'xfy'],
  ['::', 1175, 'xfx'],
  ['where', 1175, 'xfx'],
  ['--->', 1179, 'xfy'],
  ['==>', 1175, 'xfx'],
  [':-', 1200, 'xfx'],
  ['-->', 1200, 'xfx'],
];

const prefix: Array<[string, number, PrefixType]> = [
  ['-', 200, 'fy'],
  ['+', 200, 'fy'],
  ['\\', 200, 'fy'],
  ['not', 900, 'fy'],
  ['\\+', 900, 'fy'],
  ['impure', 800, 'fy'],
  ['semipure', 800, 'fy'],
  [':-', 1200, 'fx'],
  ['?-', 1200, 'fx'],
  // Declarations: `:- import_module a, b.` is `':-'(import_module(','(a, b)))`.
  ...[
    'module',
    'end_module',
    'import_module',
    'use_module',
    'include_module',
    'interface',
    'implementation',
    'type',
    'solver',
    'inst',
    'mode',
    'pred',
    'func',
    'typeclass',
    'instance',
    'pragma',
    'promise',
    'initialise',
    'initialize',
    'finalise',
    'finalize',
    'mutable',
    'external',
  ].map((name): [string, number, PrefixType] => [name, 1199, 'fx']),
];

export const INFIX_OPS: ReadonlyMap<string, InfixOp> = new Map(infix.map(([n, priority, type]) => [n, { priority, type }]));
export const PREFIX_OPS: ReadonlyMap<string, PrefixOp> = new Map(prefix.map(([n, priority, type]) => [n, { priority, type }]));

/** True for a name the table knows as an operator of any kind (such an atom may need parentheses). */
export function isOperatorName(name: string): boolean {
  return INFIX_OPS.has(name) || PREFIX_OPS.has(name);
}
