// Writes index.html: a viewer for the SVGs that works from file:// with no server or network, and as plain links without JavaScript.
//
// The data is inline JSON (fetch() is blocked on file:// in Chromium); pictures are <object> elements with
// relative paths, so SVG links and edge tooltips (<title>) keep working. Pages are hash routes, `#scc/<id>`
// and `#module/<name>`, which are also the ids of the static sections, so the same links work without JavaScript.
import type { ViewerModel, ViewerScc } from './viewer-model.js';

/** A relative file path as a URL: each segment percent-encoded (stems may hold `%`). */
const fileHref = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

// A carriage return as a reference (the HTML parser would read a raw one as a newline); NUL as U+FFFD, as the parser reads it in attributes (in text it drops it).
const escapeHtml = (text: string): string =>
  text.replace(/[&<>"'\r\0]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;', '\0': '\ufffd' })[c]!);

/** `href` of a page: `#scc/<id>` or `#module/<name>`, the name percent-encoded. */
export const sccHash = (id: string): string => `#scc/${encodeURIComponent(id)}`;
export const moduleHash = (name: string): string => `#module/${encodeURIComponent(name)}`;

// JSON inside <script>: escaping `<` keeps `</script>` and `<!--` in a module name from ending the element.
const inlineJson = (model: ViewerModel): string => JSON.stringify(model).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

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
`;

function sccSection(scc: ViewerScc): string {
  const links = (ids: string[]): string => (ids.length === 0 ? 'none' : ids.map((id) => `<a href="${sccHash(id)}">${escapeHtml(id)}</a>`).join(' '));
  const files = [
    scc.svg !== null ? `<a href="${escapeHtml(fileHref(scc.svg))}">picture (SVG)</a>` : '',
    scc.dot !== null ? `<a href="${escapeHtml(fileHref(scc.dot))}">graph (DOT)</a>` : '',
    scc.note !== undefined ? `<span class="note">${escapeHtml(scc.note)}</span>` : '',
  ].filter((s) => s !== '');
  return [
    `<section id="scc/${escapeHtml(scc.id)}">`,
    `<h3>SCC ${escapeHtml(scc.id)} (${scc.members.length} modules)</h3>`,
    files.length > 0 ? `<p>${files.join(' · ')}</p>` : '',
    `<p class="links">Imports: ${links(scc.imports)}</p>`,
    `<p class="links">Imported by: ${links(scc.importedBy)}</p>`,
    `<p class="members">Modules: ${scc.members.map((m) => `<a href="${moduleHash(m)}">${escapeHtml(m)}</a>`).join(' ')}</p>`,
    `</section>`,
  ].join('\n');
}

function moduleLine(module: { name: string; scc: string | null }): string {
  const where = module.scc === null ? 'builds alone' : `in <a href="${sccHash(module.scc)}">SCC ${escapeHtml(module.scc)}</a>`;
  return `<li id="module/${escapeHtml(module.name)}">${escapeHtml(module.name)}: ${where}</li>`;
}

/** The complete index.html for a model. */
export function viewerHtml(model: ViewerModel): string {
  const overview =
    model.overviewSvg === null
      ? '<p>No overview picture.</p>'
      : `<p><a href="${escapeHtml(fileHref(model.overviewSvg))}">overview (SVG)</a></p>\n<div class="picture"><object type="image/svg+xml" data="${escapeHtml(fileHref(model.overviewSvg))}"></object></div>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1><a href="#overview">${escapeHtml(model.title)}</a></h1>
<form id="search-form" role="search" hidden><input id="search" type="search" placeholder="Find a module…" autocomplete="off" aria-label="Find a module"><ul id="results"></ul></form>
</header>
<main id="app" hidden></main>
<div id="static">
<section id="overview"><h2>Overview</h2>
${overview}
</section>
<h2>SCCs of two or more modules (${model.sccs.length})</h2>
${model.sccs.map(sccSection).join('\n')}
<h2>Modules (${model.modules.length})</h2>
<ul>
${model.modules.map(moduleLine).join('\n')}
</ul>
</div>
<script type="application/json" id="model">${inlineJson(model)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

// Client side, plain ES5-style so any browser runs it; builds DOM nodes (never innerHTML with data).
const SCRIPT = `
(function () {
  'use strict';
  var model = JSON.parse(document.getElementById('model').textContent);
  var sccById = {}, moduleScc = {};
  model.sccs.forEach(function (s) { sccById[s.id] = s; });
  model.modules.forEach(function (m) { moduleScc[m.name] = m.scc; });
  var app = document.getElementById('app');
  var form = document.getElementById('search-form');
  var search = document.getElementById('search');
  var results = document.getElementById('results');
  document.getElementById('static').hidden = true;
  app.hidden = false;
  form.hidden = false;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }
  function sccLink(id) {
    var s = sccById[id];
    return el('a', { href: '#scc/' + encodeURIComponent(id), 'class': 'scc-link' }, [id + (s ? ' (' + s.members.length + ')' : '')]);
  }
  function moduleLink(name) { return el('a', { href: '#module/' + encodeURIComponent(name) }, [name]); }
  function linkList(label, ids, cls) {
    var p = el('p', { 'class': 'links ' + cls }, [label + ': ']);
    if (ids.length === 0) p.appendChild(document.createTextNode('none'));
    ids.forEach(function (id) { p.appendChild(sccLink(id)); p.appendChild(document.createTextNode(' ')); });
    return p;
  }
  function href(path) { return path.split('/').map(encodeURIComponent).join('/'); }
  function picture(path, label) {
    path = href(path);
    return el('div', { 'class': 'picture' }, [el('object', { type: 'image/svg+xml', data: path, 'aria-label': label }, [el('a', { href: path }, [label])])]);
  }
  function show(nodes, title) {
    app.textContent = '';
    nodes.forEach(function (n) { app.appendChild(n); });
    document.title = title + ' · ' + model.title;
    window.scrollTo(0, 0);
  }
  function showOverview() {
    var list = el('p', { 'class': 'links' }, ['SCCs: ']);
    model.sccs.forEach(function (s) { list.appendChild(sccLink(s.id)); list.appendChild(document.createTextNode(' ')); });
    show([el('h2', {}, ['Overview']),
      el('p', {}, [model.sccs.length + ' SCCs of two or more modules, ' + model.modules.length + ' modules. Type a module name above to find it.']),
      list,
      model.overviewSvg ? picture(model.overviewSvg, 'overview') : el('p', {}, ['No overview picture.'])], 'Overview');
  }
  function sccNodes(s, focus) {
    var files = el('p', {}, []);
    if (s.svg) files.appendChild(el('a', { href: href(s.svg) }, ['picture (SVG)']));
    if (s.dot) { files.appendChild(document.createTextNode(' · ')); files.appendChild(el('a', { href: href(s.dot) }, ['graph (DOT)'])); }
    if (s.note) files.appendChild(el('span', { 'class': 'note' }, [' ' + s.note]));
    var members = el('p', { 'class': 'members' }, ['Modules: ']);
    s.members.forEach(function (m) {
      var a = moduleLink(m);
      if (m === focus) a = el('strong', {}, [a]);
      members.appendChild(a); members.appendChild(document.createTextNode(' '));
    });
    return [el('h2', { id: 'scc-title' }, ['SCC ' + s.id + ' (' + s.members.length + ' modules)']), files,
      linkList('Imports', s.imports, 'imports'), linkList('Imported by', s.importedBy, 'imported-by'), members,
      s.svg ? picture(s.svg, 'imports of SCC ' + s.id) : el('p', { 'class': 'note' }, ['No picture' + (s.note ? ': ' + s.note : '.')])];
  }
  function showScc(id) {
    var s = sccById[id];
    if (!s) return show([el('p', {}, ['No SCC named ' + id + '.'])], id);
    show(sccNodes(s, null), 'SCC ' + id);
  }
  function showModule(name) {
    if (!(name in moduleScc)) return show([el('p', {}, ['No module named ' + name + '.'])], name);
    var id = moduleScc[name];
    if (id === null) return show([el('h2', {}, [name]), el('p', {}, [name + ' is in no cycle: it builds alone.'])], name);
    show([el('p', { id: 'module-title' }, [name + ' is in SCC ', sccLink(id), ':'])].concat(sccNodes(sccById[id], name)), name);
  }
  function route() {
    // Links percent-encode names (encodeURIComponent); a hand-typed hash that is not valid percent-encoding is taken as it is.
    var hash = location.hash.slice(1);
    try { hash = decodeURIComponent(hash); } catch (e) { /* keep the raw hash */ }
    if (hash.indexOf('scc/') === 0) showScc(hash.slice(4));
    else if (hash.indexOf('module/') === 0) showModule(hash.slice(7));
    else showOverview();
  }
  function rank(name, query) {
    var lower = name.toLowerCase();
    if (lower === query) return 0;
    if (lower.indexOf(query) === 0) return 1;
    if (lower.indexOf('.' + query) >= 0) return 2;
    return lower.indexOf(query) >= 0 ? 3 : -1;
  }
  function matches(query) {
    var found = [];
    model.modules.forEach(function (m, i) { var r = rank(m.name, query); if (r >= 0) found.push([r, i]); });
    found.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return found.slice(0, 30).map(function (f) { return model.modules[f[1]]; });
  }
  search.addEventListener('input', function () {
    var query = search.value.trim().toLowerCase();
    results.textContent = '';
    if (query === '') return;
    matches(query).forEach(function (m) {
      var a = moduleLink(m.name);
      if (m.scc !== null) a.appendChild(el('small', {}, [' in ' + m.scc]));
      results.appendChild(el('li', {}, [a]));
    });
  });
  results.addEventListener('click', function () { results.textContent = ''; });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var first = results.querySelector('a');
    if (first) { location.hash = first.getAttribute('href').slice(1); results.textContent = ''; }
  });
  window.addEventListener('hashchange', route);
  route();
})();
`;
