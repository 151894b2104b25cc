// JSON that stays inert inside a <script> element: the viewer's inline model and its data files are written through this.

const UNSAFE = /[<\u2028\u2029]/;
const ESCAPED: Record<string, string> = { '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** JSON text with `<` as \u003c (no `</script>` or `<!--` can end the element) and U+2028/9 escaped for older parsers; one scan when there is none. */
export const scriptSafe = (json: string): string => (UNSAFE.test(json) ? json.replace(/[<\u2028\u2029]/g, (c) => ESCAPED[c]) : json);

/** JSON.stringify(value), script-safe. */
export const scriptJson = (value: unknown): string => scriptSafe(JSON.stringify(value));
