// Saved scenarios as a store shared by every tab of the site: two tabs saving, renaming and
// deleting keep each other's entries and follow each other's changes; a stored list that cannot be
// read stays where it is when no copy of it fits; a change the page could not read back, or the
// browser does not store, is refused with a notice and the list is as it was.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, settled } from './support.mjs';

const context = useServerAndBrowser(before, after);

const KEY = 'chokepoint.saved.v1';
const ASIDE_KEY = 'chokepoint.saved.v1.unreadable';
// MAX_STORED_BYTES in src/scenario/saved.rs.
const MAX_STORED_BYTES = 1024 * 1024;

// Tabs of one browser profile: they share local storage, as a person's tabs do.
async function openTabs(queries) {
  const browserContext = await context.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const problems = [];
  const tabs = [];
  for (const query of queries) {
    const page = await browserContext.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
    await page.goto(context.server.url + query);
    await openPanel(page);
    tabs.push(page);
  }
  return { tabs, problems, close: () => browserContext.close() };
}

async function openPanel(page) {
  await page.locator('figure[data-chart="lead-time"] svg').waitFor({ timeout: 15000 });
  await page.locator('[data-panel="saved"] > summary').click();
}

const entry = (page, name) => page.locator(`[data-panel="saved"] li[data-saved="${name}"]`);
const shownNames = (page) =>
  page.locator('[data-panel="saved"] li').evaluateAll((items) => items.map((li) => li.dataset.saved));
const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const storedNames = async (page) => JSON.parse(await stored(page)).scenarios.map((s) => s.name);
const notice = (page) => page.locator('[data-panel="saved"] [data-notice="storage"]');

async function save(page, name) {
  await page.locator('#save-name').fill(name);
  await page.locator('[data-action="save"]').click();
}

