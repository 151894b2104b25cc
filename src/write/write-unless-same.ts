// Writes content block by block, comparing it with the file already there as it goes: an unchanged file is never written, and memory stays a few blocks whatever the size.
import { open, type FileHandle } from 'node:fs/promises';
import { ContentBytes } from './content-bytes.js';
import { BLOCK_SIZE, type OutputContent } from './output-content.js';

/**
 * Writes `content` to the file `target()` names (called at most once, when the first
 * differing byte is found) unless it is byte for byte what `existing` holds (or would be,
 * for a missing `existing`: then it is always written). The bytes already matched are
 * copied over from `existing`. Returns whether it wrote. Errors are the file system's.
 * The next block is made while the file system (on libuv's threads) writes the last one
 * or reads the bytes to compare it with.
 */
export async function writeUnlessSame(existing: string, content: OutputContent, target: () => Promise<string>): Promise<boolean> {
  const old = await openExisting(existing);
  const bytes = new ContentBytes(content);
  const blocks = new Blocks(blockSizeFor(content));
  let out: FileHandle | undefined;
  try {
    const start = old === undefined ? { matched: 0, made: 0 } : await firstDifference(old, bytes, blocks);
    if (start === undefined) return false;
    out = await startCopy(old, start.matched, await target(), blocks);
    await writeRest(out, bytes, blocks, start.made);
    return true;
  } finally {
    await blocks.settled();
    await out?.close();
    await old?.close();
    blocks.giveBack();
  }
}

/**
 * Compares the content with `old` a block at a time, each block made while the file's
 * bytes for it are read. Undefined when they are the same to the end; else how many bytes
 * matched and the size of the block made but not yet written (in `blocks.current`).
 */
async function firstDifference(old: FileHandle, bytes: ContentBytes, blocks: Blocks): Promise<{ matched: number; made: number } | undefined> {
  const oldBytes = blocks.take();
  let matched = 0;
  // Where the file ends, once a short read has shown it (-1 until then): no read past it is asked for.
  let oldEnd = -1;
  for (;;) {
    const reading = oldEnd === matched ? undefined : blocks.track(old.read(oldBytes, 0, oldBytes.length, matched).then((r) => r.bytesRead));
    const block = blocks.current();
    const made = bytes.fill(block);
    const got = reading === undefined ? 0 : await reading;
    if (reading !== undefined && got < oldBytes.length) oldEnd = matched + got;
    if (made === 0) return got === 0 ? undefined : { matched, made };
    if (got < made || oldBytes.compare(block, 0, made, 0, made) !== 0) return { matched, made };
    matched += made;
  }
}

// Writes the block already made (`made` bytes of `blocks.current`), then the rest; each write runs while the next block is made.
async function writeRest(out: FileHandle, bytes: ContentBytes, blocks: Blocks, made: number): Promise<void> {
  let writing: Promise<void> | undefined;
  for (let size = made; ; ) {
    if (size > 0) {
      await writing;
      writing = blocks.track(writeAll(out, blocks.current().subarray(0, size)));
      blocks.turn();
    }
    size = bytes.fill(blocks.current());
    if (size === 0) break;
  }
  await writing;
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
async function startCopy(old: FileHandle | undefined, length: number, path: string, blocks: Blocks): Promise<FileHandle> {
  const out = await open(path, 'w');
  if (length === 0) return out;
  const scratch = blocks.take();
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

// A string's block need not be larger than its bytes can be (three a unit), nor smaller than a character's four.
function blockSizeFor(content: OutputContent): number {
  return typeof content === 'string' ? Math.max(4, Math.min(BLOCK_SIZE, content.length * 3)) : BLOCK_SIZE;
}

/** Buffers of BLOCK_SIZE kept between files, so that a thousand small files do not each allocate (and leave to the collector) a block. */
const spare: Buffer[] = [];
/** Enough for a few large files at once; more are left to the collector. */
const MOST_SPARE = 12;

/** One file's buffers of `size`: two the content is made into by turns (one is written while the other is filled), any others taken, and the reads and writes still using them. A buffer smaller than a block (a short string's) is not kept. */
class Blocks {
  constructor(private readonly size: number) {}

  private readonly made: Buffer[] = [];
  private readonly taken: Buffer[] = [];
  private index = 0;
  private readonly inFlight = new Set<Promise<unknown>>();

  /** The buffer the next block is made into. */
  current(): Buffer {
    return (this.made[this.index] ??= this.take());
  }

  /** The other buffer becomes current (the one just filled is being written). */
  turn(): void {
    this.index ^= 1;
  }

  take(): Buffer {
    if (this.size < BLOCK_SIZE) return Buffer.allocUnsafe(this.size);
    const buffer = spare.pop() ?? Buffer.allocUnsafeSlow(BLOCK_SIZE);
    this.taken.push(buffer);
    return buffer;
  }

  /** `operation` uses one of these buffers: they are not given back before it settles (its failure is still the caller's to await). */
  track<T>(operation: Promise<T>): Promise<T> {
    this.inFlight.add(operation);
    const done = (): void => void this.inFlight.delete(operation);
    operation.then(done, done);
    return operation;
  }

  /** Waits for every read and write still using the buffers (an error before they finished is already on its way). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  giveBack(): void {
    for (const buffer of this.taken) if (spare.length < MOST_SPARE) spare.push(buffer);
    this.taken.length = 0;
  }
}
