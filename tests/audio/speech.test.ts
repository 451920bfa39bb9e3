// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserSpeech } from '../../src/audio/browser-speech.ts';
import { castVoice, lazySpeech, type SpeechLine, type SpeechPort } from '../../src/audio/speech.ts';
import { bindStoryVoice } from '../../src/audio/story-voice.ts';
import { SettingsStore } from '../../src/storage/settings.ts';
import { fixtureGraph, startStory } from '../support/machine.ts';

/** A stand-in for the browser's speech engine: records what it is asked to say and ends lines when told. */
class FakeUtterance {
  voice: { name: string } | null = null;
  lang = '';
  pitch = 1;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}
function fakeEngine(voiceNames: string[]) {
  const said: FakeUtterance[] = [];
  const voices = voiceNames.map((name, i) => ({ name, lang: 'en-GB', default: i === 0 }));
  const synth = { speak: (u: FakeUtterance) => said.push(u), cancel: vi.fn(), getVoices: () => voices, resume: () => undefined };
  Object.assign(window, { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
  return { said, synth };
}

describe('self-voicing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(window, 'speechSynthesis');
    Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
  });

  it('casts a voice of their own for each speaker where there are several, and a pitch of their own where there is one', () => {
    expect(castVoice(0, 4, 2)).toEqual({ voice: 2, pitch: 1 });
    const speakers = [1, 2, 3].map((order) => castVoice(order, 4, 2).voice);
    expect(new Set([...speakers, 2]).size).toBe(4);
    const alone = [0, 1, 2, 3].map((order) => castVoice(order, 1, 0));
    expect(alone.every((c) => c.voice === 0)).toBe(true);
    expect(new Set(alone.map((c) => c.pitch)).size).toBe(4);
  });

  it('is unavailable where the page has no engine, or an engine with no voice (headless Chromium), and speaking there moves on at once', () => {
    expect(browserSpeech(window).available()).toBe(false);
    fakeEngine([]);
    const speech = browserSpeech(window);
    expect(speech.available()).toBe(false);
    const done = vi.fn();
    speech.speak({ text: 'Nobody hears this.' }, done);
    vi.runAllTimers();
    expect(done).toHaveBeenCalledOnce();
  });

  it('says a line in the narrator’s voice, another speaker in another voice, and reports each end once', () => {
    const { said } = fakeEngine(['Narrator', 'Second', 'Third']);
    const speech = browserSpeech(window);
    expect(speech.available()).toBe(true);
    const done = vi.fn();
    speech.speak({ text: 'Mars, 2128.', rate: 1.5 }, done);
    expect(said.map((u) => [u.text, u.voice?.name, u.rate])).toEqual([['Mars, 2128.', 'Narrator', 1.5]]);
    said[0]!.onend?.();
    said[0]!.onend?.();
    expect(done).toHaveBeenCalledOnce();
    speech.speak({ text: 'Good evening.', speaker: 'sarah' });
    speech.speak({ text: 'She keeps strays.', speaker: 'rouge' });
    speech.speak({ text: 'Good night.', speaker: 'sarah' });
    expect(said.slice(1).map((u) => u.voice?.name)).toEqual(['Second', 'Third', 'Second']);
  });

  it('drops the end of a line it cut off, and counts a line whose end never comes as said after a while', () => {
    const { said } = fakeEngine(['Narrator']);
    const speech = browserSpeech(window);
    const first = vi.fn();
    speech.speak({ text: 'Cut off.' }, first);
    speech.cancel();
    said[0]!.onerror?.({ error: 'interrupted' });
    said[0]!.onend?.();
    expect(first).not.toHaveBeenCalled();
    const failed = vi.fn();
    speech.speak({ text: 'Fails.' }, failed);
    said[1]!.onerror?.({ error: 'synthesis-failed' });
    expect(failed).toHaveBeenCalledOnce();
    const lost = vi.fn();
    speech.speak({ text: 'An end that never comes.' }, lost);
    vi.advanceTimersByTime(60_000);
    expect(lost).toHaveBeenCalledOnce();
  });

  it('reads the story aloud only with "read the story aloud" on: each new line once, in its speaker’s voice', () => {
    const spoken: { text: string; speaker?: string }[] = [];
    const speech: SpeechPort = { available: () => true, onAvailability: () => () => undefined, speak: (line) => void spoken.push(line), cancel: vi.fn() };
    const settings = new SettingsStore(undefined);
    const { actor } = startStory(fixtureGraph('machine'));
    const unbind = bindStoryVoice(actor, speech, settings);
    actor.send({ type: 'reader.advance' });
    expect(spoken).toEqual([]);
    actor.send({ type: 'reader.back' });
    settings.update({ voiceStory: true });
    actor.send({ type: 'reader.advance' });
    expect(spoken).toEqual([{ text: 'Good evening.', speaker: 'sarah' }]);
    actor.send({ type: 'reader.advance' });
    expect(spoken).toHaveLength(1);
    actor.send({ type: 'reader.choose', index: 0 });
    expect(spoken.at(-1)).toEqual({ text: 'She keeps strays.', speaker: 'rouge' });
    // Back onto a line: the live region says it again, and so does the voice.
    actor.send({ type: 'reader.back' });
    actor.send({ type: 'reader.back' });
    expect(spoken.at(-1)).toEqual({ text: 'Good evening.', speaker: 'sarah' });
    settings.update({ voiceStory: false });
    expect(speech.cancel).toHaveBeenCalled();
    unbind();
  });

  it('says a new line that came before any voice, once, when the voice arrives; a line read past meanwhile stays unsaid', () => {
    const spoken: string[] = [];
    let available = false;
    const listeners = new Set<(available: boolean) => void>();
    const speech: SpeechPort = {
      available: () => available,
      onAvailability: (listener) => (listeners.add(listener), () => void listeners.delete(listener)),
      speak: (line) => void spoken.push(line.text),
      cancel: vi.fn(),
    };
    const arrive = (): void => {
      available = true;
      for (const listener of listeners) listener(true);
    };
    const settings = new SettingsStore(undefined);
    settings.update({ voiceStory: true });
    const { actor } = startStory(fixtureGraph('machine'));
    const unbind = bindStoryVoice(actor, speech, settings);
    actor.send({ type: 'reader.advance' });
    expect(spoken).toEqual([]);
    arrive();
    expect(spoken).toEqual(['Good evening.']);
    arrive(); // said once, however often the voice says it is there
    expect(spoken).toEqual(['Good evening.']);
    unbind();
    expect(listeners.size).toBe(0);
  });
});

