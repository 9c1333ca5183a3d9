// The classroom in headless Chromium: a question hides its figure until answered, "Look at" takes
// a phone reader to the control, the lesson writer edits, reorders and reloads lessons, an embed
// sizes itself on a course page of another origin and tells it students' answers, QR codes open
// the step they show, and a lesson prints as a handout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdir, readdir, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { useServerAndBrowser, openPage, openSimulator, serveHtml, settled, downloadFrom, screenshot, artifacts } from './support.mjs';

const context = useServerAndBrowser(before, after);
const open = (query, options) => openSimulator(context, query, options);

// A phone, as the browser emulates one.
async function openPhone(query) {
  const page = await context.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  await page.goto(context.server.url + query);
  await page.locator('section.lesson').waitFor({ timeout: 15000 });
  return { page, problems };
}

// Whether an element lies inside the window, as the reader sees it.
const inView = (locator) => locator.evaluate((element) => {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= innerHeight && box.height > 0;
});

// Whether the focused element lies inside the window once the page stops moving (a sheet slides
// in over 0.2 s): waits up to two seconds for it.
const focusedInView = (page) => page.waitForFunction(() => {
  const box = document.activeElement?.getBoundingClientRect();
  return box && box.top >= 0 && box.bottom <= innerHeight && box.height > 0;
}, null, { timeout: 2000 }).then(() => true, () => false);

