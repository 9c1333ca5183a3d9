import { serve, launch, openPage } from './support.mjs';
const server = await serve();
const browser = await launch();
for (const [name, viewport, mobile] of [['desk', { width: 1280, height: 800 }, false], ['phone', { width: 390, height: 844 }, true]]) {
  const ctx = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: mobile ? 2 : 1 });
  const page = await ctx.newPage();
  await page.goto(server.url);
  await page.locator('figure[data-chart="lead-time"] svg').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/cur-${name}.png` });
  await page.screenshot({ path: `/tmp/cur-${name}-full.png`, fullPage: true });
  console.log(name, await page.evaluate(() => document.body.scrollHeight));
}
await browser.close(); await server.close();
