// Hostile module and entity names through the real writers, real Graphviz (native and WebAssembly) and a real browser: valid output, the exact text, nothing injected.
import test from 'ava';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execa } from 'execa';
import type { Browser, Page } from 'playwright-core';
import { renderOutputs, sccLinks } from '../../src/pipeline/render-outputs.js';
import { findExecutable } from '../../src/render/find-executable.js';
import type { RendererChoice } from '../../src/render/render-types.js';
import { displayText } from '../../src/write/dot-text.js';
import { entityLabel } from '../../src/write/entity-label.js';
import { wellFormed } from '../../src/write/well-formed.js';
import { writeOutputs } from '../../src/write/write-if-changed.js';
import { chromiumMissing, launchChromium } from '../helpers/chromium.js';
import { aloneOf, fileOf, hostileBuild, hostileModules, LINE, partnerOf } from '../helpers/hostile-graph.js';
import { HOSTILE_STRINGS } from '../helpers/hostile-strings.js';
import { temporaryDirectory } from '../helpers/project.js';

const DOT = findExecutable('dot');
const dotMissing = DOT === undefined ? 'Graphviz dot not on PATH' : undefined;
const needs = (...reasons: (string | undefined)[]) => {
  const missing = reasons.filter((r) => r !== undefined);
  return missing.length === 0 ? { run: test.serial, note: '' } : { run: test.skip, note: ` (skipped: ${missing.join('; ')})` };
};

const none = { types: [], insts: [], modes: [], preds: [], funcs: [], typeclasses: [] };
const wf = wellFormed;
/** The text Graphviz shows for a label or tooltip: the display text, where a space after a space becomes U+00A0 (Graphviz keeps runs of spaces so). */
const shown = (text: string): string => displayText(text).replace(/(?<= ) /g, '\u00a0');
/** What Graphviz puts in a node's `<title>`: its id, where a backslash stays doubled and a leading `%` has one before it. */
const titleOf = (name: string): string => shown(name).replace(/\\/g, '\\\\').replace(/^%/, '\\%');

// Everything the pipeline writes for the hostile build, rendered by one renderer, in a fresh directory (written files prove the names fit).
async function writeBuild(t: import('ava').ExecutionContext, renderer: RendererChoice) {
  const outDir = hostileDirectory(t);
  const build = hostileBuild(outDir);
  const writes = await writeOutputs(build.outputs);
  const dotFiles = build.outputs.filter((f) => f.path.endsWith('.dot'));
  const render = await renderOutputs(build.analysis, outDir, writes, dotFiles, sccLinks(build.analysis), { renderer, stage: (files) => writeOutputs(files) });
  return { outDir, build, render };
}

