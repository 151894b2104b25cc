// Text from input files (a spec's or weights file's names, file names, messages quoting them) is shown on a terminal: its control characters must not act there.

// C0 controls but tab and newline, DEL and C1 controls, and the bidirectional overrides and isolates that reorder what a terminal shows.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** `text` with each character that would act on a terminal written as `\u{XX}`, so a message shows what the input holds. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}