test('an open question hides its figure everywhere on the page until the answer is revealed', async () => {
  const { page, problems } = await open('?v=4&lang=en&lesson=story&step=2');
  const panel = page.locator('section.lesson');
  // The asked-for figure: hydrogen fluoride's peak lead time. Its card, the lead-time and
  // attribution charts of hydrogen fluoride (pictures, readouts, tables) and its sentences wait.
  const card = page.locator('.card[data-material="hf"] [data-figure="peak-lead-time"]');
  await card.locator('[data-hidden="figure"]').waitFor();
  assert.doesNotMatch(await card.innerText(), /\d/);
  await page.locator('figure[data-chart="lead-time"][data-hidden="chart"]').waitFor();
  await page.locator('figure[data-chart="attribution"][data-hidden="chart"]').waitFor({ timeout: 15000 });
  assert.equal(await page.locator('figure[data-chart="lead-time"] .readout, figure[data-chart="lead-time"] table').count(), 0);
  const findings = await page.locator('[data-list="findings"]').innerText();
  assert.doesNotMatch(findings, /Hydrogen fluoride lead time/);
  assert.match(findings, /Photoresist lead time peaks at/);
  await page.locator('[data-hidden="sentences"]').waitFor();
  const before = await page.locator('main').innerText();
  const photoresist = await page.locator('.card[data-material="photoresist"] [data-figure="peak-lead-time"] .nowrap').innerText();
  assert.match(photoresist, /^\d+ days$/);
  // A comparison does not show it either.
  await page.locator('#compare-with').selectOption('baseline');
  await page.locator('[data-action="start-compare"]').click();
  const row = page.locator('table.compare-figures tr[data-material="hf"]');
  await row.waitFor();
  assert.equal(await row.locator('td:nth-child(2) [data-hidden="figure"], td:nth-child(3) [data-hidden="figure"]').count(), 2, 'the peak of A and B');
  assert.match(await row.locator('td:nth-child(4)').innerText(), /\d t/, 'the exports lost are not asked for');
  await screenshot(page, 'classroom-question-open', { fullPage: false });

  // Revealed, the figure is everywhere again, and it is the model's answer.
  await panel.locator('[data-field="guess"]').fill('40');
  await panel.locator('[data-action="reveal"]').click();
  const told = await panel.locator('[data-field="answer"] [data-part="model"]').innerText();
  await page.locator('figure[data-chart="lead-time"] .chart-picture svg').waitFor();
  assert.equal(await page.locator('[data-hidden]').count(), 0);
  const shown = await card.locator('.nowrap').innerText();
  assert.ok(told.includes(shown), `${told} / ${shown}`);
  // Before the reveal, the page said nothing of it but in the question's own words.
  assert.doesNotMatch(before, new RegExp(`(^|[^\\d.])${shown}`), `${shown} was on the page`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a question about Japan\'s share hides the share and the supply chart, not the lead time', async () => {
  const { page, problems } = await open('?v=4&lang=en&lesson=story&step=7');
  await page.locator('.figures [data-figure="jp-share-end"] [data-hidden="figure"]').waitFor();
  await page.locator('figure[data-chart="supply"][data-hidden="chart"]').waitFor();
  assert.match(await page.locator('.card[data-material="hf"] [data-figure="peak-lead-time"]').innerText(), /\d+ days/);
  assert.equal(await page.locator('figure[data-chart="lead-time"][data-hidden]').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('"Look at" takes a phone reader to the control and the chart, and focuses them', async () => {
  const { page, problems } = await openPhone('?v=4&lang=en&lesson=story&step=2');
  // A measure: the controls' sheet opens and the measure's switch takes the focus, in view.
  await page.locator('[data-look="licensing_hf"]').click();
  await page.locator('#controls.open').waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('fieldset[data-measure="licensing_hf"]'));
  assert.ok(await focusedInView(page), 'the focused switch is on screen');
  await screenshot(page, 'classroom-look-phone', { fullPage: false });
  await page.locator('[data-action="close-controls"]').click();
  // A chart: scrolled to and focused.
  await page.locator('[data-look="lead-time"]').click();
  await page.waitForFunction(() => document.activeElement?.closest('figure[data-chart="lead-time"]'));
  assert.ok(await inView(page.locator('figure[data-chart="lead-time"]')));
  assert.deepEqual(problems, []);
  await page.close();

  // A parameter: its group is opened inside the sheet, and its slider focused.
  const lesson = {
    format: 'chokepoint-lesson', version: 1, title: { en: 'Reviews' },
    steps: [{ title: { en: 'Review time' }, text: { en: 'How long is a review?' }, link: 'v=4&preset=history', control: 'hf.review_days', chart: 'lead-time' }],
  };
  const phone = await openPhone(`?v=4&lang=en&lesson=${encodeURIComponent(JSON.stringify(lesson))}`);
  await phone.page.locator('[data-look="hf.review_days"]').click();
  await phone.page.waitForFunction(() => document.activeElement?.matches('[data-param="hf.review_days"] input'));
  assert.ok(await focusedInView(phone.page), 'the focused slider is on screen');
  assert.equal(await phone.page.locator('details.group:has([data-param="hf.review_days"])').getAttribute('open'), '');
  assert.deepEqual(phone.problems, []);
  await phone.page.close();
});

test('the lesson writer edits, reorders, previews and reloads lessons, the built-in story included', async () => {
  const { page, problems } = await open('?v=4&preset=history&lang=en');
  // The question's defaults are the material on screen and its peak lead time.
  await page.locator('.card[data-material="polyimide"]').click();
  await page.locator('details.lesson-writer > summary').click();
  await page.locator('[data-field="ask"]').check();
  assert.equal(await page.locator('#writer-material').inputValue(), 'polyimide');
  assert.equal(await page.locator('#writer-figure').inputValue(), 'peak_lead_time_days');
  await page.locator('#writer-title').fill('Week 4');
  await page.locator('#writer-step-title').fill('First');
  await page.locator('#writer-step-text').fill('What happened.');
  await page.locator('#writer-prompt').fill('How long is the peak?');
  // The preview shows the step as students will see it, as it is typed.
  const preview = page.locator('[data-panel="lesson-preview"]');
  assert.match(await preview.innerText(), /Step 1 of 1\s+First[\s\S]*What happened\.[\s\S]*How long is the peak\?/);
  await page.locator('[data-action="add-step"]').click();
  // The fields are cleared for the next step.
  for (const field of ['#writer-step-title', '#writer-step-text']) assert.equal(await page.locator(field).inputValue(), '', field);
  assert.equal(await page.locator('[data-field="ask"]').isChecked(), false);
  await page.locator('nav.presets button[data-preset="escalation"]').click();
  await page.locator('#writer-step-title').fill('Second');
  await page.locator('[data-action="add-step"]').click();
  const titles = () => page.locator('.writer-steps li bdi').allInnerTexts();
  assert.deepEqual(await titles(), ['First', 'Second']);
  // Reordered: the moved step keeps the focus on its button.
  await page.locator('[data-writer-step="2"] [data-action="move-up"]').click();
  assert.deepEqual(await titles(), ['Second', 'First']);
  await page.waitForFunction(() => document.activeElement?.closest('[data-writer-step="1"]'));
  // A step half written is not dropped by Edit or by loading a lesson without asking.
  await page.locator('#writer-step-title').fill('Half written');
  await page.locator('[data-writer-step="2"] [data-action="edit-step"]').click();
  assert.match(await page.locator('[data-field="writer-confirm"]').innerText(), /changes that are not saved\. Edit step 2 and drop them\?/);
  await page.locator('[data-action="keep-steps"]').click();
  assert.equal(await page.locator('#writer-step-title').inputValue(), 'Half written');
  assert.equal(await page.locator('.writer-form').getAttribute('data-editing'), null);
  await page.locator('#writer-step-title').fill('');
  // Edited: the step's scenario comes on screen, its fields fill in, and it is saved in place.
  await page.locator('[data-writer-step="2"] [data-action="edit-step"]').click();
  assert.equal(await page.locator('#writer-step-title').inputValue(), 'First');
  assert.equal(await page.locator('#writer-prompt').inputValue(), 'How long is the peak?');
  await page.locator('nav.presets button[data-preset="history"][aria-pressed="true"]').waitFor();
  await page.locator('#writer-step-title').fill('First, edited');
  await page.locator('[data-action="add-step"]').click();
  assert.deepEqual(await titles(), ['Second', 'First, edited']);
  const download = await downloadFrom(page, page.locator('[data-action="download-lesson"]'));
  const written = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(written.steps.map((s) => s.title.en), ['Second', 'First, edited']);
  assert.match(written.steps[0].link, /preset=escalation/);
  assert.match(written.steps[1].link, /preset=history/);
  assert.equal(written.steps[1].question.material, 'polyimide');

  // The built-in story loads into the writer, after asking, to be edited: its other languages stay.
  await page.locator('[data-action="edit-story"]').click();
  assert.match(await page.locator('[data-field="writer-confirm"]').innerText(), /holds 2 steps\. Replace them, and anything typed in the fields, with the 8 of/);
  await page.locator('[data-action="replace-steps"]').click();
  assert.equal(await page.locator('.writer-steps li').count(), 8);
  await page.locator('[data-writer-step="5"] [data-action="edit-step"]').click();
  await page.locator('#writer-step-title').fill('Autumn 2019: Korea answers');
  await page.locator('[data-action="add-step"]').click();
  const story = JSON.parse(await readFile(await (await downloadFrom(page, page.locator('[data-action="download-lesson"]'))).path(), 'utf8'));
  assert.equal(story.steps.length, 8);
  assert.equal(story.steps[4].title.en, 'Autumn 2019: Korea answers');
  assert.equal(story.steps[4].title.ja, '2019年秋：韓国の対抗措置');
  assert.ok(story.steps[4].question.explain.ko.includes('{answer}'));

  // The first lesson, reloaded from its file, is what was written.
  await page.locator('[data-action="load-lesson"]').setInputFiles(await download.path());
  await page.locator('[data-action="replace-steps"]').click();
  assert.deepEqual(await titles(), ['Second', 'First, edited']);
  assert.equal(await page.locator('#writer-title').inputValue(), 'Week 4');
  assert.deepEqual(problems, []);
  await page.close();
});

test('an embed announces its height, and the snippet sizes its frame on a course page of another origin', async () => {
  // The snippet as the embed dialog gives it.
  const { page: author, problems: authorProblems } = await open('?v=4&preset=history&lang=en');
  await author.locator('[data-action="open-embed"]').click();
  const snippet = await author.locator('[data-field="snippet"]').inputValue();
  assert.match(snippet, /<script>[\s\S]*chokepoint:resize[\s\S]*<\/script>/);
  assert.deepEqual(authorProblems, []);
  await author.close();
  // The dialog fits a 360 px phone: nothing in it runs past its edge, nor it past the screen's.
  const phone = await context.browser.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await phone.goto(context.server.url + '?v=4&preset=history&lang=en');
  await phone.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
  await phone.locator('[data-action="tools"]').click();
  await phone.locator('[data-action="open-embed"]').click();
  const dialog = phone.locator('dialog.embed-dialog[open]');
  await dialog.locator('iframe').waitFor();
  const fit = await dialog.evaluate((element) => {
    const right = element.getBoundingClientRect().right;
    return {
      right,
      over: [...element.querySelectorAll('*')]
        .filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > right + 0.5)
        .map((e) => `${e.tagName}.${e.className}`),
    };
  });
  assert.deepEqual(fit.over, []);
  assert.ok(fit.right <= 360, `the dialog ends at ${fit.right}px`);
  await screenshot(phone, 'classroom-embed-dialog-360', { fullPage: false });
  await phone.close();

  const course = await serveHtml(`<!doctype html><html lang="en"><head><title>Week 3</title></head><body>
    <h1>Week 3: export controls</h1>
    ${snippet}
    <script>
      window.heights = [];
      addEventListener('message', (event) => { if (event.data && event.data.type === 'chokepoint:resize') window.heights.push(event.data.height); });
    </script></body></html>`);
  const { page, problems } = await openPage(context.browser, { width: 800, height: 900 });
  try {
    await page.goto(course.url);
    const frame = page.frameLocator('iframe[data-chokepoint]');
    await frame.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
    // The frame grows to the page it holds, so nothing inside it scrolls: what the simulator
    // announces last is its height, and the frame's.
    let sizes;
    for (let i = 0; i < 100; i += 1) {
      sizes = {
        announced: await page.evaluate(() => window.heights.at(-1)),
        frame: await page.locator('iframe[data-chokepoint]').evaluate((f) => f.getBoundingClientRect().height),
        inside: await frame.locator('body').evaluate((body) => Math.ceil(body.getBoundingClientRect().height)),
      };
      if (sizes.announced === sizes.inside && Math.abs(sizes.frame - sizes.inside) < 1 && sizes.inside > 1500) break;
      await page.waitForTimeout(100);
    }
    assert.equal(sizes.announced, sizes.inside, JSON.stringify(sizes));
    assert.ok(Math.abs(sizes.frame - sizes.inside) < 1, JSON.stringify(sizes));
    assert.ok(sizes.inside > 1500, JSON.stringify(sizes));
    // Its first screen is the chart.
    const chart = await frame.locator('figure[data-chart="lead-time"] .chart-picture').evaluate((e) => e.getBoundingClientRect().bottom);
    assert.ok(chart <= 760, `the chart ends at ${chart}px`);
    await screenshot(page, 'classroom-embed-course', { fullPage: false });
  } finally {
    await page.close();
    await course.close();
  }
  assert.deepEqual(problems, []);

  // Without the script the frame keeps its fixed height.
  const plain = await serveHtml(`<!doctype html><html lang="en"><head><title>Plain</title></head><body>${snippet.replace(/<script>[\s\S]*<\/script>/, '')}</body></html>`);
  const other = await openPage(context.browser, { width: 800, height: 900 });
  try {
    await other.page.goto(plain.url);
    await other.page.frameLocator('iframe').locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
    await other.page.waitForTimeout(500);
    assert.equal(await other.page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height), 760);
  } finally {
    await other.page.close();
    await plain.close();
  }
});

test('a revealed answer is told to the embedding page: question, guess, answer and range', async () => {
  const src = `${context.server.url}?v=4&lang=en&embed=1&controls=locked&lesson=story&step=2`;
  const course = await serveHtml(`<!doctype html><html lang="en"><head><title>Quiz</title></head><body>
    <iframe id="sim" src="${src.replace(/&/g, '&amp;')}" width="1100" height="900" title="Simulator"></iframe>
    <script>
      window.answers = [];
      addEventListener('message', (event) => {
        if (event.source === document.getElementById('sim').contentWindow && event.data.type === 'chokepoint:answered') window.answers.push(event.data);
      });
    </script></body></html>`);
  const { page, problems } = await openPage(context.browser, { width: 1200, height: 1000 });
  try {
    await page.goto(course.url);
    const frame = page.frameLocator('#sim');
    await frame.locator('section.lesson [data-field="guess"]').fill('40');
    await frame.locator('section.lesson [data-action="reveal"]').click();
    await page.waitForFunction(() => window.answers.length > 0, null, { timeout: 15000 });
    assert.equal(await frame.locator('section.lesson [data-field="guess"]').inputValue(), '40', 'the guess stays in its field');
    const [told] = await page.evaluate(() => window.answers);
    const prompt = await frame.locator('section.lesson .lesson-question p strong').first().innerText();
    assert.equal(told.type, 'chokepoint:answered');
    assert.equal(told.apiVersion, 1);
    assert.equal(told.step, 2);
    assert.equal(told.question, prompt);
    assert.equal(told.material, 'hf');
    assert.equal(told.figure, 'peak_lead_time_days');
    assert.equal(told.unit, 'days');
    assert.equal(told.guess, 40);
    const [low, high] = told.range;
    assert.ok(low <= told.answer && told.answer <= high, JSON.stringify(told));
    // The answer and range are the ones the reader is shown.
    const shown = await frame.locator('[data-field="answer"] [data-part="model"]').innerText();
    assert.ok(shown.includes(`${Math.round(told.answer)} days`), shown);
    assert.ok(shown.includes(`${Math.round(low)}–${Math.round(high)} days`), shown);
    assert.ok(Math.abs(told.comparison - 25.9) < 0.5, `${told.comparison}`);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.answers.length), 1, 'told once');

    // Steps 4 and 5 both ask: the next question starts empty, and is told only once answered,
    // with its own guess.
    await frame.locator('section.lesson [data-action="lesson-jump"]').selectOption('4');
    await frame.locator('section.lesson[data-step="4"]').waitFor();
    await frame.locator('section.lesson [data-field="guess"]').fill('100');
    await frame.locator('section.lesson [data-action="reveal"]').click();
    await page.waitForFunction(() => window.answers.length === 2, null, { timeout: 15000 });
    await frame.locator('section.lesson [data-action="lesson-next"]').click();
    await frame.locator('section.lesson[data-step="5"]').waitFor();
    assert.equal(await frame.locator('section.lesson [data-field="guess"]').inputValue(), '');
    assert.equal(await frame.locator('[data-field="answer"]').count(), 0, 'no answer shown before this step is answered');
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => window.answers.length), 2, 'nothing told for step 5 before its answer');
    await frame.locator('section.lesson [data-field="guess"]').fill('110');
    await frame.locator('section.lesson [data-action="reveal"]').click();
    await page.waitForFunction(() => window.answers.length === 3, null, { timeout: 15000 });
    const [, fourth, fifth] = await page.evaluate(() => window.answers);
    assert.deepEqual([fourth.step, fourth.guess, fifth.step, fifth.guess], [4, 100, 5, 110]);
    assert.notEqual(fifth.answer, fourth.answer);
    // Back at step 4, a new guess is a new answer, told again.
    await frame.locator('section.lesson [data-action="lesson-back"]').click();
    await frame.locator('section.lesson[data-step="4"]').waitFor();
    await frame.locator('section.lesson [data-field="guess"]').fill('90');
    await frame.locator('section.lesson [data-action="reveal"]').click();
    await page.waitForFunction(() => window.answers.length === 4, null, { timeout: 15000 });
    const again = await page.evaluate(() => window.answers[3]);
    assert.deepEqual([again.step, again.guess, again.answer], [4, 90, fourth.answer]);
  } finally {
    await page.close();
    await course.close();
  }
  assert.deepEqual(problems, []);
});