// Fills the site's local storage until not one more character fits.
function fillStorage(page) {
  return page.evaluate(() => {
    let size = 1 << 20;
    let n = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler.${n}`, 'x'.repeat(size));
        n += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return n;
  });
}

function emptyFiller(page) {
  return page.evaluate(() => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('filler.')) localStorage.removeItem(key);
    }
  });
}

test('two tabs keep each other\'s saved scenarios and follow each other\'s changes', async () => {
  const { tabs: [a, b], problems, close } = await openTabs(['?v=3&preset=escalation', '?v=3&preset=history']);
  // A list as pages before entry ids stored it.
  const older = { version: 1, scenarios: [{ name: 'Older page', link: 'v=3&preset=settlement' }] };
  await a.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, JSON.stringify(older)]);
  await a.reload();
  await openPanel(a);

  await save(a, 'From tab A');
  await entry(a, 'From tab A').waitFor();
  // Tab B opened before the older list was stored and A saved; its save keeps both.
  await save(b, 'From tab B');
  await entry(b, 'From tab B').waitFor();
  assert.deepEqual(await storedNames(b), ['Older page', 'From tab A', 'From tab B']);
  assert.deepEqual(await shownNames(b), ['Older page', 'From tab A', 'From tab B']);
  const links = JSON.parse(await stored(a)).scenarios.map((s) => s.link);
  assert.match(links[1], /preset=escalation/);
  assert.match(links[2], /preset=history/);
  // Tab A shows B's entry without a reload.
  await entry(a, 'From tab B').waitFor({ timeout: 5000 });
  assert.deepEqual(await shownNames(a), ['Older page', 'From tab A', 'From tab B']);

  // Deleting A's entry in tab A keeps B's, in storage and in tab B.
  await entry(a, 'From tab A').locator('[data-action="delete-saved"]').click();
  await entry(a, 'From tab A').waitFor({ state: 'detached' });
  assert.deepEqual(await storedNames(a), ['Older page', 'From tab B']);
  await entry(b, 'From tab A').waitFor({ state: 'detached', timeout: 5000 });
  assert.deepEqual(await shownNames(b), ['Older page', 'From tab B']);
  // The older entry, stored without an id, is deleted from tab B all the same.
  await entry(b, 'Older page').locator('[data-action="delete-saved"]').click();
  await entry(a, 'Older page').waitFor({ state: 'detached', timeout: 5000 });
  assert.deepEqual(await storedNames(b), ['From tab B']);

  // A rename in tab B shows in tab A; tab A loads the renamed entry, which is B's scenario.
  const name = entry(b, 'From tab B').locator('[data-action="rename"]');
  await name.fill('Renamed in B');
  await name.blur();
  await entry(a, 'Renamed in B').waitFor({ timeout: 5000 });
  assert.deepEqual(await storedNames(a), ['Renamed in B']);
  await entry(a, 'Renamed in B').locator('[data-action="load-saved"]').click();
  await a.waitForURL((url) => url.search.includes('preset=history'));

  // Both still there after a reload of either tab.
  await a.reload();
  await openPanel(a);
  assert.deepEqual(await shownNames(a), ['Renamed in B']);
  assert.equal(await notice(a).count(), 0);
  assert.equal(await notice(b).count(), 0);
  assert.deepEqual(problems, []);
  await close();
});

test('an unreadable saved list stays where it is when no copy of it fits, and is not saved over', async () => {
  const { tabs: [page], problems, close } = await openTabs(['?v=3&preset=history']);
  await save(page, 'Before');
  await entry(page, 'Before').waitFor();
  const whole = await stored(page);
  const truncated = whole.slice(0, Math.floor(whole.length / 2));
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, truncated]);
  assert.ok((await fillStorage(page)) > 0);

  await page.reload();
  await openPanel(page);
  await notice(page).waitFor({ timeout: 5000 });
  assert.match(await notice(page).innerText(), /could not be read.*no room.*chokepoint\.saved\.v1/);
  assert.equal(await stored(page), truncated, 'the original is kept');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), ASIDE_KEY), null);

  // A save now would write over it: it is refused, and says why.
  await save(page, 'After');
  await settled(page);
  assert.equal(await entry(page, 'After').count(), 0);
  assert.equal(await stored(page), truncated);
  assert.match(await notice(page).innerText(), /could not be read.*no room/);

  // With room again, the next page keeps it aside, and saving works.
  await emptyFiller(page);
  await page.reload();
  await openPanel(page);
  await notice(page).waitFor();
  assert.match(await notice(page).innerText(), /kept aside.*chokepoint\.saved\.v1\.unreadable/);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), ASIDE_KEY), truncated);
  assert.equal(await stored(page), null);
  await save(page, 'After');
  await entry(page, 'After').waitFor();
  assert.deepEqual(await storedNames(page), ['After']);
  assert.deepEqual(problems, []);
  await close();
});

test('a save that would make the list larger than the page reads back is refused', async () => {
  const { tabs: [page], problems, close } = await openTabs(['?v=3&preset=history']);
  // A readable list 40 bytes under the limit, written as the page writes it.
  const list = {
    version: 1,
    scenarios: [
      { id: 'seed-1', name: 'Seed one', link: 'v=3&preset=history' },
      { id: 'seed-2', name: 'Long link', link: '' },
    ],
  };
  const prefix = 'v=3&preset=escalation&note=';
  list.scenarios[1].link = prefix + 'y'.repeat(MAX_STORED_BYTES - 40 - JSON.stringify(list).length - prefix.length);
  const seeded = JSON.stringify(list);
  assert.equal(seeded.length, MAX_STORED_BYTES - 40);
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, seeded]);
  await page.reload();
  await openPanel(page);
  assert.deepEqual(await shownNames(page), ['Seed one', 'Long link']);

  await save(page, 'One more');
  await notice(page).waitFor({ timeout: 5000 });
  assert.match(await notice(page).innerText(), /Not saved.*more than the 1,048,576 this page reads back/);
  assert.equal(await stored(page), seeded, 'the stored list is as it was');
  assert.deepEqual(await shownNames(page), ['Seed one', 'Long link']);
  assert.equal(await page.locator('#save-name').inputValue(), 'One more', 'the name typed is kept');

  await page.reload();
  await openPanel(page);
  assert.deepEqual(await shownNames(page), ['Seed one', 'Long link']);
  assert.equal(await notice(page).count(), 0, 'the list reads back');
  assert.deepEqual(problems, []);
  await close();
});

test('a save the browser does not store is reported and nothing is lost', async () => {
  const { tabs: [page], problems, close } = await openTabs(['?v=3&preset=history']);
  await save(page, 'Kept');
  await entry(page, 'Kept').waitFor();
  const before = await stored(page);
  await fillStorage(page);

  await save(page, 'No room');
  await notice(page).waitFor({ timeout: 5000 });
  assert.match(await notice(page).innerText(), /did not store the change.*as they were/);
  assert.deepEqual(await shownNames(page), ['Kept']);
  assert.equal(await stored(page), before);

  await emptyFiller(page);
  await page.reload();
  await openPanel(page);
  assert.deepEqual(await shownNames(page), ['Kept']);
  assert.deepEqual(problems, []);
  await close();
});

test('an entry another tab deletes or renames a moment after it was saved stays as that tab left it', async () => {
  // The saving tab watches its save for a few seconds, to save it again if a late copy of the
  // other tab's list drops it; a deletion or a rename is not such a loss.
  const { tabs: [a, b], problems, close } = await openTabs(['?v=4&preset=history&lang=en', '?v=4&preset=escalation&lang=en']);
  try {
    await save(a, 'Deleted at once');
    await entry(a, 'Deleted at once').waitFor();
    await save(a, 'Renamed at once');
    await entry(b, 'Deleted at once').waitFor({ timeout: 5000 });
    await entry(b, 'Renamed at once').waitFor({ timeout: 5000 });
    await entry(b, 'Deleted at once').locator('[data-action="delete-saved"]').click();
    const name = entry(b, 'Renamed at once').locator('[data-action="rename"]');
    await name.fill('Renamed in B');
    await name.blur();
    await entry(a, 'Renamed in B').waitFor({ timeout: 5000 });
    // Long enough for tab A to have answered every change it saw.
    await a.waitForTimeout(1500);
    assert.deepEqual(await storedNames(a), ['Renamed in B']);
    assert.deepEqual(await shownNames(a), ['Renamed in B']);
    assert.deepEqual(await shownNames(b), ['Renamed in B']);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('two tabs saving at the same instant keep both entries', async () => {
  // Each tab reads, changes and writes the list while it holds the list's lock, so a save in one
  // tab is applied to what the other wrote a moment before.
  const { tabs, problems, close } = await openTabs(['?v=4&preset=escalation&lang=en', '?v=4&preset=history&lang=en']);
  try {
    const submit = (page, name) =>
      page.evaluate((name) => {
        const input = document.querySelector('#save-name');
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, name);
        document.querySelector('[data-action="save"]').click();
      }, name);
    const names = [];
    for (let round = 0; round < 8; round += 1) {
      const [a, b] = [`A${round}`, `B${round}`];
      names.push(a, b);
      await Promise.all([submit(tabs[0], a), submit(tabs[1], b)]);
    }
    // A tab given a late copy of the other's write saves its entry again within a few seconds.
    await tabs[0].waitForFunction(
      ([key, expected]) => {
        const stored = JSON.parse(localStorage.getItem(key) ?? '{"scenarios":[]}').scenarios;
        return JSON.stringify(stored.map((s) => s.name).sort()) === JSON.stringify(expected);
      },
      [KEY, [...names].sort()],
      { timeout: 10000 },
    ).catch(() => {});
    assert.deepEqual((await storedNames(tabs[0])).sort(), [...names].sort());
    for (const tab of tabs) {
      await tab.waitForFunction((count) => document.querySelectorAll('[data-panel="saved"] li').length === count, names.length);
    }
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});
