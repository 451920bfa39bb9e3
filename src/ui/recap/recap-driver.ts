/**
 * Drives a recap in real time: tells the player how much time passed (one timer, set for when the
 * current item ends), and reads each item aloud when self-voicing is on, holding the player until
 * the voice is done. Every control goes through `send`, so time passed is counted before it acts.
 */
import type { SpeechPort } from '../../audio/speech.ts';
import { itemOf, remainingMs, type RecapEvent, type RecapState } from '../../recap/player.ts';
import type { RecapStore } from '../../recap/store.ts';
import { recapView } from '../../recap/view.ts';
import { chapterHeading, END_HEADING, GATE_WORDS } from '../../recap/words.ts';

/** What the driver needs: the recap, a window for its clock, the voice and whether it is wanted. */
export interface RecapDriverDeps {
  readonly store: RecapStore;
  readonly win: Window;
  readonly speech: SpeechPort;
  /** Self-voicing is on (and speech available): items are read aloud and waited for. */
  readonly voiced: () => boolean;
}

/** The recap's clock and voice. */
export class RecapDriver {
  private timer: number | undefined;
  private since: number;
  private readonly unsubscribe: () => void;

  constructor(private readonly deps: RecapDriverDeps) {
    this.since = deps.win.performance.now();
    this.unsubscribe = deps.store.subscribe((next, previous) => this.changed(next, previous));
  }

  /** Starts: the first item is read aloud if wanted, and the clock runs. */
  start(): void {
    this.speakIfWanted(this.deps.store.state());
    this.schedule();
  }

  /** Sends a control's event, after counting the time that passed since the last one. */
  send(event: RecapEvent): void {
    this.catchUp();
    this.deps.store.send(event);
  }

  /** Self-voicing was switched on or off: read the current item from its start, or stop the voice. */
  voiceChanged(): void {
    this.deps.speech.cancel();
    this.send({ type: 'speech.stop' });
    this.speakIfWanted(this.deps.store.state());
  }

  /** Stops the clock and the voice. */
  stop(): void {
    this.unsubscribe();
    this.clear();
    this.deps.speech.cancel();
  }

  private changed(next: RecapState, previous: RecapState): void {
    if (next.turn !== previous.turn || (previous.playing && !next.playing)) this.deps.speech.cancel();
    if (next.turn !== previous.turn || next.playing !== previous.playing) {
      if (!next.playing && next.speech !== 'none') this.deps.store.send({ type: 'speech.stop' });
      else this.speakIfWanted(next);
    }
    this.schedule();
  }

  /** Reads the current item aloud (a card's title, a line, the gate's question, the end) while playing, once. */
  private speakIfWanted(state: RecapState): void {
    const atEnd = itemOf(this.deps.store.script, state).kind === 'end';
    if (!(state.playing || (atEnd && state.cause === 'play')) || state.speech !== 'none' || !this.deps.voiced()) return;
    const text = this.textOf(state);
    if (!text) return;
    const turn = state.turn;
    this.deps.store.send({ type: 'speech.start' });
    this.deps.speech.speak({ text, rate: state.speed }, () => {
      if (this.deps.store.state().turn === turn) this.send({ type: 'speech.end' });
    });
  }

  private textOf(state: RecapState): string | undefined {
    const { script } = this.deps.store;
    const item = itemOf(script, state);
    if (item.kind === 'line') return item.text;
    if (item.kind === 'gate') return `${GATE_WORDS.heading}. ${GATE_WORDS.text}`;
    if (item.kind === 'end') return `${END_HEADING}.`;
    const chapter = recapView(script, state).chapter;
    return chapter ? `${chapterHeading(chapter)}.` : undefined;
  }

  private schedule(): void {
    this.clear();
    const wait = remainingMs(this.deps.store.script, this.deps.store.state());
    if (!Number.isFinite(wait)) return;
    this.timer = this.deps.win.setTimeout(() => {
      this.timer = undefined;
      this.catchUp();
    }, wait);
  }

  private catchUp(): void {
    const now = this.deps.win.performance.now();
    const ms = now - this.since;
    this.since = now;
    if (ms > 0) this.deps.store.send({ type: 'time', ms });
  }

  private clear(): void {
    if (this.timer !== undefined) this.deps.win.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
