// Links, compare, embed mode, the embed dialog and the message API in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, openSimulator, screenshot, serveHtml, settled, showDates } from './support.mjs';

const context = useServerAndBrowser(before, after);

const open = (query, permissions = []) => openSimulator(context, query, { permissions });

// What a reader sees of the results, once attribution (computed after a pause) is drawn: headline
// figures, the comparison and every chart on screen.
// Everything the worker computes is in: attribution, the bands and the ranges of both scenarios.
async function picture(page) {
  await page.locator('figure.chart[data-chart="attribution"] svg').waitFor();
  await page.locator('figure[data-chart="lead-time"][data-band="own"]').waitFor();
  await page.locator('.headlines .range:not(.pending)').first().waitFor();
  await page.locator('table.compare-figures[aria-busy="false"]').waitFor();
  return page.evaluate(() => ({
    headlines: [...document.querySelectorAll('.card [data-figure] .nowrap, .figures dd')].map((e) => e.firstChild.textContent.trim()).join(' | '),
    selected: document.querySelector('.card.selected').dataset.material,
    compare: document.querySelector('.compare').innerText,
    charts: [...document.querySelectorAll('figure.chart:not(.pending) svg')].map((svg) => svg.outerHTML),
  }));
}

test('a scenario set through the controls reopens from its copied link with identical figures', async () => {
  const { page, problems } = await open('?v=3&preset=history', ['clipboard-read', 'clipboard-write']);
  // A measure, a parameter, the material on screen and a compared scenario, all set on the page.
  await showDates(page);
  await page.locator('fieldset[data-measure="dialogue"] button.remove').first().click();
  await page.locator('details[data-group="licensing"] > summary').click();
  const slider = page.locator('[data-param="hf.review_days"] input[type="range"]');
  await slider.focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  // Each change is kept once the controls rest; the last one (comparing) leaves the scenario as it
  // is, so no "before this change" line is drawn, as on the page the link reopens.
  await page.waitForURL((url) => url.search.includes('hf.review_days='));
  await page.locator('.card[data-material="photoresist"]').click();
  await page.locator('#compare-with').selectOption('settlement');
  await page.locator('[data-action="start-compare"]').click();
  await page.waitForURL((url) => url.search.includes('compare=settlement') && url.search.includes('show=photoresist'));
  await page.locator('[data-action="copy-link"]').click();
  await page.locator('.share-status').getByText('Link copied.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, page.url());
  assert.match(link, /dialogue=resumed@2023-03-16&/);
  assert.match(link, /hf\.review_days=/);
  await settled(page);
  const before = await picture(page);

  const reopened = await open(link.slice(context.server.url.length));
  await settled(reopened.page);
  const after = await picture(reopened.page);
  assert.equal(after.selected, 'photoresist');
  assert.deepEqual(after, before);
  assert.equal(await reopened.page.locator('.notice').count(), 0);
  assert.deepEqual(problems, []);
  assert.deepEqual(reopened.problems, []);
  await page.close();
  await reopened.page.close();
});

test('an older version of a link is read as it was and rewritten in the current version', async () => {
  const { page, problems } = await open('?v=1&preset=history&dialogue=frozen');
  assert.equal(await page.locator('.notice').count(), 0);
  await page.waitForURL((url) => url.search === '?v=4&preset=history&dialogue=frozen&lang=en');
  assert.equal(await page.locator('fieldset[data-measure="dialogue"].active').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('compare shows both scenarios: the settings that differ, both figures and both lines', async () => {
  const { page, problems } = await open('?v=3&preset=history');
  const alone = await page.locator('figure[data-chart="lead-time"] svg').innerHTML();
  await page.locator('#compare-with').selectOption('baseline');
  await page.locator('[data-action="start-compare"]').click();
  await page.locator('.compare table.differences').waitFor();
  await page.waitForURL((url) => url.search.includes('compare=baseline'));
  // Every measure of history differs from the baseline.
  const differing = await page.locator('.compare table.differences tbody tr').allInnerTexts();
  assert.equal(differing.length, 10, differing.join('\n'));
  assert.ok(differing.some((row) => row.includes('Export-control dialogue') && row.includes('16 December 2019')), differing.join('\n'));
  assert.equal(await page.locator('.compare table.compare-figures tbody tr').count(), 3);
  const chart = await page.locator('figure[data-chart="lead-time"] svg').innerHTML();
  assert.notEqual(chart, alone);
  assert.match(chart, /B: Baseline/);
  assert.match(chart, /A: this scenario/);
  await screenshot(page, 'compare-desktop');

  // Swap: the controls now edit the baseline, and history is the one compared.
  await page.locator('[data-action="swap"]').click();
  await page.waitForURL((url) => !url.search.includes('preset=') && url.search.includes('compare=history'));
  assert.equal(await page.locator('fieldset.measure.active').count(), 0);
  await page.locator('[data-action="stop-compare"]').click();
  await page.waitForURL((url) => !url.search.includes('compare'));
  assert.equal(await page.locator('.compare table').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the embed dialog builds the snippet from its options and previews it', async () => {
  const { page, problems } = await open('?v=3&preset=history', ['clipboard-read', 'clipboard-write']);
  await page.locator('[data-action="open-embed"]').click();
  const dialog = page.locator('dialog.embed-dialog');
  await dialog.waitFor({ state: 'visible' });
  await dialog.locator('input[name="embed-controls"][value="hidden"]').check();
  await dialog.locator('input[type="checkbox"][value="supply"]').uncheck();
  const snippet = await dialog.locator('textarea').inputValue();
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/course\/chokepoint\/\?v=4&amp;preset=history&amp;lang=en&amp;embed=1&amp;controls=hidden&amp;charts=lead-time,jp-exports,inventory,attribution,drivers"/);
  assert.match(snippet, /title="Chokepoint/);
  const preview = page.frameLocator('dialog.embed-dialog iframe.embed-preview');
  await preview.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
  assert.equal(await preview.locator('section.controls').count(), 0);
  assert.equal(await preview.locator('figure[data-chart="supply"]').count(), 0);
  await dialog.locator('[data-action="copy-snippet"]').click();
  await dialog.getByText('Snippet copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  await screenshot(page, 'embed-dialog', { fullPage: false });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
  await page.close();
});

test('embedded in a course page: compact, locked, chosen charts, and it answers the message API', async () => {
  const src = `${context.server.url}?v=3&preset=history&embed=1&controls=locked&charts=lead-time,supply`;
  const course = await serveHtml(`<!doctype html><html lang="en"><head><title>Course</title></head><body>
    <h1>Week 3: export controls</h1>
    <iframe id="sim" src="${src.replace(/&/g, '&amp;')}" width="1100" height="900" title="Simulator"></iframe>
    <script>
      window.received = [];
      addEventListener('message', (event) => {
        if (event.source === document.getElementById('sim').contentWindow) window.received.push(event.data);
      });
      window.ask = (message) => document.getElementById('sim').contentWindow.postMessage(message, '*');
    </script></body></html>`);
  const { page, problems } = await openPage(context.browser, { width: 1200, height: 1000 });
  try {
    await page.goto(course.url);
    const frame = page.frameLocator('#sim');
    await frame.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
    // No page chrome; a way back to the full simulator with the same scenario.
    for (const chrome of ['.masthead', '.site-footer', 'details.about', '.share', '.saved', 'nav.presets']) {
      assert.equal(await frame.locator(chrome).count(), 0, chrome);
    }
    const back = await frame.locator('[data-action="open-full"]').getAttribute('href');
    assert.equal(back, `${context.server.url}?v=4&preset=history&lang=en`);
    // Locked: every control is shown and disabled.
    assert.equal(await frame.locator('fieldset.controls-lock').getAttribute('disabled'), 'disabled');
    assert.ok(await frame.locator('fieldset[data-measure="licensing_hf"] select').first().isDisabled());
    await frame.locator('details[data-group="licensing"] > summary').click();
    assert.ok(await frame.locator('[data-param="notice_days"] input').isDisabled());
    const charts = await frame.locator('figure.chart').evaluateAll((figures) => figures.map((f) => f.dataset.chart));
    assert.deepEqual(charts, ['lead-time', 'supply']);

    const waitFor = (predicate) =>
      page.waitForFunction((source) => window.received.find(eval(source)), predicate.toString()).then((h) => h.jsonValue());
    const ready = await waitFor((m) => m.type === 'chokepoint:scenario-changed');
    assert.equal(ready.link, 'v=4&preset=history&lang=en');
    assert.equal(ready.headlines.length, 3);

    await page.evaluate(() => window.ask({ type: 'chokepoint:get-scenario', id: 'q1' }));
    const reply = await waitFor((m) => m.type === 'chokepoint:scenario' && m.id === 'q1');
    assert.equal(reply.link, 'v=4&preset=history&lang=en');
    assert.deepEqual(reply.warnings, []);
    const shownPeak = await frame.locator('.card[data-material="hf"] [data-figure="peak-lead-time"]').innerText();
    assert.ok(shownPeak.startsWith(`${Math.round(reply.headlines[0].peakLeadTimeDays)} days`), `${shownPeak} vs ${reply.headlines[0].peakLeadTimeDays}`);

    // Set a scenario; its bad part is reported in the reply and on the page, the rest applies.
    await page.evaluate(() => window.ask({ type: 'chokepoint:set-scenario', link: 'v=3&preset=escalation&colour=red', id: 2 }));
    const set = await waitFor((m) => m.type === 'chokepoint:scenario' && m.id === 2);
    assert.equal(set.link, 'v=4&preset=escalation&lang=en');
    assert.equal(set.warnings.length, 1);
    assert.match(set.warnings[0], /^colour/);
    assert.notDeepEqual(set.headlines, reply.headlines);
    await frame.locator('.notice[data-notice="message"]').getByText('colour').waitFor();
    const changed = await waitFor((m) => m.type === 'chokepoint:scenario-changed' && m.link === 'v=4&preset=escalation&lang=en');
    assert.deepEqual(changed.headlines, set.headlines);
    await frame.locator('.card[data-material="hf"] [data-figure="peak-lead-time"]')
      .getByText(`${Math.round(set.headlines[0].peakLeadTimeDays)} days`).waitFor();

    // Messages of any other shape change nothing and get no answer.
    const count = await page.evaluate(() => window.received.length);
    await page.evaluate(() => {
      window.ask('chokepoint:set-scenario');
      window.ask({ type: 'chokepoint:set-scenario', link: 'v=3', extra: true });
      window.ask({ type: 'chokepoint:set-scenario', link: 42 });
      window.ask({ type: 'chokepoint:reset' });
      window.ask({ type: 'chokepoint:get-scenario', id: { nested: 1 } });
      window.ask(null);
      window.ask({ type: 'chokepoint:get-scenario', id: 'after' });
    });
    const after = await waitFor((m) => m.id === 'after');
    assert.equal(after.link, 'v=4&preset=escalation&lang=en');
    assert.equal(await page.evaluate(() => window.received.length), count + 1, 'only the last message was answered');

    // A link too long to read is refused with the reason, and what is shown stays.
    await page.evaluate(() => window.ask({ type: 'chokepoint:set-scenario', link: `v=4&x=${'a'.repeat(70000)}`, id: 'long' }));
    const refused = await waitFor((m) => m.id === 'long');
    assert.equal(refused.type, 'chokepoint:refused');
    assert.match(refused.reason, /bytes/);
    // So is a lesson that cannot be read.
    await page.evaluate(() => window.ask({ type: 'chokepoint:set-scenario', link: 'v=4&lesson=%7Bbroken', id: 'bad-lesson' }));
    const badLesson = await waitFor((m) => m.id === 'bad-lesson');
    assert.equal(badLesson.type, 'chokepoint:refused');
    assert.match(badLesson.reason, /lesson/);
    await page.evaluate(() => window.ask({ type: 'chokepoint:get-scenario', id: 'after-refusals' }));
    const still = await waitFor((m) => m.id === 'after-refusals');
    assert.equal(still.link, 'v=4&preset=escalation&lang=en');
    await frame.locator('.card[data-material="hf"] [data-figure="peak-lead-time"]')
      .getByText(`${Math.round(set.headlines[0].peakLeadTimeDays)} days`).waitFor();

    // A lesson sent by message is shown at its step, and stays in what is announced next.
    await page.evaluate(() => window.ask({ type: 'chokepoint:set-scenario', link: 'v=4&lesson=story&step=3', id: 'lesson' }));
    const lessonReply = await waitFor((m) => m.id === 'lesson');
    assert.equal(lessonReply.type, 'chokepoint:scenario');
    await frame.locator('section.lesson[data-step="3"]').waitFor();
    const announced = await waitFor((m) => m.type === 'chokepoint:scenario-changed' && m.link.includes('lesson=story'));
    assert.match(announced.link, /step=3/);

    // A message far over the size limit is never copied into the page's memory.
    const session = await page.context().newCDPSession(page);
    // The simulator's own realm: the execution context of the frame on the simulator's origin.
    const contexts = [];
    session.on('Runtime.executionContextCreated', ({ context: c }) => contexts.push(c));
    await session.send('Runtime.enable');
    const simulatorOrigin = new URL(context.server.url).origin;
    const realm = contexts.find((c) => c.origin === simulatorOrigin && c.auxData?.isDefault);
    assert.ok(realm, JSON.stringify(contexts.map((c) => c.origin)));
    const memory = async () => {
      const { result: proto } = await session.send('Runtime.evaluate', {
        expression: 'WebAssembly.Memory.prototype',
        contextId: realm.id,
      });
      const { objects } = await session.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
      const { result } = await session.send('Runtime.callFunctionOn', {
        objectId: objects.objectId,
        functionDeclaration: 'function () { return this.reduce((sum, m) => sum + m.buffer.byteLength, 0); }',
        returnByValue: true,
      });
      return result.value;
    };
    const before = await memory();
    assert.ok(before > 1024 * 1024, `the page's memory is found (${before} bytes)`);
    await page.evaluate(() => window.ask({ type: 'chokepoint:set-scenario', link: 'v=4&'.padEnd(100 * 1024 * 1024, 'a'), id: 'huge' }));
    await page.evaluate(() => window.ask({ type: 'chokepoint:get-scenario', id: 'after-huge' }));
    await waitFor((m) => m.id === 'after-huge');
    const grown = (await memory()) - before;
    assert.ok(grown < 8 * 1024 * 1024, `the page's memory grew by ${grown} bytes`);
    assert.equal(await page.evaluate(() => window.received.filter((m) => m.id === 'huge').length), 0);

    await screenshot(page, 'embedded-course-page', { fullPage: false });
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
    await course.close();
  }
});

test('hidden controls leave the results alone', async () => {
  const { page, problems } = await open('?v=3&preset=settlement&embed=1&controls=hidden&show=polyimide');
  assert.equal(await page.locator('section.controls').count(), 0);
  assert.equal(await page.locator('.card.selected').getAttribute('data-material'), 'polyimide');
  // The charts below the first come once the first screen is painted.
  await page.locator('figure.chart').nth(5).waitFor();
  assert.equal(await page.locator('figure.chart').count(), 6);
  assert.deepEqual(problems, []);
  await page.close();
});
