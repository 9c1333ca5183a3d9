// The page's worker: bands, ranges and attribution are computed off the page's thread and fill in
// when they arrive; a page without a worker, or whose worker never answers, computes the same
// numbers itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, downloadFrom, launch, openPage, serve } from './support.mjs';

let browser;
let server;
let copies;

// Copies of the build: one whose page names no worker, one whose worker cannot start.
before(async () => {
  copies = await mkdtemp(join(tmpdir(), 'chokepoint-worker-'));
  const noWorker = join(copies, 'no-worker');
  const broken = join(copies, 'broken-worker');
  await cp(dist, noWorker, { recursive: true });
  await cp(dist, broken, { recursive: true });
  const index = join(noWorker, 'index.html');
  const html = await readFile(index, 'utf8');
  assert.match(html, /<meta name="chokepoint-worker"/);
  await writeFile(index, html.replace(/\s*<meta name="chokepoint-worker"[^>]*>/, ''));
  const wasm = (await readdir(broken)).find((f) => /^chokepoint-worker-.*_bg\.wasm$/.test(f));
  await rm(join(broken, wasm));
  server = await serve([
    { root: dist },
    { root: noWorker, base: '/no-worker/' },
    { root: broken, base: '/broken-worker/' },
  ]);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(copies, { recursive: true, force: true });
});

const leadTime = 'figure[data-chart="lead-time"]';

// The lead-time chart's data table, written out (its p10 and p90 columns are the bands).
async function leadTimeTable(page) {
  await page.locator(`${leadTime} details.chart-table > summary`).click();
  return page.locator(`${leadTime} details.chart-table table`).innerText();
}

test('the worker computes the bands, ranges and attribution, and again after a change', async () => {
  const { page, problems, requests } = await openPage(browser);
  await page.goto(server.url + '?v=4&preset=history');
  await page.locator(`${leadTime}[data-band="own"] svg`).waitFor({ timeout: 15000 });
  await page.locator('.headlines .range:not(.pending)').first().waitFor();
  await page.locator('figure[data-chart="attribution"] svg').waitFor();
  for (const part of ['_loader.js', '.js', '_bg.wasm']) {
    assert.ok(requests.some((r) => new RegExp(`chokepoint-worker-[0-9a-f]+${part.replace('.', '\\.')}$`).test(r)), `worker ${part} loaded`);
  }
  assert.doesNotMatch(await page.locator(`${leadTime} svg`).innerHTML(), /p10–p90 …/);

  // After a change the chart is drawn again with the new scenario's own band.
  const before = await page.locator(`${leadTime} svg`).innerHTML();
  await page.locator('nav.presets button[data-preset="escalation"]').click();
  await page.waitForFunction(
    ([selector, before]) => {
      const figure = document.querySelector(selector);
      return figure.dataset.band === 'own' && figure.querySelector('svg').innerHTML !== before;
    },
    [leadTime, before],
  );
  assert.doesNotMatch(await page.locator(`${leadTime} svg`).innerHTML(), /p10–p90 …/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('until its own band arrives, a changed scenario is drawn at once with the earlier band, faded', async () => {
  // Without a worker the page computes the band itself once the controls rest (100 ms), so the
  // change is on screen well before its band.
  const { page, problems } = await openPage(browser);
  await page.goto(server.urls[1] + '?v=4&preset=history');
  await page.locator(`${leadTime}[data-band="own"] svg`).waitFor({ timeout: 15000 });
  // Every state the chart goes through after the change, in order: its band and its legend's.
  await page.evaluate((selector) => {
    window.__states = [];
    const figure = document.querySelector(selector);
    new MutationObserver(() => {
      const state = `${figure.dataset.band} ${/p10–p90 …/.test(figure.querySelector('svg')?.innerHTML) ? 'updating' : 'settled'}`;
      if (window.__states.at(-1) !== state) window.__states.push(state);
    }).observe(figure, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-band'] });
  }, leadTime);
  await page.locator('nav.presets button[data-preset="escalation"]').click();
  await page.waitForFunction(() => window.__states.at(-1) === 'own settled');
  assert.deepEqual(await page.evaluate(() => window.__states), ['earlier updating', 'own settled']);
  // The table gives the band (its last columns) once it is the scenario's own.
  await page.locator(`${leadTime} details.chart-table > summary`).click();
  assert.match((await page.locator(`${leadTime} details.chart-table tbody tr`).first().innerText()).split('\t').at(-1), /\d/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a page without a worker computes exactly the same bands and ranges itself', async () => {
  const query = '?v=4&preset=settlement&material=photoresist';
  const figures = [];
  const tables = [];
  for (const base of [server.urls[0], server.urls[1]]) {
    const { page, problems, requests } = await openPage(browser);
    await page.goto(base + query);
    await page.locator(`${leadTime}[data-band="own"] svg`).waitFor({ timeout: 15000 });
    // Every range in, not only the first.
    await page.locator('.headlines .range:not(.pending)').first().waitFor();
    await page.locator('.headlines .range.pending').first().waitFor({ state: 'detached' });
    figures.push(await page.locator('.headlines').innerText());
    tables.push(await leadTimeTable(page));
    assert.equal(requests.some((r) => r.includes('chokepoint-worker')), base === server.urls[0]);
    assert.deepEqual(problems, []);
    await page.close();
  }
  assert.equal(figures[1], figures[0]);
  assert.equal(tables[1], tables[0]);
  assert.match(tables[0], /p10/);
});

test('the data download takes every band from the worker: the same file as a page computes itself, again at a second click', async () => {
  const query = '?v=4&preset=escalation&material=polyimide';
  const files = [];
  for (const base of [server.urls[0], server.urls[1], server.urls[0]]) {
    const { page, problems } = await openPage(browser);
    await page.goto(base + query);
    await page.locator(`${leadTime}[data-band="own"] svg`).waitFor({ timeout: 15000 });
    const button = page.locator('[data-action="download-csv"]');
    const first = await downloadFrom(page, button);
    files.push(await readFile(await first.path(), 'utf8'));
    if (files.length === 3) {
      const second = await downloadFrom(page, button);
      assert.equal(await readFile(await second.path(), 'utf8'), files[2]);
    }
    assert.deepEqual(problems, []);
    await page.close();
  }
  assert.match(files[0], /lead_time_days_p10/);
  assert.equal(files[1], files[0]);
  assert.equal(files[2], files[0]);
});

test('a worker that never answers is given up, and the page computes the bands itself', async () => {
  const { page } = await openPage(browser);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(server.urls[2] + '?v=4&preset=history');
  await page.locator(`${leadTime} svg`).waitFor({ timeout: 15000 });
  assert.equal(await page.locator(leadTime).getAttribute('data-band'), null, 'no band before any arrives');
  await page.locator(`${leadTime}[data-band="own"] svg`).waitFor({ timeout: 30000 });
  await page.locator('.headlines .range:not(.pending)').first().waitFor();
  assert.ok(warnings.some((w) => w.includes('worker did not answer')), warnings.join('\n'));
  await page.close();
});
