// Makes any string safe in DOT: Graphviz reads text through several escape layers (DOT quoting, \N-style escStrings, HTML entities, XML out), and each must give the string back as itself.
//
// Measured on Graphviz 2.43 (native) and 16.1 (@viz-js/viz), see test/write/hostile-names.test.ts:
// - the DOT lexer keeps `\\` as two characters and turns `\"` into `"`; a label then reads `\\` as one
//   backslash, `\N`, `\G`, `\l`, ... as escapes, and any other `\x` as `x`;
// - a tooltip is expanded twice (each pass turns `\\` into `\` and `\N` into the node's name), so a
//   backslash needs four;
// - labels and tooltips decode HTML entities (`&lt;`, `&amp;`), and node names are copied into the SVG
//   `<title>` with entities such as `&foo;` left raw (not well-formed XML) — so `&` is always `&amp;`;
// - `URL` is written with `\\` → `\` and, in 2.43, `&` unescaped: links carry only URL-safe ASCII;
// - U+2028 and U+2029 are written as `&#8232;`/`&#8233;` (Graphviz decodes them; ts-graphviz's parser cannot read them raw);
// - characters XML cannot hold (most C0 controls, U+FFFE, U+FFFF, lone surrogates) would make the SVG
//   ill-formed: they are shown as visible stand-ins (U+2400 control pictures, U+FFFD).
// ts-graphviz then quotes each value, escapes `"` not already escaped, and treats an attribute value
// that looks like `<...>` as an HTML-like label; a leading `<` is written as `&lt;` so none ever does.
import { wellFormed } from './well-formed.js';

/** The text as SVG can show it: C0 controls (tab, newline included) as control pictures, non-characters and lone surrogates as U+FFFD. */
export function displayText(text: string): string {
  return wellFormed(text).replace(/[\u0000-\u001f\ufffe\uffff]/g, (c) => (c.charCodeAt(0) < 0x20 ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : '\ufffd'));
}

// U+2028/U+2029 as character references: Graphviz reads them back, and ts-graphviz's DOT parser (used to measure graphs) rejects them raw.
const DOT_QUOTED: Record<string, string> = { '"': '\\"', '&': '&amp;', '\u2028': '&#8232;', '\u2029': '&#8233;' };
// Printable ASCII but for `"`, `&` and `\`: text that every layer shows as itself (most module names, paths and labels).
const PLAIN = /^[ !#-%'-[\]-~]*$/;
const dotQuote = (text: string, backslash: string): string =>
  PLAIN.test(text) ? text : displayText(text).replace(/[\\"&\u2028\u2029]/g, (c) => (c === '\\' ? backslash : DOT_QUOTED[c]));

/**
 * A node or graph id: shown by the default label `\N` as the text itself, and well-formed in the SVG `<title>`.
 * Graphviz takes an id starting with `%` for one of its anonymous objects (`%3`): it gets a `\` before it, which
 * `\N` drops again (`\%` shows as `%`) and which a real backslash (always doubled) cannot produce.
 */
export function dotId(text: string): string {
  return dotQuote(text, '\\\\').replace(/^%/, '\\%');
}

/** A `label` value that Graphviz shows as exactly this text (one line). */
export function dotLabel(text: string): string {
  return noHtml(dotQuote(text, '\\\\'));
}

/** A `tooltip` value that Graphviz shows as exactly this text (tooltips are expanded twice). */
export function dotTooltip(text: string): string {
  return noHtml(dotQuote(text, '\\\\\\\\'));
}

// ts-graphviz writes a value whose trimmed text is `<...>` as an HTML-like label; an entity for the first `<` keeps it a string.
const noHtml = (value: string): string => value.replace(/^(\s*)</, '$1&lt;');

/** A `URL`/`href` value: every character outside a conservative URL-safe ASCII set, and any `%` not starting an escape, percent-encoded. */
export function dotUrl(url: string): string {
  return wellFormed(url).replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$()*+,;=:@/?#%]/gu, (c) => encodeURIComponent(c).replace(/[!'()*]/g, (d) => `%${d.charCodeAt(0).toString(16).toUpperCase()}`));
}
