// Results first: the chart is on the first screen at both sizes, a change from the phone's controls
// sheet shows its effect beside the "before this change" line, undo/redo and Back/Forward walk the
// scenario's history, the headline figures carry ranges, and the crosshair readout follows the
// pointer and the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, settled, screenshot } from './support.mjs';

const context = useServerAndBrowser(before, after);

const desktop = { viewport: { width: 1280, height: 800 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

async function open(options, query = '') {
  const browserContext = await context.browser.newContext({ ...options, locale: 'en-US' });
  const page = await browserContext.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(context.server.url + query);
  await page.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
  // The address is written once the page has rested.
  await page.waitForTimeout(300);
  return { page, problems, close: () => browserContext.close() };
}

// The part of an element's box inside the viewport, in CSS pixels of height.
async function visibleHeight(page, selector) {
  return page.locator(selector).first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    return Math.max(0, Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0));
  });
}

const card = (material) => `.card[data-material="${material}"] [data-figure="peak-lead-time"]`;
// The peak lead time without its range (which follows a moment later).
const peak = async (page, material = 'hf') =>
  (await page.locator(`${card(material)} .nowrap`).innerText()).trim();
// Waits until the HF peak reads `value` (the address changes a moment before the page redraws).
const peakBecomes = (page, value) =>
  page.waitForFunction((v) => document.querySelector('.card[data-material="hf"] [data-figure="peak-lead-time"] .nowrap').innerText.trim() === v, value);

for (const [name, options] of [['desktop', desktop], ['phone', phone]]) {
  test(`the main chart and the headline figures are on the first screen (${name})`, async () => {
    const { page, problems, close } = await open(options);
    // A first visit without a link is offered the story.
    await page.locator('[data-action="invite-story"]').waitFor();
    assert.ok(await visibleHeight(page, '[data-action="invite-story"]') > 0);
    assert.ok(await visibleHeight(page, '.headlines .cards') > 40, 'the headline cards are in view');
    const chart = await visibleHeight(page, 'figure[data-chart="lead-time"] .chart-picture');
    assert.ok(chart > 100, `the lead-time chart shows ${chart} px of itself on the first screen`);
    // Every headline figure carries its range once computed.
    await page.locator('.card[data-material="hf"] [data-figure="peak-lead-time"] .range:not(.pending)').waitFor();
    for (const material of ['hf', 'photoresist', 'polyimide']) {
      // On a phone the range has a line of its own.
      assert.match(await page.locator(card(material)).innerText(), /^\d+ days\s\(\d+–\d+\)$/, material);
    }
    assert.match(await page.locator('[data-figure="exports-lost"]').innerText(), /\(\d[\d,]*–\d[\d,]*\)/);
    await screenshot(page, `results-first-${name}`, { fullPage: false });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    assert.deepEqual(problems, []);
    await close();
  });
}

test('a link that only names the language opens what happened, in that language, with the invitation', async () => {
  const { page, problems, close } = await open(phone, '?lang=ja');
  await page.locator('[data-action="invite-story"]').waitFor();
  assert.equal(await page.locator('nav.presets button[data-preset="history"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
  assert.deepEqual(problems, []);
  await close();
});

test('on a phone, a change made in the controls sheet shows on the chart above it', async () => {
  const { page, problems, close } = await open(phone, '?v=4&preset=history');
  await page.locator('[data-action="open-controls"]').tap();
  const sheet = page.locator('#controls.open');
  await sheet.waitFor();
  const before = await peak(page);
  // Switch the HF licensing off in the simple view of the sheet.
  await sheet.locator('fieldset[data-measure="licensing_hf"] [data-action="measure-toggle"]').tap();
  await page.waitForFunction((b) => document.querySelector('.card[data-material="hf"] [data-figure="peak-lead-time"] .nowrap').innerText.trim() !== b, before);
  await settled(page);
  // The chart is on screen, above the sheet, and shows the run before the change.
  const sheetTop = await sheet.evaluate((el) => el.getBoundingClientRect().top);
  const chart = await page.locator('figure[data-chart="lead-time"] .chart-picture').evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { top: box.top, bottom: box.bottom };
  });
  const shown = Math.min(chart.bottom, sheetTop) - Math.max(chart.top, 0);
  assert.ok(shown > 120, `${shown} px of the chart are visible above the sheet (${JSON.stringify(chart)}, sheet at ${sheetTop})`);
  assert.match(await page.locator('figure[data-chart="lead-time"] svg').innerHTML(), /Before this change/);
  assert.match(await page.locator('.card[data-material="hf"] [data-figure="peak-change"]').innerText(), /[−-]\d+ days since the last change/);
  assert.match(await page.locator('.last-change').innerText(), /Hydrogen fluoride/);
  await screenshot(page, 'results-first-phone-sheet', { fullPage: false });
  assert.deepEqual(problems, []);
  await close();
});

