// The viewer's files: index.html, a data file per SCC and per chunk of modules (loaded only when a page opens), and the build's timeline.
import { join } from 'node:path';
import type { SccCuts } from '../graph/cut-candidates.js';
import { longestPath } from '../graph/longest-path.js';
import { topologicalOrder } from '../graph/topological-order.js';
import type { CompactGraph } from '../graph/compact-graph.js';
import { scheduleBuild, type BuildSchedule } from '../order/build-plan.js';
import { remainingWork } from '../order/make-priority.js';
import { nameOrderEdges } from '../order/name-order.js';
import { timelineSvg } from '../write/timeline-svg.js';
import { buildLevels } from '../order/order-levels.js';
import { dataScript } from '../write/viewer-data-file.js';
import { viewerHtml } from '../write/viewer-html.js';
import { buildViewerModel, type SccFiles, type ViewerBuild, type ViewerModel } from '../write/viewer-model.js';
import { MODULE_CHUNK, ModuleChunks } from '../write/viewer-module-data.js';
import { edgeTexts, importerIndex, sccPageData, type ViewerGraphFacts } from '../write/viewer-scc-data.js';
import type { OutputFile } from '../write/write-if-changed.js';
import { streamedText } from '../write/output-content.js';
import type { SccAnalysis } from './analyze.js';
import { multiModuleSccs, type SccFile } from './scc-outputs.js';
import { honouredImports } from '../order/honoured-imports.js';
import { reachesAsNameOrder } from '../order/name-order-reach.js';
import { wellFormed } from '../write/well-formed.js';

export const MODULE_DATA_PREFIX = 'viewer_modules_';
export const TIMELINE_FILE = 'viewer_timeline.svg';
/** Past this many modules the timeline is not drawn (one bar per module per plan would make an SVG of tens of MB). */
export const TIMELINE_MAX_MODULES = 20_000;
const JOBS = 8;

/** Which SCC files have a picture (this run's or an up-to-date one), and why the others have none: only index.html needs them. */
export interface ViewerPictures {
  /** Stems of SCC files with a picture ('overview' for the overview). */
  pictured: ReadonlySet<string>;
  notes: ReadonlyMap<string, string>;
}

export interface ViewerOutputInput {
  links: CompactGraph;
  /** Each module's input file (for links to its `.import_info` lines), when known. */
  inputFiles?: readonly string[];
  /** sccCuts(analysis), when the caller has it already. */
  cuts?: readonly SccCuts[];
  /** honouredImports(order, import graph), when the caller has it already (importgraph.json shares it). */
  honoured?: Uint8Array;
}

/** The viewer's files apart from index.html, and index.html once the pictures are known. */
export interface ViewerFiles {
  /** The data files and the timeline: they do not depend on the pictures, so they can be written while those are drawn. */
  data: OutputFile[];
  /** index.html, made when it is written. */
  index(pictures: ViewerPictures): OutputFile;
}

/** All of the viewer's files, when the pictures are known already. */
export function viewerOutputs(analysis: SccAnalysis, outDir: string, input: ViewerOutputInput & ViewerPictures): OutputFile[] {
  const viewer = viewerFiles(analysis, outDir, input);
  return [...viewer.data, viewer.index(input)];
}

/** Per SCC, what its page's data file says about it: shown on index.html. */
interface SccDataFacts {
  data: string;
  internal: number;
  honoured: number;
}

export function viewerFiles(analysis: SccAnalysis, outDir: string, input: ViewerOutputInput): ViewerFiles {
  const { moduleGraph, topDown, order } = analysis;
  const sccs = multiModuleSccs(analysis);
  const facts = viewerFacts(analysis, input.honoured);
  const out = (name: string, content: string): OutputFile => ({ path: join(outDir, name), content });
  const data: OutputFile[] = [];
  const cutsOf = new Map((input.cuts ?? []).map((c) => [c.members[0], c]));
  const sccFacts: SccDataFacts[] = sccs.map((s) => {
    const page = sccPageData(facts, s.members, cutsOf.get(s.members[0]));
    const file = `${s.stem}.js`;
    data.push(out(file, dataScript(`scc/${wellFormed(moduleGraph.names[s.members[0]])}`, page)));
    return { data: file, internal: page.marks.length / 4, honoured: page.marks.filter((x, j) => j % 4 === 3 && x === 1).length };
  });
  const level = buildLevels(order, topDown);
  // Made when written: the chunks of 300,000 modules hold about a gigabyte of text, of which the transaction needs a few at a time.
  const chunks = new ModuleChunks({ facts, order, level, files: input.inputFiles });
  for (let k = 0; k * MODULE_CHUNK < topDown.length; k++) {
    data.push({ path: join(outDir, `${MODULE_DATA_PREFIX}${k}.js`), content: chunks.content(k) });
  }
  const { build, timeline } = buildShape(analysis, level, facts.honoured);
  if (timeline !== null) data.push(out(TIMELINE_FILE, timeline));
  const index = (pictures: ViewerPictures): OutputFile => ({
    path: join(outDir, 'index.html'),
    // Made when written, after the data files: its 8 MB at 100,000 modules are not held while they are made.
    content: streamedText(() => [viewerHtml(indexModel(analysis, input.links, pictures, sccs, sccFacts, build))]),
  });
  return { data, index };
}

