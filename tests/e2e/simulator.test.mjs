// The simulator page in headless Chromium: presets, every measure's control, parameters, observed
// data and bad links, with no console errors anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useServerAndBrowser, openSimulator, screenshot, settled, downloadFrom, showDates, headlineFigures } from './support.mjs';

const context = useServerAndBrowser(before, after);

const open = (query, permissions = []) => openSimulator(context, query, { permissions });

// Everything the results show, as text: headline figures, sentences and every chart.
async function results(page) {
  return page.locator('.results').innerHTML();
}


test('each preset loads, shows its settings and writes its link', async () => {
  const { page, problems } = await open('?v=3');
  const seen = new Set();
  for (const button of await page.locator('nav.presets button[data-preset]').all()) {
    const id = await button.getAttribute('data-preset');
    await button.click();
    await settled(page);
    assert.equal(await button.getAttribute('aria-pressed'), 'true', id);
    const active = await page.locator('fieldset.measure.active').count();
    if (id === 'baseline') {
      assert.equal(active, 0, 'the baseline has no measure');
      await page.waitForURL((url) => !url.search.includes('preset='));
    } else {
      assert.ok(active > 0, `${id} sets measures`);
      await page.waitForURL((url) => url.search.includes(`preset=${id}`));
    }
    seen.add(await results(page));
  }
  assert.equal(seen.size, 6, 'every preset gives different results');
  assert.deepEqual(problems, []);
  await page.close();
});

