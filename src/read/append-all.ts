// Appends one array to another with a loop: `push(...items)` passes every item as an argument and overflows the stack at ~125,000 items.

/** Pushes every item of `items` onto `target`, in order. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
}