describe('self-voicing whose code arrives when first wanted', () => {
  /** A loaded port with a voice, that records what it says and reports each line said. */
  function loadedPort() {
    const said: string[] = [];
    const speak = (line: SpeechLine, done?: () => void): void => {
      said.push(line.text);
      done?.();
    };
    const port: SpeechPort = { available: () => true, onAvailability: () => () => undefined, speak, cancel: vi.fn() };
    return { said, port };
  }

  it('is unavailable until its code has loaded, which the first ask starts, once; then it is the loaded port', async () => {
    const { said, port } = loadedPort();
    const load = vi.fn(() => Promise.resolve(port));
    const speech = lazySpeech(load);
    expect(load).not.toHaveBeenCalled();
    expect(speech.available()).toBe(false);
    expect(speech.available()).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
    const heard: boolean[] = [];
    speech.onAvailability((available) => heard.push(available));
    await vi.waitFor(() => expect(speech.available()).toBe(true));
    expect(heard).toEqual([true]);
    speech.speak({ text: 'Good evening.' });
    expect(said).toEqual(['Good evening.']);
    speech.cancel();
    expect(port.cancel).toHaveBeenCalled();
  });

  it('says the latest line asked for while loading, and none if a cancel came after it', async () => {
    const first = loadedPort();
    const waiting = lazySpeech(() => Promise.resolve(first.port));
    const done = vi.fn();
    waiting.speak({ text: 'One.' }, () => undefined);
    waiting.speak({ text: 'Two.' }, done);
    await vi.waitFor(() => expect(first.said).toEqual(['Two.']));
    expect(done).toHaveBeenCalledTimes(1);

    const second = loadedPort();
    const cancelled = lazySpeech(() => Promise.resolve(second.port));
    const never = vi.fn();
    cancelled.speak({ text: 'Three.' }, never);
    cancelled.cancel();
    await vi.waitFor(() => expect(cancelled.available()).toBe(true));
    expect(second.said).toEqual([]);
    expect(never).not.toHaveBeenCalled();
  });

  it('stays unavailable when its code cannot load, lets a waiting line count as said, and tries again on the next ask', async () => {
    const { port } = loadedPort();
    const load = vi.fn<() => Promise<SpeechPort>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(port);
    const speech = lazySpeech(load);
    const done = vi.fn();
    speech.speak({ text: 'Hello?' }, done);
    await vi.waitFor(() => expect(done).toHaveBeenCalledTimes(1));
    expect(speech.available()).toBe(false); // the second ask: a second load
    await vi.waitFor(() => expect(speech.available()).toBe(true));
    expect(load).toHaveBeenCalledTimes(2);
  });
});

