// Endurance run of the release build in headless Chromium (run `trunk build --release` first):
//   node scripts/endurance.mjs            # 5 minutes
//   MINUTES=1 node scripts/endurance.mjs  # shorter
// Drives random interaction (sliders, measures, presets, materials, language, compare, the guided
// story, data tables, downloads), samples the JS heap and the wasm memory every 10 s, and fails on any console error,
// on a heap above 50 MB, or on memory that keeps growing: what is left after a garbage collection
// (plus the wasm memory) must not end more than 25% (and 1 MB) above its level in the second minute.
import { serve, launch } from '../tests/e2e/support.mjs';

const minutes = Number(process.env.MINUTES ?? 5);
const LIMIT_MB = 50;
const server = await serve();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
const problems = [];
page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
page.on('pageerror', (e) => problems.push(e.message));
await page.addInitScript(() => {
  addEventListener('TrunkApplicationStarted', (event) => { window.__wasm = event.detail.wasm; });
});
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');

await page.goto(server.url + '?v=3&preset=history&lang=en');
await page.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
const actions = {
  async slider() {
    const group = pick(await page.locator('details.group').all());
    if (!(await group.evaluate((d) => d.open))) await group.locator('summary').click();
    const sliders = await group.locator('.param input[type="range"]').all();
    if (sliders.length === 0) return;
    const slider = pick(sliders);
    const [min, max] = await slider.evaluate((s) => [Number(s.min), Number(s.max)]);
    await slider.fill(String(min + Math.random() * (max - min)));
  },
  async preset() { await pick(await page.locator('nav.presets button[data-preset]').all()).click(); },
  async material() { await pick(await page.locator('.card').all()).click(); },
  async language() { await page.locator('select[data-action="language"]').selectOption(pick(['en', 'ja', 'ko'])); },
  async measure() {
    const measure = pick(await page.locator('fieldset.measure').all());
    const remove = measure.locator('button.remove');
    if ((await remove.count()) > 0 && Math.random() < 0.5) await remove.first().click();
    else await measure.locator('button.add').click();
  },
  async compare() {
    if ((await page.locator('[data-action="start-compare"]').count()) > 0) {
      await page.locator('#compare-with').selectOption(pick(['current', 'baseline', 'escalation', 'settlement']));
      await page.locator('[data-action="start-compare"]').click();
    } else {
      await page.locator(pick(['[data-action="swap"]', '[data-action="stop-compare"]'])).click();
    }
  },
  async lesson() {
    if ((await page.locator('section.lesson').count()) === 0) {
      await page.locator('[data-action="start-story"]').click();
      return;
    }
    const choice = pick(['lesson-next', 'lesson-next', 'lesson-back', 'close-lesson']);
    const button = page.locator(`section.lesson [data-action="${choice}"]`);
    if (await button.isEnabled()) await button.click();
  },
  async table() { await pick(await page.locator('details.chart-table > summary').all()).click(); },
  async download() {
    const button = pick(['[data-action="download-csv"]', '[data-action="download-json"]', 'figure[data-chart="lead-time"] [data-action="download-svg"]']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
    await download.delete();
  },
};

const samples = [];
const started = Date.now();
let count = 0;
let nextSample = 0;
while (Date.now() - started < minutes * 60_000) {
  const name = pick(Object.keys(actions));
  try {
    await actions[name]();
  } catch (error) {
    problems.push(`${name}: ${error.message.split('\n')[0]}`);
  }
  await settle();
  count += 1;
  if (Date.now() - started >= nextSample) {
    const used = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value / 2 ** 20;
    const heap = await used();
    await cdp.send('HeapProfiler.collectGarbage');
    const retained = await used();
    const wasm = (await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? 0)) / 2 ** 20;
    const t = (Date.now() - started) / 1000;
    samples.push({ t, heap, retained, wasm });
    console.log(`${t.toFixed(0).padStart(4)} s  ${String(count).padStart(5)} actions  JS heap ${heap.toFixed(1)} MB (${retained.toFixed(1)} MB after GC)  wasm memory ${wasm.toFixed(1)} MB`);
    nextSample += 10_000;
  }
}
await browser.close();
await server.close();

const kept = (from, to) => Math.max(...samples.filter((s) => s.t >= from && s.t < to).map((s) => s.retained + s.wasm));
const top = Math.max(...samples.map((s) => s.heap));
const secondMinute = kept(60, 120);
const lastMinute = kept(minutes * 60 - 60, minutes * 60 + 1);
console.log(`${count} actions in ${minutes} min; JS heap peak ${top.toFixed(1)} MB; kept after GC (JS + wasm): second minute ${secondMinute.toFixed(1)} MB, last minute ${lastMinute.toFixed(1)} MB`);
const failures = [...problems];
if (top > LIMIT_MB) failures.push(`JS heap reached ${top.toFixed(1)} MB (limit ${LIMIT_MB} MB)`);
if (minutes >= 3 && lastMinute > 1.25 * secondMinute + 1) failures.push('memory kept growing');
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('no console error; memory bounded');
