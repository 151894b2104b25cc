// Reads a written .trans_opt_order file back into edges, and closes it, as a consumer of the file would.

/** target -> its listed sources. */
export function parseOrderFile(text: string): Map<string, string[]> {
  const order = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [target, ...sources] = line.split(' ');
    order.set(target, sources);
  }
  return order;
}

/** Every (module, may-read) pair: the transitive closure, by a plain DFS per module. */
export function closurePairs(order: Map<string, string[]>): Set<string> {
  const pairs = new Set<string>();
  for (const start of order.keys()) {
    const seen = new Set<string>();
    const stack = [...(order.get(start) ?? [])];
    while (stack.length > 0) {
      const m = stack.pop()!;
      if (seen.has(m)) continue;
      seen.add(m);
      pairs.add(`${start}\t${m}`);
      stack.push(...(order.get(m) ?? []));
    }
  }
  return pairs;
}
