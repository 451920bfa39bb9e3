// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { SpeechPort } from '../../src/audio/speech.ts';
import { SettingsStore } from '../../src/storage/settings.ts';
import { SettingsOverlay } from '../../src/ui/settings/settings-overlay.ts';

/** A speech port whose voice arrives when the test says. */
function lateVoice(): { speech: Pick<SpeechPort, 'available' | 'onAvailability'>; arrive: () => void; listening: () => number } {
  let available = false;
  const listeners = new Set<(available: boolean) => void>();
  return {
    speech: { available: () => available, onAvailability: (listener) => (listeners.add(listener), () => void listeners.delete(listener)) },
    arrive: () => {
      available = true;
      for (const listener of listeners) listener(true);
    },
    listening: () => listeners.size,
  };
}

describe('the settings’ voice section', () => {
  it('says speech is unavailable until a voice arrives, then offers both kinds of reading aloud, while open', () => {
    const voice = lateVoice();
    const settings = new SettingsStore(undefined);
    const overlay = new SettingsOverlay({ settings, close: () => undefined, speech: voice.speech });
    const dialog = document.createElement('div');
    document.body.append(dialog);
    overlay.mount(dialog);
    const recap = dialog.querySelector<HTMLInputElement>('#setting-self-voicing')!;
    const story = dialog.querySelector<HTMLInputElement>('#setting-voice-story')!;
    const hint = [...dialog.querySelectorAll<HTMLElement>('.setting-hint')].find((p) => p.textContent?.startsWith('Speech is not available'))!;
    expect([recap.disabled, story.disabled, hint.hidden]).toEqual([true, true, false]);

    voice.arrive();
    expect([recap.disabled, story.disabled, hint.hidden]).toEqual([false, false, true]);
    story.click();
    expect(settings.get().voiceStory).toBe(true);

    overlay.unmount();
    expect(voice.listening()).toBe(0);
  });
});
