// Writes one SCC's internal imports as DOT (imports_C.dot), built with ts-graphviz; every name, path and link goes through dot-text so any string shows as itself.
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Digraph, toDot, attribute as _ } from 'ts-graphviz';
import type { ImportedFrom } from '../model.js';
import { dotId, dotLabel, dotTooltip, dotUrl } from './dot-text.js';
import { entityCount, entityLabel } from './entity-label.js';

/** Past this many characters an edge label becomes a link to the importer's .import_info. */
export const LONG_LABEL = 60;

/** What the DOT writer needs of one SCC: its members (name order) and, per import among them, what crosses it. */
export interface SccDotInput {
  /** The file's stem: `imports_C` where C is the SCC's first module by name. */
  graphName: string;
  members: readonly string[];
  /** `.import_info` path of each member, parallel to `members`. */
  files: readonly string[];
  /** Imports among members: indexes into `members`, with the entry they come from. */
  edges: readonly { from: number; to: number; entry: ImportedFrom }[];
}

/** The `file://` URL of an importer's .import_info, pointing at the entry's line (RFC 5147 fragment). */
export function importInfoUrl(file: string, line: number): string {
  return dotUrl(`${pathToFileURL(file).href}#line=${line}`);
}

// Short lists label the edge; long or unknown (empty) lists become a link, and the tooltip always has the whole list for hovering.
export function sccDot(input: SccDotInput): string {
  const g = new Digraph(dotId(input.graphName), { [_.rankdir]: 'LR' });
  g.node({ [_.shape]: 'box', [_.fontname]: 'Helvetica' });
  g.edge({ [_.fontname]: 'Helvetica', [_.fontsize]: 9 });
  // Node ids are the names themselves (escaped): the default label `\N` shows them as they are.
  const nodes = input.members.map((m) => g.createNode(dotId(m)));
  const fileNames = input.files.map((f) => basename(f));
  for (const { from, to, entry } of input.edges) {
    const label = entityLabel(entry.entities);
    const where = `${fileNames[from]}:${entry.line}`;
    const url = importInfoUrl(input.files[from], entry.line);
    const attributes: Record<string, string> = {};
    if (label === '') {
      attributes[_.URL] = url;
      attributes[_.tooltip] = dotTooltip(`${input.members[from]} imports ${input.members[to]} (no entities listed; ${where})`);
    } else if (label.length > LONG_LABEL) {
      attributes[_.label] = dotLabel(`${entityCount(entry.entities)} entities, see ${where}`);
      attributes[_.URL] = url;
      attributes[_.tooltip] = dotTooltip(label);
    } else {
      attributes[_.label] = dotLabel(label);
      attributes[_.tooltip] = dotTooltip(label);
    }
    g.createEdge([nodes[from], nodes[to]], attributes);
  }
  // ts-graphviz caps output at 100,000 AST nodes by default, a guard for untrusted input; a big SCC of ours may exceed it.
  return toDot(g, { convert: { maxASTNodes: 0 } }) + '\n';
}
