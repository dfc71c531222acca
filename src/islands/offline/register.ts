/**
 * Starts the service worker (src/integrations/serviceWorker.ts) once the page has loaded, and
 * says when a new version is ready. The notice's words live on the language's /offline/ page,
 * so no page carries them until they are needed; it takes a fixed place at the bottom, so
 * nothing on the page moves, and the page reloads only when the reader asks.
 */
// The footer's link, found by its address: a marker attribute would weigh on every page.
const offlinePage = document.querySelector<HTMLAnchorElement>('footer a[href$="/offline/"]');

async function announce(waiting: ServiceWorker) {
  if (!offlinePage || document.querySelector('[data-offline-notice]')) return;
  const html = await (await fetch(offlinePage.href)).text();
  const template = new DOMParser().parseFromString(html, 'text/html').querySelector<HTMLTemplateElement>('template[data-offline-update]');
  const notice = template?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
  if (!notice) return;
  notice.dataset.offlineNotice = '';
  // Pinned to the bottom here rather than by classes, which would weigh on every page's first-paint stylesheet.
  notice.style.bottom = '0';
  notice.querySelector('button')!.addEventListener('click', () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  document.body.append(notice);
}

function watch(registration: ServiceWorkerRegistration) {
  // Without a controller this is the first install, not an update.
  const check = () => registration.waiting && navigator.serviceWorker.controller && void announce(registration.waiting);
  check();
  registration.addEventListener('updatefound', () => {
    registration.installing?.addEventListener('statechange', check);
  });
}

if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    // A browser that refuses workers (a policy, a test) may settle without a registration.
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).then((registration) => registration && watch(registration), () => undefined);
  });
}
