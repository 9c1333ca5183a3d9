// Browser benchmark of the release build in headless Chromium (run `trunk build --release` first):
//   node scripts/bench-page.mjs [--quick]
// Prints:
// - the time from navigation to the first chart drawn (for history, and for the largest scenario
//   the caps allow at 6x CPU throttling);
// - for 40 trusted inputs of each kind (arrow keys on a slider, arrow keys on a measure's select,
//   clicks on presets), without throttling and at 4x CPU throttling:
//   - the Event Timing duration of the interaction, from the input to the next paint after it is
//     handled (the browser's own measure, as Interaction to Next Paint takes it; Chromium reports
//     interactions of 16 ms or more, so a shorter one is counted as 16 ms and said to be so);
//   - the time from the input until the charts show the bands of the new scenario, painted;
// - the time from a preset click to the full sensitivity result (the drivers chart drawn for the
//   new scenario), unthrottled, with the number of progress updates seen on the way;
// - the gzipped sizes of the files the first screen loads (the page's wasm and JavaScript) and of
//   the worker's, which loads after it.
// `--quick` runs 10 inputs of each kind and skips the navigation runs.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve, launch, dist } from '../tests/e2e/support.mjs';

const quick = process.argv.includes('--quick');
const INPUTS = quick ? 10 : 40;

const percentile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const summary = (values) =>
  `median ${percentile(values, 0.5).toFixed(1)} ms, p95 ${percentile(values, 0.95).toFixed(1)} ms (n=${values.length})`;
// Event Timing durations: under the 16 ms reporting threshold an interaction has no entry.
const interactionSummary = (durations) => {
  const below = durations.filter((d) => d === null).length;
  const values = durations.map((d) => d ?? 16);
  const p = (q) => {
    const v = percentile(values, q);
    return v <= 16 && below > 0 ? '≤ 16' : v.toFixed(0);
  };
  return `median ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${p(1)} ms (n=${durations.length}; ${below} under 16 ms)`;
};

// Records, in the page, Event Timing entries and when the lead-time chart shows its own band.
const instrument = () => {
  window.__entries = [];
  new PerformanceObserver((list) => window.__entries.push(...list.getEntries())).observe({
    type: 'event',
    durationThreshold: 16,
    buffered: true,
  });
  window.__inputAt = null;
  for (const type of ['keydown', 'pointerdown']) {
    addEventListener(type, (event) => {
      if (event.isTrusted) window.__inputAt = event.timeStamp;
    }, true);
  }
  // Arms a watch for the next time the lead-time chart is drawn with the scenario's own band (a
  // drawing is a new svg element), and notes when the frame after it is painted.
  window.__watchBands = () => {
    const figure = () => document.querySelector('figure[data-chart="lead-time"]');
    const before = figure()?.querySelector('svg');
    window.__bandsPainted = null;
    const observer = new MutationObserver(() => {
      const f = figure();
      if (f?.dataset.band === 'own' && f.querySelector('svg') !== before) {
        observer.disconnect();
        requestAnimationFrame(() => { window.__bandsPainted = performance.now(); });
      }
    });
    observer.observe(document.querySelector('.results'), { childList: true, subtree: true, attributes: true, attributeFilter: ['data-band'] });
  };
};

// Sends INPUTS trusted inputs of one kind and measures each.
async function interactions(browser, server, kind, throttle) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(instrument);
  const cdp = await page.context().newCDPSession(page);
  await page.goto(server.url + '?v=4&preset=history');
  await page.locator('figure[data-chart="lead-time"][data-band="own"]').waitFor({ timeout: 60000 });
  let send;
  if (kind === 'slider') {
    await page.locator('details[data-group="licensing"] > summary').click();
    const slider = page.locator('[data-param="hf.review_days"] input[type="range"]');
    await slider.focus();
    send = (i) => page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
  } else if (kind === 'select') {
    await page.locator('[data-action="controls-mode"]').click();
    const select = page.locator('fieldset.measure select').first();
    await select.focus();
    send = (i) => page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown');
  } else {
    const presets = ['escalation', 'history', 'settlement', 'history'];
    send = (i) => page.locator(`[data-preset="${presets[i % presets.length]}"]`).click();
  }
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const durations = [];
  const bands = [];
  for (let i = 0; i < INPUTS; i++) {
    const seen = await page.evaluate(() => window.__entries.length);
    await page.evaluate(() => window.__watchBands());
    await send(i);
    await page.waitForFunction(() => window.__bandsPainted !== null, null, { timeout: 60000, polling: 5 });
    // Let the last frame's entries arrive.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))));
    const { entries, inputAt, painted } = await page.evaluate((seen) => ({
      entries: window.__entries.slice(seen).map((e) => ({ id: e.interactionId, d: e.duration })),
      inputAt: window.__inputAt,
      painted: window.__bandsPainted,
    }), seen);
    const own = entries.filter((e) => e.id > 0);
    durations.push(own.length ? Math.max(...own.map((e) => e.d)) : null);
    bands.push(painted - inputAt);
  }
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.close();
  return { durations, bands };
}

