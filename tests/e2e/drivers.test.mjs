// Which assumptions drive the uncertainty: the page's worker computes the Sobol indices of the
// figure on screen, shows its progress, draws the tornado chart, badges the top drivers on the
// controls and sorts the groups by influence. The numbers are the command line's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openControls, openSimulator, root, useServerAndBrowser } from './support.mjs';

const context = useServerAndBrowser(before, after);
const drivers = 'figure[data-chart="drivers"]';

// The drivers chart's table: one row per assumption, [name, total, first-order].
async function driversTable(page) {
  await page.locator(`${drivers} details.chart-table > summary`).click();
  const rows = await page.locator(`${drivers} details.chart-table tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
  await page.locator(`${drivers} details.chart-table > summary`).click();
  return rows;
}

test('the drivers of the peak lead time arrive with progress, match the command line and follow a change', async () => {
  const { page, problems } = await openSimulator(context, '?v=4&preset=history');
  await page.locator(`${drivers} svg`).waitFor({ timeout: 30000 });
  assert.match(await page.locator(`${drivers} svg`).innerHTML(), /What drives the uncertainty in peak lead time: hydrogen fluoride/);
  const shown = await driversTable(page);
  // The command line, same scenario, material, sample size and seed.
  const cli = join(root, 'target', 'release', 'chokepoint-cli');
  const csv = execFileSync(cli, ['sensitivity', '--preset', 'history', '--material', 'hf', '--format', 'csv'], { encoding: 'utf8' });
  const peak = csv.trim().split('\n').slice(1).map((line) => line.split(','))
    .filter(([figure]) => figure === 'peak_lead_time_days');
  assert.equal(shown.length, peak.length, 'every varied assumption is listed');
  assert.ok(shown.length > 20);
  // The page writes two decimals of the same numbers (the command line six): equal to within
  // the rounding of both.
  for (const [index, [, , first, total]] of peak.entries()) {
    assert.ok(Math.abs(Number(shown[index][1]) - Number(total)) <= 0.0051, `total of row ${index + 1}: ${shown[index][1]} against ${total}`);
    assert.ok(Math.abs(Number(shown[index][2]) - Number(first)) <= 0.0051, `first-order of row ${index + 1}: ${shown[index][2]} against ${first}`);
  }

  // A change: the chart is busy, shows its progress, then the new scenario's indices.
  await page.getByRole('button', { name: 'Licensing alone', exact: true }).click();
  await page.locator(`${drivers}[aria-busy="true"] progress`).waitFor();
  await page.locator(`${drivers}[aria-busy="true"] progress[value]`).waitFor({ timeout: 15000 });
  assert.match(await page.locator(`${drivers} .progress-text`).innerText(), /^\d+% of [\d,]+ runs$/);
  await page.locator(`${drivers} svg`).waitFor({ timeout: 30000 });
  assert.notDeepEqual(await driversTable(page), shown, 'the indices are the new scenario\'s');

  // Another figure.
  await page.locator('[data-action="drivers-figure"]').selectOption('jp_share_at_end');
  await page.locator(`${drivers} svg`, { hasText: "Japan's share of imports at the end of 2023" }).waitFor();
  // In escalation Japan's share at the end is nil in every run: no driver, and no share above
  // 100% drawn from noise.
  await page.getByRole('button', { name: 'Escalation', exact: true }).click();
  await page.locator(`${drivers}[aria-busy="true"]`).waitFor();
  await page.locator(`${drivers} .chart-picture[aria-label*="hardly varies in this scenario"]`).waitFor({ timeout: 30000 });
  assert.equal(await page.locator(`${drivers} svg rect`).count(), 1, 'the background only');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the top drivers carry badges on the controls, and the groups sort by influence', async () => {
  const { page, problems } = await openSimulator(context, '?v=4&preset=history');
  await openControls(page);
  const sort = page.locator('[data-action="sort-influence"]');
  await page.locator('[data-action="sort-influence"]:not([disabled])').waitFor({ timeout: 30000 });
  const before = await page.locator('details.group').evaluateAll((g) => g.map((d) => d.dataset.group));
  // A group the reader opened stays open when the groups move.
  await page.locator('details[data-group="market"] > summary').click();
  await sort.click();
  assert.notEqual(await page.locator('details[data-group="market"]').getAttribute('open'), null);
  assert.equal(await sort.getAttribute('aria-pressed'), 'true');
  const after = await page.locator('details.group').evaluateAll((g) => g.map((d) => d.dataset.group));
  assert.notDeepEqual(after, before, 'the order changes');
  assert.deepEqual([...after].sort(), [...before].sort(), 'no group is lost');
  // The first group holds the top driver; opened, its first control carries badge 1.
  const first = page.locator('details.group').first();
  assert.match(await first.locator('summary .driver-badge').innerText(), /top driver/);
  if ((await first.getAttribute('open')) === null) await first.locator('summary').click();
  const badge = first.locator('.param').first().locator('.driver-badge');
  assert.equal(await badge.getAttribute('data-rank'), '1');
  assert.match(await badge.getAttribute('title'), /^Explains \d+% of the variance in peak lead time \(hydrogen fluoride\)/);
  // At most five badges, each rank once, from 1 up, once every group is open.
  const closed = page.locator('details.group:not([open]) summary');
  while (await closed.count()) await closed.first().click();
  const ranks = await page.locator('.param .driver-badge').evaluateAll((b) => b.map((e) => Number(e.dataset.rank)));
  assert.ok(ranks.length >= 3 && ranks.length <= 5, `${ranks}`);
  assert.deepEqual([...ranks].sort((a, b) => a - b), ranks.map((_, i) => i + 1).sort((a, b) => a - b));
  // Sorted back: the table's order again.
  await sort.click();
  assert.deepEqual(await page.locator('details.group').evaluateAll((g) => g.map((d) => d.dataset.group)), before);
  assert.deepEqual(problems, []);
  await page.close();
});
