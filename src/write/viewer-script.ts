// The page's script: routes (#overview, #timeline, #scc/ID, #module/NAME), search, and the pages, built from the inline model and data files.
//
// Plain ES5-style so any browser runs it; builds DOM nodes (never innerHTML with data). Data files are
// loaded on demand by <script src> (fetch is blocked on file://) and removed once they have run.
import { DATA_GLOBAL } from './viewer-data-file.js';
import { DSM_SCRIPT } from './viewer-dsm-script.js';
import { PAGES_SCRIPT } from './viewer-pages-script.js';

/** SCCs larger than this show the DSM as their main view and the node-link picture as a link (measured: README, "Pictures and the viewer"). */
export const DSM_MAIN_VIEW_FROM = 20;

export const SCRIPT = `
(function () {
  'use strict';
  var model = JSON.parse(document.getElementById('model').textContent);
  model.modules = model.moduleNames.map(function (name, i) { var c = model.moduleScc[i]; return { name: name, scc: c < 0 ? null : model.sccs[c].id }; });
  var build = model.build || null;
  var DSM_MAIN_VIEW_FROM = ${DSM_MAIN_VIEW_FROM};
  var sccById = {}, moduleIndex = {};
  model.sccs.forEach(function (s) { sccById[s.id] = s; });
  model.modules.forEach(function (m, i) { moduleIndex[m.name] = i; });
  var app = document.getElementById('app');
  var form = document.getElementById('search-form');
  var search = document.getElementById('search');
  var results = document.getElementById('results');
  document.getElementById('static').hidden = true;
  document.getElementById('nav').hidden = false;
  app.hidden = false;
  form.hidden = false;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return node;
  }
  function text(s) { return document.createTextNode(s); }
  function fmt(x) { return x.toLocaleString('en-US', { maximumFractionDigits: 2 }); }
  function plural(k, word) { return fmt(k) + ' ' + word + (k === 1 ? '' : 's'); }
  function sccLink(id) {
    var s = sccById[id];
    return el('a', { href: '#scc/' + encodeURIComponent(id), 'class': 'scc-link' }, [id + (s ? ' (' + s.members.length + ')' : '')]);
  }
  function moduleLink(name) { return el('a', { href: '#module/' + encodeURIComponent(name) }, [name]); }
  function openModule(name) { location.hash = '#module/' + encodeURIComponent(name); }
  function href(path) { return path.split('/').map(encodeURIComponent).join('/'); }
  function picture(path, label) {
    path = href(path);
    return el('div', { 'class': 'picture' }, [el('object', { type: 'image/svg+xml', data: path, 'aria-label': label }, [el('a', { href: path }, [label])])]);
  }
  function show(nodes, title) {
    app.textContent = '';
    nodes.forEach(function (n) { app.appendChild(n); });
    document.title = title + ' \\u00b7 ' + model.title;
    window.scrollTo(0, 0);
  }

  // Data files call ${DATA_GLOBAL}(key, value); a page asks for a key and is called back once it has run (null if it failed).
  var loaded = {}, waiting = {};
  window.${DATA_GLOBAL} = function (key, value) { loaded[key] = value; };
  function load(file, key, done) {
    if (Object.prototype.hasOwnProperty.call(loaded, key)) return done(loaded[key]);
    if (waiting[key]) return void waiting[key].push(done);
    waiting[key] = [done];
    var script = document.createElement('script');
    var finish = function () {
      if (script.parentNode) script.parentNode.removeChild(script);
      var callbacks = waiting[key];
      delete waiting[key];
      var value = Object.prototype.hasOwnProperty.call(loaded, key) ? loaded[key] : null;
      callbacks.forEach(function (f) { f(value); });
    };
    script.onload = finish;
    script.onerror = finish;
    script.src = href(file);
    document.head.appendChild(script);
  }
  // Fills a placeholder when the data arrives (at once when loaded before), unless the user has left the page meanwhile.
  function later(file, key, fill) {
    var holder = el('div', { 'class': 'loading' }, ['Loading ' + file + '\\u2026']);
    var sync = true;
    load(file, key, function (value) {
      if (!sync && !holder.isConnected) return;
      holder.textContent = '';
      holder.className = 'loaded';
      if (value === null) holder.appendChild(el('p', { 'class': 'note' }, ['Could not load ' + file + ': run importgraph scc again to rewrite it.']));
      else fill(holder, value);
    });
    sync = false;
    return holder;
  }
${DSM_SCRIPT}
${PAGES_SCRIPT}
  function route() {
    // Links percent-encode names (encodeURIComponent); a hand-typed hash that is not valid percent-encoding is taken as it is.
    var hash = location.hash.slice(1);
    try { hash = decodeURIComponent(hash); } catch (e) { /* keep the raw hash */ }
    if (hash.indexOf('scc/') === 0) showScc(hash.slice(4));
    else if (hash.indexOf('module/') === 0) showModule(hash.slice(7));
    else if (hash === 'timeline') showTimeline();
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
