/** URLs of the built assets, by key (the file name): Vite fingerprints them, the views load them by key. */
import type { AudioSources } from '../audio/audio-port.ts';

type UrlMap = Record<string, string>;

const keyOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');

function byKey(modules: Record<string, string>): UrlMap {
  return Object.fromEntries(Object.entries(modules).map(([path, url]) => [keyOf(path), url]));
}

/** Groups candidate URLs per key, Opus/WebM before Ogg before MP3. */
function audioByKey(modules: Record<string, string>): Record<string, string[]> {
  const order = (path: string): number => ['.webm', '.ogg', '.mp3'].findIndex((ext) => path.endsWith(ext));
  const grouped: Record<string, string[]> = {};
  for (const path of Object.keys(modules).sort((a, b) => order(a) - order(b))) {
    (grouped[keyOf(path)] ??= []).push(modules[path]!);
  }
  return grouped;
}

// import.meta.glob options must be written inline: Vite reads them statically.
/** Art URLs: backgrounds and character sprites (the UI skin is the stylesheet's). */
export const artUrls = {
  backgrounds: byKey(import.meta.glob<string>('/assets/art/bg/*.svg', { query: '?url', import: 'default', eager: true })),
  sprites: byKey(import.meta.glob<string>('/assets/art/characters/*.svg', { query: '?url', import: 'default', eager: true })),
} as const;

/** Audio URLs for the Howler adapter. */
export const audioSources: AudioSources = {
  music: audioByKey(import.meta.glob<string>('/assets/audio/music/*.{webm,ogg,mp3}', { query: '?url', import: 'default', eager: true })),
  ambience: audioByKey(import.meta.glob<string>('/assets/audio/ambience/*.{webm,ogg,mp3}', { query: '?url', import: 'default', eager: true })),
  sfx: audioByKey(import.meta.glob<string>('/assets/audio/sfx/*.{webm,ogg,mp3}', { query: '?url', import: 'default', eager: true })),
};

/** The art URLs' shape, for the views. */
export type ArtUrls = typeof artUrls;
