// One escape for text and attribute values in the HTML and SVG importgraph writes itself, so every page and picture treats names alike.

/** `&<>"'` as references; a carriage return as a reference (a parser would read a raw one as a newline); NUL as U+FFFD, as parsers read it. */
export const escapeMarkup = (text: string): string =>
  text.replace(/[&<>"'\r\0]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;', '\0': '\ufffd' })[c]!);
