// Offline and updates in headless Chromium: after one visit the simulator loads and works with the
// network off, and a newer build replaces the old one's cache cleanly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, launch, renameBuild, serve } from './support.mjs';

let browser;
let server;
const site = { root: dist };
let copy;

before(async () => {
  // A copy of the build, so that the test can turn it into a "newer" one without touching dist/.
  copy = await mkdtemp(join(tmpdir(), 'chokepoint-site-'));
  await cp(dist, copy, { recursive: true });
  site.root = copy;
  server = await serve(site);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(copy, { recursive: true, force: true });
});

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('after one visit the simulator loads and works offline; a newer build replaces the old cache', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));

  await page.goto(server.url + '?v=3&preset=history&lang=en');
  await page.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  const first = await cacheNames(page);
  assert.equal(first.length, 1, first.join());

  // Offline: the page, its code and its styles come from the cache; the model runs as before.
  await context.setOffline(true);
  await page.goto(server.url + '?v=3&preset=escalation&lang=ko');
  await page.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
  // The worker's files come from the cache too: the bands and ranges arrive.
  await page.locator('figure[data-chart="lead-time"][data-band="own"] svg').waitFor({ timeout: 15000 });
  await page.locator('.headlines .range:not(.pending)').first().waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
  const before = await page.locator('.headlines').innerText();
  await page.locator('nav.presets button[data-preset="settlement"]').click();
  await page.waitForFunction((b) => document.querySelector('.headlines').innerText !== b, before);
  assert.deepEqual(problems, []);

  // A newer build: its worker takes over and only its cache is left.
  await context.setOffline(false);
  await renameBuild(copy, 'newer');
  await page.goto(server.url + '?v=3&preset=history&lang=en');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  // The new worker installs its cache, then on taking over drops the old one.
  let names = [];
  for (let i = 0; i < 75; i += 1) {
    names = await cacheNames(page);
    if (names.length === 1 && names[0].endsWith('-newer')) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.deepEqual(names, [first[0] + '-newer']);
  await page.reload();
  await page.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
  assert.deepEqual(await cacheNames(page), [first[0] + '-newer']);
  assert.deepEqual(problems, []);
  await context.close();
});
