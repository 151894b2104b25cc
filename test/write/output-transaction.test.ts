// A run's outputs change together: staged, then moved into place by a commit record that the next run finishes if this one is killed.
import test from 'ava';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAGING_DIR, writeJournal } from '../../src/write/commit-journal.js';
import { ImportGraphError } from '../../src/errors.js';
import { streamedText } from '../../src/write/output-content.js';
import { OutputTransaction } from '../../src/write/output-transaction.js';
import { OWNER_FILE, STAGED_FILES } from '../../src/write/recover-staging.js';
import { temporaryDirectory } from '../helpers/project.js';

const ours = (name: string) => name.endsWith('.out');

function directoryWith(files: Record<string, string>): string {
  const dir = temporaryDirectory();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const contents = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));

test('changed files replace the old ones, unchanged ones keep their timestamp, stale ones of ours go, and no staging is left', async (t) => {
  const dir = directoryWith({ 'same.out': 'same\n', 'changed.out': 'old\n', 'gone.out': 'old\n', 'notes.txt': 'mine\n' });
  utimesSync(join(dir, 'same.out'), new Date(2000, 0, 1), new Date(2000, 0, 1));
  const before = statSync(join(dir, 'same.out')).mtimeMs;
  const transaction = await OutputTransaction.open(dir, ours);
  const summary = await transaction.stage(['same', 'changed', 'new'].map((n) => ({ path: join(dir, `${n}.out`), content: n === 'same' ? 'same\n' : 'new\n' })));
  t.deepEqual(summary, { written: [join(dir, 'changed.out'), join(dir, 'new.out')], unchanged: [join(dir, 'same.out')] });
  t.is(readFileSync(join(dir, 'changed.out'), 'utf8'), 'old\n', 'nothing moves before the commit');
  t.deepEqual(await transaction.commit({ isOurs: ours }), [join(dir, 'gone.out')]);
  await transaction.discard();
  t.deepEqual(contents(dir), { 'changed.out': 'new\n', 'new.out': 'new\n', 'notes.txt': 'mine\n', 'same.out': 'same\n' });
  t.is(statSync(join(dir, 'same.out')).mtimeMs, before);
});

test('a failure while staging leaves every previous file as it was and removes the staging', async (t) => {
  const dir = directoryWith({ 'a.out': 'old a\n', 'b.out': 'old b\n' });
  mkdirSync(join(dir, 'taken.out'));
  const transaction = await OutputTransaction.open(dir, ours);
  await transaction.stage([{ path: join(dir, 'a.out'), content: 'new a\n' }]);
  const error = await t.throwsAsync(transaction.stage([{ path: join(dir, 'taken.out'), content: 'x' }]));
  t.is((error as any).code, 'E_OUTPUT');
  t.regex(error!.message, /taken\.out: EISDIR/);
  await transaction.discard();
  t.deepEqual(readdirSync(dir).sort(), ['a.out', 'b.out', 'taken.out']);
  t.is(readFileSync(join(dir, 'a.out'), 'utf8'), 'old a\n');
});

test('text made in pieces is staged like whole text: unchanged left untouched, changed replaced at the commit', async (t) => {
  const lines = Array.from({ length: 150_000 }, (_, i) => `line ${i}\n`);
  const dir = directoryWith({ 'same.out': lines.join(''), 'changed.out': lines.join('') });
  utimesSync(join(dir, 'same.out'), new Date(2000, 0, 1), new Date(2000, 0, 1));
  const before = statSync(join(dir, 'same.out')).mtimeMs;
  const changed = [...lines.slice(0, -1), 'last\n'];
  const transaction = await OutputTransaction.open(dir, ours);
  const summary = await transaction.stage([
    { path: join(dir, 'same.out'), content: streamedText(() => lines) },
    { path: join(dir, 'changed.out'), content: streamedText(() => changed) },
  ]);
  t.deepEqual(summary, { written: [join(dir, 'changed.out')], unchanged: [join(dir, 'same.out')] });
  await transaction.commit({ isOurs: ours });
  await transaction.discard();
  t.is(readFileSync(join(dir, 'changed.out'), 'utf8'), changed.join(''));
  t.is(statSync(join(dir, 'same.out')).mtimeMs, before);
  t.deepEqual(readdirSync(dir).sort(), ['changed.out', 'same.out']);
});

test('an error raised while a file\'s text is made reaches the caller as it is, and the previous files stay', async (t) => {
  const dir = directoryWith({ 'a.out': 'old a\n', 'b.out': 'old b\n' });
  function* refused(): Generator<string> {
    yield 'new b, first part\n';
    throw new ImportGraphError('E_INPUT', 'a name that cannot be written');
  }
  const transaction = await OutputTransaction.open(dir, ours);
  const error = await t.throwsAsync(
    transaction.stage([
      { path: join(dir, 'a.out'), content: 'new a\n' },
      { path: join(dir, 'b.out'), content: streamedText(refused) },
    ]),
  );
  t.is((error as ImportGraphError).code, 'E_INPUT');
  await transaction.discard();
  t.deepEqual(contents(dir), { 'a.out': 'old a\n', 'b.out': 'old b\n' });
});

