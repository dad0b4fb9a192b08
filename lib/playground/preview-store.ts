/**
 * Where the playground keeps its preview for the preview page (lib/playground/preview.ts): one
 * record in this browser's IndexedDB, which the worker that parsed the text writes (so that tens
 * of thousands of entries never pass through the page's main thread) and the preview page, in
 * another tab, reads. A new preview replaces the last; the preview page can delete it.
 */
import { isPreviewRecord, type PreviewRecord } from './preview';

const DB_NAME = 'playground';
const STORE = 'preview';
const KEY = 'latest';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
  });
}

/** Runs one request in a transaction and closes the database once the transaction is done. */
async function withStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export async function storePreview(record: PreviewRecord): Promise<void> {
  await withStore('readwrite', (store) => store.put(record, KEY));
}

/** The stored preview, or null when there is none this page can show. */
export async function readPreview(): Promise<PreviewRecord | null> {
  const value: unknown = await withStore('readonly', (store) => store.get(KEY));
  return isPreviewRecord(value) ? value : null;
}

export async function clearPreview(): Promise<void> {
  await withStore('readwrite', (store) => store.delete(KEY));
}
