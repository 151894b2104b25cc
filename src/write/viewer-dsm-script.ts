// The page's dependency structure matrix: a canvas that draws only the visible cells, with sticky headers, zoom, hover and clicks.
//
// Rows and columns are an SCC's members in the build's top-down order (a module before the modules whose
// .trans_opt it reads), so honoured imports sit right of the diagonal and given-up ones left of it. Drawing
// walks only the visible rows (marks are sorted by row, then column) so a frame costs the visible part, not
// the SCC. Client code (ES5, no data in markup): `dsmView(data, names, open)` returns the element; the other
// functions share one state object `st`.
export const DSM_SCRIPT = `
  var DSM_CELLS = [1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 18, 24, 32];
  var DSM_DEFAULT_CELL = 14;
  var HONOURED_RGB = '37,99,235', GIVEN_UP_RGB = '220,38,38';
  function dsmView(data, names, open) {
    var started = performance.now();
    var st = dsmState(data, names);
    var buttons = {
      out: el('button', { type: 'button', 'class': 'dsm-zoom-out', title: 'Zoom out (or Ctrl + wheel)' }, ['\\u2212']),
      'in': el('button', { type: 'button', 'class': 'dsm-zoom-in', title: 'Zoom in (or Ctrl + wheel)' }, ['+']),
      fit: el('button', { type: 'button', 'class': 'dsm-fit', title: 'Show the whole matrix' }, ['Fit']),
      names: el('button', { type: 'button', 'class': 'dsm-actual', title: 'Readable names' }, ['Names'])
    };
    st.box.appendChild(el('div', { 'class': 'dsm-sizer' })); st.box.appendChild(st.canvas);
    st.wrap.appendChild(el('div', { 'class': 'dsm-bar' }, [buttons.out, buttons['in'], buttons.fit, buttons.names, el('span', { 'class': 'dsm-legend' }, [dsmLegend(st.maxCount)])]));
    st.wrap.appendChild(st.box); st.wrap.appendChild(st.tip);
    dsmPointer(st, open);
    dsmZoomControls(st, buttons);
    // Laid out once in the document (the caller may fill a detached placeholder first).
    requestAnimationFrame(function () {
      if (!st.wrap.isConnected) return;
      dsmLayout(st); dsmDraw(st);
      st.canvas.setAttribute('data-first-draw-ms', (performance.now() - started).toFixed(2));
    });
    return st.wrap;
  }
  // Marks indexed by row (counting sort; they come sorted by row, then column), and the elements.
  function dsmState(data, names) {
    var n = names.length, marks = data.marks, count = marks.length / 4, k;
    var rowStart = new Int32Array(n + 1), maxCount = 0;
    for (k = 0; k < count; k++) { rowStart[marks[4 * k] + 1]++; maxCount = Math.max(maxCount, marks[4 * k + 2]); }
    for (k = 0; k < n; k++) rowStart[k + 1] += rowStart[k];
    var canvas = el('canvas', { 'class': 'dsm-canvas' });
    var tip = el('div', { 'class': 'dsm-tip', role: 'status' });
    tip.hidden = true;
    return { n: n, names: names, marks: marks, labels: data.labels, rowStart: rowStart, maxCount: maxCount,
      wrap: el('div', { 'class': 'dsm' }), box: el('div', { 'class': 'dsm-box' }), canvas: canvas, ctx: canvas.getContext('2d'), tip: tip,
      cell: DSM_DEFAULT_CELL, head: 24, width: 0, height: 0, dpr: 1, hoverRow: -1, hoverCol: -1, pending: false, headCache: {} };
  }
  // Width of the header bands at a cell size: the widest name at that font (names hidden below 8 px cells).
  function dsmHeadFor(st, cell) {
    if (cell < 8) return 24;
    var size = Math.min(12, cell - 2);
    if (st.headCache[size] === undefined) {
      st.ctx.font = size + 'px sans-serif';
      var widest = 0;
      for (var i = 0; i < st.n; i++) widest = Math.max(widest, st.ctx.measureText(st.names[i]).width);
      st.headCache[size] = Math.min(280, Math.ceil(widest) + 12);
    }
    return st.headCache[size];
  }
  function dsmLayout(st) {
    st.head = dsmHeadFor(st, st.cell);
    var total = st.head + st.n * st.cell, sizer = st.box.firstChild;
    st.box.style.height = Math.max(160, Math.min(Math.round(window.innerHeight * 0.72), total + 18)) + 'px';
    sizer.style.width = total + 'px'; sizer.style.height = total + 'px';
    st.dpr = window.devicePixelRatio || 1;
    st.width = st.box.clientWidth; st.height = st.box.clientHeight;
    st.canvas.width = Math.max(1, Math.round(st.width * st.dpr)); st.canvas.height = Math.max(1, Math.round(st.height * st.dpr));
    st.canvas.style.width = st.width + 'px'; st.canvas.style.height = st.height + 'px';
    st.canvas.setAttribute('data-cell', String(st.cell)); st.canvas.setAttribute('data-head', String(st.head));
  }
  function dsmSchedule(st) {
    if (st.pending) return;
    st.pending = true;
    requestAnimationFrame(function () { st.pending = false; dsmDraw(st); });
  }
  // One frame: the canvas follows the scroll position and draws the visible rows and columns only.
  function dsmDraw(st) {
    var t0 = performance.now(), ctx = st.ctx, sx = st.box.scrollLeft, sy = st.box.scrollTop, cell = st.cell, head = st.head;
    st.canvas.style.left = sx + 'px'; st.canvas.style.top = sy + 'px';
    ctx.setTransform(st.dpr, 0, 0, st.dpr, 0, 0);
    ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, st.width, st.height);
    var v = { c0: Math.max(0, Math.floor(sx / cell)), c1: Math.min(st.n, Math.ceil((sx + st.width - head) / cell)),
      r0: Math.max(0, Math.floor(sy / cell)), r1: Math.min(st.n, Math.ceil((sy + st.height - head) / cell)),
      x: function (c) { return head + c * cell - sx; }, y: function (r) { return head + r * cell - sy; } };
    dsmDrawGrid(st, v);
    dsmDrawMarks(st, v);
    dsmDrawHeaders(st, v);
    st.canvas.setAttribute('data-draw-ms', (performance.now() - t0).toFixed(2));
  }
  function dsmDrawGrid(st, v) {
    var ctx = st.ctx, cell = st.cell, g;
    ctx.fillStyle = '#f1f4fa';
    if (st.hoverRow >= 0) ctx.fillRect(st.head, v.y(st.hoverRow), st.width, cell);
    if (st.hoverCol >= 0) ctx.fillRect(v.x(st.hoverCol), st.head, cell, st.height);
    if (cell >= 10) {
      ctx.fillStyle = '#eceef2';
      for (g = v.r0; g <= v.r1; g++) ctx.fillRect(st.head, v.y(g), st.width, 1);
      for (g = v.c0; g <= v.c1; g++) ctx.fillRect(v.x(g), st.head, 1, st.height);
    }
    ctx.fillStyle = '#c9ccd3';
    for (g = Math.max(v.r0, v.c0); g < Math.min(v.r1, v.c1); g++) ctx.fillRect(v.x(g), v.y(g), cell, cell);
  }
  // Blue when honoured, red when given up; more opaque the more entities cross (all opaque when none are listed).
  function dsmDrawMarks(st, v) {
    var ctx = st.ctx, marks = st.marks, cell = st.cell, gap = cell >= 4 ? 1 : 0, scale = Math.log(1 + st.maxCount);
    for (var r = v.r0; r < v.r1; r++) {
      for (var m = st.rowStart[r]; m < st.rowStart[r + 1]; m++) {
        var col = marks[4 * m + 1];
        if (col < v.c0 || col >= v.c1) continue;
        var alpha = st.maxCount > 0 ? 0.35 + 0.65 * Math.log(1 + marks[4 * m + 2]) / scale : 1;
        ctx.fillStyle = 'rgba(' + (marks[4 * m + 3] ? HONOURED_RGB : GIVEN_UP_RGB) + ',' + alpha.toFixed(3) + ')';
        ctx.fillRect(v.x(col) + gap, v.y(r) + gap, cell - gap, cell - gap);
      }
    }
  }
  // Sticky header bands: row names right-aligned on the left, column names rotated on top; the hovered ones bold.
  function dsmDrawHeaders(st, v) {
    var ctx = st.ctx, head = st.head, cell = st.cell;
    ctx.fillStyle = '#f6f7f9'; ctx.fillRect(0, 0, st.width, head); ctx.fillRect(0, 0, head, st.height);
    ctx.fillStyle = '#ccd'; ctx.fillRect(0, head - 1, st.width, 1); ctx.fillRect(head - 1, 0, 1, st.height);
    if (cell < 8) return;
    var size = Math.min(12, cell - 2), font = function (bold) { ctx.font = (bold ? 'bold ' : '') + size + 'px sans-serif'; ctx.fillStyle = bold ? '#000' : '#333'; };
    ctx.textBaseline = 'middle';
    ctx.save(); ctx.beginPath(); ctx.rect(0, head, head, st.height - head); ctx.clip();
    ctx.textAlign = 'right';
    for (var r = v.r0; r < v.r1; r++) { font(r === st.hoverRow); ctx.fillText(st.names[r], head - 6, v.y(r) + cell / 2); }
    ctx.restore();
    ctx.save(); ctx.beginPath(); ctx.rect(head, 0, st.width - head, head); ctx.clip();
    ctx.textAlign = 'left';
    for (var c = v.c0; c < v.c1; c++) {
      ctx.save(); ctx.translate(v.x(c) + cell / 2, head - 6); ctx.rotate(-Math.PI / 2);
      font(c === st.hoverCol); ctx.fillText(st.names[c], 0, 0);
      ctx.restore();
    }
    ctx.restore();
  }
  // The mark at (row, col), by binary search in the row's marks (sorted by column); -1 when none.
  function dsmMarkAt(st, row, col) {
    var lo = st.rowStart[row], hi = st.rowStart[row + 1];
    while (lo < hi) {
      var mid = (lo + hi) >>> 1, c = st.marks[4 * mid + 1];
      if (c === col) return mid;
      if (c < col) lo = mid + 1; else hi = mid;
    }
    return -1;
  }
  function dsmPointed(st, event) {
    var rect = st.canvas.getBoundingClientRect();
    var x = event.clientX - rect.left, y = event.clientY - rect.top;
    var col = x >= st.head ? Math.floor((x - st.head + st.box.scrollLeft) / st.cell) : -1;
    var row = y >= st.head ? Math.floor((y - st.head + st.box.scrollTop) / st.cell) : -1;
    return { x: x, y: y, row: row < st.n ? row : -1, col: col < st.n ? col : -1 };
  }
  function dsmTipText(st, p) {
    var names = st.names;
    if (p.row >= 0 && p.col >= 0) {
      var m = dsmMarkAt(st, p.row, p.col);
      if (m < 0) return null;
      var label = st.labels[m] || 'no entities listed in the input';
      return names[p.row] + ' imports ' + names[p.col] + ': ' + label + (st.marks[4 * m + 3]
        ? ' (honoured: ' + names[p.row] + ' reads its .trans_opt)'
        : ' (given up: the order builds ' + names[p.row] + ' without ' + names[p.col] + "'s .trans_opt)");
    }
    if (p.row >= 0) return names[p.row] + ' (row ' + (p.row + 1) + '): click to open';
    if (p.col >= 0) return names[p.col] + ' (column ' + (p.col + 1) + '): click to open';
    return null;
  }
  // Hover highlights the row and column and shows the tooltip; a click on a name opens its module.
  function dsmPointer(st, open) {
    st.canvas.addEventListener('mousemove', function (event) {
      var p = dsmPointed(st, event), text = dsmTipText(st, p), tip = st.tip;
      if (p.row !== st.hoverRow || p.col !== st.hoverCol) { st.hoverRow = p.row; st.hoverCol = p.col; dsmSchedule(st); }
      st.canvas.style.cursor = (p.row >= 0) !== (p.col >= 0) ? 'pointer' : 'default';
      if (text === null) { tip.hidden = true; return; }
      tip.textContent = text; tip.hidden = false;
      var left = st.box.offsetLeft + p.x + 16;
      if (left + tip.offsetWidth > st.wrap.clientWidth) left = Math.max(0, st.box.offsetLeft + p.x - tip.offsetWidth - 8);
      tip.style.left = left + 'px'; tip.style.top = (st.box.offsetTop + p.y + 16) + 'px';
    });
    st.canvas.addEventListener('mouseleave', function () { st.tip.hidden = true; st.hoverRow = st.hoverCol = -1; dsmSchedule(st); });
    st.canvas.addEventListener('click', function (event) {
      var p = dsmPointed(st, event);
      if (p.row >= 0 && p.col < 0) open(st.names[p.row]);
      else if (p.col >= 0 && p.row < 0) open(st.names[p.col]);
    });
    st.box.addEventListener('scroll', function () { dsmSchedule(st); });
    var onResize = function () {
      if (!st.wrap.isConnected) return window.removeEventListener('resize', onResize);
      dsmLayout(st); dsmDraw(st);
    };
    window.addEventListener('resize', onResize);
  }
  // Zoom keeps the cell under the pointer (or the view's centre) in place.
  function dsmZoomTo(st, next, ax, ay) {
    if (next === st.cell) return;
    var fx = (st.box.scrollLeft + ax - st.head) / st.cell, fy = (st.box.scrollTop + ay - st.head) / st.cell;
    st.cell = next;
    dsmLayout(st);
    st.box.scrollLeft = Math.max(0, fx * st.cell - (ax - st.head)); st.box.scrollTop = Math.max(0, fy * st.cell - (ay - st.head));
    dsmDraw(st);
  }
  function dsmZoomControls(st, buttons) {
    var step = function (direction) { return DSM_CELLS[Math.max(0, Math.min(DSM_CELLS.length - 1, DSM_CELLS.indexOf(st.cell) + direction))]; };
    buttons['in'].addEventListener('click', function () { dsmZoomTo(st, step(1), st.width / 2, st.height / 2); });
    buttons.out.addEventListener('click', function () { dsmZoomTo(st, step(-1), st.width / 2, st.height / 2); });
    buttons.names.addEventListener('click', function () { dsmZoomTo(st, DSM_DEFAULT_CELL, st.head, st.head); });
    buttons.fit.addEventListener('click', function () {
      var room = Math.min(st.box.clientWidth, Math.round(window.innerHeight * 0.72)) - 18, best = DSM_CELLS[0];
      DSM_CELLS.forEach(function (c) { if (dsmHeadFor(st, c) + st.n * c <= room) best = c; });
      dsmZoomTo(st, best, st.head, st.head);
      st.box.scrollLeft = 0; st.box.scrollTop = 0; dsmDraw(st);
    });
    st.box.addEventListener('wheel', function (event) {
      if (!event.ctrlKey) return;
      event.preventDefault();
      var p = dsmPointed(st, event);
      dsmZoomTo(st, step(event.deltaY < 0 ? 1 : -1), p.x, p.y);
    }, { passive: false });
  }
  function dsmLegend(maxCount) {
    return 'Row A, column B: A imports B. Blue (right of the diagonal): the order honours it, A reads B\\u2019s .trans_opt. ' +
      'Red (left): the order gives it up. ' + (maxCount > 0 ? 'Darker: more entities cross it. ' : 'The input lists no entities. ') +
      'Hover a mark for its entities; click a name to open the module.';
  }
`;
