// Writes one SCC's internal imports as DOT (imports_C.dot), as text straight into chunks; every name, path and link goes through dot-text so any string shows as itself.
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ImportedFrom } from '../model.js';
import { dotId, dotLabel, dotTooltip, dotUrl } from './dot-text.js';
import { dotAttribute, dotQuoted } from './dot-printer.js';
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
  /** Imports among members: indexes into `members`, with the entry they come from, or its line and its label already made. */
  edges: readonly SccDotEdge[];
}

/** One import among an SCC's members: its entry, or the entry's line with its entities' label (entityLabel) and count when the caller made them from the file's text. */
export type SccDotEdge = { from: number; to: number } & ({ entry: ImportedFrom } | { line: number; label: string; count: number });

/** The `file://` URL of an importer's .import_info, pointing at the entry's line (RFC 5147 fragment). */
export function importInfoUrl(file: string, line: number): string {
  // As dotUrl of the whole: `#line=N` needs no escape, and `#` is no hex digit after a `%` that ends the file's URL.
  return `${dotUrl(pathToFileURL(file).href)}#line=${line}`;
}

/** The attribute lines made for each label, kept for the next edge or file with the same label: `short` the label and tooltip lines of a short one, `long` the tooltip line of a long one. */
export interface SccDotLabelLines {
  short: Map<string, string>;
  long: Map<string, string>;
}

/** Lines to share among the DOT files of one run (imports often carry the same entities). */
export function sccDotLabelLines(): SccDotLabelLines {
  return { short: new Map(), long: new Map() };
}

// An entry's label, line and entity count, as an edge made from the file's text carries them (its entities read once: a lazily read entry decodes on each read).
function entryFacts(entry: ImportedFrom): { label: string; line: number; count: number } {
  const entities = entry.entities;
  return { label: entityLabel(entities), line: entry.line, count: entityCount(entities) };
}

// Short lists label the edge; long or unknown (empty) lists become a link, and the tooltip always has the whole list for hovering.
export function sccDot(input: SccDotInput, lines: SccDotLabelLines = sccDotLabelLines()): string {
  const chunks: string[] = [
    `digraph ${dotQuoted(dotId(input.graphName))} {\n  rankdir = "LR";\n`,
    '  edge [\n    fontname = "Helvetica";\n    fontsize = 9;\n  ];\n',
    '  node [\n    shape = "box";\n    fontname = "Helvetica";\n  ];\n',
  ];
  // Node ids are the names themselves (escaped): the default label `\N` shows them as they are.
  const ids = input.members.map((m) => dotQuoted(dotId(m)));
  for (const id of ids) chunks.push(`  ${id};\n`);
  // Each importer's file name and URL are made once, when a link first needs them: the line is appended (importInfoUrl, in pieces).
  const fileNames: (string | undefined)[] = new Array(input.files.length).fill(undefined);
  const fileUrls: (string | undefined)[] = new Array(input.files.length).fill(undefined);
  for (const edge of input.edges) {
    const { from, to } = edge;
    const { label, line, count } = 'entry' in edge ? entryFacts(edge.entry) : edge;
    chunks.push(`  ${ids[from]} -> ${ids[to]} [\n`);
    if (label !== '' && label.length <= LONG_LABEL) {
      let made = lines.short.get(label);
      if (made === undefined) lines.short.set(label, (made = dotAttribute('label', dotLabel(label)) + dotAttribute('tooltip', dotTooltip(label))));
      chunks.push(made, '  ];\n');
      continue;
    }
    const where = `${(fileNames[from] ??= basename(input.files[from]))}:${line}`;
    const url = `${(fileUrls[from] ??= dotUrl(pathToFileURL(input.files[from]).href))}#line=${line}`; // importInfoUrl
    if (label === '') {
      chunks.push(dotAttribute('URL', url), dotAttribute('tooltip', dotTooltip(`${input.members[from]} imports ${input.members[to]} (no entities listed; ${where})`)));
    } else {
      let tooltip = lines.long.get(label);
      if (tooltip === undefined) lines.long.set(label, (tooltip = dotAttribute('tooltip', dotTooltip(label))));
      chunks.push(dotAttribute('label', dotLabel(`${count} entities, see ${where}`)), dotAttribute('URL', url), tooltip);
    }
    chunks.push('  ];\n');
  }
  chunks.push('}\n');
  return chunks.join('');
}
