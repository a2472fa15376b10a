// The Local Offer service worker. It keeps only what is safe to keep on a shared phone: the versioned static files, the offline page, and the pages a family chose to
// save. Never admin or account pages, POSTs, htmx fragments or other sites' files.
"use strict";
const SETTINGS = {{ settings | tojson }};
const STATIC = "static-" + SETTINGS.version;
const SAVED = "saved-pages";
const NEVER = new RegExp(SETTINGS.never);
const TIMEOUT = 4000; // then a saved copy; one "3G" round trip alone costs 2 s
const HASHED = /\.[0-9a-f]{10}(\.[a-z0-9]+)$/;

const here = (u) => new URL(u, self.location.origin);
const allowed = (url) => url.origin === self.location.origin && !NEVER.test(url.pathname);
const keepable = (r) => r.ok && r.type === "basic" && !r.redirected;

self.addEventListener("install", (event) => {
  // The bare minimum: CSS, JS and the offline page. The icons are the manifest's
  // business: the browser fetches the size it needs when it installs the app.
  const urls = SETTINGS.precache;
  event.waitUntil(caches.open(STATIC)
    // Hashed files never change, so the copies the page just loaded (HTTP cache) will
    // do: no second download. The offline page is asked for afresh, without cookies,
    // so a signed-in person's details never end up in it.
    .then((cache) => cache.addAll(urls.map((u) => (SETTINGS.offline.includes(u)
      ? new Request(u, {cache: "no-cache", credentials: "omit"}) : u))))
    .then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== STATIC && n !== SAVED)
      .map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = here(request.url);
  // Not answered here: the browser goes to the network as if there were no worker. A
  // failed htmx request (HX-Request) so stays a network error: htmx fires sendError and
  // app.js says so in the live region, instead of swapping the offline page into this one.
  if (request.method !== "GET" || !allowed(url) || request.headers.has("HX-Request")) return;
  if (request.mode === "navigate") {
    const network = fetch(request).then((r) => ({live: r, spare: r.clone()}));
    const copy = caches.open(SAVED).then((c) => c.match(url.href, {ignoreVary: true}));
    // A saved page is refreshed quietly each time it loads from the network.
    event.waitUntil(Promise.all([network, copy])
      .then(([n, found]) => found && keepable(n.spare) && store(url.href, n.spare))
      .catch(() => null));
    event.waitUntil(network.then(() => keepOfflinePage(url)).catch(() => null));
    event.respondWith(navigate(network.then((n) => n.live), copy, url));
  } else if (url.pathname.startsWith(SETTINGS.assets)) {
    event.respondWith(caches.match(request)
      .then((hit) => hit || fetch(request).catch(() => sameFile(url))));
  }
});

// Network first; a saved copy after TIMEOUT or on failure; else the offline page.
async function navigate(live, copy, url) {
  const found = await copy;
  if (!found) return live.catch(() => offlinePage(url));
  const late = new Promise((resolve) => setTimeout(resolve, TIMEOUT, null));
  const first = await Promise.race([live.then((r) => (r.status >= 500 ? null : r), () => null), late]);
  return first || fromCopy(found);
}

// The offline page in the visitor's language: the longest prefix that matches.
function offlineFor(url) {
  const dir = (u) => u.slice(0, u.lastIndexOf("/") + 1);
  return SETTINGS.offline.filter((u) => url.pathname.startsWith(dir(u)))
    .sort((a, b) => b.length - a.length)[0] || SETTINGS.offline[0];
}

function offlinePage(url) {
  return caches.match(offlineFor(url))
    .then((r) => r || caches.match(SETTINGS.offline[0]))
    .then((r) => r || Response.error());
}

// Online, in a language whose offline page is not kept yet: keep it (no cookies, as at install).
function keepOfflinePage(url) {
  const page = offlineFor(url);
  return caches.open(STATIC).then((cache) => cache.match(page).then((hit) => hit ||
    cache.add(new Request(page, {cache: "no-cache", credentials: "omit"}))));
}

// A stored copy, with its "Saved on <date>" notice shown.
async function fromCopy(found) {
  const when = new Date(found.headers.get("X-Saved-On") || Date.now());
  return new Response(showSavedOn(await found.text(), when), {status: found.status, headers: found.headers});
}

// The notice is the one tag carrying SETTINGS.savedOn (pwa/offline.py, SAVED_ON), whose
// value is the page's locale: drop that tag's `hidden` and write the date, in that locale,
// into the first empty <time> after it. A worker has no DOM parser, so it reads only the
// named attribute, whatever the notice's other attributes, element or wording.
function showSavedOn(html, when) {
  const tag = new RegExp(`<[^<>]*\\s${SETTINGS.savedOn}="([^"]*)"[^<>]*>`).exec(html);
  if (!tag) return html;
  const shown = tag[0].replace(/\shidden(?=[\s>\/])/, "");
  const after = html.slice(tag.index + tag[0].length).replace("<time></time>",
    `<time datetime="${when.toISOString()}">` +
    when.toLocaleDateString(tag[1] || undefined, {day: "numeric", month: "long", year: "numeric"}) + "</time>");
  return html.slice(0, tag.index) + shown + after;
}

// A saved page may name an older hashed file; offline, give it today's version of it.
function sameFile(url) {
  const plain = url.pathname.replace(HASHED, "$1");
  const now = SETTINGS.precache.find((u) => u.replace(HASHED, "$1") === plain);
  return now ? caches.match(now).then((r) => r || Response.error()) : Response.error();
}

function store(key, response) {
  const headers = new Headers(response.headers);
  headers.delete("Content-Encoding"); // the body is already decoded
  headers.delete("Content-Length");
  headers.set("X-Saved-On", new Date().toISOString());
  const copy = new Response(response.body, {status: response.status, headers});
  return caches.open(SAVED).then((c) => c.put(key, copy));
}

async function fetchAndStore(key) {
  const url = here(key);
  if (!allowed(url)) return;
  try {
    const response = await fetch(url, {credentials: "same-origin", cache: "no-cache"});
    if (keepable(response)) await store(url.href, response);
  } catch (e) { /* offline: the next visit to the Saved page tries again */ }
}

// From app.js, only ever after the person pressed Save or Remove, or opened Saved.
self.addEventListener("message", (event) => {
  event.waitUntil(saved(event.data || {}));
});

async function saved(m) {
  const cache = await caches.open(SAVED);
  for (const u of m.remove || []) await cache.delete(here(u).href);
  for (const u of m.save || []) await fetchAndStore(u);
  if (m.sync) { // the Saved page lists what should be kept: keep that, drop the rest
    const want = new Set(m.sync.map((u) => here(u).href));
    for (const request of await cache.keys()) {
      if (!want.has(request.url)) await cache.delete(request);
    }
    for (const u of want) if (!(await cache.match(u))) await fetchAndStore(u);
  }
}