test('Ctrl+Z, redo, Back and Forward walk through the scenario changes', async () => {
  const { page, problems, close } = await open(desktop, '?v=4&preset=history');
  const first = { url: page.url(), peak: await peak(page) };
  // A change, then another; each is kept once the controls rest.
  await page.locator('nav.presets button[data-preset="baseline"]').click();
  await page.waitForURL((url) => !url.search.includes('preset='));
  const second = { url: page.url(), peak: await peak(page) };
  assert.notEqual(second.peak, first.peak);
  await page.locator('nav.presets button[data-preset="escalation"]').click();
  await page.waitForURL((url) => url.search.includes('preset=escalation'));
  const third = { url: page.url(), peak: await peak(page) };
  assert.notEqual(third.peak, second.peak);

  await page.locator('body').press('Control+z');
  await page.waitForURL(second.url);
  await peakBecomes(page, second.peak);
  await page.locator('[data-action="undo"]').click();
  await page.waitForURL(first.url);
  await peakBecomes(page, first.peak);
  assert.ok(await page.locator('[data-action="undo"]').isDisabled(), 'nothing left to undo');
  await page.locator('body').press('Control+Shift+Z');
  await page.waitForURL(second.url);
  await peakBecomes(page, second.peak);
  await page.locator('[data-action="redo"]').click();
  await page.waitForURL(third.url);
  await peakBecomes(page, third.peak);

  // After a reload, Undo and Redo still follow the browser's history.
  await page.reload();
  await page.locator('figure[data-chart="lead-time"] svg').waitFor();
  await page.locator('[data-action="undo"]:not([disabled])').waitFor();
  assert.ok(await page.locator('[data-action="redo"]').isDisabled(), 'nothing to redo at the newest');

  await page.goBack();
  await page.waitForURL(second.url);
  await peakBecomes(page, second.peak);
  await page.goForward();
  await page.waitForURL(third.url);
  await peakBecomes(page, third.peak);
  assert.deepEqual(problems, []);
  await close();
});

test('Back during a lesson brings back the step with its scenario', async () => {
  const { page, problems, close } = await open(desktop, '?v=4&lesson=story&lang=en');
  await page.locator('[data-action="lesson-next"]').click();
  await page.waitForURL((url) => url.search.includes('step=2'));
  const second = { url: page.url(), title: await page.locator('#lesson-title').innerText() };
  await page.locator('[data-action="lesson-next"]').click();
  await page.waitForURL((url) => url.search.includes('step=3'));
  await page.goBack();
  await page.waitForURL(second.url);
  await page.waitForFunction((t) => document.querySelector('#lesson-title').innerText === t, second.title);
  await page.waitForTimeout(300);
  assert.equal(page.url(), second.url, 'the entry keeps its step');
  assert.deepEqual(problems, []);
  await close();
});

