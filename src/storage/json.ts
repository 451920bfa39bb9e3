/** Parsing JSON we did not write ourselves (storage, imported files): size-capped, no prototype keys, never throws. */

/** Keys refused anywhere in stored or imported JSON: they could reach an object's prototype. */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Why text is not acceptable JSON. */
export type JsonFailure = 'oversized' | 'unreadable' | 'forbidden-key';

/** Parsed JSON, or why not. */
export type JsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: JsonFailure; readonly detail: string };

const forbidden = new Set<string>(FORBIDDEN_KEYS);

/** Parses `text` when it is at most `maxChars` long, is JSON, and has no forbidden key at any depth. */
export function parseJsonSafely(text: string, maxChars: number): JsonResult {
  if (text.length > maxChars) {
    return { ok: false, reason: 'oversized', detail: `${text.length.toLocaleString('en')} characters, more than the ${maxChars.toLocaleString('en')} allowed` };
  }
  let badKey: string | undefined;
  let value: unknown;
  // The reviver costs several times the parse: use it only when a forbidden key could be there,
  // spelt out or hidden behind a \u escape.
  const suspect = text.includes('\\u') || FORBIDDEN_KEYS.some((key) => text.includes(`"${key}"`));
  const reviver = (key: string, item: unknown): unknown => {
    if (forbidden.has(key)) badKey ??= key;
    return item;
  };
  try {
    value = suspect ? JSON.parse(text, reviver) : JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'unreadable', detail: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (badKey !== undefined) return { ok: false, reason: 'forbidden-key', detail: `it contains the key "${badKey}", which is never allowed` };
  return { ok: true, value };
}
