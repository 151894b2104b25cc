// Renders one DOT graph to SVG with the native Graphviz `dot` as a child process, killed at the time limit.
// Plain node:child_process: @ts-graphviz/adapter can neither time out nor kill the process, and execa takes a quarter of a second to load.
import { spawn, type ChildProcess } from 'node:child_process';
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

const running = new Set<ChildProcess>();

/** Kills every dot process still running (the dot host does when its parent is gone). */
export function killRunningDots(): void {
  for (const child of running) child.kill('SIGKILL');
}

export function renderWithNativeDot(dotPath: string, dot: string, layout: LayoutSettings, timeoutMs: number): Promise<RenderOutcome> {
  return new Promise((resolve) => {
    const failed = (detail: string): void => resolve({ status: 'failed', message: `Graphviz ${layout.engine} failed: ${detail}` });
    let child: ChildProcess;
    try {
      child = spawn(dotPath, dotArguments(layout), { stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (error) {
      failed((error as Error).message);
      return;
    }
    running.add(child);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    // The first of 'error' and 'close' settles (a promise keeps its first outcome); a killed dot timed out, whatever it said.
    const settle = (outcome: () => void): void => {
      clearTimeout(timer);
      running.delete(child);
      if (timedOut) resolve({ status: 'timed-out', message: `Graphviz ${layout.engine} did not finish within ${timeoutMs} ms` });
      else outcome();
    };
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
    // dot may exit before reading all its input (EPIPE): how it exited says what happened.
    child.stdin!.on('error', () => undefined);
    child.once('error', (error) => settle(() => failed(error.message)));
    child.once('close', (code, signal) =>
      settle(() => {
        if (code !== 0) failed(Buffer.concat(stderr).toString('utf8').trim() || (signal !== null ? `killed by ${signal}` : `exit code ${code}`));
        else resolve({ status: 'rendered', svg: Buffer.concat(stdout).toString('utf8') });
      }),
    );
    child.stdin!.end(dot);
  });
}
