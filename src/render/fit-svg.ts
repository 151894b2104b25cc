// Makes a Graphviz SVG scale to its window or frame: a large SCC drawn at its natural size (thousands of points) shows as blank corner otherwise.

/**
 * Replaces the root element's fixed `width`/`height` (in pt) with `width="100%"`
 * and keeps its `viewBox`, so browsers scale the whole drawing to the space they
 * give it while keeping its proportions; zooming shows the details.
 */
export function fitSvg(svg: string): string {
  const start = rootTagStart(svg);
  if (start < 0) return svg;
  const end = svg.indexOf('>', start);
  const tag = svg.slice(start, end);
  if (!tag.includes('viewBox')) return svg;
  const fitted = tag.replace(/\s(width|height)="[^"]*"/g, '').replace('<svg', '<svg width="100%"');
  return svg.slice(0, start) + fitted + svg.slice(end);
}

// The root `<svg` tag, past comments (Graphviz writes graph and node names into comments before it; they are
// XML-escaped, but a comment is skipped whatever it holds). Attribute values in the tag are quoted and hold no `>` from
// Graphviz (width, height, viewBox, namespaces), so the tag ends at the first `>`.
function rootTagStart(svg: string): number {
  const tags = /<!--[\s\S]*?-->|<svg[\s>]/g;
  for (let m = tags.exec(svg); m !== null; m = tags.exec(svg)) if (m[0].startsWith('<svg')) return m.index;
  return -1;
}
