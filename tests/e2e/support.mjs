// Shared helpers for the end-to-end tests: a static server for the release build under a sub-path,
// and a headless Chromium from Debian's packages.
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, stat, mkdir, writeFile } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = join(root, 'dist');
export const artifacts = join(root, 'tests', 'e2e', 'artifacts');
// Educators host the site wherever they like; serving it under a sub-path checks that it works there.
export const base = '/course/chokepoint/';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

const compressible = new Set(['.html', '.js', '.wasm', '.css', '.svg', '.json']);
const brotli = new Map();

// A file's brotli encoding, made once per content.
async function compressed(file, body) {
  const key = `${file}:${body.length}`;
  if (!brotli.has(key)) {
    brotli.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
  }
  return brotli.get(key);
}

// Serves built sites on one origin. `site` is one site, { root, base } (root dist/, base `base`
// unless told otherwise), or a list of them at different base paths (one may lie inside another's:
// the longest base that matches serves the request). A site's `root` can be changed while the
// server runs, to serve a newer build. `longestUrl`, when given, answers longer request targets
// with 414 URI Too Long, as static servers with a fixed request-line buffer do.
export async function serve(site = { root: dist }, { longestUrl = Infinity } = {}) {
  const sites = () =>
    [site]
      .flat()
      .map((s) => ({ site: s, base: s.base ?? base }))
      .sort((a, b) => b.base.length - a.base.length);
  const server = createServer(async (request, response) => {
    if (request.url.length > longestUrl) {
      response.writeHead(414, { 'content-type': 'text/plain' }).end('URI too long');
      return;
    }
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const served = sites().find((s) => path.startsWith(s.base));
    if (!served) {
      response.writeHead(404).end('not found');
      return;
    }
    const root = served.site.root;
    let file = normalize(join(root, path.slice(served.base.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream' };
      let body = await readFile(file);
      // Compressed as any static host compresses it (brotli where the browser takes it).
      if ((request.headers['accept-encoding'] ?? '').includes('br') && compressible.has(extname(file))) {
        body = await compressed(file, body);
        headers['content-encoding'] = 'br';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  // `url` is the first site's address; `urls` every site's, in the order given.
  const urls = [site].flat().map((s) => origin + (s.base ?? base));
  return { origin, url: urls[0], urls, close: () => new Promise((resolve) => server.close(resolve)) };
}

// Makes a copy of the build (a directory) a different build as far as its service worker can tell:
// the worker's build name, as the header of sw.js states it, gets `-<tag>` appended. Returns the
// old and the new build name.
export async function renameBuild(copy, tag) {
  const worker = join(copy, 'sw.js');
  const text = await readFile(worker, 'utf8');
  const build = text.match(/for build ([0-9a-f]{16})/)?.[1];
  if (!build) throw new Error('sw.js names no build');
  await writeFile(worker, text.replaceAll(build, `${build}-${tag}`));
  return [build, `${build}-${tag}`];
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

// Opens a page that records console errors, uncaught exceptions and every request's URL.
export async function openPage(browser, viewport = { width: 1280, height: 900 }, permissions = [], locale = 'en-US') {
  const page = await browser.newPage({ viewport, permissions, locale, acceptDownloads: true });
  const problems = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  // Anything the page's Content-Security-Policy blocks is a problem too.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP blocked ${event.blockedURI || 'inline'} (${event.violatedDirective})`);
    });
  });
  return { page, problems, requests };
}

// Opens the simulator at a query (under the test server's base) and waits for its first chart.
export async function openSimulator(context, query, { permissions = [], locale } = {}) {
  const opened = await openPage(context.browser, undefined, permissions, locale);
  await opened.page.goto(context.server.url + query);
  await opened.page.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
  return opened;
}

// The headline figures as text, without what arrives or changes around them: their ranges (computed
// a moment later), the change since the last edit and the phone's caption.
export async function headlineFigures(page) {
  return page.evaluate(() => {
    const copy = document.querySelector('.headlines').cloneNode(true);
    copy.querySelectorAll('.range, .card-change, .cards-caption').forEach((e) => e.remove());
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });
}

// Shows the measures' dated editors (the page opens with each measure as an on/off switch).
export async function showDates(page) {
  const mode = page.locator('[data-action="controls-mode"]');
  if ((await mode.getAttribute('aria-pressed')) !== 'true') await mode.click();
  await page.locator('fieldset.measure:not([data-mode="simple"])').first().waitFor();
}

// Opens the controls when they are a sheet (on a narrow screen); does nothing beside the charts.
export async function openControls(page) {
  // On a phone the controls come just after the first screen.
  await page.locator('#controls').waitFor({ state: 'attached' });
  const opener = page.locator('[data-action="open-controls"]');
  if (await opener.isVisible()) {
    await opener.click();
    await page.locator('#controls.open').waitFor();
  }
}

// Two animation frames: Yew renders the new state, the browser paints it.
export async function settled(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

// Clicks a download button and returns the download it starts.
export async function downloadFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(artifacts, { recursive: true });
  const path = join(artifacts, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

// Starts the server and the browser before a test file's tests and stops them after.
export function useServerAndBrowser(before, after) {
  const context = {};
  before(async () => {
    context.server = await serve();
    context.browser = await launch();
  });
  after(async () => {
    await context.browser?.close();
    await context.server?.close();
  });
  return context;
}

// Serves one HTML page at every path from its own origin: a course page that embeds the simulator.
export async function serveHtml(html) {
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}
