// The size budget of the release build: what a reader downloads before the page can run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { dist } from './support.mjs';

// Gzipped wasm plus JavaScript, in bytes. The aim is 300 KB; see the README for where the bytes go.
const BUDGET = 480_000;

test(`the gzipped wasm and JavaScript stay within ${BUDGET / 1000} KB`, async () => {
  const files = (await readdir(dist)).filter((f) => f.endsWith('.wasm') || f.endsWith('.js'));
  assert.ok(files.some((f) => f.endsWith('.wasm')), 'a release build is in dist/');
  let total = 0;
  const sizes = [];
  for (const file of files) {
    const size = gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
    sizes.push(`${file} ${size}`);
    total += size;
  }
  assert.ok(total <= BUDGET, `${total} bytes gzipped, over the budget of ${BUDGET}: ${sizes.join(', ')}`);
});
