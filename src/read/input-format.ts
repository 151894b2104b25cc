// Which reader an input file goes to: by extension, or as --input-format says for every input.
import { ImportGraphError } from '../errors.js';

export const INPUT_FORMATS = ['import_info', 'm', 'json', 'tsv'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** `.m` Mercury source, `.json` a graph document, `.tsv` an edge list, anything else `.import_info`; `forced` wins. */
export function inputFormatOf(file: string, forced?: InputFormat): InputFormat {
  if (forced !== undefined) return forced;
  if (file.endsWith('.m')) return 'm';
  if (file.endsWith('.json')) return 'json';
  if (file.endsWith('.tsv')) return 'tsv';
  return 'import_info';
}

/** The --input-format value, checked. */
export function parseInputFormat(text: string | undefined): InputFormat | undefined {
  if (text === undefined) return undefined;
  if ((INPUT_FORMATS as readonly string[]).includes(text)) return text as InputFormat;
  throw new ImportGraphError('E_USAGE', `--input-format takes ${INPUT_FORMATS.join(', ')}, not \`${text}\``);
}
