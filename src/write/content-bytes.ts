// Encodes a file's content into a buffer the caller gives, a block at a time: no intermediate strings or buffers per piece, and one buffer can be filled again and again.
import { BlockText, type BlockItems } from './block-text.js';
import type { OutputContent, TextChunks } from './output-content.js';

/** The largest UTF-8 length of one UTF-16 code unit (a pair of them, 4 bytes, is two units). */
const MOST_BYTES_PER_UNIT = 3;

/**
 * A content's UTF-8 bytes, handed out a buffer at a time by `fill`: whole pieces
 * while they fit (a block ends before a piece that would not), a piece longer than
 * a buffer cut between characters (never inside a surrogate pair). Items that
 * write their own bytes (a content's `parts`) are written into the buffer
 * itself, whole items while they fit; one longer than a buffer is written
 * into one of its own and handed out from there, cut between characters.
 */
export class ContentBytes {
  private readonly pieces: Iterator<string | BlockItems> | undefined;
  private readonly bytes: Uint8Array | undefined;
  /** The text not yet encoded: the current piece from `at` on. */
  private piece = '';
  private at = 0;
  /** The current piece when it writes its own items. */
  private items: BlockItems | undefined;
  /** An item longer than a block, written whole, handed out from `spillAt`. */
  private spill: Buffer | undefined;
  private spillAt = 0;
  private readonly out = new BlockText();
  private ended = false;
  /** What making the next piece threw after a block was partly filled: thrown by the next `fill`, so the bytes before it are still written. */
  private failure: { error: unknown } | undefined;

  constructor(content: OutputContent) {
    if (typeof content === 'string') this.piece = content;
    else if (content instanceof Uint8Array) this.bytes = content;
    else {
      const chunks = content as TextChunks;
      this.pieces = (chunks.parts ?? chunks.chunks)()[Symbol.iterator]();
    }
    if (this.pieces === undefined) this.ended = true;
  }

  /** Fills `block` (at least 4 bytes, a character's most) from its start with the next bytes and returns how many; 0 when the content is all given (and from then on). */
  fill(block: Buffer): number {
    if (this.bytes !== undefined) return this.fillBytes(block);
    if (this.failure !== undefined) throw this.failure.error;
    let used = 0;
    for (;;) {
      if (this.spill !== undefined) {
        used = this.fillSpill(block, used);
        if (this.spill !== undefined) return used;
      }
      if (this.items !== undefined) {
        used = this.fillItems(block, used);
        if (this.items !== undefined || this.failure !== undefined) return used;
        continue;
      }
      if (this.at === this.piece.length && (used === block.length || !this.nextPiece(used))) return used;
      const room = block.length - used;
      const left = this.piece.length - this.at;
      // Most pieces fit by their worst case; only one at a block's end that might fit (no more units than bytes left) has its bytes counted.
      const rest = left <= room ? (this.at === 0 ? this.piece : this.piece.slice(this.at)) : undefined;
      if (rest !== undefined && (left * MOST_BYTES_PER_UNIT <= room || Buffer.byteLength(rest, 'utf8') <= room)) {
        used += block.write(rest, used, 'utf8');
        this.at = this.piece.length;
        continue;
      }
      if (used > 0) return used;
      // A piece longer than a whole block: as much as fits, in whole characters.
      used = this.fillPart(block);
      return used;
    }
  }

  // False at the end; an error with bytes already in the block (`used`) is kept for the next fill.
  private nextPiece(used: number): boolean {
    if (this.ended) return false;
    let next: IteratorResult<string | BlockItems>;
    try {
      next = this.pieces!.next();
    } catch (error) {
      if (used === 0) throw error;
      this.failure = { error };
      return false;
    }
    if (next.done === true) {
      this.ended = true;
      this.piece = '';
      this.at = 0;
      return false;
    }
    if (typeof next.value === 'string') this.piece = next.value;
    else [this.piece, this.items] = ['', next.value];
    this.at = 0;
    return true;
  }

  // Whole items from `used` on while they fit; an item that did not is written again into the next block, or, when it did not fit in a whole one, into a buffer of its own.
  private fillItems(block: Buffer, used: number): number {
    const { out } = this;
    const items = this.items!;
    out.target(block, used);
    let start = used;
    try {
      for (;;) {
        start = out.at;
        if (!items.write(out)) {
          this.items = undefined;
          return start;
        }
        if (out.at > block.length) break;
        items.next();
      }
    } catch (error) {
      if (start === 0) throw error;
      this.failure = { error };
      return start;
    }
    if (start > 0) return start;
    const spill = Buffer.allocUnsafe(out.at);
    out.target(spill, 0);
    items.write(out);
    items.next();
    this.spill = spill;
    this.spillAt = 0;
    return this.fillSpill(block, 0);
  }

  // As much of the spilled item as fits from `used`, cut before a UTF-8 continuation byte (never inside a character).
  private fillSpill(block: Buffer, used: number): number {
    const spill = this.spill!;
    let end = Math.min(spill.length, this.spillAt + block.length - used);
    if (end < spill.length) while (end > this.spillAt && (spill[end]! & 0xc0) === 0x80) end--;
    block.set(spill.subarray(this.spillAt, end), used);
    used += end - this.spillAt;
    this.spillAt = end;
    if (end === spill.length) this.spill = undefined;
    return used;
  }

  // Part of a piece larger than the block: first as many units as the block has bytes (right when they are one byte each), else a third of that, which always fits.
  private fillPart(block: Buffer): number {
    let end = Math.min(this.piece.length, this.at + block.length);
    let part = this.piece.slice(this.at, splitEnd(this.piece, this.at, end));
    if (Buffer.byteLength(part, 'utf8') > block.length) {
      end = this.at + Math.floor(block.length / MOST_BYTES_PER_UNIT);
      part = this.piece.slice(this.at, splitEnd(this.piece, this.at, end));
    }
    this.at += part.length;
    return block.write(part, 0, 'utf8');
  }

  private fillBytes(block: Buffer): number {
    const count = Math.min(block.length, this.bytes!.length - this.at);
    block.set(this.bytes!.subarray(this.at, this.at + count));
    this.at += count;
    return count;
  }
}

// `end` moved off the middle of a surrogate pair (each half alone would encode as U+FFFD): back one unit, or forward one when that would leave nothing.
function splitEnd(text: string, start: number, end: number): number {
  if (end >= text.length) return end;
  const code = text.charCodeAt(end - 1);
  if (code < 0xd800 || code > 0xdbff) return end;
  return end - 1 > start ? end - 1 : end + 1;
}
