// Writes index.html: a viewer for the SVGs that works from file:// with no server or network, and as plain links without JavaScript.
//
// The model is inline JSON (fetch() is blocked on file:// in Chromium); each page's bigger data is a script file
// loaded when the page opens (viewer-script). Pictures are <object> elements with relative paths, so SVG links and
// edge tooltips (<title>) keep working. Pages are hash routes, `#scc/<id>` and `#module/<name>`, which are also the
// ids of the static sections, so the same links work without JavaScript.
import type { ViewerModel, ViewerScc } from './viewer-model.js';
import { SCRIPT } from './viewer-script.js';
import { escapeMarkup } from './markup-escape.js';
import { scriptJson } from './script-json.js';

/** A relative file path as a URL: each segment percent-encoded (stems may hold `%`). */
const fileHref = (path: string): string => path.split('/').map(encodeURIComponent).join('/');


/** `href` of a page: `#scc/<id>` or `#module/<name>`, the name percent-encoded. */
export const sccHash = (id: string): string => `#scc/${encodeURIComponent(id)}`;
export const moduleHash = (name: string): string => `#module/${encodeURIComponent(name)}`;

// JSON inside <script>: escaping `<` keeps `</script>` and `<!--` in a module name from ending the element.
// Modules go as two parallel arrays (name, index of the SCC or -1), which the script expands: half the bytes on 100k modules.
const inlineJson = (model: ViewerModel): string => {
  const sccIndex = new Map(model.sccs.map((s, i) => [s.id, i]));
  const { modules, ...rest } = model;
  const compact = { ...rest, moduleNames: modules.map((m) => m.name), moduleScc: modules.map((m) => (m.scc === null ? -1 : sccIndex.get(m.scc)!)) };
  return scriptJson(compact);
};

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #222; }
header { display: flex; gap: 1em; align-items: center; padding: .5em 1em; background: #f3f5f8; border-bottom: 1px solid #ccd; position: sticky; top: 0; z-index: 1; }
header h1 { font-size: 1.1em; margin: 0; } header h1 a { color: inherit; text-decoration: none; }
#search-form { position: relative; } #search { width: 22em; padding: .3em; font: inherit; }
#results { position: absolute; left: 0; top: 2.2em; margin: 0; padding: 0; list-style: none; background: #fff; border: 1px solid #ccd; min-width: 22em; max-height: 60vh; overflow: auto; }
#results:empty { display: none; } #results li a { display: block; padding: .2em .5em; } #results li a:hover, #results li a:focus { background: #e6eefb; }
main, #static { padding: 0 1em 1em; }
.picture { border: 1px solid #ccd; overflow: auto; max-height: 80vh; background: #fff; }
.picture object { display: block; width: 100%; min-height: 70vh; }
.links a, .members a { margin-right: .6em; }
.note { color: #a33; }
nav a { margin-right: .8em; }
h3 { margin: 1.2em 0 .4em; }
table { border-collapse: collapse; margin: .3em 0 1em; } th, td { text-align: left; padding: .15em .6em; border-bottom: 1px solid #e4e6ea; vertical-align: top; }
th { background: #f3f5f8; font-weight: 600; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
table.cuts td:last-child { white-space: nowrap; }
tr.given-up td:nth-child(4) { color: #b91c1c; font-weight: 600; }
.levels { max-width: 60em; } .level-row { display: flex; gap: .6em; align-items: center; font-size: 12px; }
.level-name { width: 9em; text-align: right; color: #555; } .level-track { flex: 1; } .level-bar { display: block; height: 10px; background: #6b8fd6; min-width: 2px; }
.level-count { width: 12em; color: #555; }
.dsm { position: relative; } .dsm-bar { display: flex; gap: .4em; align-items: center; margin: .3em 0; }
.dsm-bar button { font: inherit; min-width: 2.2em; } .dsm-legend { color: #444; font-size: 12px; }
.dsm-box { position: relative; overflow: auto; border: 1px solid #ccd; background: #fff; }
.dsm-sizer { position: absolute; left: 0; top: 0; } .dsm-canvas { position: absolute; left: 0; top: 0; display: block; }
.dsm-tip { position: absolute; z-index: 2; max-width: 40em; background: #fffbe6; border: 1px solid #c9b458; padding: .3em .5em; font-size: 12px; pointer-events: none; white-space: pre-wrap; }
.loading { color: #666; }
`;

function sccSection(scc: ViewerScc): string {
  const links = (ids: string[]): string => (ids.length === 0 ? 'none' : ids.map((id) => `<a href="${sccHash(id)}">${escapeMarkup(id)}</a>`).join(' '));
  const files = [
    scc.svg !== null ? `<a href="${escapeMarkup(fileHref(scc.svg))}">picture (SVG)</a>` : '',
    scc.dot !== null ? `<a href="${escapeMarkup(fileHref(scc.dot))}">graph (DOT)</a>` : '',
    scc.note !== undefined ? `<span class="note">${escapeMarkup(scc.note)}</span>` : '',
  ].filter((s) => s !== '');
  return [
    `<section id="scc/${escapeMarkup(scc.id)}">`,
    `<h3>SCC ${escapeMarkup(scc.id)} (${scc.members.length} modules)</h3>`,
    files.length > 0 ? `<p>${files.join(' · ')}</p>` : '',
    `<p class="links">Imports: ${links(scc.imports)}</p>`,
    `<p class="links">Imported by: ${links(scc.importedBy)}</p>`,
    `<p class="members">Modules: ${scc.members.map((m) => `<a href="${moduleHash(m)}">${escapeMarkup(m)}</a>`).join(' ')}</p>`,
    `</section>`,
  ].join('\n');
}

function moduleLine(module: { name: string; scc: string | null }): string {
  const where = module.scc === null ? 'builds alone' : `in <a href="${sccHash(module.scc)}">SCC ${escapeMarkup(module.scc)}</a>`;
  return `<li id="module/${escapeMarkup(module.name)}">${escapeMarkup(module.name)}: ${where}</li>`;
}

/** The complete index.html for a model. */
export function viewerHtml(model: ViewerModel): string {
  // Modules alone are one line of text, not an element each: on 100k modules the list was 8 MB of markup.
  const alone = model.modules.filter((m) => m.scc === null).map((m) => m.name);
  const overview =
    model.overviewSvg === null
      ? '<p>No overview picture.</p>'
      : `<p><a href="${escapeMarkup(fileHref(model.overviewSvg))}">overview (SVG)</a></p>\n<div class="picture"><object type="image/svg+xml" data="${escapeMarkup(fileHref(model.overviewSvg))}"></object></div>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1><a href="#overview">${escapeMarkup(model.title)}</a></h1>
<nav id="nav" hidden><a href="#overview">Overview</a><a href="#timeline">Build timeline</a></nav>
<form id="search-form" role="search" hidden><input id="search" type="search" placeholder="Find a module…" autocomplete="off" aria-label="Find a module"><ul id="results"></ul></form>
</header>
<main id="app" hidden></main>
<div id="static">
<section id="overview"><h2>Overview</h2>
${overview}
</section>
<h2>SCCs of two or more modules (${model.sccs.length})</h2>
${model.sccs.map(sccSection).join('\n')}
<h2>Modules in SCCs (${model.modules.length - alone.length} of ${model.modules.length})</h2>
<ul>
${model.modules.filter((m) => m.scc !== null).map(moduleLine).join('\n')}
</ul>
<h2>Modules in no cycle (${alone.length}): each builds alone</h2>
<p class="alone">${escapeMarkup(alone.join(' · '))}</p>
</div>
<script type="application/json" id="model">${inlineJson(model)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
