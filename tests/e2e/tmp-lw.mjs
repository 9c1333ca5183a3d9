import { serve, launch, openPage } from './support.mjs';
const server = await serve();
const browser = await launch();
const { page } = await openPage(browser);
await page.goto(server.url + '?v=3&preset=history&lang=en');
await page.locator('figure[data-chart="lead-time"] svg').waitFor();
await page.locator('details.lesson-writer > summary').click();
await page.locator('nav.presets button[data-preset="escalation"]').click();
await page.waitForTimeout(300);
console.log(await page.evaluate(() => {
  const e = document.querySelector('[data-field="ask"]');
  const p = document.querySelector('.lesson-writer .popover');
  const r = (x) => JSON.stringify(x.getBoundingClientRect());
  return [r(e), r(p), getComputedStyle(p).position, window.scrollY, document.querySelector('.lesson-writer').open];
}));
await page.screenshot({ path: '/tmp/lw.png' });
await browser.close(); await server.close();
