// Entity labels cut from text, each distinct list text labelled once: a million imports whose lists repeat a few hundred texts make a few hundred labels, and no string per import.
import { plainEntityLabel, plainListEnd } from './entity-label-text.js';

/** Labels by id (0, 1, ...), each with its entity count; `idAt` finds or makes one. */
export class PlainLabelTable {
  private readonly labels: string[] = [];
  private readonly counts: number[] = [];
  /** The list text each label was made from: `texts[id]` from `starts[id]` to `ends[id]` (all 0 for merged lists, found by label instead). */
  private readonly texts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Labels whose texts hash alike: the latest by hash, then each one's earlier (-1 ends). */
  private readonly latestByHash = new Map<number, number>();
  private readonly earlier: number[] = [];
  /** Labels of merged lists (a repeated entry), by label. */
  private readonly merged = new Map<string, number>();

  get size(): number {
    return this.labels.length;
  }

  label(id: number): string {
    return this.labels[id]!;
  }

  count(id: number): number {
    return this.counts[id]!;
  }

  /**
   * The id of the label of the list starting at `start` in `text` (its `[`),
   * the lists at `more` merged after it, as plainEntityLabel makes it; -1 when
   * a list is not of the plain shape. A list text seen before is only compared,
   * not followed nor labelled again.
   */
  idAt(text: string, start: number, more: readonly number[] | undefined): number {
    if (more !== undefined) return this.mergedId(text, start, more);
    // Most lists end at their first `)]`. Text there equal to a list labelled before is that list: a plain list ends at
    // its own `]` and nothing after it is read, so the same characters are the same list, whatever follows.
    const guess = text.indexOf(')]', start) + 2;
    if (guess > 1) {
      const seen = this.find(text, start, guess);
      if (seen >= 0) return seen;
    }
    const end = plainListEnd(text, start);
    if (end < 0) return -1;
    if (end !== guess) {
      const seen = this.find(text, start, end);
      if (seen >= 0) return seen;
    }
    const plain = plainEntityLabel(text, start, undefined)!;
    const hash = hashOf(text, start, end);
    const id = this.add(plain.label, plain.count, text, start, end);
    this.earlier.push(this.latestByHash.get(hash) ?? -1);
    this.latestByHash.set(hash, id);
    return id;
  }

  /** The label made from exactly the text from `start` to `end`, or -1. */
  private find(text: string, start: number, end: number): number {
    for (let id = this.latestByHash.get(hashOf(text, start, end)) ?? -1; id >= 0; id = this.earlier[id]!) {
      if (sameText(this.texts[id]!, this.starts[id]!, this.ends[id]!, text, start, end)) return id;
    }
    return -1;
  }

  private mergedId(text: string, start: number, more: readonly number[]): number {
    const plain = plainEntityLabel(text, start, more);
    if (plain === undefined) return -1;
    let id = this.merged.get(plain.label);
    if (id === undefined) {
      id = this.add(plain.label, plain.count, '', 0, 0);
      this.earlier.push(-1);
      this.merged.set(plain.label, id);
    }
    return id;
  }

  private add(label: string, count: number, text: string, start: number, end: number): number {
    this.labels.push(label);
    this.counts.push(count);
    this.texts.push(text);
    this.starts.push(start);
    this.ends.push(end);
    return this.labels.length - 1;
  }
}

/** FNV-1a of the code units of `text` from `start` to `end`, cut to 30 bits (a small integer: no number object as a Map key). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let p = start; p < end; p++) hash = Math.imul(hash ^ text.charCodeAt(p), 0x01000193);
  return hash & 0x3fffffff;
}

function sameText(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i)) return false;
  return true;
}
