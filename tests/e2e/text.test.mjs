// Text is text: whatever a link, a lesson or a reader puts on the page stays a piece of it. Huge
// numbers are written briefly and correctly, long tokens never widen a phone's page, direction
// marks never reorder a sentence, and the lesson writer never makes a lesson the page refuses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useServerAndBrowser, openPage, openSimulator, downloadFrom, settled } from './support.mjs';

const context = useServerAndBrowser(before, after);

const open = (query, options) => openSimulator(context, query, options);

// Opens the simulator at a phone's width.
async function openNarrow(query) {
  const opened = await openPage(context.browser, { width: 320, height: 800 });
  await opened.page.goto(context.server.url + query);
  await opened.page.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
  return opened;
}

const pageWidth = (page) => page.evaluate(() => document.documentElement.scrollWidth);

// The notice's text without its isolation marks.
const plain = (text) => text.replace(/[\u2068\u2069]/g, '');

test('a 309-digit number and a 3,000-character key fit a 320 px page', async () => {
  const huge = `1${'0'.repeat(308)}`;
  const { page, problems } = await openNarrow(`?v=3&lang=en&notice_days=${huge}&${'k'.repeat(3000)}=1&show=${'x'.repeat(3000)}`);
  const notice = page.locator('.notice[data-notice="link"]');
  await notice.waitFor();
  const text = plain(await notice.innerText());
  assert.match(text, /notice_days: 1×10³⁰⁸ is outside 0\.\.60 days; 60 is used/);
  assert.match(text, /k{39}…: unknown setting, ignored/);
  assert.ok(text.length < 600, `the notice quotes, it does not repeat: ${text.length} characters`);
  assert.ok((await pageWidth(page)) <= 320, `the page is ${await pageWidth(page)} px wide`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a long unbroken lesson title and text break within a 320 px page', async () => {
  const word = 'w'.repeat(3000);
  const lesson = {
    format: 'chokepoint-lesson',
    version: 1,
    title: { en: word },
    steps: [{ title: { en: word }, text: { en: word }, link: 'v=3' }],
  };
  const { page, problems } = await openNarrow(`?v=3&lang=en&lesson=${encodeURIComponent(JSON.stringify(lesson))}`);
  await page.locator('section.lesson').waitFor();
  assert.ok((await pageWidth(page)) <= 320, `the page is ${await pageWidth(page)} px wide`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a right-to-left override in a link key stays inside its own words', async () => {
  const { page, problems } = await open('?v=3&lang=en&%E2%80%AEabc=1');
  const item = page.locator('.notice[data-notice="link"] li');
  await item.waitFor();
  const text = await item.innerText();
  assert.ok(text.startsWith('\u2068\u202Eabc\u2069: unknown setting'), JSON.stringify(text));
  // Laid out, the rest of the sentence still reads left to right.
  const left = await item.evaluate((li) => {
    const node = li.firstChild;
    const at = (word) => {
      const range = document.createRange();
      const start = node.textContent.indexOf(word);
      range.setStart(node, start);
      range.setEnd(node, start + word.length);
      return range.getBoundingClientRect().left;
    };
    return { unknown: at('unknown'), ignored: at('ignored') };
  });
  assert.ok(left.unknown < left.ignored, JSON.stringify(left));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a lesson refused for a key with a right-to-left override says why in order, in Japanese', async () => {
  const lesson = {
    format: 'chokepoint-lesson',
    version: 1,
    title: { ja: 'テスト' },
    steps: [{ title: { ja: '一' }, text: {}, link: 'v=3', chart: '\u202Epie' }],
  };
  const { page, problems } = await open(`?v=3&lang=ja&lesson=${encodeURIComponent(JSON.stringify(lesson))}`);
  const notice = page.locator('.notice[data-notice="lesson"]');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /この授業は使えません：steps\[1\]\.chart：「\u2068\u202Epie\u2069」はグラフではありません/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an absurd guess gets a clear message instead of a nonsense number', async () => {
  const { page, problems } = await open('?v=3&lang=en&lesson=story&step=2');
  const panel = page.locator('section.lesson');
  const guess = panel.locator('[data-field="guess"]');
  const reveal = panel.locator('[data-action="reveal"]');
  await guess.fill('1e308');
  const problem = panel.locator('[data-field="guess-problem"]');
  assert.equal(await problem.innerText(), 'Enter a number between −1,000,000,000 and 1,000,000,000.');
  assert.equal(await guess.getAttribute('aria-invalid'), 'true');
  assert.ok(await reveal.isDisabled());
  await guess.fill('80');
  assert.equal(await problem.count(), 0);
  await reveal.click();
  const answer = await panel.locator('[data-field="answer"]').innerText();
  assert.match(answer, /Your guess: 80 days/);
  assert.doesNotMatch(await page.locator('body').innerText(), /9,223,372/);

  const ja = await open('?v=3&lang=ja&lesson=story&step=2');
  await ja.page.locator('section.lesson [data-field="guess"]').fill('-1e12');
  assert.equal(await ja.page.locator('[data-field="guess-problem"]').innerText(), '−1,000,000,000から1,000,000,000までの数値を入力してください。');
  assert.deepEqual(problems, []);
  assert.deepEqual(ja.problems, []);
  await page.close();
  await ja.page.close();
});

test('the lesson writer stops at 40 steps, saying why, and its lesson opens', async () => {
  const { page, problems } = await open('?v=3&lang=en');
  await page.locator('details.lesson-writer > summary').click();
  await page.locator('#writer-title').fill('Forty');
  const add = page.locator('[data-action="add-step"]');
  for (let n = 1; n <= 40; n += 1) {
    await page.locator('#writer-step-title').fill(`Step ${n}`);
    await add.click();
  }
  await settled(page);
  assert.equal(await page.locator('.writer-steps li').count(), 40);
  assert.ok(await add.isDisabled(), 'no 41st step');
  const full = page.locator('[data-field="writer-full"]');
  assert.equal(await full.innerText(), 'A lesson holds at most 40 steps; remove one to add another.');
  assert.equal(await add.getAttribute('aria-describedby'), 'writer-full');
  await page.locator('#writer-step-title').press('Enter');
  await settled(page);
  assert.equal(await page.locator('.writer-steps li').count(), 40, 'Enter adds nothing either');

  const download = await downloadFrom(page, page.locator('[data-action="download-lesson"]'));
  const written = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(written.steps.length, 40);
  await page.locator('[data-action="open-lesson"]').click();
  await page.locator('section.lesson').waitFor();
  assert.equal(await page.locator('.notice[data-notice="lesson"]').count(), 0);
  // Loaded back into the writer, it asks before it replaces the steps there, and keeps them if told.
  await page.locator('details.lesson-writer [data-action="load-lesson"]').setInputFiles(await download.path());
  await page.locator('[data-field="writer-confirm"]').waitFor();
  await page.locator('[data-action="keep-steps"]').click();
  assert.equal(await page.locator('.writer-steps li').count(), 40);

  // One step removed, one can be added again.
  await page.locator('.writer-steps li button.remove').first().click();
  assert.ok(await add.isEnabled());
  assert.equal(await full.count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the lesson writer refuses a step that would make the lesson too large, in the page language', async () => {
  const { page, problems } = await open('?v=3&lang=ko');
  await page.locator('details.lesson-writer > summary').click();
  const add = page.locator('[data-action="add-step"]');
  // The fields are cleared after each step added, and keep what was typed when a step is refused.
  for (let n = 0; n < 4; n += 1) {
    if ((await page.locator('#writer-step-title').inputValue()) === '') {
      await page.locator('#writer-step-title').fill('긴 단계');
      await page.locator('#writer-step-text').fill('가'.repeat(4000));
    }
    await add.click();
    await settled(page);
  }
  assert.equal(await page.locator('#writer-step-title').inputValue(), '긴 단계');
  const kept = await page.locator('.writer-steps li').count();
  assert.ok(kept >= 1 && kept < 4, `${kept} steps kept`);
  const refusal = page.locator('[data-field="writer-refusal"]');
  assert.match(await refusal.innerText(), /^이 단계를 추가할 수 없습니다: .*바이트/);

  // What was kept opens as a lesson. Its link carries the lesson in the compressed fragment: the
  // query stays short enough for any static host, and the whole link reopens the lesson.
  await page.locator('[data-action="open-lesson"]').click();
  await page.locator('section.lesson').waitFor();
  await page.waitForURL((url) => url.hash.startsWith('#z='));
  const url = new URL(page.url());
  assert.ok(url.search.length - 1 <= 6 * 1024, `the query is ${url.search.length - 1} bytes`);
  assert.ok(url.href.length <= 80 * 1024, `the link is ${url.href.length} bytes`);
  const title = await page.locator('#lesson-title').innerText();
  await page.reload();
  await page.locator('section.lesson').waitFor();
  assert.equal(await page.locator('#lesson-title').innerText(), title);
  assert.equal(await page.locator('.notice').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
