/**
 * Added to the Workbox service worker with `importScripts` (src/integrations/serviceWorker.ts
 * prepends `offlineCopy`). A new version renews the saved copies of the old one before it
 * waits to take over, so a reader never mixes two builds; once it takes over, it deletes the
 * old version's cache. This file is compiled on its own: it imports nothing.
 */
declare const offlineCopy: { prefix: string; cache: string; version: string; lists: string[] };

/** The worker's install and activate events (the site's type library is the page's, which lacks them). */
type LifecycleEvent = Event & { waitUntil(promise: Promise<unknown>): void };

async function renewSavedCopies() {
  const older = (await caches.keys()).filter((name) => name.startsWith(offlineCopy.prefix) && name !== offlineCopy.cache);
  if (older.length === 0) return;
  const fresh = await caches.open(offlineCopy.cache);
  for (const list of offlineCopy.lists) {
    const saved = await Promise.all(older.map(async (name) => (await caches.open(name)).match(list)));
    if (!saved.some(Boolean)) continue;
    const response = await fetch(list, { cache: 'no-cache' });
    const { version, urls } = (await response.clone().json()) as { version: string; urls: string[] };
    // A still newer deploy is on the server: fail, so the browser installs that one instead.
    if (version !== offlineCopy.version) throw new Error(`The server holds version ${version}, not ${offlineCopy.version}.`);
    await fresh.addAll(urls.map((url) => new Request(url, { cache: 'no-cache' })));
    await fresh.put(list, response);
  }
}

self.addEventListener('install', (event) => (event as LifecycleEvent).waitUntil(renewSavedCopies()));

self.addEventListener('activate', (event) => {
  (event as LifecycleEvent).waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(offlineCopy.prefix) && name !== offlineCopy.cache).map((name) => caches.delete(name)))),
  );
});
