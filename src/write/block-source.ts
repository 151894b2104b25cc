// Where a file's bytes come from while it is written, a block at a time: made here into two buffers by turns, or made in a worker thread (text-thread.ts).
import { ContentBytes } from './content-bytes.js';
import { BLOCK_SIZE, type OutputContent } from './output-content.js';

/** A file's bytes in order. At most two blocks are out at once: `next` is not called again before the block before last is released. */
export interface BlockSource {
  /** The next block (valid until released); undefined at the end. */
  next(): Uint8Array | undefined | Promise<Uint8Array | undefined>;
  /** The block is written or compared: its buffer may be used again. */
  release(block: Uint8Array): void;
  /** No more blocks are wanted (also after a failure); buffers go back. */
  close(): void;
}

/** The content's bytes made in this thread, into two buffers by turns; `skip` bytes at the start are left out. */
export class LocalBlocks implements BlockSource {
  private readonly bytes: ContentBytes;
  private readonly buffers: Buffer[] = [];
  private turn = 0;

  constructor(
    content: OutputContent,
    private readonly pool: BlockPool,
    private skip = 0,
  ) {
    this.bytes = new ContentBytes(content);
  }

  next(): Uint8Array | undefined {
    for (;;) {
      const buffer = (this.buffers[this.turn] ??= this.pool.take());
      const filled = this.bytes.fill(buffer);
      if (filled === 0) return undefined;
      if (filled <= this.skip) {
        this.skip -= filled;
        continue;
      }
      this.turn ^= 1;
      const block = buffer.subarray(this.skip, filled);
      this.skip = 0;
      return block;
    }
  }

  release(): void {}

  close(): void {
    for (const buffer of this.buffers) this.pool.giveBack(buffer);
    this.buffers.length = 0;
  }
}

/** Buffers of BLOCK_SIZE kept between files, so that many files written at once do not each allocate (and leave to the collector) their blocks. */
const spare: Buffer[] = [];
/**
 * Two a file for as many files as a stage writes at once (32): with fewer kept,
 * most of the 1,200 blocks taken at 100,000 modules were new 1 MiB allocations,
 * each paid for again by the collector and the kernel (~0.25 s of the run).
 */
const MOST_SPARE = 64;

/** The buffers kept are let go (when a stage of files is written: the memory is not held while the next steps run). */
export function dropSpareBlocks(): void {
  spare.length = 0;
}

/** Buffers for one file's blocks: `size` bytes each (a short string's need not be a whole block; those are not kept). */
export class BlockPool {
  constructor(private readonly size = BLOCK_SIZE) {}

  take(): Buffer {
    if (this.size < BLOCK_SIZE) return Buffer.allocUnsafe(this.size);
    return spare.pop() ?? Buffer.allocUnsafeSlow(BLOCK_SIZE);
  }

  giveBack(buffer: Buffer): void {
    if (buffer.length === BLOCK_SIZE && spare.length < MOST_SPARE) spare.push(buffer);
  }
}

/** A pool sized for `content`: a string's blocks need not be larger than its bytes can be (three a unit), nor smaller than a character's four. */
export function poolFor(content: OutputContent): BlockPool {
  return new BlockPool(typeof content === 'string' ? Math.max(4, Math.min(BLOCK_SIZE, content.length * 3)) : BLOCK_SIZE);
}
