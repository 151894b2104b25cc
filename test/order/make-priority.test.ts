// Make's priority: most remaining work first, ties by id, whether the values are counted (unit costs) or compared.
import test from 'ava';
import { priorityOrder } from '../../src/order/make-priority.js';
import { seededRandom } from '../helpers/random.js';

const compared = (remaining: Float64Array): number[] =>
  Array.from({ length: remaining.length }, (_, i) => i).sort((a, b) => remaining[b] - remaining[a] || a - b);

test('whole numbers (counted) and any costs (compared) give most work first, ties by smaller id', (t) => {
  const random = seededRandom(8);
  for (let round = 0; round < 200; round++) {
    const n = 1 + random.int(60);
    const whole = Float64Array.from({ length: n }, () => 1 + random.int(Math.min(n, 1 + random.int(8))));
    t.deepEqual(Array.from(priorityOrder(whole)), compared(whole));
    const costs = Float64Array.from({ length: n }, () => random.int(5) / 2);
    t.deepEqual(Array.from(priorityOrder(costs)), compared(costs));
  }
});
