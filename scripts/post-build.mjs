// Trunk's post-build hook (Trunk.toml): makes the built page strict and offline-capable.
//
// 1. Moves Trunk's inline loader script into its own file, so that the Content-Security-Policy can
//    forbid inline scripts, and has it register the service worker.
// 2. Puts the Content-Security-Policy in the page: only the page's own origin, plus the
//    compilation of WebAssembly and the blob: and data: images the PNG download draws through.
// 3. Writes sw.js: a service worker that keeps every file of this build in a cache, so that the
//    simulator loads and works offline after the first visit.
//    - Several copies can share one origin (`/course-a/sim/` and `/course-b/sim/`, the same build
//      or different ones, one inside another's folder): each copy's cache is named after the path
//      it is served at and after its build, `chokepoint-<path>-<build>` (for example
//      `chokepoint-/course-a/sim/-3f2a9c0e1d4b5a6f`). The worker reads the path from its
//      registration's scope, so one build works under any path. When a newer build takes over, it
//      deletes the older caches of its own path only, never another copy's. From a cache named by
//      an earlier release (`chokepoint-<build>`, shared by copies of one build), it removes this
//      path's files only, and the cache once it is empty.
//    - An install that fails (offline, a file missing or answered with an error status) leaves no
//      cache behind: nothing is kept unless every file arrived, and the worker never opens (so
//      never creates) a cache while answering requests.
//    - The page, opened offline or answered by the host with an error status (a 414 for a link
//      longer than the host takes, a 404 or 5xx while the host is being updated), comes from this
//      path's cache when it holds the page: the cached page is the same program, and it reads the
//      scenario from the address itself. The worker stores nothing it fetches while running, so
//      an error page is never cached.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run through `trunk build`');

const sha384 = (text) => 'sha384-' + createHash('sha384').update(text).digest('base64');
const short = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const indexPath = join(dir, 'index.html');
let html = await readFile(indexPath, 'utf8');

// 1. The loader, as a file.
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error('no inline module script in index.html');
const loader = `${found[1].trim()}

// Offline: the service worker keeps this build for visits without a network.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((error) => console.warn('offline copy unavailable:', error));
}
`;
const loaderName = `loader-${short(loader)}.js`;
await writeFile(join(dir, loaderName), loader);
html = html.replace(
  inline,
  `<script type="module" src="./${loaderName}" integrity="${sha384(loader)}" crossorigin="anonymous"></script>`,
);

// 1b. The worker that computes bands, ranges and attribution. Trunk writes it without hashes in
// its names (chokepoint-worker.js, _bg.wasm and the _loader.js that starts them); they get their
// content's hash here, as every other file has, so that a page never meets another build's worker.
// The page finds the loader in a meta tag (a page without the tag computes on its own thread).
{
  const hashed = async (name) => {
    const text = await readFile(join(dir, name));
    const renamed = name.replace(/^chokepoint-worker/, `chokepoint-worker-${short(text)}`);
    await rename(join(dir, name), join(dir, renamed));
    return renamed;
  };
  const wasm = await hashed('chokepoint-worker_bg.wasm');
  const script = await hashed('chokepoint-worker.js');
  const start = `importScripts("./${script}");wasm_bindgen("./${wasm}");\n`;
  const loaderFile = `chokepoint-worker-${short(start)}_loader.js`;
  await writeFile(join(dir, loaderFile), start);
  await rm(join(dir, 'chokepoint-worker_loader.js'));
  html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta name="chokepoint-worker" content="./${loaderFile}" />`);
}

// 2. The policy.
const policy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('an inline script is left in index.html');
await writeFile(indexPath, html);

// 3. The service worker, named after every file of the build.
async function files(root) {
  const out = [];
  for (const entry of await readdir(root)) {
    const path = join(root, entry);
    if ((await stat(path)).isDirectory()) out.push(...(await files(path)));
    else out.push(relative(dir, path));
  }
  return out.sort();
}
const listed = (await files(dir)).filter((f) => f !== 'sw.js');
const digest = createHash('sha256');
for (const file of listed) digest.update(file).update(await readFile(join(dir, file)));
const version = digest.digest('hex').slice(0, 16);
const worker = `// Generated by scripts/post-build.mjs for build ${version}.
// One copy of the site per path: this worker's copy is the one at its scope, and its cache is named
// after that path and this build, so that copies at other paths on the same origin keep theirs.
const BUILD = '${version}';
const SCOPE = new URL(self.registration.scope).pathname;
const PREFIX = 'chokepoint-';
const CACHE = \`\${PREFIX}\${SCOPE}-\${BUILD}\`;
const FILES = ${JSON.stringify(['./', ...listed.map((f) => `./${f}`)], null, 2)};

// The path a cache of this site belongs to: its name is PREFIX, the path (which ends in a slash),
// a dash and the build (which has no slash). Null for a name from before names carried the path.
function pathOf(name) {
  const slash = name.lastIndexOf('/');
  return slash < 0 ? null : name.slice(PREFIX.length, slash + 1);
}

// Whether a cache is one this build replaces: an older build's at this path.
function replaced(name) {
  return name.startsWith(PREFIX) && name !== CACHE && pathOf(name) === SCOPE;
}

// A cache named by an earlier release, before names carried the path. Copies of one build at
// several paths shared it, so this path's files are dropped from it (those under this path whose
// nearest page, an address ending in a slash, is this path's), and the cache once nothing is left.
async function dropEarlier(name) {
  const cache = await caches.open(name);
  const requests = await cache.keys();
  const paths = requests.map((request) => new URL(request.url).pathname);
  const pages = paths.filter((path) => path.endsWith('/'));
  const page = (path) => pages.filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  const mine = requests.filter((request, i) => page(paths[i]) === SCOPE);
  if (mine.length === requests.length) await caches.delete(name);
  else await Promise.all(mine.map((request) => cache.delete(request)));
}

// A cached response a navigation can be answered with (a navigation refuses a redirected one).
function servable(response) {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(response.body, { status, statusText, headers });
}

// This build's copy of a file, without creating the cache when it is missing.
function cached(request, options = {}) {
  return caches.match(request, { cacheName: CACHE, ignoreVary: true, ...options });
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    try {
      // Past the browser's HTTP cache, so that the page and its files are of one build. addAll
      // stores nothing unless every file arrived with a success status.
      const cache = await caches.open(CACHE);
      await cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' })));
    } catch (error) {
      // No empty or partial cache under this build's name: the next visit installs afresh.
      await caches.delete(CACHE);
      throw error;
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (replaced(name)) await caches.delete(name);
      else if (name.startsWith(PREFIX) && pathOf(name) === null) await dropEarlier(name);
    }
    await self.clients.claim();
  })());
});

// A page (the simulator, whatever scenario its address carries, or the model document): the
// network's when it answers with one (it names the newest files); this build's copy when the
// network fails or answers with an error status instead.
async function navigate(request) {
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const copy = await cached(request, { ignoreSearch: true });
    if (copy) return servable(copy);
    throw error;
  }
  if (response.status >= 400) {
    const copy = await cached(request, { ignoreSearch: true });
    if (copy) return servable(copy);
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigate(request));
    return;
  }
  // Every other file carries its content's hash in its name: this build's copy is the right one.
  event.respondWith(cached(request).then((hit) => hit ?? fetch(request)));
});
`;
await writeFile(join(dir, 'sw.js'), worker);
console.log(`post-build: ${loaderName}, CSP, sw.js for build ${version} (${listed.length} files)`);
