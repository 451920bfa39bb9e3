/**
 * The page's side of working offline: registers the service worker the build writes (sw.js) and,
 * when a new build has been fetched in the background, tells the reader an update is ready and
 * takes it on their word (the story is saved first by the page-hide flush).
 */

/** What the page does when an update is waiting. */
export interface OfflineOptions {
  /** Says an update is ready; `apply` reloads into it. */
  readonly onUpdate: (apply: () => void) => void;
}

/** Registers the worker at `<base>sw.js`; does nothing where service workers are unavailable. */
export async function registerOffline(win: Window, base: string, options: OfflineOptions): Promise<void> {
  const container = win.navigator.serviceWorker;
  if (!container) return;
  // Some embedders (and test browsers) block workers and answer with no registration at all.
  const registration = (await container.register(`${base}sw.js`, { scope: base })) as ServiceWorkerRegistration | undefined;
  if (!registration) return;
  const offer = (worker: ServiceWorker): void => {
    options.onUpdate(() => {
      container.addEventListener('controllerchange', () => win.location.reload(), { once: true });
      worker.postMessage('take-over');
    });
  };
  const follow = (installing: ServiceWorker | null): void => {
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && container.controller) offer(installing);
    });
  };
  // A worker already waiting (fetched on an earlier visit), one installing now, or one found later.
  if (registration.waiting && container.controller) offer(registration.waiting);
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
  // Look for a new build now (offline, this quietly fails and the cached one goes on).
  registration.update().catch(() => undefined);
}
