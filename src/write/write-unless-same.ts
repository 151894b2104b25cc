// Writes content block by block, comparing it with the file already there as it goes: an unchanged file is never written, and memory stays one block whatever the size.
import { open, type FileHandle } from 'node:fs/promises';
import { BLOCK_SIZE, contentBlocks, type OutputContent } from './output-content.js';

/**
 * Writes `content` to the file `target()` names (called at most once, when the first
 * differing byte is found) unless it is byte for byte what `existing` holds (or would be,
 * for a missing `existing`: then it is always written). The bytes already matched are
 * copied over from `existing`. Returns whether it wrote. Errors are the file system's.
 */
export async function writeUnlessSame(existing: string, content: OutputContent, target: () => Promise<string>): Promise<boolean> {
  const old = await openExisting(existing);
  let out: FileHandle | undefined;
  try {
    let same = old !== undefined;
    let matched = 0;
    const scratch = old === undefined ? undefined : Buffer.allocUnsafe(BLOCK_SIZE);
    for (const block of contentBlocks(content)) {
      if (same && (await holds(old!, matched, block, scratch!))) {
        matched += block.length;
        continue;
      }
      same = false;
      out ??= await startCopy(old, matched, await target(), scratch);
      await writeAll(out, block);
    }
    if (same && (await old!.stat()).size === matched) return false;
    out ??= await startCopy(old, matched, await target(), scratch);
    return true;
  } finally {
    await out?.close();
    await old?.close();
  }
}

async function openExisting(path: string): Promise<FileHandle | undefined> {
  try {
    return await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

// Whether the file holds exactly `block` at `position` (reads in scratch-sized pieces; a short read is the end of the file).
async function holds(file: FileHandle, position: number, block: Uint8Array, scratch: Buffer): Promise<boolean> {
  for (let done = 0; done < block.length; ) {
    const want = Math.min(scratch.length, block.length - done);
    const { bytesRead } = await file.read(scratch, 0, want, position + done);
    if (bytesRead === 0) return false;
    if (Buffer.compare(scratch.subarray(0, bytesRead), block.subarray(done, done + bytesRead)) !== 0) return false;
    done += bytesRead;
  }
  return true;
}

// Opens the target and copies the first `length` bytes of `old` (already known to be the content's) into it.
async function startCopy(old: FileHandle | undefined, length: number, path: string, scratch: Buffer | undefined): Promise<FileHandle> {
  const out = await open(path, 'w');
  try {
    for (let done = 0; done < length; ) {
      const { bytesRead } = await old!.read(scratch!, 0, Math.min(scratch!.length, length - done), done);
      if (bytesRead === 0) throw new Error(`${path}: the file being compared with shrank while it was read`);
      await writeAll(out, scratch!.subarray(0, bytesRead));
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
