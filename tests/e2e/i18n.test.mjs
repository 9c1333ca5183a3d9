// Languages in headless Chromium: from the link, else from the browser; the switcher keeps the
// scenario; charts, sentences and controls speak the language chosen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openSimulator, screenshot } from './support.mjs';

const context = useServerAndBrowser(before, after);

const open = (query, locale = 'en-US') => openSimulator(context, query, { locale });

test('a browser that prefers Japanese gets Japanese, and the link records it', async () => {
  const { page, problems } = await open('?v=3&preset=history', 'ja-JP');
  assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
  await page.waitForURL((url) => url.search.endsWith('&lang=ja'));
  assert.match(await page.title(), /日韓/);
  assert.equal(await page.locator('.card[data-material="hf"] h3').innerText(), 'フッ化水素');
  const chart = await page.locator('figure[data-chart="lead-time"] svg').innerHTML();
  assert.match(chart, /リードタイム：フッ化水素/);
  assert.match(chart, /ベースライン（措置なし）/);
  assert.match(await page.locator('.what-changed').innerText(), /2019年\d+月/);
  assert.match(await page.locator('fieldset[data-measure="licensing_hf"] legend').innerText(), /輸出許可/);
  await screenshot(page, 'japanese-desktop');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the link chooses the language over the browser, and the switcher keeps the scenario', async () => {
  const { page, problems } = await open('?v=3&preset=settlement&hf.review_days=90&show=photoresist&lang=ko', 'ja-JP');
  assert.equal(await page.locator('html').getAttribute('lang'), 'ko');
  const figures = await page.locator('.headlines [data-figure="peak-lead-time"]').allInnerTexts();
  assert.ok(figures.every((f) => /\d+일/.test(f)), figures.join(' | '));
  assert.match(await page.locator('figure[data-chart="supply"] svg').innerHTML(), /한국의 공급원별 공급: 포토레지스트/);
  await screenshot(page, 'korean-desktop');

  await page.locator('select[data-action="language"]').selectOption('en');
  await page.waitForURL((url) => url.search === '?v=4&preset=settlement&hf.review_days=90&show=photoresist&lang=en');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('.card.selected').getAttribute('data-material'), 'photoresist');
  const english = await page.locator('.headlines [data-figure="peak-lead-time"]').allInnerTexts();
  // The same numbers, in other words.
  assert.deepEqual(english.map((f) => f.match(/\d+/)[0]), figures.map((f) => f.match(/\d+/)[0]));
  assert.match(await page.locator('figure[data-chart="supply"] svg').innerHTML(), /Korea's supply by source: photoresist/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a notice about a bad link is worded in the page language and follows the switcher', async () => {
  const { page, problems } = await open('?v=3&lang=ja&colour=red&notice_days=999');
  const notice = page.locator('.notice[data-notice="link"]');
  assert.match(await notice.innerText(), /既定値/);
  // Keys and values from the link are isolated (U+2068…U+2069) within the sentence.
  assert.match((await notice.innerText()).replace(/[\u2068\u2069]/g, ''), /notice_days: 999は範囲0\.\.60日の外/);
  await page.locator('select[data-action="language"]').selectOption('ko');
  await notice.getByText('알 수 없는 설정').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});