test('the phone sheet takes the focus and gives it back', async () => {
  const { page, problems, close } = await open(phone, '?v=4&preset=history');
  await page.locator('[data-action="open-controls"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('#controls.open').waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('#controls') !== null);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.dataset.action === 'open-controls');
  assert.equal(await page.locator('#controls.open').count(), 0);
  assert.deepEqual(problems, []);
  await close();
});

test('a slider dragged over many steps is one entry of the history', async () => {
  const { page, problems, close } = await open(desktop, '?v=4&preset=history');
  const first = page.url();
  await page.locator('details[data-group="licensing"] > summary').click();
  const slider = page.locator('[data-param="hf.review_days"] input[type="range"]');
  await slider.focus();
  // Eight steps of a drag, each one an input event, faster than the controls' rest of 100 ms (key
  // presses sent one by one from here can be slower than that on a busy machine).
  await slider.evaluate((el) => {
    for (let i = 0; i < 8; i += 1) {
      el.stepUp();
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
  });
  await page.waitForURL((url) => url.search.includes('hf.review_days='));
  await settled(page);
  // Undo from the slider itself takes back the whole drag.
  await page.keyboard.press('Control+z');
  await page.waitForURL(first);
  assert.equal(await page.evaluate(() => history.length), 3, 'the first page, the drag, no more');
  assert.deepEqual(problems, []);
  await close();
});

test('the crosshair readout follows the pointer and the keyboard', async () => {
  const { page, problems, close } = await open(desktop, '?v=4&preset=history');
  const picture = page.locator('figure[data-chart="lead-time"] .chart-picture');
  const readout = page.locator('[data-readout="lead-time"]');
  const box = await picture.boundingBox();
  const width = Number((await picture.locator('svg').first().getAttribute('viewBox') ?? '').split(' ')[2])
    || Number(await picture.locator('svg').first().getAttribute('width'));
  // The crosshair stands where the pointer is, at both ends of the axis and between.
  for (const share of [0.1, 0.3, 0.9]) {
    await page.mouse.move(box.x + box.width * share, box.y + box.height / 2);
    await settled(page);
    const x = Number(await page.locator('figure[data-chart="lead-time"] .crosshair line').getAttribute('x1'));
    const pointer = box.width * share * (width / box.width);
    assert.ok(Math.abs(x - pointer) < 15, `pointer at ${pointer.toFixed(0)}, crosshair at ${x}`);
  }
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await settled(page);
  const hovered = await readout.innerText();
  assert.match(hovered, /^[A-Z][a-z]+ 20\d\d: Scenario \d/, hovered);
  assert.match(hovered, /Baseline/);
  await page.mouse.move(0, 0);
  await picture.focus();
  await settled(page);
  const focused = await readout.innerText();
  assert.match(focused, /Scenario/);
  await page.keyboard.press('ArrowRight');
  await settled(page);
  assert.notEqual(await readout.innerText(), focused, 'the arrow keys move the crosshair');
  // Observed figures give their source when their month is read.
  const exports = page.locator('figure[data-chart="jp-exports"] .chart-picture');
  await exports.focus();
  await page.keyboard.press('Home');
  let found = '';
  for (let m = 0; m < 72 && !found; m += 1) {
    const text = await page.locator('[data-readout="jp-exports"]').innerText();
    if (/Source/.test(text)) found = text;
    await page.keyboard.press('ArrowRight');
  }
  assert.match(found, /Observed/, 'an observed month names its source');
  assert.deepEqual(problems, []);
  await close();
});

test('an edit that cannot apply says why', async () => {
  const { page, problems, close } = await open(desktop, '?v=4&preset=history');
  await page.locator('[data-action="controls-mode"]').click();
  const dialogue = page.locator('fieldset[data-measure="dialogue"]');
  const date = dialogue.locator('input[type="date"]').first();
  const shown = await date.inputValue();
  await date.fill('');
  await date.blur();
  await dialogue.locator('[data-notice="schedule-date"]').waitFor();
  assert.equal(await date.inputValue(), shown, 'the date is put back');
  assert.deepEqual(problems, []);
  await close();
});
