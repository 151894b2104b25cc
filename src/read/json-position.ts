// Finds where in a JSON text the value at a JSON pointer starts, so an error in a JSON input is located as file:line:column.
/*
 * One pass over text that JSON.parse has already accepted, keeping the path
 * of containers (an explicit stack, no recursion). Lines and columns are
 * 1-based, columns in UTF-16 code units as the Mercury lexer counts them.
 */
import type { SourcePosition } from '../errors.js';

/** A JSON pointer (RFC 6901) from its tokens: `['imports', 3, 'importer']` → `/imports/3/importer`. */
export function jsonPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => `/${String(t).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

interface Frame {
  array: boolean;
  key: string;
  index: number;
  /** In an object: the next string is a key. */
  expectKey: boolean;
}

/** Line and column of the value at `tokens` in valid JSON `text`; the document's start when it is not found. */
export function jsonValuePosition(text: string, tokens: readonly (string | number)[]): SourcePosition {
  const want = tokens.map(String);
  const stack: Frame[] = [];
  const isTarget = (): boolean => {
    if (stack.length !== want.length) return false;
    for (let d = 0; d < stack.length; d++) if ((stack[d].array ? String(stack[d].index) : stack[d].key) !== want[d]) return false;
    return true;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ',' || c === ':' || c === '\ufeff') {
      if (c === ',' && stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.array) top.index++;
        else top.expectKey = true;
      }
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '"' && top !== undefined && !top.array && top.expectKey) {
      const end = stringEnd(text, i);
      top.key = JSON.parse(text.slice(i, end)) as string;
      top.expectKey = false;
      i = end;
      continue;
    }
    if (isTarget()) return positionAt(text, i);
    if (c === '{' || c === '[') {
      stack.push({ array: c === '[', key: '', index: 0, expectKey: c === '{' });
      i++;
    } else if (c === '"') i = stringEnd(text, i);
    else while (i < text.length && !/[\s,:\]}]/.test(text[i])) i++;
  }
  return { line: 1, column: 1 };
}

/** Index just past the string that starts at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** Line and column of UTF-16 offset `offset` (a byte order mark on line 1 is not counted). */
export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const bom = lineStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return { line, column: offset - lineStart - bom + 1 };
}
