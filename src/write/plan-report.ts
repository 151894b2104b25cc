// Build plans as text for people (orders side by side) and as JSON for tools; returns strings, writes nothing.

import type { BuildPlan } from '../order/build-plan.js';

export interface NamedPlan {
  name: string;
  plan: BuildPlan;
}

const fmt = (x: number): string => (Number.isInteger(x) ? x.toLocaleString('en-US') : x.toLocaleString('en-US', { maximumFractionDigits: 2 }));

/** A table with one column per order: critical path, honoured imports, makespans, widths; then each critical path. */
export function planReportText(plans: readonly NamedPlan[]): string {
  const rows: string[][] = [['', ...plans.map((p) => p.name)]];
  rows.push(['critical path, modules', ...plans.map((p) => fmt(p.plan.criticalPath.modules))]);
  rows.push(['critical path, cost', ...plans.map((p) => fmt(p.plan.criticalPath.cost))]);
  rows.push(['imports honoured', ...plans.map((p) => `${p.plan.honoured.count} of ${p.plan.honoured.total} (${((100 * p.plan.honoured.count) / Math.max(1, p.plan.honoured.total)).toFixed(1)}%)`)]);
  rows.push(['total cost', ...plans.map((p) => fmt(p.plan.totalCost))]);
  const jobs = plans[0]?.plan.makespans.map((m) => m.jobs) ?? [];
  jobs.forEach((j, i) => {
    rows.push([`makespan -j${j} (bound)`, ...plans.map((p) => `${fmt(p.plan.makespans[i].makespan)} (${fmt(p.plan.makespans[i].lowerBound)})`)]);
  });
  rows.push(['levels, widest', ...plans.map((p) => `${p.plan.widthPerLevel.length}, ${p.plan.widthPerLevel.reduce((widest, w) => Math.max(widest, w), 0)}`)]);
  if (plans.every((p) => p.plan.widthPerLevel.length <= 24)) rows.push(['width per level', ...plans.map((p) => p.plan.widthPerLevel.join(' '))]);
  const widths = rows[0].map((_, c) => rows.reduce((widest, r) => Math.max(widest, r[c].length), 0));
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd());
  for (const p of plans) lines.push('', `critical path (${p.name}): ${p.plan.criticalPath.path.join(' -> ')}`);
  return lines.join('\n') + '\n';
}

/** The same plans as JSON (without per-module arrays, which `priority` names replace). */
export function planReportJson(plans: readonly NamedPlan[], names: readonly string[]): string {
  return (
    JSON.stringify(
      plans.map(({ name, plan }) => ({
        name,
        criticalPath: plan.criticalPath,
        honoured: plan.honoured,
        totalCost: plan.totalCost,
        makespans: plan.makespans,
        widthPerLevel: plan.widthPerLevel,
        priority: Array.from(plan.priority, (v) => ({ module: names[v], remaining: plan.remaining[v] })),
      })),
      null,
      2,
    ) + '\n'
  );
}
