// Runs the real installed command in a child process, as a user would, and returns what it printed.
import { execa } from 'execa';
import { binPath } from './project.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  const result = await execa(process.execPath, [binPath, ...args], { cwd, reject: false, env, stdin: 'ignore' });
  return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}
