/** Figures the bench prints: `performance.measure` entries named "dossiers:…", left where a browser has the API. */

/** The time now on the document's clock (0 where there is none). */
export function now(doc: Document): number {
  return doc.defaultView?.performance?.now() ?? 0;
}

/** Leaves a `performance.measure` from `start` to now ("dossiers:open", "dossiers:search", "dossiers:model"). */
export function measureSince(doc: Document, name: string, start: number): void {
  const perf = doc.defaultView?.performance;
  if (typeof perf?.measure !== 'function') return;
  try {
    perf.measure(name, { start, end: perf.now() });
  } catch {
    // An older browser without the options form: the figure is only for the bench.
  }
}
