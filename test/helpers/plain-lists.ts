// Entity lists whose layout or names leave the plain shape for every reader that cuts text straight from a file (entity-lists-json, entity-label-text): shared by their tests.
import { decodeImportInfoFast } from '../../src/read/import-info-fast.js';
import { LazyImportedFrom } from '../../src/read/lazy-imported-from.js';

/** `entries` as one .import_info file of module m. */
export const importInfoFile = (entries: string): string => `module_imports(m, [${entries}]).\n`;

/** Each entry of `text` as the fast decoder reads it lazily (an error when it is not read so: the test would prove nothing). */
export function lazyEntries(text: string): LazyImportedFrom[] {
  const decoded = decodeImportInfoFast(text, 'f.import_info', undefined, true);
  if (decoded === undefined) throw new Error(`not decoded on the fast path:\n${text}`);
  return decoded.imports.imports.map((entry) => {
    if (!(entry instanceof LazyImportedFrom)) throw new Error('not a lazy entry');
    return entry;
  });
}

/** Comments and qualified names: each reader must leave these to the general path. */
export const NOT_PLAIN_LAYOUT_OR_NAMES: readonly string[] = [
    'imported_preds([p/1 % a comment\n])',
    'imported_preds([/* c */ p/1])',
    'imported_preds([io.write/3])',
    'imported_preds([io__file.read/3])',
    "imported_preds(['x'.y/0])",
];
