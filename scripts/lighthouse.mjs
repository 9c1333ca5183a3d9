// Lighthouse on the release build, with Debian's Chromium (run `trunk build --release` first):
//   node scripts/lighthouse.mjs [query]
// Serves dist/ as the end-to-end tests do, audits the page as a phone (Lighthouse's default,
// simulated slow 4G and a 4x slower CPU) and as a desktop, and prints the four category scores of
// each. Exits non-zero if accessibility or best practices fall below 100 or performance below 95.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/support.mjs';

const query = process.argv[2] ?? '?v=3&preset=history&lang=en';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const server = await serve();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
let failed = false;
try {
  for (const formFactor of ['mobile', 'desktop']) {
    const config = formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
    const result = await lighthouse(
      server.url + query,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
      config,
    );
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round(result.lhr.categories[c].score * 100)]));
    console.log(`${formFactor}: ${categories.map((c) => `${c} ${scores[c]}`).join(', ')}`);
    for (const c of categories) {
      for (const ref of result.lhr.categories[c].auditRefs) {
        const audit = result.lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`  ${c}: ${ref.id} ${audit.score} ${audit.displayValue ?? ''}`);
          // Which elements fail an accessibility audit, so that it can be fixed.
          if (c === 'accessibility') {
            for (const item of (audit.details?.items ?? []).slice(0, 5)) {
              console.log(`    ${item.node?.selector ?? ''} ${item.node?.snippet ?? ''}`);
            }
          }
        }
      }
    }
    const m = result.lhr.audits;
    console.log(`  FCP ${m['first-contentful-paint'].displayValue}, LCP ${m['largest-contentful-paint'].displayValue}, TBT ${m['total-blocking-time'].displayValue}, CLS ${m['cumulative-layout-shift'].displayValue}`);
    failed ||= scores.accessibility < 100 || scores['best-practices'] < 100 || scores.performance < 95;
  }
} finally {
  await chrome.kill();
  await server.close();
}
process.exit(failed ? 1 : 0);
