// Each module's name with the same prefix and suffix, made once: rule writers name a module once per import, and a string per use would be made a million times.

/** `prefix + names[v] + suffix` for every v, after `edit` (e.g. an escape) when given. */
export function namesAround(names: readonly string[], prefix: string, suffix: string, edit?: (text: string) => string): string[] {
  const out = new Array<string>(names.length);
  for (let v = 0; v < names.length; v++) {
    const text = `${prefix}${names[v]}${suffix}`;
    out[v] = edit === undefined ? text : edit(text);
  }
  return out;
}
