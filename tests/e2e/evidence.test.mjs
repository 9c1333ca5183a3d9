// How good is the model: every observed figure against the model with its likely range and a
// working source link, the two accounts of the licence waits with their fit and a switch, the
// predictions for the years without data, downloads that are the command line's report, and
// bands calibrated to the data by default, with the assumptions-only bands a choice away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { downloadFrom, openSimulator, root, useServerAndBrowser } from './support.mjs';

const context = useServerAndBrowser(before, after);
const cli = (...args) => execFileSync(join(root, 'target', 'release', 'chokepoint-cli'), args, { encoding: 'utf8' });
const checks = '#model-checks';

test('the checks panel lists every target with its source, and its CSV is the command line\'s report', async () => {
  const { page, problems } = await openSimulator(context, '?v=4&preset=history');
  await page.locator(`${checks} table.checks[data-sample="in"]`).waitFor({ timeout: 30000 });
  const report = cli('checks', '--preset', 'history');
  const rows = report.split('\n').filter((line) => line && !line.startsWith('#')).slice(1);
  const inSample = rows.filter((r) => r.startsWith('in_sample'));
  const outOfSample = rows.filter((r) => r.startsWith('out_of_sample'));
  assert.ok(inSample.length >= 40, `${inSample.length} targets`);
  assert.equal(await page.locator(`${checks} table[data-sample="in"] tbody tr`).count(), inSample.length);
  assert.equal(await page.locator(`${checks} table[data-sample="out"] tbody tr`).count(), outOfSample.length);
  // The summary is the report's.
  const [, inside, count, assumed] = report.match(/inside their predictive p10-p90: (\d+) of (\d+) with the calibrated bands, (\d+)/);
  assert.match(await page.locator(`${checks} .checks-summary`).innerText(), new RegExp(`: ${inside} of ${count} observed figures .*\\(${assumed} with the assumptions alone\\)`));
  assert.equal(await page.locator(`${checks} table[data-sample="in"] tr[data-inside="false"]`).count(), Number(count) - Number(inside));

  // Every source is a link: to its page, marked as another site and opening in a new tab, or to
  // the observed data on this page.
  const links = await page.locator(`${checks} table[data-sample="in"] tbody td:last-child a`).evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute('href'), target: a.target, rel: a.rel, text: a.innerText, hidden: a.querySelector('.visually-hidden')?.textContent })));
  assert.equal(links.length, inSample.length);
  const external = links.filter((l) => /^https?:\/\//.test(l.href));
  const own = links.filter((l) => l.href === '#observed-data');
  assert.equal(external.length + own.length, links.length, JSON.stringify(links.filter((l) => !external.includes(l) && !own.includes(l))));
  assert.ok(external.length > links.length / 2, `${external.length} external of ${links.length}`);
  for (const link of external) {
    assert.equal(link.target, '_blank');
    assert.match(link.rel, /noopener/);
    assert.match(link.hidden, /another website/);
  }
  for (const link of own) assert.match(link.hidden, /observed data below/);
  // The CSV's addresses are the links'.
  assert.equal(external.length, inSample.filter((r) => /,"?https?:\/\//.test(r)).length);
  for (const link of external) assert.ok(report.includes(link.href), link.href);
  // The page's own data is there to go to: the link takes the reader and the focus there,
  // without an entry in the page's history (which is the scenario's).
  const entries = await page.evaluate(() => history.length);
  await page.locator(`${checks} a[href="#observed-data"]`).first().click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'observed-data');
  assert.ok(await page.locator('#observed-data').isVisible());
  assert.equal(await page.evaluate(() => history.length), entries);
  assert.equal(await page.evaluate(() => location.hash), '');

  // The downloads: the report is the command line's, byte for byte; the observed data has every
  // target with its source.
  const reportFile = await downloadFrom(page, page.locator('[data-action="download-checks"]'));
  assert.equal(reportFile.suggestedFilename(), 'chokepoint-checks.csv');
  assert.equal(await readFile(await reportFile.path(), 'utf8'), report);
  const observedFile = await downloadFrom(page, page.locator('[data-action="download-observed"]'));
  assert.equal(observedFile.suggestedFilename(), 'chokepoint-observed.csv');
  const observed = (await readFile(await observedFile.path(), 'utf8')).split('\n').filter((l) => l && !l.startsWith('#'));
  assert.equal(observed[0], 'material,what,unit,observed,sigma,sample,fitted,source,url');
  assert.equal(observed.length - 1, inSample.length);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the two accounts of the licence waits: each with its fit, and a switch between them', async () => {
  const { page, problems } = await openSimulator(context, '?v=4&preset=history');
  const fitted = page.locator(`${checks} tr[data-hypothesis="fitted"]`);
  const technical = page.locator(`${checks} tr[data-hypothesis="technical_only"]`);
  await technical.waitFor({ timeout: 30000 });
  const report = cli('checks', '--preset', 'history');
  const fit = (id) => report.match(new RegExp(`Hypothesis ${id}: objective ([\\d.]+) over \\d+ fitted targets, ([\\d.]+)`)).slice(1).map((v) => Number(v).toFixed(1));
  assert.deepEqual((await fitted.locator('td').allInnerTexts()).slice(0, 2), fit('fitted'));
  assert.deepEqual((await technical.locator('td').allInnerTexts()).slice(0, 2), fit('technical_only'));
  assert.equal(await fitted.getAttribute('data-in-use'), 'true');

  assert.equal(await fitted.locator('[data-action="use-hypothesis"]').isChecked(), true);
  const choose = technical.locator('[data-action="use-hypothesis"]');
  await choose.check();
  // While the checks are computed again, the panel keeps the previous ones, marked, and the
  // focus stays on the switch.
  await page.locator(`${checks}[aria-busy="true"] [role="status"]`).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), 'use-hypothesis');
  await page.locator(`${checks} tr[data-hypothesis="technical_only"][data-in-use="true"]`).waitFor({ timeout: 30000 });
  await page.locator(`${checks}[aria-busy="false"]`).waitFor({ timeout: 30000 });
  assert.equal(await choose.isChecked(), true);
  // The new checks are the account's: its fit is the one the report gives for it.
  assert.deepEqual((await technical.locator('td').allInnerTexts()).slice(0, 2), fit('technical_only'));
  assert.match(await page.locator(`${checks} .checks-summary`).innerText(), /^In sample/);
  await page.waitForFunction(() => /political_lever_days=0(&|$)/.test(location.search));
  // The link carries the account: opened elsewhere, it is in use there too.
  const url = page.url();
  const { page: again } = await openSimulator(context, url.slice(url.indexOf('?')));
  await again.locator(`${checks} tr[data-hypothesis="technical_only"][data-in-use="true"]`).waitFor({ timeout: 30000 });
  await again.close();
  // Undo puts the fitted account back.
  await page.locator('[data-action="undo"]:not([disabled])').click();
  await page.locator(`${checks} tr[data-hypothesis="fitted"][data-in-use="true"]`).waitFor({ timeout: 30000 });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the bands are calibrated to the data by default and say so; the assumptions-only bands are a choice away', async () => {
  const { page, problems } = await openSimulator(context, '?v=4&preset=history');
  const leadTime = 'figure[data-chart="lead-time"]';
  await page.locator(`${leadTime}[data-band="own"][data-bands="calibrated"]`).waitFor({ timeout: 30000 });
  assert.match(await page.locator(`${leadTime} figcaption`).innerText(), /800 runs .* weighted by how well it reproduces the 2018–2019 data/);
  assert.equal(await page.locator('.bands-choice input[value="calibrated"]').isChecked(), true);
  await page.locator('.bands-choice .bands-note', { hasText: /worth \d+ equal runs/ }).waitFor({ timeout: 30000 });
  const table = async () => {
    await page.locator(`${leadTime} details.chart-table > summary`).click();
    const text = await page.locator(`${leadTime} details.chart-table table`).innerText();
    await page.locator(`${leadTime} details.chart-table > summary`).click();
    return text;
  };
  const calibrated = await table();
  const rangeTitle = await page.locator('.headlines .range').first().getAttribute('title');
  assert.match(rangeTitle, /800 runs .* weighted by how well it reproduces the 2018–2019 data/);

  await page.locator('.bands-choice input[value="assumptions"]').check();
  await page.locator(`${leadTime}[data-band="own"][data-bands="assumptions"]`).waitFor({ timeout: 30000 });
  assert.match(await page.locator(`${leadTime} figcaption`).innerText(), /200 runs over the uncertain assumptions, all counted equally/);
  await page.waitForFunction(() => /(^|&|\?)bands=assumptions(&|$)/.test(location.search));
  await page.locator('.headlines .range[title*="all counted equally"]').first().waitFor({ timeout: 30000 });
  assert.notEqual(await table(), calibrated);
  // Back to calibrated: the link no longer names the bands (the default).
  await page.locator('.bands-choice input[value="calibrated"]').check();
  await page.locator(`${leadTime}[data-band="own"][data-bands="calibrated"]`).waitFor({ timeout: 30000 });
  await page.waitForFunction(() => !/bands=/.test(location.search));
  assert.equal(await table(), calibrated);
  assert.deepEqual(problems, []);
  await page.close();
});
