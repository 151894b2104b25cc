// The page's dependency structure matrix: a canvas that draws only the visible cells, with sticky headers, zoom, hover and clicks.
//
// Rows and columns are an SCC's members in the build's top-down order (a module before the modules whose
// .trans_opt it reads), so honoured imports sit right of the diagonal and given-up ones left of it. Drawing
// walks only the visible rows (marks are sorted by row, then column) so a frame costs the visible part, not
// the SCC. Client code (ES5, no data in markup): `dsmView(data, names, open)` returns the element.
export const DSM_SCRIPT = `
  var DSM_CELLS = [1, 2, 3, 4, 5, 6, 8, 10, 12, 14, 18, 24, 32];
  var DSM_DEFAULT_CELL = 14;
  var HONOURED_RGB = '37,99,235', GIVEN_UP_RGB = '220,38,38';
  function dsmView(data, names, open) {
    var started = performance.now();
    var n = names.length, marks = data.marks, count = marks.length / 4;
    var rowStart = new Int32Array(n + 1), maxCount = 0, k;
    for (k = 0; k < count; k++) { rowStart[marks[4 * k] + 1]++; maxCount = Math.max(maxCount, marks[4 * k + 2]); }
    for (k = 0; k < n; k++) rowStart[k + 1] += rowStart[k];
    var wrap = el('div', { 'class': 'dsm' });
    var zoomOut = el('button', { type: 'button', 'class': 'dsm-zoom-out', title: 'Zoom out (or Ctrl + wheel)' }, ['\\u2212']);
    var zoomIn = el('button', { type: 'button', 'class': 'dsm-zoom-in', title: 'Zoom in (or Ctrl + wheel)' }, ['+']);
    var fit = el('button', { type: 'button', 'class': 'dsm-fit', title: 'Show the whole matrix' }, ['Fit']);
    var actual = el('button', { type: 'button', 'class': 'dsm-actual', title: 'Readable headers' }, ['Names']);
    var box = el('div', { 'class': 'dsm-box' });
    var sizer = el('div', { 'class': 'dsm-sizer' });
    var canvas = el('canvas', { 'class': 'dsm-canvas' });
    var tip = el('div', { 'class': 'dsm-tip', role: 'status' });
    tip.hidden = true;
    box.appendChild(sizer); box.appendChild(canvas);
    wrap.appendChild(el('div', { 'class': 'dsm-bar' }, [zoomOut, zoomIn, fit, actual, el('span', { 'class': 'dsm-legend' }, [dsmLegend(maxCount)])]));
    wrap.appendChild(box); wrap.appendChild(tip);
    var ctx = canvas.getContext('2d');
    var cell = DSM_DEFAULT_CELL, head = 24, width = 0, height = 0, dpr = 1, hoverRow = -1, hoverCol = -1, pending = false, first = true;
    var headCache = {};
    function labelsShown() { return cell >= 8; }
    function fontSize() { return Math.min(12, cell - 2); }
    function headFor(c) {
      if (c < 8) return 24;
      var size = Math.min(12, c - 2);
      if (headCache[size] === undefined) {
        ctx.font = size + 'px sans-serif';
        var widest = 0;
        for (var i = 0; i < n; i++) widest = Math.max(widest, ctx.measureText(names[i]).width);
        headCache[size] = Math.min(280, Math.ceil(widest) + 12);
      }
      return headCache[size];
    }
    function layout() {
      head = headFor(cell);
      var total = head + n * cell;
      box.style.height = Math.max(160, Math.min(Math.round(window.innerHeight * 0.72), total + 18)) + 'px';
      sizer.style.width = total + 'px'; sizer.style.height = total + 'px';
      dpr = window.devicePixelRatio || 1;
      width = box.clientWidth; height = box.clientHeight;
      canvas.width = Math.max(1, Math.round(width * dpr)); canvas.height = Math.max(1, Math.round(height * dpr));
      canvas.style.width = width + 'px'; canvas.style.height = height + 'px';
      canvas.setAttribute('data-cell', String(cell)); canvas.setAttribute('data-head', String(head));
    }
    function schedule() { if (!pending) { pending = true; requestAnimationFrame(function () { pending = false; draw(); }); } }
    function colourOf(k) {
      var alpha = maxCount > 0 ? 0.35 + 0.65 * Math.log(1 + marks[4 * k + 2]) / Math.log(1 + maxCount) : 1;
      return 'rgba(' + (marks[4 * k + 3] ? HONOURED_RGB : GIVEN_UP_RGB) + ',' + alpha.toFixed(3) + ')';
    }
    function draw() {
      var t0 = performance.now();
      var sx = box.scrollLeft, sy = box.scrollTop;
      canvas.style.left = sx + 'px'; canvas.style.top = sy + 'px';
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, width, height);
      var c0 = Math.max(0, Math.floor(sx / cell)), c1 = Math.min(n, Math.ceil((sx + width - head) / cell));
      var r0 = Math.max(0, Math.floor(sy / cell)), r1 = Math.min(n, Math.ceil((sy + height - head) / cell));
      var X = function (c) { return head + c * cell - sx; }, Y = function (r) { return head + r * cell - sy; };
      ctx.fillStyle = '#f1f4fa';
      if (hoverRow >= 0) ctx.fillRect(head, Y(hoverRow), width, cell);
      if (hoverCol >= 0) ctx.fillRect(X(hoverCol), head, cell, height);
      if (cell >= 10) {
        ctx.fillStyle = '#eceef2';
        for (var g = r0; g <= r1; g++) ctx.fillRect(head, Y(g), width, 1);
        for (g = c0; g <= c1; g++) ctx.fillRect(X(g), head, 1, height);
      }
      ctx.fillStyle = '#c9ccd3';
      for (var d = Math.max(r0, c0); d < Math.min(r1, c1); d++) ctx.fillRect(X(d), Y(d), cell, cell);
      var gap = cell >= 4 ? 1 : 0;
      for (var r = r0; r < r1; r++) {
        for (var m = rowStart[r]; m < rowStart[r + 1]; m++) {
          var col = marks[4 * m + 1];
          if (col < c0 || col >= c1) continue;
          ctx.fillStyle = colourOf(m);
          ctx.fillRect(X(col) + gap, Y(r) + gap, cell - gap, cell - gap);
        }
      }
      drawHeaders(r0, r1, c0, c1, X, Y);
      var took = performance.now() - t0;
      canvas.setAttribute('data-draw-ms', took.toFixed(2));
      if (first) { first = false; canvas.setAttribute('data-first-draw-ms', (performance.now() - started).toFixed(2)); }
    }
    function drawHeaders(r0, r1, c0, c1, X, Y) {
      ctx.fillStyle = '#f6f7f9'; ctx.fillRect(0, 0, width, head); ctx.fillRect(0, 0, head, height);
      ctx.fillStyle = '#ccd'; ctx.fillRect(0, head - 1, width, 1); ctx.fillRect(head - 1, 0, 1, height);
      if (!labelsShown()) return;
      var size = fontSize();
      ctx.textBaseline = 'middle';
      ctx.save(); ctx.beginPath(); ctx.rect(0, head, head, height - head); ctx.clip();
      ctx.textAlign = 'right';
      for (var r = r0; r < r1; r++) {
        ctx.font = (r === hoverRow ? 'bold ' : '') + size + 'px sans-serif';
        ctx.fillStyle = r === hoverRow ? '#000' : '#333';
        ctx.fillText(names[r], head - 6, Y(r) + cell / 2);
      }
      ctx.restore();
      ctx.save(); ctx.beginPath(); ctx.rect(head, 0, width - head, head); ctx.clip();
      ctx.textAlign = 'left';
      for (var c = c0; c < c1; c++) {
        ctx.save(); ctx.translate(X(c) + cell / 2, head - 6); ctx.rotate(-Math.PI / 2);
        ctx.font = (c === hoverCol ? 'bold ' : '') + size + 'px sans-serif';
        ctx.fillStyle = c === hoverCol ? '#000' : '#333';
        ctx.fillText(names[c], 0, 0);
        ctx.restore();
      }
      ctx.restore();
    }
    // The mark at (row, col), by binary search in the row's marks (sorted by column); -1 when none.
    function markAt(row, col) {
      var lo = rowStart[row], hi = rowStart[row + 1];
      while (lo < hi) {
        var mid = (lo + hi) >>> 1, c = marks[4 * mid + 1];
        if (c === col) return mid;
        if (c < col) lo = mid + 1; else hi = mid;
      }
      return -1;
    }
    function pointed(event) {
      var rect = canvas.getBoundingClientRect();
      var x = event.clientX - rect.left, y = event.clientY - rect.top;
      var col = x >= head ? Math.floor((x - head + box.scrollLeft) / cell) : -1;
      var row = y >= head ? Math.floor((y - head + box.scrollTop) / cell) : -1;
      return { x: x, y: y, row: row < n ? row : -1, col: col < n ? col : -1 };
    }
    function tipText(p) {
      if (p.row >= 0 && p.col >= 0) {
        var m = markAt(p.row, p.col);
        if (m < 0) return null;
        var label = data.labels[m] || 'no entities listed in the input';
        return names[p.row] + ' imports ' + names[p.col] + ': ' + label + (marks[4 * m + 3]
          ? ' (honoured: ' + names[p.row] + ' reads its .trans_opt)'
          : ' (given up: the order builds ' + names[p.row] + ' without ' + names[p.col] + "'s .trans_opt)");
      }
      if (p.row >= 0) return names[p.row] + ' (row ' + (p.row + 1) + '): click to open';
      if (p.col >= 0) return names[p.col] + ' (column ' + (p.col + 1) + '): click to open';
      return null;
    }
    canvas.addEventListener('mousemove', function (event) {
      var p = pointed(event), text = tipText(p);
      if (p.row !== hoverRow || p.col !== hoverCol) { hoverRow = p.row; hoverCol = p.col; schedule(); }
      canvas.style.cursor = (p.row >= 0) !== (p.col >= 0) ? 'pointer' : 'default';
      if (text === null) { tip.hidden = true; return; }
      tip.textContent = text; tip.hidden = false;
      var left = box.offsetLeft + p.x + 16, top = box.offsetTop + p.y + 16;
      if (left + tip.offsetWidth > wrap.clientWidth) left = Math.max(0, box.offsetLeft + p.x - tip.offsetWidth - 8);
      tip.style.left = left + 'px'; tip.style.top = top + 'px';
    });
    canvas.addEventListener('mouseleave', function () { tip.hidden = true; hoverRow = hoverCol = -1; schedule(); });
    canvas.addEventListener('click', function (event) {
      var p = pointed(event);
      if (p.row >= 0 && p.col < 0) open(names[p.row]);
      else if (p.col >= 0 && p.row < 0) open(names[p.col]);
    });
    function zoomTo(next, ax, ay) {
      if (next === cell) return;
      var fx = (box.scrollLeft + ax - head) / cell, fy = (box.scrollTop + ay - head) / cell;
      cell = next;
      layout();
      box.scrollLeft = Math.max(0, fx * cell - (ax - head)); box.scrollTop = Math.max(0, fy * cell - (ay - head));
      draw();
    }
    function step(direction) {
      var i = DSM_CELLS.indexOf(cell) + direction;
      return DSM_CELLS[Math.max(0, Math.min(DSM_CELLS.length - 1, i))];
    }
    zoomIn.addEventListener('click', function () { zoomTo(step(1), width / 2, height / 2); });
    zoomOut.addEventListener('click', function () { zoomTo(step(-1), width / 2, height / 2); });
    actual.addEventListener('click', function () { zoomTo(DSM_DEFAULT_CELL, head, head); });
    fit.addEventListener('click', function () {
      var room = Math.min(box.clientWidth, Math.round(window.innerHeight * 0.72)) - 18, best = DSM_CELLS[0];
      DSM_CELLS.forEach(function (c) { if (headFor(c) + n * c <= room) best = c; });
      zoomTo(best, head, head);
      box.scrollLeft = 0; box.scrollTop = 0; draw();
    });
    box.addEventListener('wheel', function (event) {
      if (!event.ctrlKey) return;
      event.preventDefault();
      var p = pointed(event);
      zoomTo(step(event.deltaY < 0 ? 1 : -1), p.x, p.y);
    }, { passive: false });
    box.addEventListener('scroll', schedule);
    function onResize() {
      if (!wrap.isConnected) return window.removeEventListener('resize', onResize);
      layout(); draw();
    }
    window.addEventListener('resize', onResize);
    // Laid out once in the document (the caller may fill a detached placeholder first).
    requestAnimationFrame(function () { if (wrap.isConnected) { layout(); draw(); } });
    return wrap;
  }
  function dsmLegend(maxCount) {
    return 'Row A, column B: A imports B. Blue (right of the diagonal): the order honours it, A reads B\\u2019s .trans_opt. ' +
      'Red (left): the order gives it up. ' + (maxCount > 0 ? 'Darker: more entities cross it. ' : 'The input lists no entities. ') +
      'Hover a mark for its entities; click a name to open the module.';
  }
`;
