/**
 * Loading, as the title shows it: index.html's first paint has the title, a progress bar and Start.
 * This reports real loading progress and keeps a Start press that came before the story could start.
 */

/**
 * Loading stages and their share of the bar: the shell runs (0.1); the story and the reader's
 * storage load side by side, each adding `each` when it arrives; then Start works (1).
 */
export const LOAD_STAGES = {
  shell: 0.1,
  each: 0.35,
  ready: 1,
} as const;

/** The splash screen's elements, found by id in index.html. */
export class Splash {
  private readonly bar: HTMLElement;
  private readonly fill: HTMLElement;
  private readonly status: HTMLElement;
  private readonly start: HTMLButtonElement;
  private readonly body: HTMLElement;

  constructor(private readonly doc: Document) {
    this.bar = required(doc, 'load-progress');
    this.fill = required(doc, 'load-progress-fill');
    this.status = required(doc, 'load-status');
    this.start = required(doc, 'start') as HTMLButtonElement;
    this.body = doc.body;
  }

  /** Shows progress (0–1) with a short status text. */
  progress(fraction: number, status: string): void {
    // After a failure the status says what went wrong; a part that arrives later does not hide it.
    if (this.body.classList.contains('has-failed')) return;
    const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
    this.bar.setAttribute('aria-valuenow', String(percent));
    this.fill.style.transform = `scaleX(${percent / 100})`;
    // The status is a live region: rewriting the same words would make screen readers repeat them.
    if (this.status.textContent !== status) this.status.textContent = status;
  }

  /** True, once, when Start was pressed before the story was ready (the inline script in index.html records it). */
  takeEarlyPress(): boolean {
    const pressed = this.start.dataset['pressed'] === 'true';
    delete this.start.dataset['pressed'];
    return pressed;
  }

  /** The story can start: Start is operable (the stage may still be loading behind it). */
  ready(): void {
    this.start.removeAttribute('aria-disabled');
    this.body.classList.remove('is-loading');
    this.body.classList.add('is-ready');
  }

  /** The stage (Phaser) has drawn its first picture. */
  stageReady(): void {
    this.body.classList.add('stage-ready');
  }

  /**
   * Loading failed: say so plainly, and if the story itself is missing, turn Start into Reload
   * (a Start pressed meanwhile no longer pretends to be working).
   */
  fail(message: string, options: { reload?: boolean } = {}): void {
    this.status.textContent = message;
    this.body.classList.add('has-failed');
    if (!options.reload) return;
    delete this.start.dataset['pressed'];
    this.start.textContent = 'Reload';
    this.start.removeAttribute('aria-disabled');
    this.start.onclick = () => this.doc.defaultView?.location.reload();
  }

  /** Something is slow (not failed): say what, and that it is still coming. */
  slow(message: string): void {
    if (!this.body.classList.contains('has-failed')) this.status.textContent = message;
  }
}

function required(doc: Document, id: string): HTMLElement {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el;
}