// The facts the SCC and module pages are made from, each computed once.
function viewerFacts(analysis: SccAnalysis, honoured: Uint8Array | undefined): ViewerGraphFacts {
  const { moduleGraph, components, order, topDown } = analysis;
  const position = new Int32Array(topDown.length);
  topDown.forEach((v, i) => (position[v] = i));
  return {
    graph: moduleGraph.graph,
    edgeEntities: moduleGraph.edgeEntities,
    componentOf: components.componentOf,
    honoured: honoured ?? honouredImports(order, moduleGraph.graph),
    position,
    importers: importerIndex(moduleGraph.graph),
    ...edgeTexts(moduleGraph.edgeEntities),
  };
}

// index.html's model: every SCC and module, each SCC with its picture (if any) and its data file's facts, and the build.
function indexModel(analysis: SccAnalysis, links: CompactGraph, pictures: ViewerPictures, sccs: readonly SccFile[], sccFacts: readonly SccDataFacts[], build: ViewerBuild): ViewerModel {
  const { moduleGraph, components } = analysis;
  const stems = new Map(sccs.map((s) => [moduleGraph.names[s.members[0]], s.stem]));
  const sccFiles = (id: string): SccFiles => {
    const stem = stems.get(id)!;
    return { svg: pictures.pictured.has(stem) ? `${stem}.svg` : null, dot: `${stem}.dot`, note: pictures.notes.get(stem) };
  };
  const model = buildViewerModel({
    names: moduleGraph.names,
    graph: moduleGraph.graph,
    scc: components,
    sccFiles,
    overviewSvg: pictures.pictured.has('overview') ? 'overview.svg' : null,
    links,
  });
  sccFacts.forEach((f, i) => Object.assign(model.sccs[i], f));
  model.build = build;
  return model;
}

// Levels, critical path and the -j8 builds of this order and of Mercury's default (each SCC a chain in name order).
function buildShape(analysis: SccAnalysis, level: Int32Array, honoured: Uint8Array): { build: ViewerBuild; timeline: string | null } {
  const { moduleGraph, components, order, topDown, criticalPath } = analysis;
  const n = topDown.length;
  const weight = analysis.weight ?? new Float64Array(n).fill(1);
  const widths: number[] = [];
  for (let v = 0; v < n; v++) {
    while (widths.length <= level[v]) widths.push(0);
    widths[level[v]]++;
  }
  let totalCost = 0;
  for (let v = 0; v < n; v++) totalCost += weight[v];
  const chosen = scheduleBuild(order, weight, remainingWork(order, weight, topDown), JOBS);
  const drawn = n <= TIMELINE_MAX_MODULES;
  // Undrawn, only the default's makespan is shown; when this order reaches just what the default reaches, and no cost
  // is negative (then each module waits for the same modules and has the same priority), its build is this one.
  const sameBuild = !drawn && weight.every((w) => w >= 0) && reachesAsNameOrder(order, moduleGraph.graph, components, analysis.members, honoured);
  const mercury = sameBuild ? undefined : defaultBuild(analysis, weight);
  let timeline: string | null = null;
  if (drawn && mercury !== undefined) {
    const componentSize = new Int32Array(components.count);
    for (const c of components.componentOf) componentSize[c]++;
    timeline = timelineSvg({
      plans: [
        { name: 'This order', schedule: chosen, criticalPath: new Set(criticalPath.path) },
        { name: "Mercury's default order", schedule: mercury.schedule, criticalPath: new Set(longestPath(mercury.order, weight, mercury.topDown).path) },
      ],
      names: moduleGraph.names,
      weight,
      componentOf: components.componentOf,
      componentSize,
      jobs: JOBS,
    });
  }
  const build: ViewerBuild = {
    widths,
    criticalPath: Array.from(criticalPath.path),
    totalCost,
    weighted: analysis.weight !== undefined,
    jobs: JOBS,
    makespan: chosen.makespan,
    defaultMakespan: (mercury?.schedule ?? chosen).makespan,
    timeline: timeline === null ? null : TIMELINE_FILE,
    modulePrefix: MODULE_DATA_PREFIX,
    moduleChunk: MODULE_CHUNK,
  };
  return { build, timeline };
}

// Mercury's default order (unreduced: the same builds) and its simulated -j8 build.
function defaultBuild(analysis: SccAnalysis, weight: Float64Array): { order: CompactGraph; topDown: Int32Array; schedule: BuildSchedule } {
  const order = nameOrderEdges(analysis.moduleGraph.graph, analysis.components.componentOf);
  const topDown = topologicalOrder(order);
  return { order, topDown, schedule: scheduleBuild(order, weight, remainingWork(order, weight, topDown), JOBS) };
}
