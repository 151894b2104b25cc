// A tiny seeded PRNG, so randomized tests fail the same way every time they fail.

/** mulberry32: a 32-bit state generator; `next()` is uniform in [0, 1). */
export interface Random {
  next(): number;
  /** Uniform integer in [0, bound). */
  int(bound: number): number;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (bound) => Math.floor(next() * bound) };
}
