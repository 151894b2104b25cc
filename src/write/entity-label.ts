// Says in one short line what crosses an import edge, as the proposal asks edges to be labelled.
import { ENTITY_KINDS, type ImportedEntities } from '../model.js';

/** `preds: map/3, foldl/4; types: map/2`, kinds in the .import_info order; '' when nothing is listed. */
export function entityLabel(entities: ImportedEntities): string {
  let label = '';
  for (const kind of ENTITY_KINDS) {
    const list = entities[kind];
    if (list.length === 0) continue;
    label += `${label === '' ? '' : '; '}${kind}: `;
    for (let i = 0; i < list.length; i++) label += `${i === 0 ? '' : ', '}${displayName(list[i].name)}/${list[i].arity}`;
  }
  return label;
}

/** How many entities cross the edge. */
export function entityCount(entities: ImportedEntities): number {
  let count = 0;
  for (const kind of ENTITY_KINDS) count += entities[kind].length;
  return count;
}

// Operators read better in parentheses, as Mercury writes them: `(+)/2`, not `+/2`.
function displayName(name: string): string {
  return /^[a-z][A-Za-z0-9_]*$/.test(name) ? name : `(${name})`;
}
