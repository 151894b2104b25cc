// The page builders of the viewer's script: overview (the build's shape), timeline, SCC page (DSM, neighbours, cuts), module page.
//
// Client code, spliced into viewer-script's closure (it uses el, load, later, model, build, dsmView...).
export const PAGES_SCRIPT = `
  var SHOWN_ROWS = 1000;
  function linkRun(label, nodes, cls, tag) {
    var p = el(tag || 'p', { 'class': 'links ' + cls }, [label]);
    if (nodes.length === 0) p.appendChild(text('none'));
    nodes.forEach(function (n, i) { if (i > 0) p.appendChild(text(' ')); p.appendChild(n); });
    return p;
  }
  function maxLevel() { return build ? build.widths.length - 1 : 0; }
  function levelRows() {
    var widths = build.widths, buckets = Math.min(widths.length, 40), per = Math.ceil(widths.length / buckets), widest = 1, rows = [];
    widths.forEach(function (w) { widest = Math.max(widest, w); });
    for (var b = 0; b * per < widths.length; b++) {
      var lo = b * per, hi = Math.min(widths.length, lo + per) - 1, most = 0;
      for (var l = lo; l <= hi; l++) most = Math.max(most, widths[l]);
      var bar = el('span', { 'class': 'level-bar' }, []);
      bar.style.width = (100 * most / widest).toFixed(1) + '%';
      rows.push(el('div', { 'class': 'level-row' }, [el('span', { 'class': 'level-name' }, [lo === hi ? 'level ' + lo : 'levels ' + lo + '\\u2013' + hi]),
        el('span', { 'class': 'level-track' }, [bar]), el('span', { 'class': 'level-count' }, [plural(most, 'module') + (lo === hi ? '' : ' at most')])]));
    }
    return el('div', { 'class': 'levels' }, rows);
  }
  function criticalList() {
    var path = build.criticalPath, shown = path.slice(0, 60).map(function (v) { return moduleLink(model.modules[v].name); });
    var p = linkRun('Critical path (' + plural(path.length, 'module') + ', built last first): ', shown, 'critical');
    if (path.length > 60) p.appendChild(text(' \\u2026 and ' + fmt(path.length - 60) + ' more'));
    return p;
  }
  function sccTable() {
    var list = model.sccs.slice().sort(function (a, b) { return b.members.length - a.members.length || (a.id < b.id ? -1 : 1); });
    var rows = list.slice(0, 100).map(function (s) {
      var honoured = s.internal === undefined ? '' : fmt(s.honoured) + ' of ' + fmt(s.internal);
      return el('tr', {}, [el('td', {}, [sccLink(s.id)]), el('td', { 'class': 'num' }, [fmt(s.members.length)]), el('td', { 'class': 'num' }, [honoured])]);
    });
    var table = el('table', { 'class': 'scc-table' }, [el('thead', {}, [el('tr', {}, [el('th', {}, ['SCC']), el('th', {}, ['modules']), el('th', {}, ['imports inside honoured by the order'])])]), el('tbody', {}, rows)]);
    return list.length > 100 ? el('div', {}, [table, el('p', {}, ['\\u2026 and ' + fmt(list.length - 100) + ' smaller SCCs (find their modules by search).'])]) : table;
  }
  function showOverview() {
    var nodes = [el('h2', {}, ['Overview']),
      el('p', {}, [plural(model.modules.length, 'module') + ', ' + plural(model.sccs.length, 'SCC') + ' of two or more modules. Type a module name above to find it.'])];
    if (build) {
      var widest = 0;
      build.widths.forEach(function (w) { widest = Math.max(widest, w); });
      nodes.push(el('h3', {}, ['The build']),
        el('p', { 'class': 'build-summary' }, [plural(build.widths.length, 'level') + ' (level 0 reads no .trans_opt and is built first), at most ' + plural(widest, 'module') + ' on one level. ' +
          'Simulated make -j' + build.jobs + ': this order takes ' + fmt(build.makespan) + ', Mercury\\u2019s default ' + fmt(build.defaultMakespan) +
          (build.weighted ? ' (cost units of the weights); ' : ' (one unit per module); ') + 'all modules one after another take ' + fmt(build.totalCost) + '. ',
          el('a', { href: '#timeline' }, ['See the timeline'])]),
        levelRows(), criticalList());
    }
    if (model.sccs.length > 0) nodes.push(el('h3', {}, ['SCCs, largest first']), sccTable());
    nodes.push(el('h3', {}, ['Overview picture']), model.overviewSvg ? picture(model.overviewSvg, 'overview') : el('p', {}, ['No overview picture.']));
    show(nodes, 'Overview');
  }
  function showTimeline() {
    var nodes = [el('h2', {}, ['Build timeline'])];
    if (!build) return show(nodes.concat([el('p', {}, ['No timeline in this viewer.'])]), 'Timeline');
    nodes.push(el('p', {}, ['A simulated make -j' + build.jobs + ' build of this order and of Mercury\\u2019s default, on one time scale: one row per job slot, ' +
      'one bar per module, coloured by its SCC (grey: in no cycle), the critical path outlined. This order takes ' + fmt(build.makespan) +
      ', Mercury\\u2019s default ' + fmt(build.defaultMakespan) + '. Hover over the bars for their modules.']));
    if (build.timeline) nodes.push(el('p', {}, [el('a', { href: href(build.timeline) }, ['timeline (SVG)'])]), picture(build.timeline, 'build timeline'));
    else nodes.push(el('p', { 'class': 'note' }, ['Too many modules to draw the timeline.']));
    show(nodes, 'Timeline');
  }
  // Modules outside an SCC, grouped: SCCs (linked to their pages) first, then single modules.
  function neighbours(label, ids, cls) {
    var sccs = {}, sccOrder = [], singles = [];
    ids.forEach(function (v) {
      var m = model.modules[v];
      if (m.scc === null) singles.push(moduleLink(m.name));
      else if (!sccs[m.scc]) { sccs[m.scc] = true; sccOrder.push(m.scc); }
    });
    sccOrder.sort();
    return linkRun(label + ' ' + plural(ids.length, 'module') + ' outside it (' + plural(sccOrder.length, 'SCC') + ', ' + plural(singles.length, 'single module') + '): ',
      sccOrder.map(sccLink).concat(singles), cls);
  }
  // SCC sizes after a cut, largest first; modules split off alone counted, not listed one by one.
  function sizesLeft(sizes) {
    var big = sizes.filter(function (k) { return k > 1; }), alone = sizes.length - big.length;
    return big.join(' + ') + (alone > 0 ? (big.length > 0 ? ' + ' : '') + alone + ' alone' : '');
  }
  function cutsSection(s, cuts) {
    var nodes = [el('h3', {}, ['Where to cut it'])];
    if (!cuts) return nodes.concat([el('p', {}, ['No cuts computed.'])]);
    nodes.push(el('p', {}, ['Removing ' + plural(cuts.arcSet[0], 'import') + ' (weight ' + fmt(cuts.arcSet[1]) + ') breaks every cycle. ' +
      'Smaller cuts that split it, cheapest per module split off first (as in importgraph.cuts; weight: entities crossing, at least 1 per import):']));
    var rows = cuts.candidates.map(function (c, i) {
      var list = el('td', {}, []);
      c.imports.forEach(function (imp, j) {
        if (j > 0) list.appendChild(text(', '));
        list.appendChild(moduleLink(model.modules[imp[0]].name)); list.appendChild(text(' \\u2192 ')); list.appendChild(moduleLink(model.modules[imp[1]].name));
      });
      return el('tr', {}, [el('td', { 'class': 'num' }, [String(i + 1)]), list, el('td', { 'class': 'num' }, [fmt(c.weight)]), el('td', {}, [sizesLeft(c.sizesAfter)])]);
    });
    nodes.push(el('table', { 'class': 'cuts' }, [el('thead', {}, [el('tr', {}, [el('th', {}, ['cut']), el('th', {}, ['imports to remove']), el('th', {}, ['weight']), el('th', {}, ['SCC sizes left'])])]), el('tbody', {}, rows)]));
    return nodes;
  }
  function sccNodes(s) {
    var big = s.members.length > DSM_MAIN_VIEW_FROM;
    var files = el('p', { 'class': 'files' }, []);
    if (s.svg) files.appendChild(el('a', { href: href(s.svg) }, [big ? 'node-link picture (SVG; large)' : 'picture (SVG)']));
    if (s.dot) { files.appendChild(text(' \\u00b7 ')); files.appendChild(el('a', { href: href(s.dot) }, ['graph (DOT)'])); }
    if (s.note) files.appendChild(el('span', { 'class': 'note' }, [' ' + s.note]));
    var nodes = [el('h2', { id: 'scc-title' }, ['SCC ' + s.id + ' (' + s.members.length + ' modules)']), files];
    if (s.internal !== undefined) {
      nodes.push(el('p', { 'class': 'scc-stats' }, [plural(s.members.length, 'module') + ', ' + plural(s.internal, 'import') + ' among them: the order honours ' +
        fmt(s.honoured) + ' and gives up ' + fmt(s.internal - s.honoured) + '.']));
    }
    if (!big) nodes.push(s.svg ? picture(s.svg, 'imports of SCC ' + s.id) : el('p', { 'class': 'note' }, ['No picture' + (s.note ? ': ' + s.note : '.')]));
    if (s.data) {
      nodes.push(later(s.data, 'scc/' + s.id, function (holder, data) {
        holder.appendChild(el('h3', {}, ['Dependency matrix (' + plural(data.order.length, 'module') + ' in build order)']));
        holder.appendChild(dsmView(data, data.order.map(function (v) { return model.modules[v].name; }), openModule));
        holder.appendChild(el('h3', {}, ['Outside it']));
        holder.appendChild(neighbours('Imports', data.imports, 'imports'));
        holder.appendChild(neighbours('Imported by', data.importedBy, 'imported-by'));
        holder.appendChild(linkRun('Nearest SCCs it builds on, directly or through single modules: ', s.imports.map(sccLink), 'imports-sccs'));
        holder.appendChild(linkRun('Nearest SCCs built on it: ', s.importedBy.map(sccLink), 'imported-by-sccs'));
        cutsSection(s, data.cuts).forEach(function (n) { holder.appendChild(n); });
      }));
    } else {
      nodes.push(linkRun('Imports: ', s.imports.map(sccLink), 'imports'), linkRun('Imported by: ', s.importedBy.map(sccLink), 'imported-by'));
    }
    var members = el('p', { 'class': 'members' }, ['Modules: ']);
    s.members.forEach(function (m) { members.appendChild(moduleLink(m)); members.appendChild(text(' ')); });
    var details = el('details', { 'class': 'member-list' }, [el('summary', {}, ['Its ' + plural(s.members.length, 'module') + ' by name']), members]);
    if (!big) details.setAttribute('open', '');
    nodes.push(details);
    return nodes;
  }
  function showScc(id) {
    var s = sccById[id];
    if (!s) return show([el('p', {}, ['No SCC named ' + id + '.'])], id);
    show(sccNodes(s), 'SCC ' + id);
  }
  function orderWord(honoured) { return honoured ? 'reads its .trans_opt' : 'given up'; }
  // One table of imports or importers: module, where it is, entities, what the order does, and for imports the entry's line.
  function edgeTable(rows, self, file, cls) {
    var header = el('tr', {}, ['module', 'SCC', 'entities', 'order', 'line'].map(function (h) { return el('th', {}, [h]); }));
    var body = rows.slice(0, SHOWN_ROWS).map(function (r) {
      var other = model.modules[r[0]], same = self.scc !== null && other.scc === self.scc;
      var where = other.scc === null ? text('\\u2014') : same ? text('same SCC') : sccLink(other.scc);
      var line = file ? el('a', { href: file + '#line=' + r[4], title: 'the entry in ' + self.name + '\\u2019s input' }, ['line ' + r[4]]) : text('line ' + r[4]);
      return el('tr', { 'class': r[3] ? 'honoured' : 'given-up' }, [el('td', {}, [moduleLink(other.name)]), el('td', {}, [where]),
        el('td', {}, [r[2] || (r[1] === 0 ? 'none listed' : '')]), el('td', {}, [orderWord(r[3])]), el('td', {}, [line])]);
    });
    var nodes = [el('table', { 'class': 'edges ' + cls }, [el('thead', {}, [header]), el('tbody', {}, body)])];
    if (rows.length > SHOWN_ROWS) nodes.push(el('p', {}, ['\\u2026 and ' + fmt(rows.length - SHOWN_ROWS) + ' more.']));
    return nodes;
  }
  function moduleFacts(m, i, d) {
    var onPath = build.criticalPath.indexOf(i) >= 0;
    var reads = d.reads.map(function (v) { return moduleLink(model.modules[v].name); });
    var facts = el('ul', { 'class': 'module-facts' }, [
      el('li', { 'class': 'level' }, ['Level ' + d.level + ' of ' + maxLevel() + ' in the build (level 0 reads no .trans_opt and is built first).']),
      el('li', { 'class': 'critical' }, [onPath ? 'On the critical path: a delay here delays the whole build.' : 'Not on the critical path.']),
      linkRun('Reads the .trans_opt of, directly: ', reads, 'reads', 'li')]);
    if (d.file) facts.appendChild(el('li', {}, ['Input: ', el('a', { href: d.file, 'class': 'input-file' }, [decodeURIComponent(d.file.replace(/^file:\\/\\//, ''))])]));
    return facts;
  }
  function moduleNodes(m, i, d) {
    var nodes = [moduleFacts(m, i, d)];
    var givenUp = d.imports.filter(function (r) { return !r[3]; });
    var givenUpBy = d.importers.filter(function (r) { return !r[3]; });
    nodes.push(el('h3', { id: 'imports' }, ['Imports (' + fmt(d.imports.length) + ')']));
    nodes = nodes.concat(edgeTable(d.imports, m, d.file, 'imports'));
    nodes.push(el('h3', { id: 'importers' }, ['Imported by (' + fmt(d.importers.length) + ')']));
    nodes = nodes.concat(edgeTable(d.importers, m, null, 'importers'));
    if (givenUp.length + givenUpBy.length > 0) {
      nodes.push(el('h3', {}, ['Imports the order gives up']),
        linkRun('It is built without the .trans_opt of: ', givenUp.map(function (r) { return moduleLink(model.modules[r[0]].name); }), 'given-up'),
        linkRun('Built without its .trans_opt: ', givenUpBy.map(function (r) { return moduleLink(model.modules[r[0]].name); }), 'given-up-by'));
    }
    return nodes;
  }
  function showModule(name) {
    if (!Object.prototype.hasOwnProperty.call(moduleIndex, name)) return show([el('p', {}, ['No module named ' + name + '.'])], name);
    var i = moduleIndex[name], m = model.modules[i];
    var nodes = [el('h2', { id: 'module-name' }, [name]),
      m.scc === null ? el('p', { id: 'module-title' }, [name + ' is in no cycle: it builds alone.']) : el('p', { id: 'module-title' }, [name + ' is in SCC ', sccLink(m.scc), ':'])];
    if (build) {
      var chunk = Math.floor(i / build.moduleChunk);
      nodes.push(later(build.modulePrefix + chunk + '.js', 'modules/' + chunk, function (holder, list) {
        moduleNodes(m, i, list[i % build.moduleChunk]).forEach(function (n) { holder.appendChild(n); });
      }));
    }
    show(nodes, name);
  }
`;