test('a QR code shows the step\'s link, and that link opens the step', async () => {
  const { page, problems } = await open('?v=4&lang=en&lesson=story&step=5');
  await page.locator('section.lesson [data-action="show-qr"]').click();
  const dialog = page.locator('dialog#qr-lesson-step');
  await dialog.locator('[data-field="qr"] svg path').waitFor();
  const size = await dialog.locator('[data-field="qr"] svg').evaluate((svg) => svg.getBoundingClientRect().width);
  assert.ok(size >= 300, `the code is ${size}px wide`);
  const address = await dialog.locator('.qr-address').innerText();
  assert.match(address, /lesson=story/);
  assert.match(address, /step=5/);
  await screenshot(page, 'classroom-qr', { fullPage: false });
  await dialog.locator('[data-action="close-qr"]').click();
  const opened = await openPage(context.browser);
  await opened.page.goto(address);
  await opened.page.locator('section.lesson[data-step="5"]').waitFor({ timeout: 15000 });
  // The scenario's link has one too.
  await page.locator('.share [data-action="show-qr"]').click();
  assert.match(await page.locator('dialog#qr-link .qr-address').innerText(), /preset=history&wto=none|wto=none/);
  assert.deepEqual(problems, []);
  assert.deepEqual(opened.problems, []);
  await page.close();
  await opened.page.close();
});

