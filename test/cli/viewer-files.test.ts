// The viewer's data files are outputs of the run like the pictures: written with it, unchanged when nothing changed, removed when their SCC is gone.
import test from 'ava';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir, temporaryDirectory } from '../helpers/project.js';
import { runCli } from '../helpers/run-cli.js';

test('an SCC that no longer exists loses its data file; a rerun writes nothing; index.html names only data files that exist', async (t) => {
  const dir = temporaryDirectory();
  cpSync(join(examplesDir, 'calculator'), join(dir, 'in'), { recursive: true });
  const scc = ['scc', '--render', 'none', '--out-dir', 'out', 'in/*.import_info'];
  t.is((await runCli(scc, dir)).exitCode, 0);
  const first = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.js')).sort();
  t.deepEqual(first, ['imports_calc.errors.js', 'imports_calc.history.js', 'viewer_modules_0.js']);
  const again = await runCli(scc, dir);
  t.regex(again.stderr, /files: 0 written, \d+ unchanged/);
  // Without calc.history in the build, calc.repl is in no cycle.
  rmSync(join(dir, 'in/calc.history.import_info'));
  t.is((await runCli(scc, dir)).exitCode, 0);
  const after = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.js')).sort();
  t.deepEqual(after, ['imports_calc.errors.js', 'viewer_modules_0.js']);
  const html = readFileSync(join(dir, 'out/index.html'), 'utf8');
  const named = [...html.matchAll(/"data":"([^"]+)"/g)].map((m) => m[1]);
  t.deepEqual(named, ['imports_calc.errors.js']);
  t.true(html.includes('"modulePrefix":"viewer_modules_"'));
});
