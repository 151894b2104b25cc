// UTF-8 text written a byte at a time into one reused buffer, then taken as a string: the module data files' 80 MB of numbers and labels cost far less so than as strings joined.

/** The most bytes `putInteger` writes. */
export const INTEGER_BYTES = 10;

/**
 * A growing byte buffer of UTF-8 text; `take` hands back what was written as
 * a string and starts again. Hot writers ask for room once (`reserve`), then
 * write into `bytes` from `at` themselves and set `at` after.
 */
export class TextBytes {
  bytes = Buffer.allocUnsafe(1 << 16);
  at = 0;
  /** False once a byte past ASCII was written since the last take. */
  private allAscii = true;
  /** Byte strings kept by `keep`: one pool, each an offset and length, and whether it is all ASCII. */
  private pool = Buffer.allocUnsafe(1 << 12);
  private poolEnd = 0;
  private readonly keptStart: number[] = [];
  private readonly keptLength: number[] = [];
  private readonly keptAscii: boolean[] = [];

  /** The text written since the last take (ASCII read as Latin-1: the same string, copied without decoding). */
  take(): string {
    const text = this.bytes.toString(this.allAscii ? 'latin1' : 'utf8', 0, this.at);
    this.at = 0;
    this.allAscii = true;
    return text;
  }

  /** Room for `more` bytes from `at`: the buffer to write them into. */
  reserve(more: number): Buffer {
    if (this.at + more > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.at + more));
      this.bytes.copy(grown, 0, 0, this.at);
      this.bytes = grown;
    }
    return this.bytes;
  }

  /** Text of ASCII characters only (the writer's own punctuation and keys), without a call into the runtime. */
  ascii(text: string): void {
    const bytes = this.reserve(text.length);
    let at = this.at;
    for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
    this.at = at;
  }

  /** Any text, as UTF-8. */
  text(text: string): void {
    const bytes = this.reserve(3 * text.length);
    const written = bytes.write(text, this.at, 'utf8');
    if (written !== text.length) this.allAscii = false;
    this.at += written;
  }

  /** A whole number as JSON writes it (`${x}`). */
  integer(x: number): void {
    if (isSmallWhole(x)) this.at = putInteger(this.reserve(INTEGER_BYTES), this.at, x);
    else this.text(`${x}`);
  }

  /** Keeps `text`'s UTF-8 bytes under an id (0, 1, ...) for `putKept`: text written many times is encoded once. */
  keep(text: string): number {
    const length = Buffer.byteLength(text, 'utf8');
    if (this.poolEnd + length > this.pool.length) {
      const grown = Buffer.allocUnsafe(Math.max(2 * this.pool.length, this.poolEnd + length));
      this.pool.copy(grown, 0, 0, this.poolEnd);
      this.pool = grown;
    }
    this.pool.write(text, this.poolEnd, 'utf8');
    this.keptStart.push(this.poolEnd);
    this.keptLength.push(length);
    this.keptAscii.push(length === text.length);
    this.poolEnd += length;
    return this.keptStart.length - 1;
  }

  /** The byte length of the text kept under `id`. */
  keptBytes(id: number): number {
    return this.keptLength[id]!;
  }

  /** Writes the text kept under `id` into `bytes` (this buffer, reserved) at `at`: where it ends. */
  putKept(bytes: Uint8Array, at: number, id: number): number {
    const start = this.keptStart[id]!;
    const end = start + this.keptLength[id]!;
    if (!this.keptAscii[id]) this.allAscii = false;
    const pool = this.pool;
    for (let i = start; i < end; i++) bytes[at++] = pool[i]!;
    return at;
  }
}

/** True for the whole numbers `putInteger` writes: 0 .. 2^31 - 1. */
export function isSmallWhole(x: number): boolean {
  return x >= 0 && x <= 0x7fffffff && x === Math.floor(x);
}

/** The decimal digits of `x` (isSmallWhole) into `bytes` at `at`: where they end. */
export function putInteger(bytes: Uint8Array, at: number, x: number): number {
  const digits = x < 10 ? 1 : x < 100 ? 2 : x < 1000 ? 3 : x < 10000 ? 4 : x < 100000 ? 5 : x < 1000000 ? 6 : x < 10000000 ? 7 : x < 100000000 ? 8 : x < 1000000000 ? 9 : 10;
  const end = at + digits;
  let p = end;
  let rest = x | 0;
  do {
    const next = (rest / 10) | 0;
    bytes[--p] = 48 + rest - 10 * next;
    rest = next;
  } while (rest !== 0);
  return end;
}
