// Offline as real hosting puts it to the test, in headless Chromium: several copies of the site on
// one origin (at different paths, of the same build or of different ones, one inside another's
// folder) each keep their own offline copy, also while some of them still run the earlier release's
// worker; an install that fails leaves no cache behind; a host that refuses a long link does not
// stop a visitor who has the page already.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, launch, renameBuild, serve } from './support.mjs';

let browser;
let scratch;

before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'chokepoint-hosting-'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await rm(scratch, { recursive: true, force: true });
});

// A copy of the build in the scratch directory, so that a test can change it without touching dist/.
async function copyOfBuild(name) {
  const copy = join(scratch, name);
  await cp(dist, copy, { recursive: true });
  return copy;
}

const chart = 'figure[data-chart="lead-time"] svg';

// Opens a page that collects console errors and uncaught exceptions.
async function open(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}

// Visits a copy with the network on and waits until its service worker controls the page (after
// taking over, so after it has dropped the caches it replaces).
async function visit(context, url) {
  const { page, problems } = await open(context);
  await page.goto(url + '?v=3&preset=history&lang=en');
  await page.locator(chart).waitFor({ timeout: 15000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), url + 'sw.js');
  assert.deepEqual(problems, []);
  await page.close();
}

// Every cache of the origin, with the addresses it holds.
const cacheContents = (page) =>
  page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      out[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    }
    return out;
  });

test('copies at several paths on one origin keep each other offline', async () => {
  // Three copies on one origin: two builds at two paths, and the first build again in a folder
  // inside the first copy's (its worker's scope lies inside the first one's).
  const first = await copyOfBuild('first');
  const second = await copyOfBuild('second');
  await renameBuild(second, 'second');
  const inner = await copyOfBuild('inner');
  const server = await serve([
    { root: first, base: '/course-a/chokepoint/' },
    { root: second, base: '/course-b/chokepoint/' },
    { root: inner, base: '/course-a/chokepoint/copy/' },
  ]);
  const [firstUrl, secondUrl, innerUrl] = server.urls;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // The inner copy first, so that the outer one takes over after it: the outer one's worker must
    // not take the inner one's cache for its own.
    await visit(context, innerUrl);
    await visit(context, secondUrl);
    await visit(context, firstUrl);

    await context.setOffline(true);
    for (const url of [firstUrl, secondUrl, innerUrl]) {
      const { page, problems } = await open(context);
      await page.goto(url + '?v=3&preset=escalation&lang=ko');
      await page.locator(chart).waitFor({ timeout: 15000 });
      assert.equal(await page.locator('html').getAttribute('lang'), 'ko', url);
      // The model runs: another preset gives other headline figures.
      const shown = await page.locator('.headlines').innerText();
      await page.locator('nav.presets button[data-preset="settlement"]').click();
      await page.waitForFunction((b) => document.querySelector('.headlines').innerText !== b, shown);
      assert.deepEqual(problems, [], url);
      await page.close();
    }

    // One complete cache per path, named after its path, holding that copy's files only; the
    // offline visits left no empty cache behind.
    const { page } = await open(context);
    await page.goto(firstUrl + '?v=3&preset=history&lang=en');
    const contents = await cacheContents(page);
    await page.close();
    const bases = server.urls.map((url) => new URL(url).pathname);
    const owner = (address) =>
      bases.filter((b) => new URL(address).pathname.startsWith(b)).sort((a, b) => b.length - a.length)[0];
    const perPath = {};
    for (const [name, addresses] of Object.entries(contents)) {
      const owners = [...new Set(addresses.map(owner))];
      assert.equal(owners.length, 1, `${name} holds files of ${owners.join(', ')}`);
      assert.ok(name.includes(owners[0]), `${name} does not name its path ${owners[0]}`);
      assert.ok(addresses.length > 5, `${name} holds ${addresses.length} files`);
      perPath[owners[0]] = [...(perPath[owners[0]] ?? []), name];
    }
    assert.deepEqual(Object.keys(perPath).sort(), [...bases].sort(), JSON.stringify(Object.keys(contents)));
    for (const base of bases) assert.equal(perPath[base].length, 1, `${base}: ${perPath[base].join(', ')}`);
  } finally {
    await context.close();
    await server.close();
  }
});

// The service worker of the release before caches were named after their path (one cache per
// build, `chokepoint-<build>`, shared by copies of one build), written into a copy of the build.
async function earlierRelease(copy) {
  const current = await readFile(join(copy, 'sw.js'), 'utf8');
  const build = current.match(/for build ([0-9a-f]{16})/)[1];
  const files = current.match(/const FILES = (\[[^\]]*\]);/)[1];
  await writeFile(
    join(copy, 'sw.js'),
    `// Generated by scripts/post-build.mjs for build ${build}.
const CACHE = 'chokepoint-${build}';
const FILES = ${files};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('chokepoint-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match('./'))));
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});
`,
  );
  return `chokepoint-${build}`;
}

// Has the worker at `url` check for a newer sw.js, and waits until `done(caches)` holds.
async function update(context, url, done) {
  const { page } = await open(context);
  await page.goto(url + '?v=3&preset=history&lang=en');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  let contents = {};
  for (let i = 0; i < 75 && !done(contents); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    contents = await cacheContents(page);
  }
  await page.close();
  return contents;
}