// The state a run killed in the middle of its commit leaves: the record, some files already moved, the rest still staged.
test('a run killed after its commit record is finished by the next one', async (t) => {
  const dir = directoryWith({ 'a.out': 'old a\n', 'b.out': 'old b\n', 'gone.out': 'old\n' });
  const staging = join(dir, STAGING_DIR);
  mkdirSync(join(staging, STAGED_FILES), { recursive: true });
  writeFileSync(join(staging, OWNER_FILE), '999999999\n');
  writeFileSync(join(dir, 'a.out'), 'new a\n');
  writeFileSync(join(staging, STAGED_FILES, 'b.out'), 'new b\n');
  await writeJournal(staging, [
    { op: 'rename', name: 'a.out' },
    { op: 'remove', name: 'gone.out' },
    { op: 'rename', name: 'b.out' },
  ]);
  const transaction = await OutputTransaction.open(dir, ours);
  t.deepEqual(contents(dir), { 'a.out': 'new a\n', 'b.out': 'new b\n' });
  await transaction.discard();
});

test('a run that changes nothing creates no staging directory', async (t) => {
  const dir = directoryWith({ 'a.out': 'a\n' });
  const before = statSync(dir).mtimeMs;
  const transaction = await OutputTransaction.open(dir, ours);
  t.deepEqual((await transaction.stage([{ path: join(dir, 'a.out'), content: 'a\n' }])).written, []);
  t.deepEqual(await transaction.commit({ isOurs: ours }), []);
  t.deepEqual(readdirSync(dir), ['a.out']);
  t.is(statSync(dir).mtimeMs, before);
});

test('a run killed before its commit record is discarded by the next one: the previous files stay', async (t) => {
  const dir = directoryWith({ 'a.out': 'old a\n' });
  const staging = join(dir, STAGING_DIR);
  mkdirSync(join(staging, STAGED_FILES), { recursive: true });
  writeFileSync(join(staging, STAGED_FILES, 'a.out'), 'new a\n');
  writeFileSync(join(staging, 'commit.tmp'), '{"version":1,"steps":[{"op":"rename","na');
  const transaction = await OutputTransaction.open(dir, ours);
  await transaction.discard();
  t.deepEqual(contents(dir), { 'a.out': 'old a\n' });
});

test('the old writer\'s NAME.PID.N.tmp files of our outputs are removed, anyone else\'s stay', async (t) => {
  const dir = directoryWith({ 'a.out.4242.7.tmp': 'half', 'notes.txt.4242.7.tmp': 'mine', 'a.out': 'a\n' });
  const transaction = await OutputTransaction.open(dir, ours);
  await transaction.discard();
  t.deepEqual(readdirSync(dir).sort(), ['a.out', 'notes.txt.4242.7.tmp']);
});

test('a staging directory whose owner is still running is not taken over', async (t) => {
  const dir = directoryWith({ 'a.out': 'a\n' });
  mkdirSync(join(dir, STAGING_DIR));
  writeFileSync(join(dir, STAGING_DIR, OWNER_FILE), `${process.pid}\n`);
  const error = await t.throwsAsync(OutputTransaction.open(dir, ours));
  t.is((error as any).code, 'E_OUTPUT');
  t.regex(error!.message, new RegExp(`another importgraph run \\(process ${process.pid}\\)`));
  t.true(existsSync(join(dir, STAGING_DIR, OWNER_FILE)));
});

test('an output directory that is a file is an E_OUTPUT error naming it', async (t) => {
  const dir = directoryWith({ 'file.out': 'x' });
  const error = await t.throwsAsync(OutputTransaction.open(join(dir, 'file.out'), ours));
  t.is((error as any).code, 'E_OUTPUT');
  t.is(error!.message, `cannot write to ${join(dir, 'file.out')}: it is a file, not a directory`);
});

test('existed tells the names the directory held when the transaction opened, not those staged since', async (t) => {
  const dir = directoryWith({ 'a.out': 'a\n', 'a.svg': '<svg/>\n' });
  const transaction = await OutputTransaction.open(dir, ours);
  await transaction.stage([{ path: join(dir, 'b.out'), content: 'b\n' }]);
  t.true(transaction.existed('a.svg'));
  t.false(transaction.existed('b.out'));
  t.false(transaction.existed('b.svg'));
  await transaction.discard();
});

test('many new small files (written by the worker thread) are staged and committed with the rest, and the summary lists each once', async (t) => {
  const dir = directoryWith({ 'same.out': 'same\n', 'changed.out': 'old\n' });
  const transaction = await OutputTransaction.open(dir, ours);
  const fresh = Array.from({ length: 100 }, (_, i) => ({ path: join(dir, `new${String(i).padStart(3, '0')}.out`), content: `new ${i}\n` }));
  const summary = await transaction.stage([{ path: join(dir, 'same.out'), content: 'same\n' }, { path: join(dir, 'changed.out'), content: 'new\n' }, ...fresh]);
  t.deepEqual(summary, { written: [join(dir, 'changed.out'), ...fresh.map((f) => f.path)].sort(), unchanged: [join(dir, 'same.out')] });
  t.false(existsSync(fresh[0].path), 'nothing moves before the commit');
  await transaction.commit({ isOurs: ours });
  await transaction.discard();
  const after = contents(dir);
  t.is(Object.keys(after).length, 102);
  t.is(after['new099.out'], 'new 99\n');
  t.is(after['changed.out'], 'new\n');
  t.false(existsSync(join(dir, STAGING_DIR)));
});
