// Appends one array to another with a loop: spreading the items into push passes each as an argument, which overflows the stack at ~125,000 items.

/** Pushes every item of `items` onto `target`, in order. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
}
