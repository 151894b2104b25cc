// Writes content block by block, comparing it with the file already there as it goes: an unchanged file is never written, and memory stays a few blocks whatever the size.
import { open, type FileHandle } from 'node:fs/promises';
import { LocalBlocks, poolFor, type BlockSource } from './block-source.js';
import type { OutputContent } from './output-content.js';
import type { TextThread } from './text-thread.js';

/**
 * Writes `content` to the file `target()` names (called at most once, when the first
 * differing byte is found) unless it is byte for byte what `existing` holds (or would be,
 * for a missing `existing`, or undefined when the caller knows there is none: then it is always written). The bytes already matched are
 * copied over from `existing`. Returns whether it wrote. Errors are the file system's.
 * The next block is made while the file system (on libuv's threads) writes the last one
 * or reads the bytes to compare it with; with `thread`, text it can make is made there.
 */
export async function writeUnlessSame(existing: string | undefined, content: OutputContent, target: () => Promise<string>, thread?: TextThread): Promise<boolean> {
  const old = existing === undefined ? undefined : await openExisting(existing);
  const pool = poolFor(content);
  const source: BlockSource = thread?.blocks(content) ?? new LocalBlocks(content, pool);
  const busy = new InFlight();
  let out: FileHandle | undefined;
  let scratch: Buffer | undefined;
  try {
    scratch = old === undefined ? undefined : pool.take();
    const start = old === undefined ? { matched: 0, block: await source.next() } : await firstDifference(old, source, scratch!, busy);
    if (start === undefined) return false;
    out = await startCopy(old, start.matched, await target(), (scratch ??= pool.take()));
    await writeRest(out, source, start.block, busy);
    return true;
  } finally {
    await busy.settled();
    source.close();
    if (scratch !== undefined) pool.giveBack(scratch);
    await out?.close();
    await old?.close();
  }
}

/**
 * Compares the content with `old` a block at a time, each block made while the file's
 * bytes for it are read (into `scratch`, as large as a block). Undefined when they are the
 * same to the end; else how many bytes matched and the first block that differs (not released).
 */
async function firstDifference(old: FileHandle, source: BlockSource, scratch: Buffer, busy: InFlight): Promise<{ matched: number; block: Uint8Array | undefined } | undefined> {
  let matched = 0;
  // Where the file ends, once a short read has shown it (-1 until then): no read past it is asked for.
  let oldEnd = -1;
  for (;;) {
    const reading = oldEnd === matched ? undefined : busy.track(old.read(scratch, 0, scratch.length, matched).then((r) => r.bytesRead));
    const block = await source.next();
    const got = reading === undefined ? 0 : await reading;
    if (reading !== undefined && got < scratch.length) oldEnd = matched + got;
    if (block === undefined) return got === 0 ? undefined : { matched, block };
    if (got < block.length || scratch.compare(block, 0, block.length, 0, block.length) !== 0) return { matched, block };
    matched += block.length;
    source.release(block);
  }
}

// Writes `first` (undefined: nothing is left), then the rest; each write runs while the next block is made.
async function writeRest(out: FileHandle, source: BlockSource, first: Uint8Array | undefined, busy: InFlight): Promise<void> {
  let writing: Promise<void> | undefined;
  let previous: Uint8Array | undefined;
  for (let block = first; block !== undefined; block = await source.next()) {
    await writing;
    if (previous !== undefined) source.release(previous);
    writing = busy.track(writeAll(out, block));
    previous = block;
  }
  await writing;
  if (previous !== undefined) source.release(previous);
}

async function openExisting(path: string): Promise<FileHandle | undefined> {
  try {
    return await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

// Opens the target and copies the first `length` bytes of `old` (already known to be the content's) into it.
async function startCopy(old: FileHandle | undefined, length: number, path: string, scratch: Buffer): Promise<FileHandle> {
  const out = await open(path, 'w');
  try {
    for (let done = 0; done < length; ) {
      const { bytesRead } = await old!.read(scratch, 0, Math.min(scratch.length, length - done), done);
      if (bytesRead === 0) throw new Error(`${path}: the file being compared with shrank while it was read`);
      await writeAll(out, scratch.subarray(0, bytesRead));
      done += bytesRead;
    }
  } catch (error) {
    await out.close();
    throw error;
  }
  return out;
}

async function writeAll(file: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let done = 0; done < bytes.length; ) {
    const { bytesWritten } = await file.write(bytes, done, bytes.length - done);
    done += bytesWritten;
  }
}

/** Reads and writes still using a file's buffers: none is given back, and no file closed, before they settle (a failure among them is still the caller's to await). */
class InFlight {
  private readonly operations = new Set<Promise<unknown>>();

  track<T>(operation: Promise<T>): Promise<T> {
    this.operations.add(operation);
    const done = (): void => void this.operations.delete(operation);
    operation.then(done, done);
    return operation;
  }

  async settled(): Promise<void> {
    await Promise.allSettled([...this.operations]);
  }
}