/** A fresh directory, removed when the test ends. */
function hostileDirectory(t: import('ava').ExecutionContext): string {
  const dir = temporaryDirectory('importgraph-hostile-');
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface SvgFacts {
  error: string | null;
  elements: string[];
  onAttributes: string[];
  texts: string[];
  titles: string[];
  links: { href: string | null; title: string | null }[];
}

// Parses each SVG with the browser's XML parser (DOMParser, image/svg+xml): a parsererror means it is not well-formed.
function svgFacts(page: Page, svgs: string[]): Promise<SvgFacts[]> {
  return page.evaluate((list) => {
    const XLINK = 'http://www.w3.org/1999/xlink';
    return list.map((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      if (error !== undefined) return { error: error.textContent ?? 'parsererror', elements: [], onAttributes: [], texts: [], titles: [], links: [] };
      const all = [...doc.getElementsByTagName('*')];
      return {
        error: null,
        elements: [...new Set(all.map((e) => `${e.namespaceURI} ${e.localName}`))],
        onAttributes: all.flatMap((e) => [...e.attributes].map((a) => a.name).filter((n) => /^on/i.test(n))),
        texts: [...doc.getElementsByTagName('text')].map((e) => e.textContent ?? ''),
        titles: [...doc.getElementsByTagName('title')].map((e) => e.textContent ?? ''),
        links: [...doc.getElementsByTagName('a')].map((a) => ({ href: a.getAttributeNS(XLINK, 'href'), title: a.getAttributeNS(XLINK, 'title') })),
      };
    });
  }, svgs);
}

const SVG_ELEMENTS = new Set(['svg', 'g', 'title', 'polygon', 'polyline', 'ellipse', 'path', 'text', 'a'].map((n) => `http://www.w3.org/2000/svg ${n}`));

// The file:// link of an import points at the importer's file (any name, resolved as pathToFileURL resolves it) at the entry's line.
function linksTo(href: string | null, file: string): boolean {
  if (href === null) return false;
  const url = new URL(href);
  const hash = url.hash;
  url.hash = '';
  return url.protocol === 'file:' && hash === `#line=${LINE}` && fileURLToPath(url) === resolve(wf(file));
}

function checkSccSvg(t: import('ava').ExecutionContext, facts: SvgFacts, h: string): void {
  const partner = partnerOf(h);
  t.deepEqual(facts.onAttributes, [], `${JSON.stringify(h)}: no on* attribute`);
  t.deepEqual(facts.elements.filter((e) => !SVG_ELEMENTS.has(e)), [], `${JSON.stringify(h)}: only Graphviz's own elements`);
  t.true(facts.texts.includes(shown(h)) && facts.texts.includes(shown(partner)), `${JSON.stringify(h)}: node labels show the names`);
  t.true(facts.titles.includes(titleOf(h)) && facts.titles.includes(titleOf(partner)), `${JSON.stringify(h)}: node titles`);
  const label = entityLabel({ ...none, preds: [{ name: h, arity: 2 }] });
  const long = label.length > 60;
  const edgeLabel = long ? `1 entities, see ${basename(fileOf(h))}:${LINE}` : label;
  t.true(facts.texts.includes(shown(edgeLabel)), `${JSON.stringify(h)}: edge label ${JSON.stringify(edgeLabel)} in ${JSON.stringify(facts.texts)}`);
  const listed = facts.links.find((l) => l.title === shown(label));
  t.truthy(listed, `${JSON.stringify(h)}: the entity list is the tooltip; have ${JSON.stringify(facts.links)}`);
  if (long) t.true(linksTo(listed?.href ?? null, fileOf(h)), `${JSON.stringify(h)}: long label links to the importer`);
  const unlisted = facts.links.find((l) => l.title === shown(`${partner} imports ${h} (no entities listed; ${basename(fileOf(partner))}:${LINE})`));
  t.truthy(unlisted, `${JSON.stringify(h)}: the import without entities says so in its tooltip`);
  t.true(linksTo(unlisted?.href ?? null, fileOf(partner)), `${JSON.stringify(h)}: ${unlisted?.href} links to ${fileOf(partner)}`);
}

function checkOverviewSvg(t: import('ava').ExecutionContext, facts: SvgFacts): void {
  t.deepEqual(facts.onAttributes, []);
  t.deepEqual(facts.elements.filter((e) => !SVG_ELEMENTS.has(e)), []);
  const pages = new Map<string, string | null>();
  for (const link of facts.links) {
    const m = /^index\.html#(scc|module)\/(.*)$/.exec(link.href ?? '');
    t.truthy(m, `overview links stay in the viewer: ${link.href}`);
    if (m) pages.set(`${m[1]}/${decodeURIComponent(m[2])}`, link.title);
  }
  HOSTILE_STRINGS.forEach((h, i) => {
    t.true(facts.texts.includes(shown(h)), `overview shows ${JSON.stringify(h)}`);
    t.is(pages.get(`scc/${wf(h)}`), shown(`SCC ${h}: 2 modules`), `overview links ${JSON.stringify(h)} to its SCC page`);
    if (i % 3 === 0 && i + 1 < HOSTILE_STRINGS.length) {
      t.true(facts.texts.includes(shown(aloneOf(h))));
      t.is(pages.get(`module/${wf(aloneOf(h))}`), shown(`${aloneOf(h)}: a single module between SCCs`));
    }
  });
}

test('the hostile list has at least 50 distinct names', (t) => {
  t.true(HOSTILE_STRINGS.length >= 50);
  t.is(new Set(HOSTILE_STRINGS).size, HOSTILE_STRINGS.length);
  t.is(new Set(hostileModules().map((m) => m.module)).size, hostileModules().length);
});

{
  const { run, note } = needs(dotMissing);
  run('native dot parses every DOT file of the hostile build without a message' + note, async (t) => {
    const build = hostileBuild('/out');
    const dots = build.outputs.filter((f) => f.path.endsWith('.dot'));
    t.is(dots.length, HOSTILE_STRINGS.length + 1);
    for (const file of dots) {
      const result = await execa(DOT!, ['-Tsvg'], { input: String(file.content), reject: false });
      t.is(result.exitCode, 0, file.path);
      t.is(result.stderr, '', `${file.path}: ${result.stderr}`);
    }
  });
}

for (const renderer of ['dot', 'wasm'] as const) {
  const { run, note } = needs(renderer === 'dot' ? dotMissing : undefined, chromiumMissing);
  run(`${renderer}: every SVG is well-formed XML with only Graphviz's elements, no on* attribute, and shows each name exactly` + note, async (t) => {
    const { outDir, build, render } = await writeBuild(t, renderer);
    t.deepEqual(render.problems, []);
    const svgs = [...build.stems.map((s) => `${s}.svg`), 'overview.svg'].map((f) => readFileSync(join(outDir, f), 'utf8'));
    const browser: Browser = await launchChromium();
    try {
      const facts = await svgFacts(await browser.newPage(), svgs);
      facts.forEach((f, i) => t.is(f.error, null, `${i < build.stems.length ? build.stems[i] : 'overview'}.svg is well-formed`));
      HOSTILE_STRINGS.forEach((h, i) => checkSccSvg(t, facts[i], h));
      checkOverviewSvg(t, facts[facts.length - 1]);
    } finally {
      await browser.close();
    }
  });
}

test('every file name fits (≤ 200 bytes with the temporary suffix), long names get a hash, and the index names each module with its file', async (t) => {
  const outDir = hostileDirectory(t);
  const build = hostileBuild(outDir);
  await writeOutputs(build.outputs);
  for (const file of build.outputs) t.true(Buffer.byteLength(`${basename(file.path)}.${process.pid}.99999.tmp`) <= 200, file.path);
  t.is(new Set(build.stems.map((s) => s.toLowerCase())).size, build.stems.length, 'one file per SCC, even where case is ignored');
  t.regex(build.stems[HOSTILE_STRINGS.indexOf('x'.repeat(300))], /^imports_x+-[0-9a-f]{8}$/);
  const index = readFileSync(join(outDir, 'importgraph.index'), 'utf8');
  const lines = index.split('\n').slice(0, -1);
  t.is(lines.length, build.analysis.moduleGraph.names.length, 'one line per module');
  const fileOfModule = new Map(
    lines.map((line) => {
      const fields = line.split('\t');
      t.is(fields.length, 2, JSON.stringify(line));
      return [fields[0].replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c), fields[1]];
    }),
  );
  HOSTILE_STRINGS.forEach((h, i) => {
    t.is(fileOfModule.get(wf(h)), `${build.stems[i]}.dot`, JSON.stringify(h));
    t.true(existsSync(join(outDir, `${build.stems[i]}.dot`)));
  });
});

