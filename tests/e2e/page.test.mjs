// The release build in headless Chromium: it loads under a sub-path, draws its chart, logs no
// error and asks nothing of any other origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openPage, screenshot } from './support.mjs';

const context = useServerAndBrowser(before, after);

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 360, height: 780 }],
]) {
  test(`the page loads and draws its chart (${name})`, async () => {
    const { page, problems, requests } = await openPage(context.browser, viewport);
    await page.goto(context.server.url);
    const chart = page.locator('figure[data-chart="lead-time"] svg');
    await chart.waitFor({ timeout: 15000 });
    assert.match(await page.locator('h1').innerText(), /Chokepoint/);
    assert.match(await chart.innerHTML(), /Lead time/);
    assert.ok((await chart.locator('polyline').count()) >= 3, 'scenario, baseline and event lines');
    // The band comes from the worker a moment later.
    await page.locator('figure[data-chart="lead-time"][data-band="own"] svg').waitFor();
    assert.equal(await chart.locator('polygon').count(), 1, 'the uncertainty band');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    await screenshot(page, `page-${name}`);
    await screenshot(page, `page-${name}-first-screen`, { fullPage: false });
    assert.deepEqual(problems, []);
    const foreign = requests.filter((url) => !url.startsWith(context.server.origin));
    assert.deepEqual(foreign, [], 'every request goes to the page\'s own origin');
    // The policy allows the page's own origin only, and the page carries no inline script.
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline|\*/);
    const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
    assert.equal(inline, 0, 'no inline script');
    await page.close();
  });
}
