// Lone UTF-16 surrogates cannot be written as UTF-8 nor percent-encoded (encodeURIComponent throws): every writer sees them as U+FFFD, as a UTF-8 file would.

/** The string with each lone surrogate replaced by U+FFFD (String.prototype.toWellFormed, which ES2022 lacks). */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
