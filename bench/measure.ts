// Runs the phases of `importgraph scc --render=none` one by one on one corpus, in a fresh process, and prints time and peak memory per phase as JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { expandInputList } from '../src/read/input-files.js';
import { readImportInfos } from '../src/read/read-import-infos.js';
import { buildModuleGraph } from '../src/graph/module-graph.js';
import { stronglyConnectedComponents } from '../src/graph/strongly-connected.js';
import { nameOrderEdges } from '../src/order/name-order.js';
import { analysisOf, inputFiles } from '../src/pipeline/analyze.js';
import { sccOutputs } from '../src/pipeline/scc-outputs.js';
import { OutputTransaction } from '../src/write/output-transaction.js';
import { isSccOutputName, sccCommitPlan } from '../src/pipeline/scc-commit-plan.js';
import { overviewOutput, sccLinks } from '../src/pipeline/render-outputs.js';
import { cutsText, sccCuts } from '../src/pipeline/scc-cuts.js';
import { analysisDocumentText } from '../src/pipeline/analysis-document.js';
import { honouredImports, honouringReduction } from '../src/order/honoured-imports.js';
import { viewerOutputs } from '../src/pipeline/viewer-outputs.js';
import { contentBlocks } from '../src/write/output-content.js';

export interface PhaseFigure {
  phase: string;
  ms: number;
  peakRssMb: number;
}

const figures: PhaseFigure[] = [];

async function phase<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  figures.push({ phase: name, ms: performance.now() - start, peakRssMb: process.resourceUsage().maxRSS / 1024 });
  return result;
}

// Reads every file as the reader does (synchronously, one after another), doing nothing with the bytes: the floor no reader can beat.
function readFloor(files: string[]): number {
  let bytes = 0;
  for (const file of files) bytes += readFileSync(file).length;
  return bytes;
}

const [corpus, outDir] = process.argv.slice(2);
// As the command does: a listed file that is missing or not a file is found by the reader's own open (then `check` says which).
const { files, check } = await phase('expand @list', () => expandInputList([`@${join(corpus, 'list.txt')}`], { cwd: corpus }));
readFloor(files); // warm the page cache once, so the floor and the reader both read from memory
await phase('read floor (bytes only)', () => readFloor(files));
const { modules } = await phase('read + parse', () => readImportInfos(files, { checkInputs: check }));
const moduleGraph = await phase('module graph', () => buildModuleGraph(modules));
const components = await phase('SCCs', () => stronglyConnectedComponents(moduleGraph.graph));
const unreduced = await phase('order edges', () => nameOrderEdges(moduleGraph.graph, components.componentOf));
// As analyze's reducedOrder: the reducing sweep also finds the honoured imports, which the honoured phase then reads.
const order = await phase('transitive reduction', () => honouringReduction(unreduced, moduleGraph.graph));
const analysis = await phase('critical path, priority', () => analysisOf(moduleGraph, components, order));
// The DOT files are made here; the large text files (order, .dep, .ninja, .index, importgraph.json) are made while they are written.
const outputs = await phase('plan outputs', () =>
  sccOutputs(analysis, { outDir, files: inputFiles(moduleGraph, modules) }),
);
// What scc does: stage every changed file, then commit (the run's own directory, so nothing else is removed).
const { cuts, links } = await phase('SCC links, overview, cuts', () => {
  const found = sccCuts(analysis);
  const bigLinks = sccLinks(analysis);
  outputs.push(overviewOutput(analysis, outDir, bigLinks));
  outputs.push({ path: join(outDir, 'importgraph.cuts'), content: cutsText(analysis, found) });
  return { cuts: found, links: bigLinks };
});
// Shared by importgraph.json and the viewer in the real command.
const honoured = await phase('honoured imports', () => {
  const shared = honouredImports(analysis.order, analysis.moduleGraph.graph);
  outputs.push({ path: join(outDir, 'importgraph.json'), content: analysisDocumentText(analysis, modules, cuts, { honoured: shared }) });
  return shared;
});
await phase('make text and write', async () => {
  const transaction = await OutputTransaction.open(outDir, isSccOutputName);
  await transaction.stage(outputs);
  await transaction.commit(sccCommitPlan(outputs.filter((f) => f.path.endsWith('.dot')).map((f) => f.path)));
});
// The viewer's files as --render=none makes them (no pictures), each made and encoded as the writer would, then dropped (not written).
await phase('viewer data (made, not written)', () => {
  const viewer = viewerOutputs(analysis, outDir, { pictured: new Set(), notes: new Map(), links, inputFiles: inputFiles(moduleGraph, modules), cuts, honoured });
  let bytes = 0;
  for (const file of viewer) for (const block of contentBlocks(file.content)) bytes += block.length;
  return bytes;
});
process.stdout.write(JSON.stringify({ modules: modules.length, imports: moduleGraph.graph.targets.length, figures }) + '\n');
