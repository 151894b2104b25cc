// Renders one DOT graph to SVG with the native Graphviz `dot` as a child process, killed at the time limit.
// execa rather than @ts-graphviz/adapter: the adapter can neither time out nor kill the process.
import { execa } from 'execa';
import type { LayoutSettings } from './render-types.js';

export type RenderOutcome =
  | { status: 'rendered'; svg: string }
  | { status: 'timed-out'; message: string }
  | { status: 'failed'; message: string };

/** The `dot` command-line arguments for a layout: SVG, engine, graph attribute defaults. */
export function dotArguments(layout: LayoutSettings): string[] {
  const args = ['-Tsvg', `-K${layout.engine}`];
  for (const [key, value] of Object.entries(layout.graphAttributes)) args.push(`-G${key}=${value}`);
  return args;
}

export async function renderWithNativeDot(
  dotPath: string,
  dot: string,
  layout: LayoutSettings,
  timeoutMs: number,
): Promise<RenderOutcome> {
  const result = await execa(dotPath, dotArguments(layout), {
    input: dot,
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    reject: false,
    stripFinalNewline: false,
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.timedOut) return { status: 'timed-out', message: `Graphviz ${layout.engine} did not finish within ${timeoutMs} ms` };
  if (result.exitCode !== 0 || result.failed) {
    const detail = String(result.stderr ?? '').trim() || result.shortMessage || 'unknown error';
    return { status: 'failed', message: `Graphviz ${layout.engine} failed: ${detail}` };
  }
  return { status: 'rendered', svg: String(result.stdout) };
}
