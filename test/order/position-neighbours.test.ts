// A movable module's neighbours gathered once give the same imports inside its SCC, in edge order, and the same window as reading every import at each move.
import test from 'ava';
import { incomingEdges } from '../../src/graph/compact-graph.js';
import { stronglyConnectedComponents } from '../../src/graph/strongly-connected.js';
import { positionNeighbours } from '../../src/order/position-neighbours.js';
import { importEnds, type PositionProblem, type Positions } from '../../src/order/position-search.js';
import { randomCase, rng } from './order-helpers.js';

test('inner imports in edge order, moving inter-SCC neighbours apart, and the window of the others folded in', (t) => {
  for (let seed = 1; seed <= 200; seed++) {
    const { graph, weight } = randomCase(seed);
    const n = graph.nodeCount;
    const m = graph.targets.length;
    const { source, fixed } = importEnds(graph, stronglyConnectedComponents(graph).componentOf);
    const importWeight = Float64Array.from({ length: m }, (_, e) => 1 + (e % 3));
    const p: PositionProblem = { graph, source, fixed, importWeight, weight, useLevel: true, useTime: true, maxLevel: 10, maxTime: 500 };
    const r = rng(seed);
    const pos: Positions = { level: Int32Array.from({ length: n }, () => Math.floor(r() * 10)), start: Float64Array.from({ length: n }, () => Math.floor(r() * 400)) };
    const { inOffsets, inEdge } = incomingEdges(graph);
    const movable = Int32Array.from({ length: n }, (_, v) => v).filter((v) => {
      for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) if (!fixed[e]) return true;
      for (let x = inOffsets[v]; x < inOffsets[v + 1]; x++) if (!fixed[inEdge[x]]) return true;
      return false;
    });
    const moves = new Set(movable);
    const near = positionNeighbours(p, movable, inOffsets, inEdge, pos);
    for (const v of movable) {
      const outs: [number, number][] = [];
      const ins: [number, number][] = [];
      let low = [0, 0];
      let high = [9, 500 - weight[v]];
      for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
        const b = graph.targets[e];
        if (!fixed[e]) outs.push([b, importWeight[e]]);
        else low = [Math.max(low[0], pos.level[b] + 1), Math.max(low[1], pos.start[b] + weight[b])];
      }
      for (let x = inOffsets[v]; x < inOffsets[v + 1]; x++) {
        const e = inEdge[x];
        const a = source[e];
        if (!fixed[e]) ins.push([a, importWeight[e]]);
        else high = [Math.min(high[0], pos.level[a] - 1), Math.min(high[1], pos.start[a] - weight[v])];
      }
      const slice = (start: Int32Array, nodes: Int32Array, w: Float64Array): [number, number][] =>
        Array.from(nodes.subarray(start[v], start[v + 1]), (b, i) => [b, w[start[v] + i]]);
      t.deepEqual(slice(near.outStart, near.outNode, near.outW), outs);
      t.deepEqual(slice(near.inStart, near.inNode, near.inW), ins);
      // The window from the folded bounds and the moving neighbours equals the one from every inter-SCC import.
      let lowHere = [near.lowLevel[v], near.lowStart[v]];
      let highHere = [near.highLevel[v], near.highStart[v]];
      for (const b of near.fixedOut.subarray(near.fixedOutStart[v], near.fixedOutStart[v + 1])) {
        t.true(moves.has(b));
        lowHere = [Math.max(lowHere[0], pos.level[b] + 1), Math.max(lowHere[1], pos.start[b] + weight[b])];
      }
      for (const a of near.fixedIn.subarray(near.fixedInStart[v], near.fixedInStart[v + 1])) {
        t.true(moves.has(a));
        highHere = [Math.min(highHere[0], pos.level[a] - 1), Math.min(highHere[1], pos.start[a] - weight[v])];
      }
      t.deepEqual([lowHere, highHere], [low, high]);
    }
  }
});
