// Prints DOT text as ts-graphviz's printer did, for the writers that make it directly (scc-dot, overview-dot): building its AST cost more than the analysis.
//
// The printer's rules: two spaces per level; every id and string value quoted
// with `"` not already escaped, CR/LF escaped and NUL dropped; a value whose
// trimmed text is `<...>` written as an HTML-like label (dot-text never makes one).

const NEEDS_ESCAPE = /["\r\n\0]/;

/** An id or string value, quoted. */
export function dotQuoted(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  return `"${value.replace(/\0/g, '').replace(/(?<!\\)"|[\r\n]/g, escapeOne)}"`;
}

function escapeOne(c: string): string {
  return c === '"' ? '\\"' : c === '\n' ? '\\n' : '\\r';
}

/** One attribute line of an edge or node (four spaces in). */
export function dotAttribute(key: string, value: string): string {
  // Without a `<` the value cannot be HTML-like: no trimmed copy is made.
  const trimmed = value.includes('<') ? value.trim() : '';
  const text = /^<.+>$/ms.test(trimmed) ? `<${trimmed.slice(1, -1)}>` : dotQuoted(value);
  return `    ${key} = ${text};\n`;
}
