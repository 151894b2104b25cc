// Writes overview.dot: the whole build at a glance, one node per SCC of two or more modules plus the single modules between them.
//
// Selection: a single module is kept when it lies on a path from one big SCC to
// another (reachable from a big SCC and reaching one), found by one forward and
// one backward pass over the components in topological order (their numbering), O(n + m).
// Past `maxNodes` kept nodes the single modules are dropped (SCCs only). Edges:
// reachThrough (paths through dropped nodes become edges), then the transitive
// reduction, so the picture shows dependency without redundant arrows.
import { compactGraphFromEdges, type CompactGraph } from '../graph/compact-graph.js';
import { componentMembers, condense, type ComponentMembers } from '../graph/condense.js';
import { componentRows } from '../graph/kept-links.js';
import { reachThrough } from '../graph/reach-through.js';
import type { StronglyConnectedComponents } from '../graph/strongly-connected.js';
import { transitiveReduction } from '../graph/transitive-reduction.js';
import { dotId, dotLabel, dotTooltip, dotUrl } from './dot-text.js';
import { dotAttribute, dotQuoted } from './dot-printer.js';
import { wellFormed } from './well-formed.js';

export const DEFAULT_OVERVIEW_MAX_NODES = 300;

export interface OverviewInput {
  /** Module names, node id = index (ModuleGraph.names). */
  names: readonly string[];
  /** The module import graph (ModuleGraph.graph). */
  graph: CompactGraph;
  scc: StronglyConnectedComponents;
  /** Past this many nodes, single modules are left out. Default 300. */
  maxNodes?: number;
  /** Link of an SCC's page, by its first module; default the viewer's `index.html#scc/<first>`. */
  sccLink?: (first: string) => string;
  /** Link of a single module's page; default `index.html#module/<name>`. */
  moduleLink?: (name: string) => string;
  /** The SCCs-only links (`bigSccLinks`: transitively reduced), when the caller has them already. */
  bigLinks?: CompactGraph;
  /** componentMembers(scc), when the caller has it already. */
  members?: ComponentMembers;
}

export interface OverviewNode {
  /** The SCC's first module (Mercury name order), or the single module. */
  name: string;
  /** Number of modules: 1 for a connecting single module. */
  size: number;
}

export interface OverviewGraph {
  /** Big SCCs and connecting modules, in Mercury name order of `name`. */
  nodes: OverviewNode[];
  /** Transitively reduced, as indexes into `nodes`, sorted. */
  edges: [number, number][];
  /** True when single modules were left out because the graph was too large. */
  sccsOnly: boolean;
}

/** Which SCCs and modules the overview shows, and its reduced edges. */
export function overviewGraph(input: OverviewInput): OverviewGraph {
  const { scc } = input;
  const count = scc.count;
  const members = input.members ?? componentMembers(scc);
  const size = (c: number): number => members.offsets[c + 1] - members.offsets[c];
  const big = new Uint8Array(count);
  for (let c = 0; c < count; c++) if (size(c) >= 2) big[c] = 1;
  // Reach alone decides: rows with fewer edges that reach as the graph's (a name order's reduction) do as well.
  const { fromBig, toBig } = betweenBig(componentRows(input.graph, scc.componentOf), scc, members, big);
  const kept = big.slice();
  let keptCount = 0;
  for (let c = 0; c < count; c++) {
    if (!big[c] && fromBig[c] && toBig[c]) kept[c] = 1;
    if (kept[c]) keptCount++;
  }
  const sccsOnly = keptCount > (input.maxNodes ?? DEFAULT_OVERVIEW_MAX_NODES);
  if (sccsOnly) kept.set(big);

  // Number kept components by their first module's id (= Mercury name order).
  const components: number[] = [];
  for (let c = 0; c < count; c++) if (kept[c]) components.push(c);
  const first = (c: number): number => members.members[members.offsets[c]];
  components.sort((a, b) => first(a) - first(b));
  const index = new Int32Array(count).fill(-1);
  components.forEach((c, i) => (index[c] = i));

  // The condensation is built only when the links through dropped modules are not given; those given are reduced already.
  const given = sccsOnly && input.bigLinks !== undefined;
  const through = given ? input.bigLinks! : reachThrough(condense(input.graph, scc), kept);
  const from: number[] = [];
  const to: number[] = [];
  for (const c of components) {
    for (let e = through.offsets[c]; e < through.offsets[c + 1]; e++) (from.push(index[c]), to.push(index[through.targets[e]]));
  }
  // Renumbering keeps a reduced graph reduced: the given links need only their rows sorted again.
  const renumbered = compactGraphFromEdges(components.length, from, to);
  const reduced = given ? renumbered : transitiveReduction(renumbered);
  const edges: [number, number][] = [];
  for (let u = 0; u < reduced.nodeCount; u++) {
    for (let e = reduced.offsets[u]; e < reduced.offsets[u + 1]; e++) edges.push([u, reduced.targets[e]]);
  }
  const nodes = components.map((c) => ({ name: input.names[first(c)], size: size(c) }));
  return { nodes, edges, sccsOnly };
}

