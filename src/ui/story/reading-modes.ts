/**
 * Auto and skip, the reading modes every visual novel has. Auto reads on by itself after a pause
 * that grows with the line; skip fast-forwards through lines read before. Both stop at a choice,
 * skip stops at the first line never read, and any other input stops them.
 */

/** The moment the modes look at: what is on screen, and whether it is still typing. */
export interface ReadingMoment {
  readonly mode: 'reading' | 'choosing' | 'ended';
  /** The line on screen, when there is one. */
  readonly line?: { readonly key: string; readonly text: string };
  /** True when this line was read before (on any earlier reading). */
  readonly readBefore: boolean;
}

/** What the modes need from the screen and the page. */
export interface ReadingModesDeps {
  readonly win: Window;
  /** Auto's pause after a line, in seconds (the setting), before the per-character allowance. */
  readonly autoDelay: () => number;
  /** Skip also goes through lines never read (the setting). */
  readonly skipUnread: () => boolean;
  /** Moves on one line (the line is fully shown: auto waited for it; skip shows lines at once). */
  readonly advance: () => void;
  /** True while something is speaking the line aloud (self-voicing): auto waits for it. */
  readonly speaking?: () => boolean;
  /** The modes changed (on, off, and why), for the indicator and the buttons. */
  readonly onChange: (state: ReadingModesState) => void;
}

/** Which mode is on, and why the last one stopped (for the status line). */
export interface ReadingModesState {
  readonly auto: boolean;
  readonly skip: boolean;
  readonly stopped?: string;
}

/** Milliseconds auto gives a reader per character of the line, on top of the pause. */
export const AUTO_MS_PER_CHAR = 30;
/** Milliseconds between two lines while skipping. */
export const SKIP_INTERVAL_MS = 70;

/** How long auto waits on a line: the reader's pause plus time to read it. */
export function autoWaitMs(text: string, delaySeconds: number): number {
  return Math.round(delaySeconds * 1000 + text.length * AUTO_MS_PER_CHAR);
}

/** Auto and skip for one story screen. */
export class ReadingModes {
  private state: ReadingModesState = { auto: false, skip: false };
  private timer: number | undefined;
  private moment: ReadingMoment | undefined;
  private typing = false;
  private paused = false;

  constructor(private readonly deps: ReadingModesDeps) {}

  /** The modes now. */
  now(): ReadingModesState {
    return this.state;
  }

  /** Turns auto on or off (skip goes off). */
  toggleAuto(): void {
    this.set({ auto: !this.state.auto, skip: false });
  }

  /** Turns skip on or off (auto goes off). */
  toggleSkip(): void {
    this.set({ skip: !this.state.skip, auto: false });
  }

  /** Skips while a key is held (Ctrl): on now, off with `stop`. */
  hold(): void {
    if (!this.state.skip) this.set({ skip: true, auto: false });
  }

  /** Stops both (any other input), saying why when there is a reason worth saying. */
  stop(reason?: string): void {
    if (this.state.auto || this.state.skip) this.set({ auto: false, skip: false, ...(reason ? { stopped: reason } : {}) });
  }

  /** An overlay covers the story (or it is uncovered): nothing runs by itself underneath. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    this.schedule();
  }

  /** The screen shows a moment (a new line, a menu, the end). */
  show(moment: ReadingMoment, typing: boolean): void {
    this.moment = moment;
    this.typing = typing;
    if (moment.mode !== 'reading') this.stop(moment.mode === 'choosing' ? 'a choice' : undefined);
    else if (this.state.skip && !moment.readBefore && !this.deps.skipUnread()) this.stop('a line you have not read');
    this.schedule();
  }

  /** The line on screen has finished typing (auto's wait starts now). */
  typed(): void {
    this.typing = false;
    this.schedule();
  }

  /** Stops timers for good (the screen is going). */
  destroy(): void {
    this.clear();
  }

  private set(next: ReadingModesState): void {
    // Skip never starts on a line the reader has not read (unless they asked for that).
    const { moment } = this;
    if (next.skip && moment?.mode === 'reading' && !moment.readBefore && !this.deps.skipUnread()) next = { auto: false, skip: false, stopped: 'a line you have not read' };
    this.state = next;
    this.deps.onChange(next);
    this.schedule();
  }

  private schedule(): void {
    this.clear();
    const { moment } = this;
    if (this.paused || !moment || moment.mode !== 'reading') return;
    if (this.state.skip) this.timer = this.deps.win.setTimeout(() => this.deps.advance(), SKIP_INTERVAL_MS);
    else if (this.state.auto && !this.typing && moment.line) {
      const key = moment.line.key;
      this.timer = this.deps.win.setTimeout(() => this.autoNext(key), autoWaitMs(moment.line.text, this.deps.autoDelay()));
    }
  }

  private autoNext(key: string): void {
    this.timer = undefined;
    if (this.moment?.line?.key !== key || !this.state.auto || this.paused) return;
    // Self-voicing: wait for the voice to finish the line.
    if (this.deps.speaking?.()) {
      this.timer = this.deps.win.setTimeout(() => this.autoNext(key), 250);
      return;
    }
    this.deps.advance();
  }

  private clear(): void {
    if (this.timer !== undefined) this.deps.win.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
