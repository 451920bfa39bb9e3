// @vitest-environment jsdom
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { manifest, serviceWorkerSource } from '../../src/build/offline-plugin.ts';
import { registerOffline } from '../../src/shell/offline.ts';

/** A service worker as the page sees it, whose state the test moves on. */
class FakeWorker extends EventTarget {
  state = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  become(state: string): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** navigator.serviceWorker with one registration, already controlling the page (a second visit). */
function fakeContainer() {
  const registration = Object.assign(new EventTarget(), { installing: null as FakeWorker | null, waiting: null as FakeWorker | null, update: vi.fn(async () => undefined) });
  const container = Object.assign(new EventTarget(), { controller: {}, register: vi.fn(async () => registration) });
  return { registration, container };
}

describe('the page side of working offline', () => {
  it('registers the worker under the base path, and offers a new build once it has installed; taking it reloads once the new worker controls the page', async () => {
    const { registration, container } = fakeContainer();
    const reload = vi.fn();
    const win = { navigator: { serviceWorker: container }, location: { reload } } as unknown as Window;
    const offers: (() => void)[] = [];
    await registerOffline(win, '/games/rouge/', { onUpdate: (apply) => offers.push(apply) });
    expect(container.register).toHaveBeenCalledWith('/games/rouge/sw.js', { scope: '/games/rouge/' });
    expect(registration.update).toHaveBeenCalled();
    const worker = new FakeWorker();
    registration.installing = worker;
    registration.dispatchEvent(new Event('updatefound'));
    expect(offers).toHaveLength(0);
    worker.become('installed');
    expect(offers).toHaveLength(1);
    offers[0]!();
    expect(worker.messages).toEqual(['take-over']);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('offers a worker that was already waiting from an earlier visit', async () => {
    const { registration, container } = fakeContainer();
    registration.waiting = new FakeWorker();
    const offers: unknown[] = [];
    await registerOffline({ navigator: { serviceWorker: container }, location: { reload: () => {} } } as unknown as Window, '/', { onUpdate: (a) => offers.push(a) });
    expect(offers).toHaveLength(1);
  });

  it('does nothing where service workers are unavailable', async () => {
    await expect(registerOffline({ navigator: {} } as unknown as Window, '/', { onUpdate: () => {} })).resolves.toBeUndefined();
  });
});

/** Runs the generated worker in a sandbox with fake caches; returns its event handlers and the caches. */
function runWorker(files: string[], cacheName: string, existing: string[]) {
  const stores = new Map<string, Map<string, string>>(existing.map((name) => [name, new Map()]));
  const handlers = new Map<string, (event: { waitUntil(p: Promise<unknown>): void; respondWith?(p: Promise<unknown>): void; data?: unknown; request?: unknown }) => void>();
  const caches = {
    open: async (name: string) => {
      const store = stores.get(name) ?? new Map<string, string>();
      stores.set(name, store);
      return {
        addAll: async (requests: { url: string }[]) => requests.forEach((r) => store.set(new URL(r.url, 'https://host/app/').href, `body of ${r.url}`)),
        match: async (url: string) => store.get(url),
      };
    },
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  const self = {
    addEventListener: (type: string, handler: never) => handlers.set(type, handler),
    skipWaiting: vi.fn(),
    clients: { claim: async () => undefined },
    location: { origin: 'https://host' },
    registration: { scope: 'https://host/app/' },
  };
  class FakeRequest {
    constructor(readonly url: string) {}
  }
  runInNewContext(serviceWorkerSource(files, cacheName), { self, caches, Request: FakeRequest, URL, fetch: async () => 'from the network', Promise });
  const fire = async (type: string, extra: object = {}): Promise<unknown> => {
    const waits: Promise<unknown>[] = [];
    let response: Promise<unknown> | undefined;
    handlers.get(type)!({ waitUntil: (p) => waits.push(p), respondWith: (p) => (response = p), ...extra });
    await Promise.all(waits);
    return response;
  };
  return { stores, fire, self };
}

describe('the service worker the build writes', () => {
  it('precaches every file of its build, drops older builds\' caches when it takes over, and serves pages and files offline', async () => {
    const sw = runWorker(['./', './assets/index-abc.js', './assets/rain-def.webm'], 'rouge-act1-new', ['rouge-act1-old', 'someone-elses']);
    await sw.fire('install');
    expect([...sw.stores.get('rouge-act1-new')!.keys()]).toEqual(['https://host/app/', 'https://host/app/assets/index-abc.js', 'https://host/app/assets/rain-def.webm']);
    await sw.fire('activate');
    expect([...sw.stores.keys()].sort()).toEqual(['rouge-act1-new', 'someone-elses']);
    const page = await sw.fire('fetch', { request: { method: 'GET', url: 'https://host/app/?x=1', mode: 'navigate' } });
    expect(page).toBe('body of ./');
    const file = await sw.fire('fetch', { request: { method: 'GET', url: 'https://host/app/assets/rain-def.webm', mode: 'no-cors' } });
    expect(file).toBe('body of ./assets/rain-def.webm');
    await sw.fire('message', { data: 'take-over' });
    expect(sw.self.skipWaiting).toHaveBeenCalledOnce();
  });

  it('installs as an app: standalone, the night as its colours, icons of 192 and 512 pixels, at the base path', () => {
    expect(manifest('/games/rouge/')).toMatchObject({ start_url: '/games/rouge/', scope: '/games/rouge/', display: 'standalone', background_color: '#0b0710' });
    expect((manifest('/').icons as { sizes: string }[]).map((i) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);
  });
});
