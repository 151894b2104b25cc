// The progress line is for a terminal that can rewrite a line: none on TERM=dumb, and the renderer is named before it starts.
import test from 'ava';
import { join } from 'node:path';
import { main, type CliIo } from '../../src/cli/main.js';
import { examplesDir, temporaryDirectory } from '../helpers/project.js';

const calculator = join(examplesDir, 'calculator', '*.import_info');

async function runOnTerminal(term: string): Promise<string> {
  let stderr = '';
  const io: CliIo = { stdout: () => {}, stderr: (text) => (stderr += text), cwd: temporaryDirectory(), isTerminal: true, term };
  const saved = process.env.CI;
  delete process.env.CI;
  try {
    const code = await main(['scc', '--out-dir', 'out', calculator], io);
    if (code !== 0) throw new Error(stderr);
  } finally {
    if (saved !== undefined) process.env.CI = saved;
  }
  return stderr;
}

test('on TERM=dumb there is no progress line: no carriage return, no erase codes', async (t) => {
  const stderr = await runOnTerminal('dumb');
  t.false(stderr.includes('\r'));
  t.false(stderr.includes('\x1b'));
  t.regex(stderr, /^importgraph: rendering with /);
  t.regex(stderr, /importgraph: SVG: 3 drawn/);
});

test('on a terminal the renderer is named first, then the progress line is drawn and erased before the summary', async (t) => {
  const stderr = await runOnTerminal('xterm-256color');
  t.regex(stderr, /^importgraph: rendering with [^\r\x1b]*\n\r\x1b\[Kimportgraph: drawing /);
  t.is(stderr.match(/rendering with/g)?.length, 1);
  t.regex(stderr, /\r\x1b\[Kimportgraph: modules: 11 /);
});