test('a lesson prints as a handout: every step, room to write under each question, the charts', async () => {
  const { page, problems } = await open('?v=4&lang=en&lesson=story&step=1');
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await page.locator('[data-action="print-handout"]').click();
  await page.waitForFunction(() => window.printed === true);
  const handout = page.locator('[data-handout="lesson"]');
  assert.equal(await handout.locator('.handout-step').count(), 8);
  assert.equal(await handout.locator('.handout-question').count(), 5);
  assert.equal(await handout.locator('.handout-question .write-lines').count(), 5);
  // A chart for each step that asks nothing (a chart would give an answer away).
  assert.equal(await handout.locator('.handout-chart svg').count(), 3);
  assert.equal(await handout.locator('.handout-step:has(.handout-question) .handout-chart').count(), 0);
  // Printed by Chromium, the handout alone; its pages as pictures.
  const out = join(artifacts, 'handout');
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const pdf = join(out, 'handout.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, 'page')]);
  const pages = (await readdir(out)).filter((f) => f.endsWith('.png'));
  assert.ok(pages.length >= 3 && pages.length <= 8, `${pages.length} pages`);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  assert.match(text, /The 2019 dispute, step by step/);
  assert.match(text, /My prediction \(days\)/);
  assert.doesNotMatch(text, /Open the controls|Download data|Measures and assumptions/);
  // Once printed, the handout leaves the page: a later print is of the page itself.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await handout.waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await page.close();
});
