// The schedule editor never changes or refuses an edit silently: a date that makes another change
// redundant says which change went, and a cleared date comes back with a note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openSimulator, settled, showDates } from './support.mjs';

const context = useServerAndBrowser(before, after);

test('moving a change before another names the change that was removed', async () => {
  const { page, problems } = await openSimulator(context, '?v=3&preset=history');
  await showDates(page);
  const dialogue = page.locator('fieldset[data-measure="dialogue"]');
  const dates = dialogue.locator('input[type=date]');
  assert.equal(await dates.count(), 3);
  assert.equal(await dates.nth(2).inputValue(), '2023-03-16');
  assert.equal(await dialogue.locator('[data-notice]').count(), 0, 'no note before an edit');

  // The 2023 "Resumed" moved to 2019-09-01: the 2019-12-16 "Resumed" is now a change to the
  // state already in force, and goes.
  await dates.nth(2).fill('2019-09-01');
  await settled(page);
  const adjusted = dialogue.locator('[data-notice="schedule-adjusted"]');
  await adjusted.waitFor();
  assert.equal(await adjusted.getAttribute('role'), 'status');
  const text = await adjusted.innerText();
  assert.match(text, /date order/);
  assert.match(text, /16 December 2019 to Resumed was removed/);
  assert.match(text, /already Resumed from 1 September 2019/);
  assert.equal(await dates.count(), 2);
  assert.equal(await dates.nth(0).inputValue(), '2019-09-01');
  assert.equal(await dates.nth(1).inputValue(), '2020-06-02');

  // The note can be dismissed.
  await dialogue.locator('[data-action="dismiss-note"]').click();
  assert.equal(await dialogue.locator('[data-notice]').count(), 0);

  // A cleared date is not taken: the input shows the change's date again, and a note says why.
  // (The address holds the edit above once the controls have rested.)
  await page.waitForURL((u) => u.search.includes('dialogue='));
  const url = page.url();
  await dates.nth(1).fill('');
  await dates.nth(1).blur();
  const dated = dialogue.locator('[data-notice="schedule-date"]');
  await dated.waitFor();
  assert.match(await dated.innerText(), /between 1 January 2018 and 31 December 2023; the change keeps 2 June 2020/);
  assert.equal(await dates.nth(1).inputValue(), '2020-06-02');
  await settled(page);
  assert.equal(page.url(), url, 'the scenario is unchanged');

  // The next edit of the measure retires the note.
  await dialogue.locator('select').nth(1).selectOption({ index: 1 });
  await settled(page);
  assert.equal(await dialogue.locator('[data-notice="schedule-date"]').count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
