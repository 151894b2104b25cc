// Lays out many small graphs with one `dot` process: starting dot costs more than laying out an SCC of a few modules, and a 100,000-module build has over a thousand of them.
import { renderWithNativeDot, type RenderOutcome } from './render-native.js';
import type { LayoutSettings } from './render-types.js';

/** At most this many graphs, and about this much DOT text, go to one process. */
export const BATCH_GRAPHS = 128;
export const BATCH_DOT_CHARS = 1 << 17;

// Each graph's SVG is a whole document beginning `<?xml`; inside one, `<` is always escaped, so this only matches at starts.
const DOCUMENT_START = /(?=<\?xml )/;
// With several graphs in one run, dot names each later graph's top group after its page (`page0,1_graph0`); alone it is `graph0`.
const PAGED_GRAPH_GROUP = /^<g id="page\d+,\d+_graph0" class="graph"/m;

// dot numbers anonymous graphs (`%3`, `%5`, ...) across one run, so only named graphs are drawn alike together and alone.
const NAMED_GRAPH = /^\s*(?:strict\s+)?(?:di)?graph\s+(?:"|[A-Za-z_\d\u0080-\uffff])/;

/** Whether this DOT text can be laid out in a batch: it begins with a named graph. */
export function batchableDot(dot: string): boolean {
  return NAMED_GRAPH.test(dot);
}

/** dot's output for `count` graphs as one SVG each, as dot writes a graph rendered alone; undefined if it is not `count` documents. */
export function splitSvgDocuments(text: string, count: number): string[] | undefined {
  const parts = text.split(DOCUMENT_START);
  if (parts.length !== count || !parts.every((part) => part.startsWith('<?xml '))) return undefined;
  return parts.map((part) => part.replace(PAGED_GRAPH_GROUP, '<g id="graph0" class="graph"'));
}

/**
 * One outcome per graph of `dots`, in order. The graphs go to one dot process;
 * if it fails, times out or its output does not split into one SVG per graph,
 * each graph is rendered alone, so every failure is reported against its own graph.
 */
export async function renderBatchWithNativeDot(dotPath: string, dots: readonly string[], layout: LayoutSettings, timeoutMs: number): Promise<RenderOutcome[]> {
  if (dots.length > 1 && dots.every(batchableDot)) {
    const together = await renderWithNativeDot(dotPath, dots.join('\n'), layout, timeoutMs);
    const svgs = together.status === 'rendered' ? splitSvgDocuments(together.svg, dots.length) : undefined;
    if (svgs !== undefined) return svgs.map((svg) => ({ status: 'rendered', svg }));
  }
  const outcomes: RenderOutcome[] = [];
  for (const dot of dots) outcomes.push(await renderWithNativeDot(dotPath, dot, layout, timeoutMs));
  return outcomes;
}