const server = await serve();
const browser = await launch();
try {
  if (!quick) {
    const firstChart = [];
    for (let i = 0; i < 10; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('figure[data-chart] svg')) {
            window.__firstChart = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(server.url + '?v=1&preset=history');
      await page.waitForFunction(() => window.__firstChart !== undefined);
      firstChart.push(await page.evaluate(() => window.__firstChart));
      await page.close();
    }

    // The largest scenario within the caps: every measure of both scenarios with 24 changes (the
    // most a schedule holds), a day apart. Measured at 6x CPU throttling, as a slow phone.
    const alternating = (key, a, b) =>
      `${key}=${Array.from({ length: 24 }, (_, i) => `${i % 2 ? b : a}@2019-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, '0')}`).join(',')}`;
    const measures = [
      ['lic.hf', 'individual', 'bulk'], ['lic.photoresist', 'individual', 'bulk'], ['lic.polyimide', 'individual', 'bulk'],
      ['wl', 'b', 'a'], ['wto', 'panel', 'none'], ['gsomia', 'terminated', 'in_force'], ['krwl', 'removed', 'listed'],
      ['loc', 'on', 'off'], ['div', 'on', 'off'], ['dialogue', 'resumed', 'frozen'],
    ];
    const largest = '?v=4&' + [
      ...measures.map(([k, a, b]) => alternating(k, a, b)),
      'compare=history',
      ...measures.map(([k, a, b]) => alternating(`b.${k}`, a, b)),
    ].join('&');
    const throttled = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      const started = Date.now();
      await page.goto(server.url + largest);
      await page.locator('figure[data-chart] svg').first().waitFor({ timeout: 120000 });
      throttled.push(Date.now() - started);
      await page.close();
    }
    console.log(`navigation to first chart drawn: ${summary(firstChart)}`);
    console.log(`largest scenario within the caps (${largest.length} bytes), 6x CPU throttling, navigation to first chart: ${summary(throttled)}`);
  }

  for (const throttle of [1, 4]) {
    for (const [kind, label] of [['slider', 'arrow keys on a slider'], ['select', "arrow keys on a measure's select"], ['preset', 'clicks on presets']]) {
      const { durations, bands } = await interactions(browser, server, kind, throttle);
      const rate = throttle > 1 ? `, ${throttle}x CPU throttling` : '';
      console.log(`${label}${rate}: input to next paint (Event Timing) ${interactionSummary(durations)}`);
      console.log(`${label}${rate}: input to the bands painted ${summary(bands)}`);
    }
  }

  // The full sensitivity result after a change: from the click to the drivers chart drawn again.
  {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + '?v=4&preset=history');
    await page.locator('figure[data-chart="drivers"] svg').waitFor({ timeout: 60000 });
    await page.evaluate(() => {
      window.__progress = 0;
      new MutationObserver(() => {
        const figure = document.querySelector('figure[data-chart="drivers"]');
        if (figure?.querySelector('progress[value]')) window.__progress += 1;
        if (figure?.getAttribute('aria-busy') === 'true') window.__pending = true;
        // Drawn again once it was pending for the new scenario.
        if (window.__pending && !window.__drawn && figure?.querySelector('svg')) window.__drawn = performance.now();
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    const full = [];
    const updates = [];
    const presets = ['Escalation', 'What happened', 'Licensing alone', 'Settlement in December 2019', 'What happened'];
    for (const preset of presets.slice(0, quick ? 2 : presets.length)) {
      await page.evaluate(() => { window.__clicked = performance.now(); window.__drawn = undefined; window.__pending = false; window.__progress = 0; });
      await page.getByRole('button', { name: preset, exact: true }).click();
      await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 60000 });
      full.push(await page.evaluate(() => window.__drawn - window.__clicked));
      updates.push(await page.evaluate(() => window.__progress));
    }
    console.log(`preset click to the full sensitivity result drawn: ${summary(full)} (progress updates seen: ${updates.join(', ')})`);
    await page.close();
  }

  const files = await readdir(dist);
  const gz = async (name) => gzipSync(await readFile(join(dist, name)), { level: 9 }).length;
  // KB of 1,000 bytes, as tests/e2e/size.test.mjs counts them.
  const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const first = files.filter((f) => /^chokepoint-[0-9a-f]+(_bg\.wasm|\.js)$/.test(f) || (f.startsWith('loader-') && html.includes(f)));
  const worker = files.filter((f) => f.startsWith('chokepoint-worker-'));
  const sum = async (list) => (await Promise.all(list.map(gz))).reduce((a, b) => a + b, 0);
  console.log(`first screen, wasm + JavaScript gzipped: ${kb(await sum(first))} (${first.join(', ')})`);
  console.log(`worker, wasm + JavaScript gzipped (loaded after the first screen): ${kb(await sum(worker))}`);
} finally {
  await browser.close();
  await server.close();
}
