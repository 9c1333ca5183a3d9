// Nothing lost, nothing hangs: hostile links and files from a review of the release build, each
// reproduced as it was run, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSimulator, settled, showDates, useServerAndBrowser } from './support.mjs';

const context = useServerAndBrowser(before, after);

const peak = (page) => page.locator('.card[data-material="hf"] [data-figure="peak-lead-time"] .nowrap').innerText();

// `count` changes a day apart from 2018-01-02, alternating between two states.
const daily = (count, a, b) =>
  Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2018, 0, 2 + i)).toISOString().slice(0, 10);
    return `${i % 2 ? b : a}@${day}`;
  }).join(',');

const scenarioFile = (link) => ({
  name: 'scenario.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ format: 'chokepoint-scenario', version: 1, link })),
});

test('a link with thousands of changes opens with each measure cut to its cap and a notice naming what was dropped', async () => {
  // The review's 60 KB link: 2,190 white-list changes and as many for localization. No static host
  // serves such an address, so it arrives as a scenario file, which carries a link.
  const hostile = `v=2&wl=${daily(2190, 'b', 'a')}&loc=${daily(2190, 'on', 'off')}`;
  assert.ok(hostile.length > 50000);
  const { page, problems } = await openSimulator(context, '?v=4&preset=history&lang=en');
  await page.locator('[data-action="load-json"]').setInputFiles(scenarioFile(hostile));
  const notice = page.locator('.notice[data-notice="file"]');
  await notice.waitFor();
  // User text in notices is isolated (U+2068 ... U+2069); the words around it are read here.
  const text = (await notice.innerText()).replace(/[\u2068\u2069]/g, '');
  assert.match(text, /wl: 2,166 changes after the first 24 were dropped/);
  assert.match(text, /loc: 2,166 changes after the first 24 were dropped/);
  // The editor opens with the first rows of a long schedule (so that it stays quick to draw),
  // shows all 24 kept changes when asked, and says that no more can be added.
  await showDates(page);
  const whiteList = page.locator('fieldset[data-measure="white_list"]');
  assert.equal(await whiteList.locator('li.change').count(), 6);
  await whiteList.locator('[data-action="show-all-changes"]').click();
  assert.equal(await whiteList.locator('li.change').count(), 24);
  assert.ok(await whiteList.locator('button.add').isDisabled());
  assert.match(await whiteList.locator('[data-notice="schedule-full"]').innerText(), /at most 24/);
  // The page written back reads the same scenario, within a query any host serves.
  await page.waitForURL((url) => url.search.includes('wl='));
  const url = new URL(page.url());
  assert.ok(url.search.length <= 6 * 1024, `query of ${url.search.length} bytes`);
  const figure = await peak(page);
  await page.reload();
  await page.locator('figure[data-chart="lead-time"] svg').waitFor();
  assert.equal(await peak(page), figure);
  // The dated view, once chosen, is what the page opens with in this browser.
  assert.equal(await page.locator('[data-action="controls-mode"]').getAttribute('aria-pressed'), 'true');
  await page.locator('fieldset[data-measure="white_list"] [data-action="show-all-changes"]').click();
  assert.equal(await page.locator('fieldset[data-measure="white_list"] li.change').count(), 24);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a file whose link is too long or damaged is refused, and the scenario on screen stays', async () => {
  const { page, problems } = await openSimulator(context, '?v=4&preset=escalation&lang=en');
  const shown = await peak(page);
  await page.waitForURL((url) => url.search.includes('preset=escalation'));
  const address = page.url();
  // The review's 255 KB file: under the file limit, its link over the link limit.
  await page.locator('[data-action="load-json"]').setInputFiles(scenarioFile(`v=3&notice_days=5&x=${'a'.repeat(255 * 1024)}`));
  const notice = page.locator('.notice[data-notice="file"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /not loaded and the scenario on screen is kept/);
  await settled(page);
  assert.equal(await peak(page), shown);
  assert.equal(page.url(), address);
  // So is a file whose compressed part does not read.
  await page.locator('[data-notice="file"] button').click();
  await page.locator('[data-action="load-json"]').setInputFiles(scenarioFile('v=4&preset=history#z=AAAA'));
  await notice.waitFor();
  assert.match(await notice.innerText(), /compressed part of the file's link could not be read/);
  await settled(page);
  assert.equal(await peak(page), shown);
  assert.equal(page.url(), address);
  assert.deepEqual(problems, []);
  await page.close();
});

test('parameters at the smallest values write a short link that reopens the same figures', async () => {
  // Every digit of 5e-324 written out made a link of tens of kilobytes that the page then refused.
  const keys = ['notice_days', 'hf.review_days', 'photoresist.review_days', 'polyimide.review_days', 'hf.inventory_weeks'];
  const { page, problems } = await openSimulator(context, `?v=3&lang=en&${keys.map((k) => `${k}=5e-324`).join('&')}`, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.waitForURL((url) => url.search.startsWith('?v=4'));
  const url = new URL(page.url());
  assert.ok(url.href.length < 600, `${url.href.length} bytes: ${url.href}`);
  const figure = await peak(page);
  await page.reload();
  await page.locator('figure[data-chart="lead-time"] svg').waitFor();
  assert.equal(await peak(page), figure);
  // Copy link hands out the same short link.
  await page.locator('[data-action="copy-link"]').click();
  await page.locator('.share-status').getByText('Link copied').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(copied).search, new URL(page.url()).search);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a saved scenario with parts that no longer read says so as a saved scenario', async () => {
  const { page, problems } = await openSimulator(context, '?v=4&preset=escalation&lang=en');
  await page.evaluate(() => localStorage.setItem('chokepoint.saved.v1', JSON.stringify({
    version: 1,
    scenarios: [{ id: 'old', name: 'From an older page', link: 'v=2&preset=history&congestion_factor=2' }],
  })));
  await page.reload();
  await page.locator('figure[data-chart="lead-time"] svg').waitFor();
  await page.locator('[data-panel="saved"] > summary').click();
  await page.locator('li[data-saved="From an older page"] [data-action="load-saved"]').click();
  const notice = page.locator('.notice[data-notice="saved"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /^Parts of this saved scenario could not be used/);
  assert.match(await notice.innerText(), /congestion_factor/);
  assert.equal(await page.locator('.notice[data-notice="file"]').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
