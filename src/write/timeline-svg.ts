// Draws simulated builds as a Gantt chart (one row per job slot, modules coloured by SCC, the critical path outlined), so a user sees why one order builds faster.
import type { BuildSchedule } from '../order/build-plan.js';
import { escapeMarkup } from './markup-escape.js';

export interface TimelinePlan {
  name: string;
  schedule: BuildSchedule;
  /** Modules on the plan's critical path. */
  criticalPath: ReadonlySet<number>;
}

export interface TimelineInput {
  plans: readonly TimelinePlan[];
  names: readonly string[];
  weight: Float64Array;
  /** SCC of each module, and each SCC's size: modules of one cycle share a colour; modules alone are grey. */
  componentOf: Int32Array;
  componentSize: Int32Array;
  jobs: number;
}

const WIDTH = 1400;
const LEFT = 90;
const ROW = 16;
const HEADING = 34;
const GAP = 18;

const fmt = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** One SVG with a block per plan, all on the same time scale, so bar lengths compare across orders. */
export function timelineSvg(input: TimelineInput): string {
  const longest = input.plans.reduce((m, p) => Math.max(m, p.schedule.makespan), 0) || 1;
  const scale = (WIDTH - LEFT - 20) / longest;
  const blockHeight = HEADING + input.jobs * ROW + GAP;
  const height = input.plans.length * blockHeight + 50;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">\n`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>\n`,
  ];
  input.plans.forEach((plan, i) => parts.push(planBlock(plan, i * blockHeight, scale, input)));
  parts.push(timeAxis(input.plans.length * blockHeight, longest, scale));
  parts.push('</svg>\n');
  return parts.join('');
}

function planBlock(plan: TimelinePlan, top: number, scale: number, input: TimelineInput): string {
  const { schedule, criticalPath } = plan;
  const heading = `${plan.name}: -j${input.jobs} build takes ${fmt(schedule.makespan)}; critical path ${criticalPath.size} module${criticalPath.size === 1 ? '' : 's'} (outlined)`;
  const out = [`<g class="plan"><text x="4" y="${top + 20}" font-weight="bold">${escapeMarkup(heading)}</text>\n`];
  for (let s = 0; s < input.jobs; s++) out.push(`<text x="4" y="${top + HEADING + s * ROW + 12}" fill="#666">slot ${s + 1}</text>\n`);
  for (let v = 0; v < input.names.length; v++) {
    const x = LEFT + schedule.start[v] * scale;
    const y = top + HEADING + schedule.slot[v] * ROW;
    const w = Math.max(0.5, input.weight[v] * scale);
    const critical = criticalPath.has(v);
    const stroke = critical ? ' stroke="#000" stroke-width="1.5"' : ' stroke="#fff" stroke-width="0.5"';
    const tip = `${input.names[v]}: ${fmt(schedule.start[v])} to ${fmt(schedule.start[v] + input.weight[v])}${critical ? ' (critical path)' : ''}`;
    out.push(`<rect x="${x.toFixed(2)}" y="${y + 1}" width="${w.toFixed(2)}" height="${ROW - 2}" fill="${colourOf(v, input)}"${stroke}><title>${escapeMarkup(tip)}</title></rect>\n`);
  }
  out.push('</g>\n');
  return out.join('');
}

// Golden-angle hues: neighbouring SCC ids get distant colours; a module alone is grey.
function colourOf(v: number, input: TimelineInput): string {
  const c = input.componentOf[v];
  if (input.componentSize[c] < 2) return '#bbb';
  return `hsl(${Math.round((c * 137.508) % 360)}, 65%, 60%)`;
}

// Ticks at round numbers (1, 2 or 5 times a power of ten), about five of them.
function timeAxis(top: number, longest: number, scale: number): string {
  const out = [`<line x1="${LEFT}" y1="${top}" x2="${(LEFT + longest * scale).toFixed(2)}" y2="${top}" stroke="#000"/>\n`];
  const rough = longest / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  for (let t = 0; t <= longest; t += step) {
    const x = (LEFT + t * scale).toFixed(2);
    out.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${top + 5}" stroke="#000"/><text x="${x}" y="${top + 18}" text-anchor="middle">${fmt(t)}</text>\n`);
  }
  out.push(`<text x="4" y="${top + 36}" fill="#444">${escapeMarkup(LEGEND)}</text>\n`);
  return out.join('');
}

const LEGEND = 'Colour: the module\'s SCC (grey: in no cycle). Outlined: the critical path. Hover over the bars for the modules and their times.';
