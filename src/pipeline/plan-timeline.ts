// The timeline of `importgraph plan --svg`: every plan's build simulated on the same job count, drawn on one time scale.
import { scheduleBuild } from '../order/build-plan.js';
import { timelineSvg } from '../write/timeline-svg.js';
import type { PlanResult } from './run-plan.js';

/** The SVG text of the plans' `-j jobs` builds as a Gantt chart. */
export function planTimeline(result: PlanResult, jobs: number): string {
  const { moduleGraph, components, cost, orders, plans } = result;
  const idOf = new Map(moduleGraph.names.map((name, v) => [name, v]));
  const componentSize = new Int32Array(components.count);
  for (const c of components.componentOf) componentSize[c]++;
  return timelineSvg({
    plans: plans.map(({ name, plan }, i) => ({
      name,
      schedule: scheduleBuild(orders[i], cost, plan.remaining, jobs),
      criticalPath: new Set(plan.criticalPath.path.map((m) => idOf.get(m)!)),
    })),
    names: moduleGraph.names,
    weight: cost,
    componentOf: components.componentOf,
    componentSize,
    jobs,
  });
}
