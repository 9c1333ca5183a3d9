// Browser benchmark of the release build in headless Chromium (run `trunk build --release` first):
//   node scripts/bench-page.mjs
// Prints the time from navigation to the first chart drawn (for history, and for the largest
// scenario the caps allow at 6x CPU throttling), the time from a control change to the repainted
// charts (bands included), and the gzipped sizes of the wasm and JavaScript.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve, launch, dist } from '../tests/e2e/support.mjs';

const percentile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const summary = (values) =>
  `median ${percentile(values, 0.5).toFixed(1)} ms, p95 ${percentile(values, 0.95).toFixed(1)} ms (n=${values.length})`;

const server = await serve();
const browser = await launch();
try {
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

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url + '?v=1&preset=history');
  await page.locator('figure[data-chart] svg').first().waitFor();
  await page.locator('details[data-group="licensing"] > summary').click();
  // For each change: the time until the page's DOM holds the new results (the work: model, bands,
  // charts, render), and the time until the next frame after that (what a user sees). Each change
  // starts right after a frame.
  const changes = await page.evaluate(async () => {
    const input = document.querySelector('[data-param="hf.review_days"] input[type="range"]');
    const results = document.querySelector('.results');
    const times = [];
    for (let i = 0; i < 60; i++) {
      let updated = null;
      const observer = new MutationObserver(() => {
        if (updated === null) updated = performance.now();
      });
      observer.observe(results, { childList: true, subtree: true, characterData: true });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const started = performance.now();
      input.value = String(40 + (i % 2) * 60 + i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (updated === null) await new Promise((resolve) => setTimeout(resolve, 0));
      const painted = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      observer.disconnect();
      times.push([updated - started, painted - started]);
    }
    return times;
  });

  const files = await readdir(dist);
  const size = async (suffix) => {
    const name = files.find((f) => f.endsWith(suffix));
    const bytes = await readFile(join(dist, name));
    return `${(bytes.length / 1024).toFixed(0)} KB (${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(0)} KB gzipped)`;
  };
  console.log(`navigation to first chart drawn: ${summary(firstChart)}`);
  console.log(`largest scenario within the caps (${largest.length} bytes), 6x CPU throttling, navigation to first chart: ${summary(throttled)}`);
  console.log(`control change to updated page (model, bands, charts, render): ${summary(changes.map((t) => t[0]))}`);
  console.log(`control change to the next frame after it: ${summary(changes.map((t) => t[1]))}`);
  console.log(`wasm: ${await size('_bg.wasm')}`);
  console.log(`JavaScript: ${await size('.js')}`);
} finally {
  await browser.close();
  await server.close();
}
