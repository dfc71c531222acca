import { fill } from '../../i18n/format';
import { cacheName, type CopyList } from '../../lib/offline/copy';

interface Messages {
  progressText: string;
  saved: string;
  removed: string;
  failed: string;
  outdated: string;
  unsupported: string;
}

/** Files fetched at once: enough to keep the line busy, few enough for a slow phone. */
const parallel = 4;

/**
 * The "Save for offline use" button. It downloads nothing until pressed; then it stores every
 * file of this language's copy in the cache of this build's version, which the service worker
 * answers from. The list itself goes in last, as the sign that the copy is whole.
 */
class OfflineSaver extends HTMLElement {
  #messages!: Messages;
  #save!: HTMLButtonElement;
  #remove!: HTMLButtonElement;
  #removeNote!: HTMLElement;
  #ask!: HTMLElement;
  #progress!: HTMLElement;
  #bar!: HTMLProgressElement;
  #status!: HTMLElement;

  connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages!) as Messages;
    this.#save = this.querySelector('[data-offline-save]')!;
    this.#remove = this.querySelector('[data-offline-remove]')!;
    this.#removeNote = this.querySelector('[data-offline-remove-note]')!;
    this.#ask = this.querySelector('[data-offline-ask]')!;
    this.#progress = this.querySelector('[data-offline-progress]')!;
    this.#bar = this.#progress.querySelector('progress')!;
    this.#status = this.querySelector('[data-offline-status]')!;
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      this.#save.disabled = true;
      this.#status.textContent = this.#messages.unsupported;
      return;
    }
    this.#save.addEventListener('click', () => void this.#store());
    this.#remove.addEventListener('click', () => void this.#forget());
    // `caches.match` looks without making the cache, which `caches.open` would.
    void caches.match(this.dataset.list!, { cacheName: cacheName(this.dataset.version!) }).then((found) => found && this.#showSaved(true));
  }

  #cache = () => caches.open(cacheName(this.dataset.version!));

  #showSaved(saved: boolean) {
    this.#save.hidden = saved;
    this.#remove.hidden = !saved;
    this.#removeNote.hidden = !saved;
    this.#ask.hidden = saved;
    if (saved) this.#status.textContent = this.#messages.saved;
  }

  async #store() {
    this.#save.disabled = true;
    this.#status.textContent = '';
    const percent = new Intl.NumberFormat(document.documentElement.lang, { style: 'percent' });
    try {
      const listResponse = await fetch(this.dataset.list!, { cache: 'no-cache' });
      if (!listResponse.ok) throw new Error(`The copy's list answered ${listResponse.status}.`);
      const list = (await listResponse.clone().json()) as CopyList;
      // A page of one build must not fill its cache with the files of the next one.
      if (list.version !== this.dataset.version) {
        this.#status.textContent = this.#messages.outdated;
        return;
      }
      const cache = await this.#cache();
      this.#bar.value = 0;
      this.#bar.max = list.urls.length;
      this.#progress.hidden = false;
      const queue = [...list.urls];
      let told = 0;
      const worker = async () => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
          const response = await fetch(url, { cache: 'no-cache' });
          if (!response.ok) throw new Error(`${url} answered ${response.status}.`);
          await cache.put(url, response);
          this.#bar.value += 1;
          // A screen reader hears every quarter, not every file.
          const quarter = Math.floor((4 * this.#bar.value) / this.#bar.max);
          if (quarter > told && quarter < 4) {
            told = quarter;
            this.#status.textContent = fill(this.#messages.progressText, { percent: percent.format(quarter / 4) });
          }
        }
      };
      await Promise.all(Array.from({ length: parallel }, worker));
      await cache.put(this.dataset.list!, listResponse);
      this.#progress.hidden = true;
      this.#showSaved(true);
    } catch {
      this.#progress.hidden = true;
      this.#status.textContent = this.#messages.failed;
    } finally {
      this.#save.disabled = false;
    }
  }

  async #forget() {
    await caches.delete(cacheName(this.dataset.version!));
    this.#showSaved(false);
    this.#status.textContent = this.#messages.removed;
    this.#save.focus();
  }
}

customElements.define('offline-saver', OfflineSaver);
