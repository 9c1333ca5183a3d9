import { serve, launch, openPage } from './support.mjs';
const server = await serve();
const browser = await launch();
for (const w of [320, 360]) {
const { page } = await openPage(browser, { width: w, height: 780 });
await page.goto(server.url);
await page.locator('figure[data-chart="lead-time"] svg').waitFor();
await page.waitForTimeout(500);
console.log(w, await page.evaluate(() => {
  const W = window.innerWidth;
  return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > W + 0.5 && getComputedStyle(e).visibility !== 'hidden')
    .slice(0, 8).map((e) => `${e.tagName}.${e.className?.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().right)}`);
}));
}
await browser.close(); await server.close();
