// Reach questions answered in one sweep must match the closure, on any DAG and for any questions, and scale without recursion.
import test from 'ava';
import { compactGraphFromEdges } from '../../src/graph/compact-graph.js';
import { reachesEach, reachPairs } from '../../src/graph/reach-queries.js';
import { bruteForceClosure, chain, randomDag, randomGraph } from '../helpers/graphs.js';
import { seededRandom } from '../helpers/random.js';

test('answers equal the brute-force closure on random DAGs and random questions', (t) => {
  const random = seededRandom(5);
  for (let round = 0; round < 300; round++) {
    const n = 1 + random.int(60);
    const dag = randomDag(random, n, random.int(1 + 4 * n));
    const questions = randomGraph(random, n, random.int(1 + 5 * n));
    const answers = reachesEach(dag, questions);
    const reach = bruteForceClosure(dag);
    for (let u = 0; u < n; u++) {
      for (let e = questions.offsets[u]; e < questions.offsets[u + 1]; e++) {
        if (answers[e] !== (reach[u][questions.targets[e]] ? 1 : 0)) {
          t.fail(`round ${round}: ${u} -> ${questions.targets[e]} answered ${answers[e]}`);
          return;
        }
      }
    }
  }
  t.pass();
});

test('a node does not reach itself, and a path needs the edges in their direction', (t) => {
  const dag = compactGraphFromEdges(3, [0, 1], [1, 2]);
  const questions = compactGraphFromEdges(3, [0, 0, 2, 1, 1], [2, 0, 0, 1, 2], { keepSelfLoops: true });
  // Rows sorted: 0→0, 0→2, 1→1, 1→2, 2→0.
  t.deepEqual([...reachesEach(dag, questions)], [0, 1, 0, 1, 0]);
});

test('a 1,000,000-node chain answers from its head to every tenth node, without recursion', (t) => {
  const n = 1_000_000;
  const from: number[] = [];
  const to: number[] = [];
  for (let v = 0; v < n; v += 10) (from.push(0), to.push(v), from.push(v), to.push(0));
  const answers = reachesEach(chain(n), compactGraphFromEdges(n, from, to));
  // Row 0 asks 0→10, 0→20, … (0→0 dropped as a self loop); every other row asks v→0.
  const forward = answers.subarray(0, n / 10 - 1);
  t.true(forward.every((a) => a === 1));
  t.true(answers.subarray(n / 10 - 1).every((a) => a === 0));
});

test('pair queries agree with the closure, including pairs against the order and repeated pairs', (t) => {
  for (let seed = 1; seed <= 60; seed++) {
    const random = seededRandom(1000 + seed);
    const n = 2 + random.int(80);
    const dag = randomDag(random, n, random.int(Math.floor(n * 2.5)));
    const closure = bruteForceClosure(dag);
    const from = Int32Array.from({ length: 400 }, () => random.int(n));
    const to = Int32Array.from({ length: 400 }, () => random.int(n));
    const answer = reachPairs(dag, from, to);
    for (let q = 0; q < from.length; q++) t.is(answer[q] === 1, closure[from[q]][to[q]], `seed ${seed}: ${from[q]} → ${to[q]}`);
  }
});
