/**
 * The splash: index.html's first paint (title, notice, progress bar, Start) before any script ran.
 * It reports real loading progress and keeps a Start press that came before the game could start.
 */

/** Loading stages, in order, with the share of the bar each one ends at. */
export const LOAD_STAGES = {
  shell: 0.1,
  story: 0.25,
  engine: 0.6,
  assets: 1,
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
    const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
    this.bar.setAttribute('aria-valuenow', String(percent));
    this.fill.style.transform = `scaleX(${percent / 100})`;
    // The status is a live region: rewriting the same words would make screen readers repeat them.
    if (this.status.textContent !== status) this.status.textContent = status;
  }

  /** True, once, when Start was pressed before the game was ready (the inline script in index.html records it). */
  takeEarlyPress(): boolean {
    const pressed = this.start.dataset['pressed'] === 'true';
    delete this.start.dataset['pressed'];
    return pressed;
  }

  /** The game can start: Start is operable and the canvas takes over the picture. */
  ready(): void {
    this.progress(1, 'Ready');
    this.start.removeAttribute('aria-disabled');
    this.body.classList.remove('is-loading');
    this.body.classList.add('is-ready');
  }

  /** Loading failed: say so plainly and keep the page usable. */
  fail(message: string): void {
    this.status.textContent = message;
    this.body.classList.add('has-failed');
  }

}

function required(doc: Document, id: string): HTMLElement {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el;
}