const ALLOWED_HTML = new Set(
  'html head meta title style body header nav h1 h2 h3 a form input ul li main div section p span strong small object script canvas button details summary table thead tbody tr th td'.split(' '),
);

// What the page's DOM holds that input could have injected: element names outside the viewer's own, on* attributes, extra scripts.
function injected(page: Page) {
  return page.evaluate((allowed) => {
    const all = [...document.getElementsByTagName('*')];
    return {
      foreign: [...new Set(all.map((e) => e.localName))].filter((n) => !allowed.includes(n)),
      onAttributes: all.flatMap((e) => [...e.attributes].map((a) => a.name).filter((n) => /^on/i.test(n))),
      scripts: document.getElementsByTagName('script').length,
    };
  }, [...ALLOWED_HTML]);
}

{
  const { run, note } = needs(chromiumMissing);
  run('index.html from file:// opens every hostile SCC by its hash, finds names by search, shows them as text, and runs nothing from input' + note, async (t) => {
    const { outDir, build } = await writeBuild(t, 'wasm');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      const errors: string[] = [];
      page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
      page.on('pageerror', (e) => errors.push(e.message));
      const indexUrl = pathToFileURL(join(outDir, 'index.html')).href;
      await page.goto(indexUrl);
      for (const [i, h] of HOSTILE_STRINGS.entries()) {
        await page.evaluate((name) => (location.hash = '#scc/' + encodeURIComponent(name)), wf(h));
        await page.waitForFunction((title) => document.getElementById('scc-title')?.textContent === title, `SCC ${wf(h)} (2 modules)`);
        const data = await page.locator('main#app .picture object').getAttribute('data');
        t.true(data !== null && existsSync(fileURLToPath(new URL(data, indexUrl))), `${JSON.stringify(h)}: the picture ${data} is its SCC's file`);
        t.is(fileURLToPath(new URL(data!, indexUrl)), join(outDir, `${build.stems[i]}.svg`));
        t.deepEqual(await page.locator('main#app .members a').allTextContents(), [wf(h), wf(partnerOf(h))]);
      }
      // The search box: names an <input> can hold (no line breaks or other controls) and that are not blank.
      const searchable = HOSTILE_STRINGS.filter((h) => !/[\u0000-\u001f]/.test(h) && h.trim() !== '');
      t.true(searchable.length >= 40);
      for (const h of searchable) {
        await page.evaluate(() => (location.hash = '#overview'));
        await page.locator('#search').fill(wf(h));
        const hit = await page.evaluateHandle(
          (name) => [...document.querySelectorAll('#results a')].find((a) => a.firstChild?.textContent === name) ?? null,
          wf(h),
        );
        t.truthy(await hit.evaluate((a) => a !== null), `search finds ${JSON.stringify(h)}`);
        await hit.asElement()!.click();
        await page.waitForFunction((title) => document.getElementById('module-title')?.textContent === title, `${wf(h)} is in SCC ${wf(h)} (2):`);
      }
      // Module and SCC pages filled from their data files (tables, the DSM) hold nothing from input but text.
      for (const h of [HOSTILE_STRINGS[0], HOSTILE_STRINGS[HOSTILE_STRINGS.length - 1]]) {
        await page.evaluate((name) => (location.hash = '#module/' + encodeURIComponent(name)), wf(partnerOf(h)));
        await page.locator('table.edges.importers').waitFor();
        t.deepEqual(await page.locator('table.edges.importers td:first-child').allTextContents(), [wf(h)]);
        t.deepEqual(await injected(page), { foreign: [], onAttributes: [], scripts: 2 });
        await page.evaluate((name) => (location.hash = '#scc/' + encodeURIComponent(name)), wf(h));
        await page.locator('.dsm canvas[data-first-draw-ms]').waitFor();
        t.deepEqual(await injected(page), { foreign: [], onAttributes: [], scripts: 2 });
      }
      // A hand-typed hash that is not valid percent-encoding is a name like any other, not a script error.
      await page.evaluate(() => (location.hash = '#scc/%E0%A4%A'));
      await page.waitForFunction(() => document.querySelector('main#app p')?.textContent === 'No SCC named %E0%A4%A.');
      t.deepEqual(await injected(page), { foreign: [], onAttributes: [], scripts: 2 });
      t.deepEqual(dialogs, [], 'no alert from input ran');
      t.deepEqual(errors, [], 'no script error');
    } finally {
      await browser.close();
    }
  });

  run('without JavaScript, index.html lists every hostile SCC and module as text under its own id, nothing injected' + note, async (t) => {
    const { outDir } = await writeBuild(t, 'wasm');
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(outDir, 'index.html')).href);
      // The HTML parser turns NUL into U+FFFD; every other character comes through as it was written.
      const html = (s: string): string => wf(s).replace(/\u0000/g, '\ufffd');
      for (const h of HOSTILE_STRINGS) {
        const heading = await page.evaluate((id) => document.getElementById(id)?.querySelector('h3')?.textContent ?? null, `scc/${html(h)}`);
        t.is(heading, `SCC ${html(h)} (2 modules)`, JSON.stringify(h));
        const line = await page.evaluate((id) => document.getElementById(id)?.textContent ?? null, `module/${html(partnerOf(h))}`);
        t.is(line, `${html(partnerOf(h))}: in SCC ${html(h)}`);
        const href = await page.evaluate((id) => document.getElementById(id)?.querySelector('a')?.getAttribute('href') ?? null, `module/${html(partnerOf(h))}`);
        t.is(decodeURIComponent(href!.replace(/^#scc\//, '')), wf(h), 'the link names the SCC, percent-encoded');
      }
      t.deepEqual(await injected(page), { foreign: [], onAttributes: [], scripts: 2 });
    } finally {
      await browser.close();
    }
  });
}