// Components reached from a big SCC, and those reaching one, read off the module graph: components are numbered so that
// every edge between two goes from a higher id to a lower one (condense), so descending ids put importers first.
function betweenBig(
  graph: CompactGraph,
  scc: StronglyConnectedComponents,
  members: ComponentMembers,
  big: Uint8Array,
): { fromBig: Uint8Array; toBig: Uint8Array } {
  const { offsets, targets } = graph;
  const { componentOf, count } = scc;
  const fromBig = new Uint8Array(count);
  for (let u = count - 1; u >= 0; u--) {
    if (!big[u] && !fromBig[u]) continue;
    for (let i = members.offsets[u]; i < members.offsets[u + 1]; i++) {
      const v = members.members[i];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) if (componentOf[targets[e]] !== u) fromBig[componentOf[targets[e]]] = 1;
    }
  }
  const toBig = new Uint8Array(count);
  for (let u = 0; u < count; u++) {
    for (let i = members.offsets[u]; i < members.offsets[u + 1] && !toBig[u]; i++) {
      const v = members.members[i];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const s = componentOf[targets[e]];
        if (s !== u && (big[s] || toBig[s])) {
          toBig[u] = 1;
          break;
        }
      }
    }
  }
  return { fromBig, toBig };
}

/** The viewer's page of a name (`scc` or `module`), as viewer-html's hash routes: the name percent-encoded. */
const viewerLink = (page: string) => (name: string) => `index.html#${page}/${encodeURIComponent(wellFormed(name))}`;

// SCCs are filled boxes labelled "first\nN modules"; connecting modules are plain ellipses; links open the viewer's pages.
// Names go through dot-text (ids, labels, tooltips) and links through dotUrl, whoever made them.
export function overviewDot(input: OverviewInput): string {
  const overview = overviewGraph(input);
  const sccLink = input.sccLink ?? viewerLink('scc');
  const moduleLink = input.moduleLink ?? viewerLink('module');
  const chunks = ['digraph "overview" {\n  rankdir = "LR";\n'];
  const nodeDefaults = '  node [\n    fontname = "Helvetica";\n  ];\n';
  if (overview.nodes.length === 0) {
    chunks.push(nodeDefaults, '  "no cycles" [\n    shape = "plaintext";\n', dotAttribute('label', 'No SCC of two or more modules: every module builds alone.'), '  ];\n}\n');
    return chunks.join('');
  }
  if (overview.sccsOnly) chunks.push(`  label = ${dotQuoted('SCCs only (single modules between them left out: graph too large)')};\n`);
  chunks.push(nodeDefaults);
  const ids = overview.nodes.map((node) => dotQuoted(dotId(node.name)));
  overview.nodes.forEach((node, i) => {
    chunks.push(`  ${ids[i]} [\n`);
    if (node.size >= 2) {
      chunks.push(
        '    shape = "box";\n    style = "filled";\n    fillcolor = "#dde8f5";\n',
        dotAttribute('label', `${dotLabel(node.name)}\\n${node.size} modules`),
        dotAttribute('URL', dotUrl(sccLink(node.name))),
        '    target = "_top";\n',
        dotAttribute('tooltip', dotTooltip(`SCC ${node.name}: ${node.size} modules`)),
      );
    } else {
      chunks.push(
        '    shape = "ellipse";\n    fontsize = 10;\n',
        dotAttribute('URL', dotUrl(moduleLink(node.name))),
        '    target = "_top";\n',
        dotAttribute('tooltip', dotTooltip(`${node.name}: a single module between SCCs`)),
      );
    }
    chunks.push('  ];\n');
  });
  for (const [u, v] of overview.edges) chunks.push(`  ${ids[u]} -> ${ids[v]};\n`);
  chunks.push('}\n');
  return chunks.join('');
}
