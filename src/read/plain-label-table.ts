// Entity labels cut from text, each distinct list text labelled once: a million imports whose lists repeat a few hundred texts make a few hundred labels, and no string per import.
import { plainEntityLabel, plainListEnd } from './entity-label-text.js';

/** Labels by id (0, 1, ...), each with its entity count; `idAt` finds or makes one. */
export class PlainLabelTable {
  private readonly labels: string[] = [];
  private readonly counts: number[] = [];
  /** Labels by the list text they were made from (hashed and compared by the runtime, not character by character here). */
  private readonly byText = new Map<string, number>();
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
   * a list is not of the plain shape. A list text seen before is only looked
   * up, not followed nor labelled again.
   */
  idAt(text: string, start: number, more: readonly number[] | undefined): number {
    if (more !== undefined) return this.mergedId(text, start, more);
    // Most lists end at their first `)]`. Text there equal to a list labelled before is that list: a plain list ends at
    // its own `]` and nothing after it is read, so the same characters are the same list, whatever follows.
    const guess = text.indexOf(')]', start) + 2;
    if (guess > 1) {
      const seen = this.byText.get(text.slice(start, guess));
      if (seen !== undefined) return seen;
    }
    const end = plainListEnd(text, start);
    if (end < 0) return -1;
    const listText = text.slice(start, end);
    if (end !== guess) {
      const seen = this.byText.get(listText);
      if (seen !== undefined) return seen;
    }
    const plain = plainEntityLabel(text, start, undefined)!;
    const id = this.add(plain.label, plain.count);
    this.byText.set(listText, id);
    return id;
  }

  private mergedId(text: string, start: number, more: readonly number[]): number {
    const plain = plainEntityLabel(text, start, more);
    if (plain === undefined) return -1;
    let id = this.merged.get(plain.label);
    if (id === undefined) {
      id = this.add(plain.label, plain.count);
      this.merged.set(plain.label, id);
    }
    return id;
  }

  private add(label: string, count: number): number {
    this.labels.push(label);
    this.counts.push(count);
    return this.labels.length - 1;
  }
}