test("each measure's control changes the charts and headline figures", async () => {
  const { page, problems } = await open('?v=3&preset=licensing_only');
  await showDates(page);
  const measures = await page.locator('fieldset.measure').all();
  assert.equal(measures.length, 10);
  for (const measure of measures) {
    const id = await measure.getAttribute('data-measure');
    const before = await results(page);
    const select = measure.locator('select').first();
    if (await select.count()) {
      const current = await select.evaluate((el) => el.selectedIndex);
      await select.selectOption({ index: current === 0 ? 1 : 0 });
    } else {
      await measure.locator('button.add').click();
    }
    await settled(page);
    assert.notEqual(await results(page), before, `${id} changes the results`);
    assert.ok(page.url().includes('v=4'), page.url());
    await page.locator('nav.presets button[data-preset="licensing_only"]').click();
    await settled(page);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('a market assumption changes the results and the link', async () => {
  const { page, problems } = await open('?v=3&preset=history');
  const before = await headlineFigures(page);
  await page.locator('details[data-group="licensing"] > summary').click();
  const slider = page.locator('[data-param="hf.review_days"] input[type="range"]');
  await slider.fill('150');
  // The edit is applied after the next paint; under load that can take a few frames.
  const figuresBecome = async (test) => {
    for (let i = 0; i < 50 && !test(await headlineFigures(page)); i += 1) await settled(page);
    return headlineFigures(page);
  };
  assert.notEqual(await figuresBecome((now) => now !== before), before);
  await page.waitForURL((url) => url.search.includes('hf.review_days=150'));
  assert.match(await page.locator('.reset-params').innerText(), /Reset 1 changed assumption/);
  await page.locator('.reset-params').click();
  assert.equal(await figuresBecome((now) => now === before), before);
  assert.deepEqual(problems, []);
  await page.close();
});

test('what happened shows the observed data, with sources, over the model', async () => {
  const { page, problems } = await open('?v=3&preset=history');
  const exports = page.locator('figure[data-chart="jp-exports"]');
  // The charts below the first come once the first screen is painted.
  await exports.locator('svg').waitFor();
  const spots = exports.locator('circle.hotspot');
  assert.ok((await spots.count()) >= 5, 'observed HF months');
  assert.match(await spots.first().locator('title').textContent(), /Observed .* Source: /);
  await page.locator('.headlines button[data-material="photoresist"]').click();
  await settled(page);
  assert.ok((await exports.locator('circle.hotspot').count()) >= 2, 'observed photoresist months');
  await screenshot(page, 'history-photoresist');
  await page.locator('nav.presets button[data-preset="escalation"]').click();
  // The preset is applied after the next frame.
  await page.waitForFunction(() => document.querySelector('[data-preset="escalation"]').getAttribute('aria-pressed') === 'true');
  await settled(page);
  assert.equal(await exports.locator('circle.hotspot').count(), 0, 'no observations outside history');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a link with bad parts shows a notice naming them and applies the rest', async () => {
  const { page, problems } = await open('?v=1&lic.hf=individul@2019-07&wto=panel@2020-01&colour=red');
  const notice = page.locator('[data-notice="link"]');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /lic\.hf/);
  assert.match(text, /colour/);
  assert.ok(await page.locator('fieldset[data-measure="wto_case"].active').count(), 'the good part applies');
  assert.equal(await page.locator('fieldset[data-measure="licensing_hf"].active').count(), 0);
  await notice.locator('button').click();
  assert.equal(await notice.count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the data download traces its scenario and holds every monthly series', async () => {
  const { page, problems } = await open('?v=3&preset=history&dialogue=frozen');
  const download = await downloadFrom(page, page.locator('[data-action="download-csv"]'));
  assert.equal(download.suggestedFilename(), 'chokepoint-own-scenario-monthly.csv');
  const lines = (await readFile(await download.path(), 'utf8')).split('\n').filter(Boolean);
  assert.match(lines[0], /^# Chokepoint model \d+\.\d+\.\d+/);
  assert.equal(lines[1], '# scenario: ?v=4&preset=history&dialogue=frozen');
  assert.match(lines[3], /^# columns:/);
  const header = lines[4].split(',');
  for (const column of ['month', 'material', 'lead_time_days', 'baseline_lead_time_days', 'lead_time_days_p10', 'jp_exports_t_p90']) {
    assert.ok(header.includes(column), column);
  }
  const rows = lines.slice(5).map((line) => line.split(','));
  assert.equal(rows.length, 72 * 3);
  assert.deepEqual(rows[0].slice(0, 2), ['2018-01', 'hf']);
  assert.ok(rows.every((row) => row.length === header.length && row.slice(2).every((v) => Number.isFinite(Number(v)))));
  assert.deepEqual(problems, []);
  await page.close();
});

test("copy link puts the scenario's address on the clipboard", async () => {
  const { page, problems } = await open('?v=3&preset=escalation', ['clipboard-read', 'clipboard-write']);
  // The address bar is written once the page rests; the copied link is the same.
  await page.waitForURL((url) => url.search === '?v=4&preset=escalation&lang=en');
  await page.locator('[data-action="copy-link"]').click();
  await page.locator('.share-status').getByText('Link copied.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  assert.deepEqual(problems, []);
  await page.close();
});

test('a saved scenario file loads back to the same scenario, and a bad file is refused', async () => {
  const { page, problems } = await open('?v=3&preset=settlement&hf.review_days=120');
  const headlines = await headlineFigures(page);
  const download = await downloadFrom(page, page.locator('[data-action="download-json"]'));
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(saved.format, 'chokepoint-scenario');
  assert.equal(saved.link, 'v=4&preset=settlement&hf.review_days=120');
  await page.locator('nav.presets button[data-preset="baseline"]').click();
  await page.waitForURL((url) => !url.search.includes('hf.review_days'));
  assert.notEqual(await headlineFigures(page), headlines);
  await page.locator('[data-action="load-json"]').setInputFiles(await download.path());
  await page.waitForURL((url) => url.search.includes('hf.review_days=120'));
  assert.equal(await headlineFigures(page), headlines);
  await page.locator('[data-action="load-json"]').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something-else","version":1,"link":"v=3"}'),
  });
  const notice = page.locator('[data-notice="file"]');
  await notice.waitFor();
  // The file's own word is isolated (U+2068…U+2069) within the sentence.
  assert.match((await notice.innerText()).replace(/[\u2068\u2069]/g, ''), /format is 'something-else'/);
  assert.equal(await headlineFigures(page), headlines, 'a refused file changes nothing');
  assert.deepEqual(problems, []);
  await page.close();
});

test('each chart downloads as an SVG file of what is on screen', async () => {
  const { page, problems } = await open('?v=3&preset=history');
  const figure = page.locator('figure[data-chart="jp-exports"]');
  const download = await downloadFrom(page, figure.locator('[data-action="download-svg"]'));
  assert.equal(download.suggestedFilename(), 'chokepoint-history-hf-jp-exports.svg');
  const svg = await readFile(await download.path(), 'utf8');
  assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  const onScreen = await figure.locator('svg polyline').count();
  assert.equal(svg.match(/<polyline/g).length, onScreen, 'the file holds the lines on screen');
  assert.match(svg, /exports to Korea: hydrogen fluoride/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('saved scenarios survive a reload and load, rename and delete', async () => {
  const { page, problems } = await open('?v=3&preset=escalation');
  const headlines = await headlineFigures(page);
  const panel = page.locator('[data-panel="saved"]');
  await panel.locator('summary').click();
  await page.locator('#save-name').fill('Escalation test');
  await page.locator('[data-action="save"]').click();
  await panel.locator('li[data-saved="Escalation test"]').waitFor();

  await page.goto(context.server.url + '?v=3');
  await page.locator('figure[data-chart] svg').first().waitFor();
  await panel.locator('summary').click();
  const saved = panel.locator('li[data-saved="Escalation test"]');
  await saved.locator('[data-action="load-saved"]').click();
  await page.waitForURL((url) => url.search.includes('preset=escalation'));
  assert.equal(await headlineFigures(page), headlines);

  const name = saved.locator('[data-action="rename"]');
  await name.fill('Renamed');
  await name.blur();
  await panel.locator('li[data-saved="Renamed"]').waitFor();
  await page.reload();
  await panel.locator('summary').click();
  const renamed = panel.locator('li[data-saved="Renamed"]');
  await renamed.waitFor();
  await renamed.locator('[data-action="delete-saved"]').click();
  await panel.locator('li').first().waitFor({ state: 'detached' });
  assert.equal(await panel.locator('li').count(), 0);
  await page.reload();
  await panel.locator('summary').click();
  assert.equal(await panel.locator('li').count(), 0);
  assert.match(await panel.locator('summary').innerText(), /\(0\)/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('saved scenarios that cannot be read are kept aside and reported', async () => {
  const { page, problems } = await open('?v=3');
  await page.evaluate(() => localStorage.setItem('chokepoint.saved.v1', '{broken'));
  await page.reload();
  await page.locator('figure[data-chart] svg').first().waitFor();
  await page.locator('[data-panel="saved"] > summary').click();
  const notice = page.locator('[data-notice="storage"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /could not be read.*kept aside/);
  assert.equal(await page.evaluate(() => localStorage.getItem('chokepoint.saved.v1.unreadable')), '{broken');
  assert.deepEqual(problems, []);
  await page.close();
});

test('each chart downloads as a PNG image', async () => {
  const { page, problems } = await open('?v=3&preset=history');
  const figure = page.locator('figure[data-chart="lead-time"]');
  const download = await downloadFrom(page, figure.locator('[data-action="download-png"]'));
  assert.equal(download.suggestedFilename(), 'chokepoint-history-hf-lead-time.png');
  const png = await readFile(await download.path());
  assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG signature');
  const width = png.readUInt32BE(16);
  const shown = await figure.locator('svg').evaluate((svg) => Number(svg.getAttribute('width')));
  assert.equal(width, shown * 2, 'drawn at twice the size on screen');
  assert.ok(png.length > 10000, `${png.length} bytes`);
  assert.deepEqual(problems, []);
  await page.close();
});
