import { serve, launch } from './support.mjs';
const server = await serve();
const browser = await launch();
for (const [name, viewport, mobile, q] of [['ko-phone', { width: 390, height: 844 }, true, '?v=4&preset=history&lang=ko'], ['ja-desk', { width: 1280, height: 800 }, false, '?v=4&preset=history&lang=ja']]) {
  const ctx = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: mobile ? 2 : 1 });
  const page = await ctx.newPage();
  await page.goto(server.url + q);
  await page.locator('figure[data-chart="lead-time"] svg').waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/cur-${name}.png` });
}
await browser.close(); await server.close();
