// A viewer data file is a script that hands one JSON value to the page's loader: <script src> works from file://, where fetch() does not.

/** The global function index.html defines and each data file calls. */
export const DATA_GLOBAL = 'importgraphData';

// `<` as \u003c keeps the text safe even if a browser ever parsed it inline; U+2028/9 escaped for older parsers.
const safeJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** The text of a data file: `importgraphData("key", value);`. */
export function dataScript(key: string, value: unknown): string {
  return `${DATA_GLOBAL}(${safeJson(key)}, ${safeJson(value)});\n`;
}
