/** Display settings applied to the whole page: reduced motion (system or chosen), text size and high contrast. */
import type { Settings, SettingsStore } from '../storage/settings.ts';

/** Whether motion is reduced now: the reader's choice, else the system's. */
export interface MotionSource {
  reduced(): boolean;
  /** Listens for changes (the system setting or the reader's); returns an unsubscribe. */
  subscribe(listener: (reduced: boolean) => void): () => void;
}

/** Resolves reduced motion from the settings and `prefers-reduced-motion`. */
export function motionSource(settings: SettingsStore, media: MediaQueryList | undefined): MotionSource {
  const reduced = (s: Settings = settings.get()): boolean => (s.motion === 'system' ? media?.matches === true : s.motion === 'reduce');
  return {
    reduced: () => reduced(),
    subscribe(listener) {
      const onMedia = (): void => listener(reduced());
      media?.addEventListener('change', onMedia);
      const unsubscribe = settings.subscribe((s) => listener(reduced(s)));
      return () => {
        media?.removeEventListener('change', onMedia);
        unsubscribe();
      };
    },
  };
}

/** Keeps the page's classes and text size in line with the settings. Returns an unsubscribe. */
export function applyDisplay(root: HTMLElement, settings: SettingsStore, motion: MotionSource): () => void {
  const apply = (): void => {
    const s = settings.get();
    root.classList.toggle('reduce-motion', motion.reduced());
    root.classList.toggle('high-contrast', s.highContrast);
    root.style.setProperty('--text-scale', String(s.textScale));
  };
  apply();
  const unsubscribe = [motion.subscribe(apply), settings.subscribe(apply)];
  return () => unsubscribe.forEach((u) => u());
}
