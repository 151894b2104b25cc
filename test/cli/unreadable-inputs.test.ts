// Inputs the user may not read (a file, a directory a glob walks into) must be exit 4 with the path and the reason, never an internal error.
/*
 * Root reads everything, so as root these runs drop to user `nobody`
 * (65534) with setpriv; as any other user they run directly. When neither
 * works (root without setpriv, or dist not readable by nobody) the tests are
 * registered as skipped, with the reason as their title.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'ava';
import { execa } from 'execa';
import { expandInputs } from '../../src/read/input-files.js';
import { binPath, examplesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

const NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];

/** How to run the CLI without root's powers, or why that cannot be done here. */
function unprivileged(): { prefix: string[] } | { skip: string } {
  if (process.getuid?.() !== 0) return { prefix: [process.execPath] };
  const probe = spawnSync('setpriv', [...NOBODY, process.execPath, binPath, '--version'], { encoding: 'utf8' });
  if (probe.error !== undefined) return { skip: `running as root and setpriv is not available (${probe.error.message})` };
  if (probe.status !== 0) return { skip: `user nobody cannot run the built command: ${probe.stderr.trim()}` };
  return { prefix: ['setpriv', ...NOBODY, process.execPath] };
}

const how = unprivileged();

/** A directory everyone may enter, with a good input in it. */
function world(): string {
  const dir = temporaryDirectory();
  chmodSync(dir, 0o777);
  writeFileSync(join(dir, 'good.import_info'), readFileSync(join(examplesDir, 'calculator', 'calc.import_info')));
  return dir;
}

async function run(args: string[], cwd: string): Promise<{ exitCode: number; stderr: string }> {
  if (!('prefix' in how)) throw new Error(how.skip);
  const [command, ...rest] = how.prefix;
  const r = await execa(command!, [...rest, binPath, ...args], { cwd, reject: false, stdin: 'ignore' });
  return { exitCode: r.exitCode ?? -1, stderr: String(r.stderr) };
}

const unreadableTest = 'prefix' in how ? test : test.skip;
const note = 'skip' in how ? ` (skipped: ${how.skip})` : '';

unreadableTest(`a glob into a directory the user cannot read is exit 4 naming the directory${note}`, async (t) => {
  const dir = world();
  mkdirSync(join(dir, 'locked', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'locked', 'sub', 'x.import_info'), 'module_imports(x, []).\n');
  chmodSync(join(dir, 'locked'), 0o700);
  const r = await run(['scc', '--out-dir', join(dir, 'out'), '**/*.import_info'], dir);
  t.is(r.exitCode, 4, r.stderr);
  t.is(r.stderr, `importgraph: cannot expand the glob \`**/*.import_info\`: EACCES: permission denied, scandir '${join(dir, 'locked')}'`);
});

unreadableTest(`an input file the user cannot read is exit 4 naming the file${note}`, async (t) => {
  const dir = world();
  writeFileSync(join(dir, 'secret.import_info'), 'module_imports(secret, []).\n');
  chmodSync(join(dir, 'secret.import_info'), 0o600);
  const r = await run(['scc', '--out-dir', join(dir, 'out'), 'good.import_info', 'secret.import_info'], dir);
  t.is(r.exitCode, 4, r.stderr);
  t.regex(r.stderr, /^importgraph: cannot read the input file `secret\.import_info`: EACCES: permission denied/);
});

unreadableTest(`a list file or a .m file the user cannot read is exit 4 naming it${note}`, async (t) => {
  const dir = world();
  writeFileSync(join(dir, 'inputs.list'), 'good.import_info\n');
  writeFileSync(join(dir, 'hidden.m'), ':- module hidden.\n');
  chmodSync(join(dir, 'inputs.list'), 0o600);
  chmodSync(join(dir, 'hidden.m'), 0o600);
  const list = await run(['scc', '--out-dir', join(dir, 'out'), '@inputs.list'], dir);
  t.is(list.exitCode, 4, list.stderr);
  t.regex(list.stderr, /^importgraph: cannot read the list file `inputs\.list`: EACCES/);
  const source = await run(['scc', '--out-dir', join(dir, 'out'), 'hidden.m'], dir);
  t.is(source.exitCode, 4, source.stderr);
  t.regex(source.stderr, /^importgraph: cannot read the input file `hidden\.m`: EACCES/);
});

test('a directory named as an input is exit 4, as any user', async (t) => {
  const dir = world();
  mkdirSync(join(dir, 'd.import_info'));
  const r = await execa(process.execPath, [binPath, 'scc', '--out-dir', join(dir, 'out'), 'd.import_info'], { cwd: dir, reject: false, stdin: 'ignore' });
  t.is(r.exitCode, 4, String(r.stderr));
  t.regex(String(r.stderr), /d\.import_info/);
});

test('a listed file that is missing, a directory or a named pipe is exit 4 with the message expansion gives, before any problem of the files read', async (t) => {
  const dir = world();
  writeFileSync(join(dir, 'broken.import_info'), 'module_imports(broken, [\n');
  mkdirSync(join(dir, 'd.import_info'));
  execFileSync('mkfifo', [join(dir, 'p.import_info')]);
  for (const bad of ['gone.import_info', 'd.import_info', 'p.import_info']) {
    writeFileSync(join(dir, 'inputs.list'), `good.import_info\nbroken.import_info\n${bad}\n`);
    const expected = await t.throwsAsync(expandInputs(['@inputs.list'], { cwd: dir }));
    for (const command of ['scc', 'plan']) {
      const args = command === 'scc' ? ['scc', '--out-dir', 'out', '@inputs.list'] : ['plan', '@inputs.list'];
      const r = await runCli(args, dir);
      t.is(r.exitCode, 4, r.stderr);
      t.is(r.stderr.trim(), `importgraph: ${expected!.message}`);
    }
    t.false(existsSync(join(dir, 'out')));
  }
});
