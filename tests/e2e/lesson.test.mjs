// Teaching mode in headless Chromium: the built-in story, questions, lessons written in the page,
// lesson links, and malformed lessons.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useServerAndBrowser, openSimulator, screenshot, downloadFrom } from './support.mjs';

const context = useServerAndBrowser(before, after);

const open = (query) => openSimulator(context, query);

const stepOf = (page) => page.locator('section.lesson').getAttribute('data-step');

test('the built-in story runs from start to end, setting each scenario and what to look at', async () => {
  const { page, problems } = await open('?v=3&lang=en');
  await page.locator('[data-action="start-story"]').click();
  const panel = page.locator('section.lesson');
  await panel.waitFor();
  assert.match(await page.locator('#lesson-title').innerText(), /Step 1 of 8/);
  await page.waitForURL((url) => url.searchParams.get('lesson') === 'story');
  const titles = [];
  for (let n = 1; n <= 8; n += 1) {
    assert.equal(await stepOf(page), String(n));
    titles.push(await page.locator('#lesson-title').innerText());
    assert.ok((await page.locator('.lesson-highlight').count()) >= 1, `step ${n} marks where to look`);
    if (n === 2) assert.equal(await page.locator('nav.presets button[data-preset="licensing_only"]').getAttribute('aria-pressed'), 'true');
    if (n === 5) await page.waitForURL((url) => url.search.includes('wto=none') && url.search.includes('step=5'));
    if (n === 6) await page.waitForURL((url) => url.search.includes('dialogue=frozen') && url.search.includes('step=6'));
    if (n < 8) await panel.locator('[data-action="lesson-next"]').click();
  }
  assert.equal(new Set(titles).size, 8);
  assert.ok(await panel.locator('[data-action="lesson-next"]').isDisabled());
  await panel.locator('[data-action="lesson-back"]').click();
  assert.equal(await stepOf(page), '7');
  await screenshot(page, 'lesson-story', { fullPage: false });
  await panel.locator('[data-action="close-lesson"]').click();
  await page.waitForURL((url) => !url.search.includes('lesson'));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a question records the guess and reveals the model answer and how far the guess was', async () => {
  const { page, problems } = await open('?v=3&lang=en&lesson=story');
  await page.locator('#lesson-jump').selectOption('2');
  const panel = page.locator('section.lesson');
  await page.waitForURL((url) => url.search.includes('step=2'));
  assert.ok(await panel.locator('[data-action="reveal"]').isDisabled(), 'nothing to reveal before a guess');
  await panel.locator('[data-field="guess"]').fill('50');
  await panel.locator('[data-action="reveal"]').click();
  // The likely range is the page's, computed by the worker: it may come a moment after the answer.
  await panel.locator('[data-part="range"]', { hasText: /\d+–\d+/ }).waitFor();
  const answer = await panel.locator('[data-field="answer"]').innerText();
  const peak = await page.locator('.card[data-material="hf"] [data-figure="peak-lead-time"] .nowrap').innerText();
  const model = Number(peak.match(/^(\d+) days/)[1]);
  assert.match(answer, new RegExp(`^The model's answer: ${model} days\\s*\\(likely range \\d+–\\d+ days\\)\\s+Your guess: 50 days, ${Math.abs(model - 50)} days off`));
  // The comparison and why.
  assert.match(answer, /Without the change this question is about: 26 days\./);
  assert.match(answer, /The peak comes in August 2019/);
  assert.ok(await panel.locator('[data-field="guess"]').isDisabled(), 'the guess is kept as it was');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a lesson link opens at its step, in the language of the link', async () => {
  const { page, problems } = await open('?v=3&lesson=story&step=4&lang=ja');
  const panel = page.locator('section.lesson');
  assert.equal(await stepOf(page), '4');
  assert.match(await page.locator('#lesson-title').innerText(), /ステップ4 \/ 8/);
  assert.match(await page.locator('#lesson-title').innerText(), /ホワイト国/);
  assert.equal(await page.locator('fieldset[data-measure="white_list"].lesson-highlight').count(), 1);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a lesson written in the page, downloaded and loaded back, is the same lesson', async () => {
  const { page, problems } = await open('?v=3&preset=history&lang=en');
  await page.locator('details.lesson-writer > summary').click();
  await page.locator('#writer-title').fill('Week 3');
  await page.locator('#writer-step-title').fill('What happened');
  await page.locator('#writer-step-text').fill('The dispute as it happened.');
  await page.locator('#writer-chart').selectOption('jp-exports');
  await page.locator('[data-action="add-step"]').click();
  await page.locator('nav.presets button[data-preset="escalation"]').click();
  await page.locator('#writer-step-title').fill('Escalation');
  await page.locator('#writer-control').selectOption('gsomia');
  await page.locator('[data-field="ask"]').check();
  await page.locator('#writer-prompt').fill('How long is the peak lead time of photoresist?');
  await page.locator('#writer-material').selectOption('photoresist');
  await page.locator('[data-action="add-step"]').click();
  const download = await downloadFrom(page, page.locator('[data-action="download-lesson"]'));
  const written = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(written.format, 'chokepoint-lesson');
  assert.equal(written.steps.length, 2);
  assert.deepEqual(written.title, { en: 'Week 3' });
  assert.equal(written.steps[1].question.material, 'photoresist');
  assert.match(written.steps[1].link, /preset=escalation/);

  // Loaded back into a fresh page, it opens as the same lesson (it travels whole in the link).
  const other = await open('?v=3&lang=en');
  await other.page.locator('details.lesson-writer > summary').click();
  await other.page.locator('[data-action="load-lesson"]').setInputFiles(await download.path());
  assert.match(await other.page.locator('[data-field="writer-loaded"]').innerText(), /Loaded .*Week 3.*: 2 steps, ready to edit\./);
  await other.page.locator('[data-action="open-lesson"]').click();
  await other.page.locator('section.lesson').waitFor();
  await other.page.waitForURL((url) => url.searchParams.has('lesson'));
  const carried = JSON.parse(new URL(other.page.url()).searchParams.get('lesson'));
  assert.deepEqual(carried, written);
  assert.equal(await other.page.locator('nav.presets button[data-preset="history"]').getAttribute('aria-pressed'), 'true');
  await other.page.locator('[data-action="lesson-next"]').click();
  assert.equal(await other.page.locator('nav.presets button[data-preset="escalation"]').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(problems, []);
  assert.deepEqual(other.problems, []);
  await page.close();
  await other.page.close();
});

test('a malformed lesson is refused with a message saying what is wrong', async () => {
  const { page, problems } = await open('?v=3&lang=en');
  await page.locator('details.lesson-writer > summary').click();
  const bad = { format: 'chokepoint-lesson', version: 1, title: { en: 'Bad' }, steps: [{ title: { en: 'One' }, text: {}, link: 'v=3&colour=red' }] };
  await page.locator('[data-action="load-lesson"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const refusal = page.locator('[data-field="writer-refusal"]');
  await refusal.waitFor();
  // The key from the step's link is isolated (U+2068…U+2069) within the sentence.
  assert.match((await refusal.innerText()).replace(/[\u2068\u2069]/g, ''), /This lesson could not be used: steps\[1\]\.link: colour/);
  assert.equal(await page.locator('section.lesson').count(), 0);

  const linked = await open('?v=3&lang=en&lesson=%7Bnot%20json&step=2');
  await linked.page.locator('.notice[data-notice="lesson"]').waitFor();
  assert.equal(await linked.page.locator('section.lesson').count(), 0);
  await linked.page.waitForURL((url) => !url.search.includes('lesson'));
  assert.deepEqual(problems, []);
  assert.deepEqual(linked.problems, []);
  await page.close();
  await linked.page.close();
});

test('an embedded page can follow one lesson', async () => {
  const { page, problems } = await open('?v=3&lang=ko&lesson=story&step=3&embed=1&controls=hidden&charts=lead-time,jp-exports');
  const panel = page.locator('section.lesson');
  assert.equal(await stepOf(page), '3');
  assert.equal(await page.locator('section.controls').count(), 0);
  // The charts below the first come once the first screen is painted.
  await page.locator('figure[data-chart="jp-exports"] svg').waitFor();
  assert.equal(await page.locator('figure[data-chart="jp-exports"].lesson-highlight').count(), 1);
  await panel.locator('[data-action="lesson-next"]').click();
  assert.equal(await stepOf(page), '4');
  await page.waitForURL((url) => url.search.includes('step=4') && url.search.includes('embed=1'));
  assert.deepEqual(problems, []);
  await page.close();
});
