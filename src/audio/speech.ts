/**
 * Self-voicing: the recap and the story read aloud by the browser's speech synthesis (Web Speech
 * API), behind a small port so the rest of the app never touches `speechSynthesis` and tests can
 * use a fake. Each speaker gets a voice of their own where the browser has several (else a pitch of
 * their own). Where there is no engine or no voice (headless Chromium has none) the port says it is
 * unavailable and speaking does nothing, quietly.
 */

/** A line to say: the words, who says them (undefined: the narrator), and how fast (1 = normal). */
export interface SpeechLine {
  readonly text: string;
  readonly speaker?: string;
  readonly rate?: number;
}

/** What the app asks of self-voicing. */
export interface SpeechPort {
  /** Whether anything can be heard: an engine with at least one voice. */
  available(): boolean;
  /** Listens for the answer to `available` changing (voices load late in some browsers). Returns an unsubscribe. */
  onAvailability(listener: (available: boolean) => void): () => void;
  /** Says a line, cutting off whatever is being said. `done` is called once when it has been said or could not be; never after `cancel`. */
  speak(line: SpeechLine, done?: () => void): void;
  /** Stops speaking; a pending `done` is dropped. */
  cancel(): void;
}

/** No speech: unavailable, and saying nothing. */
export class SilentSpeech implements SpeechPort {
  available(): boolean {
    return false;
  }
  onAvailability(): () => void {
    return () => undefined;
  }
  speak(): void {}
  cancel(): void {}
}

/** How one speaker sounds: a voice (an index into the voices offered) and a pitch. */
export interface VoiceChoice {
  readonly voice: number;
  readonly pitch: number;
}

/** Pitches that tell speakers apart when every one of them must share a single voice. */
const PITCHES = [1, 0.8, 1.25, 0.9, 1.15, 0.7] as const;

/**
 * The voice for the speaker who spoke `order`-th (0 is the narrator), among `count` voices where the
 * narrator's is `narrator`: the narrator keeps theirs; each speaker takes the next other voice, in
 * turn; with one voice, speakers differ by pitch; past the last voice, pitch tells them apart.
 */
export function castVoice(order: number, count: number, narrator: number): VoiceChoice {
  if (order === 0 || count === 0) return { voice: narrator, pitch: 1 };
  const others = Array.from({ length: count }, (_, i) => i).filter((i) => i !== narrator);
  if (others.length === 0) return { voice: narrator, pitch: PITCHES[order % PITCHES.length]! };
  const round = Math.floor((order - 1) / others.length);
  return { voice: others[(order - 1) % others.length]!, pitch: PITCHES[round % PITCHES.length]! };
}

/** The time after which a line that never reported its end counts as said (engines sometimes drop the event), in ms. */
export function speechDeadlineMs(text: string, rate = 1): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  // A slow speaker (100 words a minute) and a generous margin.
  return ((words / 100) * 60_000) / Math.max(0.1, rate) + 10_000;
}

/**
 * A speech port whose engine code arrives when first wanted (most readers never turn self-voicing
 * on): unavailable until it has loaded (asking whether it is available starts the load), then the
 * loaded port in all things. A line asked for meanwhile is said once it has, unless another line
 * or a cancel came after it; a load that fails leaves it unavailable, and the next ask tries again.
 */
export function lazySpeech(load: () => Promise<SpeechPort>): SpeechPort {
  let port: SpeechPort | undefined;
  let loading: Promise<SpeechPort | undefined> | undefined;
  /** Bumped by every speak and cancel: a line waiting for the load is said only if it is still the latest. */
  let asked = 0;
  /** Availability listeners, each with its unsubscribe from the loaded port. */
  const listeners = new Map<(available: boolean) => void, () => void>();
  const follow = (loaded: SpeechPort, listener: (available: boolean) => void): void => {
    listeners.set(listener, loaded.onAvailability(listener));
    if (loaded.available()) listener(true); // it was unavailable until now
  };
  const ensure = (): Promise<SpeechPort | undefined> =>
    (loading ??= load().then(
      (loaded) => {
        port = loaded;
        for (const listener of [...listeners.keys()]) follow(loaded, listener);
        return loaded;
      },
      () => {
        loading = undefined;
        return undefined;
      },
    ));
  return {
    available: () => {
      void ensure();
      return port?.available() ?? false;
    },
    onAvailability: (listener) => {
      if (port) follow(port, listener);
      else {
        listeners.set(listener, () => undefined);
        void ensure();
      }
      return () => {
        listeners.get(listener)?.();
        listeners.delete(listener);
      };
    },
    speak: (line, done) => {
      const mine = ++asked;
      if (port) return port.speak(line, done);
      void ensure().then((loaded) => {
        if (mine !== asked) return;
        if (loaded) loaded.speak(line, done);
        else done?.(); // nothing to hear: the line counts as said
      });
    },
    cancel: () => {
      asked += 1;
      port?.cancel();
    },
  };
}
