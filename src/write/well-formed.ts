// Lone UTF-16 surrogates cannot be written as UTF-8 nor percent-encoded (encodeURIComponent throws): every writer sees them as U+FFFD, as a UTF-8 file would.

const SURROGATE = /[\ud800-\udfff]/;

/** The string with each lone surrogate replaced by U+FFFD (String.prototype.toWellFormed, which ES2022 lacks); a string with no surrogate comes back as it is. */
export function wellFormed(text: string): string {
  if (!SURROGATE.test(text)) return text;
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
