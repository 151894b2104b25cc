// The bound's pigeonhole cuts: every maximal clique is found, and the fewest pairs sharing a level is exact, so no cut removes an order that exists.
import test from 'ava';
import { cliqueCuts, fewestSharedLevelPairs, maximalCliques } from '../../src/order/clique-cuts.js';

// A small deterministic generator (LCG), so each case is reproducible from its seed.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Fewest same-level pairs over every assignment of levels inside the windows.
function bruteShared(low: number[], high: number[]): number {
  const level = low.slice();
  let best = Infinity;
  for (;;) {
    let shared = 0;
    for (let i = 0; i < level.length; i++) for (let j = i + 1; j < level.length; j++) if (level[i] === level[j]) shared++;
    best = Math.min(best, shared);
    let i = 0;
    while (i < level.length && level[i] === high[i]) level[i] = low[i++];
    if (i === level.length) return best;
    level[i]++;
  }
}

test('the fewest pairs sharing a level matches every assignment tried, windows of any shape', (t) => {
  for (let seed = 1; seed <= 300; seed++) {
    const next = random(seed);
    const m = 2 + Math.floor(next() * 6);
    const low: number[] = [];
    const high: number[] = [];
    for (let i = 0; i < m; i++) {
      const a = Math.floor(next() * 4);
      low.push(a);
      high.push(a + Math.floor(next() * 3));
    }
    const members = Array.from({ length: m }, (_, i) => i);
    t.is(fewestSharedLevelPairs(members, Int32Array.from(low), Int32Array.from(high)), bruteShared(low, high), `seed ${seed}: ${low} / ${high}`);
  }
});

test('six modules all importing one another with three levels: three pairs must share a level', (t) => {
  const members = [0, 1, 2, 3, 4, 5];
  t.is(fewestSharedLevelPairs(members, new Int32Array(6), new Int32Array(6).fill(2)), 3);
});

test('maximal cliques are exactly the maximal sets of pairwise neighbours', (t) => {
  for (let seed = 1; seed <= 40; seed++) {
    const next = random(seed);
    const n = 3 + Math.floor(next() * 8);
    const neighbours: number[][] = Array.from({ length: n }, () => []);
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (next() < 0.5) neighbours[a].push(b), neighbours[b].push(a);
    const vertices = Array.from({ length: n }, (_, v) => v);
    const found = maximalCliques(neighbours, vertices, Infinity).map((c) => c.slice().sort((a, b) => a - b).join(','));
    const expected: string[] = [];
    for (let mask = 1; mask < 1 << n; mask++) {
      const set = vertices.filter((v) => mask & (1 << v));
      const isClique = set.every((a) => set.every((b) => a === b || neighbours[a].includes(b)));
      const maximal = vertices.every((v) => set.includes(v) || !set.every((a) => neighbours[a].includes(v)));
      if (isClique && maximal && (set.length > 1 || neighbours[set[0]].length === 0)) expected.push(set.join(','));
    }
    t.deepEqual(found.sort(), expected.sort(), `seed ${seed}`);
  }
});

test('a cut is made only where levels run short, and its limit is the pairs that can sit apart', (t) => {
  // A 4-clique: modules 0 and 1 fit only level 0, 2 and 3 take levels 0..1.
  const neighbours = [
    [1, 2, 3],
    [0, 2, 3],
    [0, 1, 3],
    [0, 1, 2],
  ];
  const low = new Int32Array(4);
  const high = Int32Array.from([0, 0, 1, 1]);
  const cuts = cliqueCuts(neighbours, [0, 1, 2, 3], low, high, 100);
  // {0,1}: both on level 0, no pair apart. {0,1,2,3}: levels 0,0,1,1 at best, two pairs share.
  t.deepEqual(cuts, [
    { members: [0, 1], limit: 0 },
    { members: [0, 1, 2, 3], limit: 4 },
  ]);
  t.deepEqual(cliqueCuts(neighbours, [0, 1, 2, 3], low, new Int32Array(4).fill(3), 100), []);
});