test('a copy on the earlier release keeps its offline copy when another path upgrades', async () => {
  // Two copies of one build on the earlier release: their files share one cache.
  const sites = [
    { root: await copyOfBuild('earlier-a'), base: '/course-a/chokepoint/' },
    { root: await copyOfBuild('earlier-b'), base: '/course-b/chokepoint/' },
  ];
  const shared = await earlierRelease(sites[0].root);
  await earlierRelease(sites[1].root);
  const server = await serve(sites);
  const [a, b] = server.urls;
  const pathA = new URL(a).pathname;
  const pathB = new URL(b).pathname;
  const under = (addresses, path) => addresses.filter((address) => new URL(address).pathname.startsWith(path));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await visit(context, a);
    await visit(context, b);

    // The first copy upgrades: its own cache, and its files gone from the shared one.
    sites[0].root = await copyOfBuild('upgraded-a');
    let contents = await update(
      context,
      a,
      (c) => Object.keys(c).some((name) => name.includes(pathA)) && under(c[shared] ?? [], pathA).length === 0,
    );
    assert.equal(Object.keys(contents).length, 2, Object.keys(contents).join());
    const own = Object.keys(contents).find((name) => name !== shared);
    assert.ok(own.includes(pathA), own);
    assert.deepEqual(under(contents[own], pathA), contents[own]);
    assert.ok(contents[shared].length > 5 && under(contents[shared], pathB).length === contents[shared].length);

    // Both open offline: the upgraded copy from its cache, the other from the shared one.
    await context.setOffline(true);
    for (const url of [a, b]) {
      const { page, problems } = await open(context);
      await page.goto(url + '?v=3&preset=escalation&lang=en');
      await page.locator(chart).waitFor({ timeout: 15000 });
      assert.deepEqual(problems, [], url);
      await page.close();
    }
    await context.setOffline(false);

    // The second copy upgrades too: the shared cache, now empty of anyone's files, is gone.
    sites[1].root = await copyOfBuild('upgraded-b');
    contents = await update(context, b, (c) => Object.keys(c).length === 2 && !(shared in c));
    const paths = Object.keys(contents).map((name) => [pathA, pathB].find((p) => name.includes(p)));
    assert.deepEqual(paths.sort(), [pathA, pathB]);
  } finally {
    await context.close();
    await server.close();
  }
});

test('an install that fails leaves no cache; the next visit installs the whole build', async () => {
  // A host that lost one file of the build: the worker cannot keep a complete copy.
  const copy = await copyOfBuild('incomplete');
  await rename(join(copy, 'model.html'), join(scratch, 'model.html'));
  const server = await serve({ root: copy });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const { page, problems } = await open(context);
    await page.goto(server.url + '?v=3&preset=history&lang=en');
    await page.locator(chart).waitFor({ timeout: 15000 });
    // The worker's install fails and it is discarded. (Registering again joins the page's own
    // registration, or starts it afresh when that has failed already, and names the worker.)
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.register('./sw.js');
      const worker = registration.installing ?? registration.waiting ?? registration.active;
      while (worker.state !== 'redundant' && worker.state !== 'activated') {
        await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
      }
      return worker.state;
    });
    assert.equal(state, 'redundant');
    assert.deepEqual(await cacheContents(page), {});
    assert.deepEqual(problems, []);

    // The file is back: the next visit keeps the whole build, and the page opens offline.
    await rename(join(scratch, 'model.html'), join(copy, 'model.html'));
    await page.reload();
    await page.locator(chart).waitFor({ timeout: 15000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    const contents = await cacheContents(page);
    assert.equal(Object.keys(contents).length, 1, Object.keys(contents).join());
    assert.ok(Object.values(contents)[0].includes(server.url + 'model.html'));
    await context.setOffline(true);
    await page.goto(server.url + '?v=3&preset=settlement&lang=en');
    await page.locator(chart).waitFor({ timeout: 15000 });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('a link longer than the host takes opens from the offline copy, not as an error page', async () => {
  // A static server with an 8 KB request line, as many have; the simulator reads links up to 64 KB.
  const server = await serve({ root: dist }, { longestUrl: 8192 });
  const long = server.url + '?v=3&preset=escalation&lang=en&pad=' + 'x'.repeat(9000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // Without an offline copy, the host's error is all there is. (In a page of its own: the
    // browser asks for /favicon.ico for the error page, which this host does not have.)
    const bare = await context.newPage();
    assert.equal((await bare.goto(long)).status(), 414);
    await bare.close();
    const { page, problems } = await open(context);
    await page.goto(server.url + '?v=3&preset=history&lang=en');
    await page.locator(chart).waitFor({ timeout: 15000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });

    // With one, the page comes from it and reads the scenario from the long address.
    const response = await page.goto(long);
    assert.equal(response.status(), 200);
    await page.locator(chart).waitFor({ timeout: 15000 });
    assert.equal(
      await page.locator('nav.presets button[data-preset="escalation"]').getAttribute('aria-pressed'),
      'true',
    );
    assert.deepEqual(problems, []);
    // Nothing the network answered was kept: the cache holds the build's files only.
    const [addresses] = Object.values(await cacheContents(page));
    assert.ok(addresses.every((address) => !address.includes('pad=')));
  } finally {
    await context.close();
    await server.close();
  }
});
