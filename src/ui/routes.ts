/**
 * The addresses of the explorer's overlays: `#/dossier/<id>/<fact>`, `#/map`, `#/beat/<id>`, … .
 * Parsing never throws: junk (bad percent-encoding, huge or odd input) is simply no route.
 */

/** The overlays a reader can open over the title or the story. */
export const OVERLAY_KINDS = ['dossiers', 'map', 'settings', 'saves', 'backlog'] as const;
/** An overlay kind. */
export type OverlayKind = (typeof OVERLAY_KINDS)[number];

/** Where in the overlays the reader is. */
export type OverlayRoute =
  | { readonly kind: 'dossiers'; readonly entry?: string; readonly fact?: string }
  | { readonly kind: 'map'; readonly beat?: string }
  | { readonly kind: 'settings' }
  | { readonly kind: 'saves'; readonly mode: 'save' | 'load' }
  | { readonly kind: 'backlog' };

/** Longest hash considered (anything longer is not an address of ours). */
const MAX_HASH = 400;

/** The route a location hash names, or undefined. */
export function parseRoute(hash: string): OverlayRoute | undefined {
  if (hash.length > MAX_HASH) return undefined;
  const parts = hash.replace(/^#\/?/, '').split('/').map(decode);
  if (parts.some((p) => p === undefined)) return undefined;
  const [head = '', a, b, ...rest] = parts as string[];
  if (rest.length > 0) return undefined;
  switch (head) {
    case 'dossiers':
      return a === undefined ? { kind: 'dossiers' } : undefined;
    case 'dossier':
      if (!a) return undefined;
      return b ? { kind: 'dossiers', entry: a, fact: b } : { kind: 'dossiers', entry: a };
    case 'map':
      return a === undefined ? { kind: 'map' } : undefined;
    case 'beat':
      return a && b === undefined ? { kind: 'map', beat: a } : undefined;
    case 'settings':
      return a === undefined ? { kind: 'settings' } : undefined;
    case 'save':
    case 'load':
      return a === undefined ? { kind: 'saves', mode: head } : undefined;
    case 'log':
      return a === undefined ? { kind: 'backlog' } : undefined;
    default:
      return undefined;
  }
}

/** The hash for a route. */
export function formatRoute(route: OverlayRoute): string {
  const enc = encodeURIComponent;
  switch (route.kind) {
    case 'dossiers':
      if (!route.entry) return '#/dossiers';
      return route.fact ? `#/dossier/${enc(route.entry)}/${enc(route.fact)}` : `#/dossier/${enc(route.entry)}`;
    case 'map':
      return route.beat ? `#/beat/${enc(route.beat)}` : '#/map';
    case 'settings':
      return '#/settings';
    case 'saves':
      return `#/${route.mode}`;
    case 'backlog':
      return '#/log';
  }
}

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}
