// Edits are applied after the next frame is painted. Whatever comes before that keeps its order:
// Undo undoes the edit not yet applied, a preset pressed in the same frame wins, and a slider
// never shows a value the scenario does not hold once the page has caught up.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { headlineFigures, openPage, useServerAndBrowser } from './support.mjs';

const context = useServerAndBrowser(before, after);
const slider = '[data-param="hf.review_days"] input[type="range"]';

async function open() {
  const opened = await openPage(context.browser);
  const { page } = opened;
  await page.goto(`${context.server.url}?v=4&preset=history&lang=en`);
  await page.locator('figure[data-chart="lead-time"][data-band="own"] svg').waitFor({ timeout: 15000 });
  await page.locator('details[data-group="licensing"] > summary').click();
  await page.locator(slider).waitFor();
  return opened;
}

// Moves the slider and, in the same task (before any frame), does `then` on the page.
const moveThen = (page, then) =>
  page.evaluate(([selector, then]) => {
    const input = document.querySelector(selector);
    input.value = String(Number(input.value) + 40);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (then === 'undo') {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    } else {
      document.querySelector(`[data-preset="${then}"]`).click();
    }
  }, [slider, then]);

test('Undo right after a slider move undoes that move, and the thumb goes back', async () => {
  const { page, problems } = await open();
  const start = await page.locator(slider).inputValue();
  const figures = await headlineFigures(page);
  const address = page.url();
  await moveThen(page, 'undo');
  await page.waitForTimeout(400);
  assert.equal(await page.locator(slider).inputValue(), start);
  assert.equal(await headlineFigures(page), figures);
  assert.equal(page.url(), address);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a preset pressed in the frame of a slider move is applied after it, and the thumb follows the preset', async () => {
  const { page, problems } = await open();
  const start = await page.locator(slider).inputValue();
  const shown = await page.locator(`${slider} ~ output`).innerText();
  await moveThen(page, 'escalation');
  await page.waitForURL((url) => url.search.includes('preset=escalation'));
  assert.doesNotMatch(new URL(page.url()).search, /review_days/);
  // Escalation keeps the default review time: the thumb is back where it started.
  await page.waitForFunction(([selector, start]) => document.querySelector(selector).value === start, [slider, start]);
  assert.equal(await page.locator(`${slider} ~ output`).innerText(), shown);
  assert.deepEqual(problems, []);
  await page.close();
});
