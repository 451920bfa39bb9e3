/** The Web Speech API behind the speech port: `speechSynthesis`, a voice per speaker, and an end that always comes. */
import { castVoice, SilentSpeech, speechDeadlineMs, type SpeechLine, type SpeechPort } from './speech.ts';

/** The part of `speechSynthesis` used here (a test can hand in a fake). */
export interface SynthesisLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): readonly SpeechSynthesisVoice[];
  resume?(): void;
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

/** Errors that mean our own cancel cut the line off, not that it failed. */
const CUT_OFF = new Set(['interrupted', 'canceled']);

/** The browser's speech, or silence where the page has no speech synthesis. */
export function browserSpeech(win: Window): SpeechPort {
  const synth = (win as Window & { speechSynthesis?: SynthesisLike }).speechSynthesis;
  const Utterance = (win as Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance }).SpeechSynthesisUtterance;
  if (!synth || typeof synth.speak !== 'function' || typeof Utterance !== 'function') return new SilentSpeech();
  return new BrowserSpeech(win, synth, Utterance);
}

/** Speech through `speechSynthesis`. */
class BrowserSpeech implements SpeechPort {
  /** Speakers in the order they first spoke: their place picks their voice. */
  private readonly order = new Map<string, number>();
  /** Bumped by every speak and cancel: an utterance whose token is old reports nothing. */
  private token = 0;
  private deadline: number | undefined;

  constructor(
    private readonly win: Window,
    private readonly synth: SynthesisLike,
    private readonly Utterance: typeof SpeechSynthesisUtterance,
  ) {}

  available(): boolean {
    return this.voices().length > 0;
  }

  onAvailability(listener: (available: boolean) => void): () => void {
    const onChange = (): void => listener(this.available());
    this.synth.addEventListener?.('voiceschanged', onChange);
    return () => this.synth.removeEventListener?.('voiceschanged', onChange);
  }

  speak(line: SpeechLine, done?: () => void): void {
    this.cancel();
    const token = this.token;
    const finish = (): void => {
      if (token !== this.token) return;
      this.clearDeadline();
      this.token += 1;
      done?.();
    };
    const voices = this.voices();
    if (voices.length === 0) {
      // Nothing to hear: the line counts as said at once, so whoever waits for it goes on.
      this.win.setTimeout(finish, 0);
      return;
    }
    const utterance = new this.Utterance(line.text);
    const choice = castVoice(this.orderOf(line.speaker), voices.length, this.narratorIndex(voices));
    utterance.voice = voices[choice.voice] ?? null;
    utterance.lang = utterance.voice?.lang ?? this.win.document.documentElement.lang;
    utterance.pitch = choice.pitch;
    utterance.rate = line.rate ?? 1;
    utterance.onend = finish;
    utterance.onerror = (event) => {
      if (!CUT_OFF.has(event.error)) finish();
    };
    this.deadline = this.win.setTimeout(finish, speechDeadlineMs(line.text, line.rate));
    // Chrome can be left paused by an earlier page: resume, then speak.
    this.synth.resume?.();
    this.synth.speak(utterance);
  }

  cancel(): void {
    this.token += 1;
    this.clearDeadline();
    this.synth.cancel();
  }

  /** The voices for the page's language (any voice when none matches). */
  private voices(): readonly SpeechSynthesisVoice[] {
    const all = this.synth.getVoices();
    const lang = (this.win.document.documentElement.lang || 'en').toLowerCase().split('-')[0]!;
    const matching = all.filter((v) => v.lang.toLowerCase().startsWith(lang));
    return matching.length > 0 ? matching : all;
  }

  private narratorIndex(voices: readonly SpeechSynthesisVoice[]): number {
    return Math.max(0, voices.findIndex((v) => v.default));
  }

  private orderOf(speaker: string | undefined): number {
    if (speaker === undefined) return 0;
    if (!this.order.has(speaker)) this.order.set(speaker, this.order.size + 1);
    return this.order.get(speaker)!;
  }

  private clearDeadline(): void {
    if (this.deadline !== undefined) this.win.clearTimeout(this.deadline);
    this.deadline = undefined;
  }
}
