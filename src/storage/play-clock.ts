/** Play time: it accrues only while the story screen is showing, as the UI says. */

/** Counts reading time; `now` is a millisecond clock (performance.now by default). */
export class PlayClock {
  private total: number;
  private since: number | undefined;

  constructor(
    private readonly now: () => number = () => performance.now(),
    startMs = 0,
  ) {
    this.total = startMs;
  }

  /** The story screen is showing: time counts from now. */
  start(): void {
    this.since ??= this.now();
  }

  /** The story screen is hidden or left: time stops counting. */
  stop(): void {
    if (this.since === undefined) return;
    this.total += this.now() - this.since;
    this.since = undefined;
  }

  /** Play time so far, in milliseconds. */
  elapsedMs(): number {
    return this.total + (this.since === undefined ? 0 : this.now() - this.since);
  }

  /** Sets the play time (a loaded save's, or 0 for a new story); keeps running if it was. */
  reset(ms: number): void {
    this.total = ms;
    if (this.since !== undefined) this.since = this.now();
  }

  /** True while time is counting. */
  get running(): boolean {
    return this.since !== undefined;
  }
}
