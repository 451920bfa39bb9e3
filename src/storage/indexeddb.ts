/** The IndexedDB backend, through idb-keyval, in the explorer's own database. */
import { del, get, keys, promisifyRequest, set, setMany, type UseStore } from 'idb-keyval';
import type { StorageBackend } from './backend.ts';

/** The explorer's IndexedDB database and object store names. */
export const IDB_NAMES = { database: 'metallic-rouge-act1', store: 'keyval' } as const;

/**
 * A backend over IndexedDB. `factory` is the browser's `indexedDB` (or fake-indexeddb's in tests);
 * the connection opens on first use, so a browser that refuses IndexedDB fails the first call.
 */
export function indexedDbBackend(factory: IDBFactory, names: { database: string; store: string } = IDB_NAMES): StorageBackend {
  const store = useStore(factory, names.database, names.store);
  return {
    kind: 'indexeddb',
    get: (key) => get<unknown>(key, store),
    set: (key, value) => set(key, value, store),
    setMany: (entries) => setMany(entries.map(([key, value]) => [key, value]), store),
    delete: (key) => del(key, store),
    keys: async () => (await keys(store)).filter((key): key is string => typeof key === 'string'),
  };
}

/** idb-keyval's `createStore`, but on a given factory instead of the global `indexedDB`. */
function useStore(factory: IDBFactory, database: string, storeName: string): UseStore {
  let connection: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    if (connection) return connection;
    const request = factory.open(database);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    const opened = promisifyRequest(request);
    connection = opened;
    opened.then(
      (db) => {
        // Safari sometimes closes the connection on its own: open a new one next time.
        db.onclose = () => (connection = undefined);
      },
      () => (connection = undefined),
    );
    return opened;
  };
  return (mode, callback) => open().then((db) => callback(db.transaction(storeName, mode).objectStore(storeName)));
}
