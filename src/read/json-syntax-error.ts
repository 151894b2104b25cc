// Where JSON.parse found a text not to be JSON, as an offset: its messages do not always say, and some quote the whole text.
import { showText } from './name-policy.js';

/** `position N` from the message when the error is not merely the text ending early at N. */
function reportedOffset(message: string, length: number): number | undefined {
  if (/Unexpected end of JSON input/.test(message)) return length;
  const at = /at position (\d+)/.exec(message);
  return at === null ? undefined : Number(at[1]);
}

/** Whether the first `length` code units hold a JSON error before their end (a prefix of valid JSON does not). */
function badBefore(text: string, length: number): boolean {
  try {
    JSON.parse(text.slice(0, length));
    return false;
  } catch (e) {
    const offset = reportedOffset((e as Error).message, length);
    return offset === undefined || offset < length;
  }
}

/** The offset of the first character that cannot continue JSON (the text's length when it ends too early), and what to say. */
export function jsonSyntaxError(text: string, error: Error): { offset: number; message: string } {
  let offset = reportedOffset(error.message, text.length);
  if (offset === undefined) {
    // The smallest prefix with an error before its end ends just past the bad character (a binary search: only on the error path).
    let low = 1;
    let high = text.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (badBefore(text, mid + 1)) high = mid;
      else low = mid + 1;
    }
    offset = low;
  }
  const found = offset >= text.length ? 'the end of the text' : showText(String.fromCodePoint(text.codePointAt(offset)!));
  return { offset, message: `expected JSON, found ${found}` };
}
