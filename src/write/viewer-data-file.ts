// A viewer data file is a script that hands one JSON value to the page's loader: <script src> works from file://, where fetch() does not.
import { scriptJson } from './script-json.js';

/** The global function index.html defines and each data file calls. */
export const DATA_GLOBAL = 'importgraphData';

/** The text of a data file: `importgraphData("key", value);`. */
export function dataScript(key: string, value: unknown): string {
  return `${DATA_GLOBAL}(${scriptJson(key)}, ${scriptJson(value)});\n`;
}
