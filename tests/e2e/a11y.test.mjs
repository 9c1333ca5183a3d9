// Accessibility in headless Chromium: axe-core finds no violation on any view in any language,
// and the page works from the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { useServerAndBrowser, openPage, openControls, headlineFigures } from './support.mjs';

const context = useServerAndBrowser(before, after);
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Every view a reader can reach, as (name, query, what to do once the page is drawn).
const views = [
  ['main', '?v=3&preset=history', async () => {}],
  ['about', '?v=3&preset=history', async (page) => {
    await page.locator('details.about > summary').click();
    await page.locator('article.model-doc h2').first().waitFor();
  }],
  // What drives the uncertainty (with badges on the controls, sorted by influence) and how good
  // the model is.
  ['evidence', '?v=4&preset=history', async (page) => {
    await page.locator('figure[data-chart="drivers"] svg').waitFor({ timeout: 30000 });
    await page.locator('#model-checks table.checks').first().waitFor({ timeout: 30000 });
    await openControls(page);
    await page.locator('[data-action="sort-influence"]:not([disabled])').click();
    await page.locator('details.group').first().locator('summary').click();
    await page.locator('.param .driver-badge').first().waitFor();
  }],
  ['embed', '?v=3&preset=history&embed=1&controls=locked', async () => {}],
  ['compare', '?v=3&preset=history&compare=baseline', async () => {}],
  ['lesson', '?v=3&lesson=story&step=2', async (page) => {
    await page.locator('section.lesson [data-field="guess"]').fill('60');
    await page.locator('section.lesson [data-action="reveal"]').click();
    await page.locator('details.lesson-writer > summary').click();
  }],
  // The classroom: a question whose figure and chart are hidden, the writer editing the story
  // with its preview, and a QR code.
  ['question', '?v=4&lesson=story&step=7', async (page) => {
    await page.locator('figure[data-chart="supply"][data-hidden="chart"]').waitFor();
  }],
  ['writer', '?v=4&preset=history', async (page) => {
    await page.locator('details.lesson-writer > summary').click();
    await page.locator('[data-action="edit-story"]').click();
    await page.locator('[data-writer-step="2"] [data-action="edit-step"]').click();
    await page.locator('[data-panel="lesson-preview"]').waitFor();
    await page.locator('[data-action="edit-story"]').click();
    await page.locator('[data-field="writer-confirm"]').waitFor();
  }],
  ['qr', '?v=4&lesson=story&step=3', async (page) => {
    await page.locator('section.lesson [data-action="show-qr"]').click();
    await page.locator('dialog#qr-lesson-step [data-field="qr"] svg').waitFor();
  }],
  ['dialog', '?v=3&preset=settlement', async (page) => {
    await page.locator('[data-action="open-embed"]').click();
    await page.locator('dialog.embed-dialog iframe').waitFor();
  }],
];

async function violations(page) {
  // Evaluated by the test's own channel: the page's policy rightly refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' :: ' + n.failureSummary.split('\n').slice(0, 2).join(' ')),
    }));
  });
}

for (const lang of ['en', 'ja', 'ko']) {
  for (const [name, query, prepare] of views) {
    test(`no accessibility violation: ${name}, ${lang}`, async () => {
      const { page, problems } = await openPage(context.browser);
      await page.goto(`${context.server.url}${query}&lang=${lang}`);
      await page.locator('figure[data-chart="lead-time"] svg').first().waitFor({ timeout: 15000 });
      await page.locator('figure.chart[data-chart="attribution"] svg').first().waitFor({ timeout: 15000 });
      await prepare(page);
      const found = await violations(page);
      assert.deepEqual(found, [], JSON.stringify(found, null, 2));
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
}

// Presses Tab until the focused element matches a selector; fails after `most` presses.
async function tabTo(page, selector, most = 600) {
  for (let i = 0; i < most; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

test('from the keyboard alone: change the scenario, read a chart as a table, copy the link', async () => {
  const { page, problems } = await openPage(context.browser, undefined, ['clipboard-read', 'clipboard-write']);
  await page.goto(`${context.server.url}?v=3&preset=history&lang=en`);
  await page.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
  const before = await headlineFigures(page);

  // The first stop is the way past the controls; the second, to them.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'skip-results');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(ring, 'none', 'the focused element shows a focus ring');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'controls');

  // Open a group of assumptions and move a slider with the arrow keys and Page Up.
  await tabTo(page, 'details[data-group="licensing"] > summary');
  await page.keyboard.press('Enter');
  await tabTo(page, '[data-param="hf.review_days"] input[type="range"]');
  const start = Number(await page.evaluate(() => document.activeElement.value));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('PageUp');
  const moved = Number(await page.evaluate(() => document.activeElement.value));
  assert.ok(moved > start + 1, `${start} -> ${moved}`);
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-valuetext')), /days/);
  await page.waitForURL((url) => url.search.includes(`hf.review_days=${moved}`));
  assert.notEqual(await headlineFigures(page), before);

  // Read the lead-time chart as a table.
  await tabTo(page, 'details[data-table="lead-time"] > summary');
  await page.keyboard.press('Enter');
  const rows = page.locator('details[data-table="lead-time"] tbody tr');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 72);
  assert.match(await rows.nth(21).innerText(), /^2019-10\s/);

  // Copy the link.
  await tabTo(page, '[data-action="copy-link"]');
  await page.keyboard.press('Enter');
  await page.locator('.share-status').getByText('Link copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.deepEqual(problems, []);
  await page.close();
});

test('text at 200% and a 320 px screen lose nothing off the side of the page', async () => {
  for (const [width, scale] of [[320, 1], [640, 2], [1280, 2]]) {
    const { page, problems } = await openPage(context.browser, { width, height: 800 });
    await page.goto(`${context.server.url}?v=3&preset=history&compare=baseline&lang=ja`);
    await page.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
    // Text at 200%, set through the style object (the page's policy refuses a style element).
    if (scale !== 1) await page.evaluate((s) => { document.documentElement.style.fontSize = `${s * 100}%`; }, scale);
    await openControls(page);
    await page.locator('details[data-group="licensing"] > summary').click();
    await page.locator('details[data-table="lead-time"] > summary').click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${width} px at ${scale * 100}%: the page is ${overflow} px wider than the screen`);
    await page.locator('figure.chart[data-chart="attribution"] svg').waitFor();
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart svg')].flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .filter((t) => t.getBoundingClientRect().right > box.right + 1)
          .map((t) => t.textContent.trim());
      }),
    );
    assert.deepEqual(cut, [], `${width} px: chart text cut off at the right edge`);
    assert.deepEqual(problems, []);
    await page.close();
  }
});
