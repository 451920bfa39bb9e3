/** The UI skin's textures (assets/art/ui), the size each is drawn at, and which screen needs which. */
import type { ArtUrls } from '../../src/assets/manifest.ts';
import type { TextureRequest } from './textures.ts';

const UI_SIZES = {
  textbox: { width: 1760, height: 300 },
  nameplate: { width: 420, height: 72 },
  button: { width: 520, height: 88 },
  'button-hover': { width: 520, height: 88 },
  choice: { width: 1100, height: 96 },
  'choice-hover': { width: 1100, height: 96 },
  'icon-sound-on': { width: 64, height: 64 },
  'icon-sound-off': { width: 64, height: 64 },
  logo: { width: 1200, height: 300 },
} as const;

/** A UI skin texture. */
export type UiKey = keyof typeof UI_SIZES;

/** What the title draws: loaded before Start becomes operable. */
export const TITLE_UI: readonly UiKey[] = ['logo', 'button', 'button-hover', 'icon-sound-on', 'icon-sound-off'];
/** What reading adds: loaded behind the title, or before the first line at the latest. */
export const STORY_UI: readonly UiKey[] = ['textbox', 'nameplate', 'choice', 'choice-hover'];

/** Load requests for UI textures, keyed `ui-<name>`. */
export function uiRequests(art: ArtUrls, keys: readonly UiKey[]): TextureRequest[] {
  return keys.map((key) => ({ key: `ui-${key}`, url: art.ui[key], ...UI_SIZES[key] }));
}
