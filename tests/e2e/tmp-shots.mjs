import { serve, launch } from './support.mjs';
const server = await serve();
const browser = await launch();
const daily = (count, a, b) => Array.from({ length: count }, (_, i) => `${i % 2 ? b : a}@${new Date(Date.UTC(2018, 0, 2 + i)).toISOString().slice(0, 10)}`).join(',');
const file = (link) => ({ name: 'scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'chokepoint-scenario', version: 1, link })) });
for (const [name, opts, lang] of [
  ['desktop', { viewport: { width: 1280, height: 800 } }, 'en'],
  ['phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }, 'ko'],
]) {
  const page = await browser.newPage(opts);
  await page.goto(server.url + `?v=4&preset=history&lang=${lang}&${'\u202Eabc'}=1&${'k'.repeat(300)}=2`);
  await page.locator('figure[data-chart="lead-time"] svg').waitFor();
  await page.locator('.notice').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shot-${name}-notice.png` });
  await page.locator('[data-action="load-json"]').setInputFiles(file(`v=2&wl=${daily(300, 'b', 'a')}`));
  await page.locator('.notice[data-notice="file"]').waitFor();
  await page.locator('.notice[data-notice="file"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shot-${name}-file.png` });
  const wl = page.locator('fieldset[data-measure="white_list"]');
  await wl.scrollIntoViewIfNeeded();
  await wl.screenshot({ path: `/tmp/shot-${name}-editor.png` });
  await wl.locator('[data-action="show-all-changes"]').click();
  await wl.locator('[data-notice="schedule-full"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shot-${name}-full.png` });
  console.log(name, await page.evaluate(() => document.documentElement.scrollWidth));
  await page.close();
}
await browser.close(); await server.close();
