/**
 * The text box: name plate, the line typing out, a "dramatised" badge and Continue. The whole line
 * is in the DOM from the start (the untyped rest is transparent), so the box never reflows while
 * typing and a screen reader browsing the page reads the whole line, not a fragment.
 */
import type { LineView } from '../../machine/selectors.ts';
import { button, h } from '../dom.ts';
import { CONTROL } from '../controls.ts';

/** What the text box needs from the screen. */
export interface TextBoxOptions {
  /** Characters per second for a new line; 0 or Infinity shows it at once. */
  readonly charsPerSecond: () => number;
  /** Continue was pressed (the screen decides: finish the line, or move on). */
  readonly onContinue: () => void;
  /** Every few characters while typing (the text blip). */
  readonly onType?: () => void;
  /** A line has finished appearing (typed out or completed). */
  readonly onComplete?: () => void;
}

/** One line at a time, typed out; `complete()` shows the rest at once. */
export class TextBox {
  readonly el: HTMLElement;
  private readonly plate: HTMLElement;
  private readonly typed: HTMLElement;
  private readonly untyped: HTMLElement;
  private readonly text: HTMLElement;
  private readonly badge: HTMLElement;
  private readonly continueButton: HTMLButtonElement;
  private full = '';
  private shown = 0;
  private frame = 0;
  private startedAt = 0;
  /** Characters already typed when typing (re)started, and the speed: a paused line resumes where it stopped. */
  private from = 0;
  private speed = 0;
  private paused = false;

  constructor(
    private readonly doc: Document,
    private readonly options: TextBoxOptions,
  ) {
    this.plate = h(doc, 'p', { className: 'nameplate', attrs: { hidden: true } });
    this.typed = h(doc, 'span', { className: 'typed' });
    this.untyped = h(doc, 'span', { className: 'untyped' });
    this.text = h(doc, 'p', { className: 'line' }, [this.typed, this.untyped]);
    this.badge = h(doc, 'p', { className: 'badge', text: 'Dramatised', attrs: { hidden: true, title: 'Our own dramatisation: more than the episode shows' } });
    this.continueButton = button(doc, { id: CONTROL.continue, label: 'Continue', icon: '▼', shortcut: 'Enter Space', className: 'continue', onActivate: () => options.onContinue() });
    this.el = h(doc, 'div', { className: 'textbox', attrs: { hidden: true } }, [this.plate, this.text, this.badge, this.continueButton]);
  }

  /** Shows a line: typed out, or at once when `instant` (a restored line, reduced motion, instant text). */
  show(line: LineView, instant: boolean): void {
    this.stopTyping();
    this.el.hidden = false;
    this.plate.hidden = line.speaker === undefined;
    if (line.speaker) {
      this.plate.textContent = line.speaker.name;
      this.plate.style.setProperty('--speaker', line.speaker.color);
    }
    this.text.classList.toggle('is-narration', line.speaker === undefined);
    this.badge.hidden = !line.dramatized;
    this.full = line.text;
    this.shown = 0;
    const speed = this.options.charsPerSecond();
    if (instant || !(speed > 0) || !Number.isFinite(speed)) {
      this.complete();
      return;
    }
    this.render(0);
    this.speed = speed;
    this.typeFrom(0);
  }

  /** True while the line is still typing (or paused mid-line). */
  isTyping(): boolean {
    return this.frame !== 0 || this.paused;
  }

  /** Holds the typing where it is (an overlay covers the story). */
  pause(): void {
    if (this.frame === 0) return;
    this.stopTyping();
    this.paused = true;
  }

  /** Types on from where `pause` held it. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.typeFrom(this.shown);
  }

  /** Shows the whole line at once. */
  complete(): void {
    const wasTyping = this.isTyping() || this.shown < this.full.length;
    this.stopTyping();
    this.render(this.full.length);
    if (wasTyping) this.options.onComplete?.();
  }

  /** Hides the box (a beat that opens on a choice, the end card). */
  hide(): void {
    this.stopTyping();
    this.el.hidden = true;
  }

  /** Stops typing for good (the screen is going). */
  destroy(): void {
    this.stopTyping();
  }

  private tick(time: number, speed: number): void {
    if (this.startedAt === 0) this.startedAt = time;
    let count = Math.min(this.full.length, this.from + Math.floor(((time - this.startedAt) / 1000) * speed) + 1);
    // Words appear at a steady pace: a space never costs a tick of its own.
    while (this.full[count] === ' ') count += 1;
    if (Math.floor(count / 3) > Math.floor(this.shown / 3)) this.options.onType?.();
    this.render(count);
    if (count >= this.full.length) {
      this.frame = 0;
      this.options.onComplete?.();
      return;
    }
    this.frame = this.win().requestAnimationFrame((t) => this.tick(t, speed));
  }

  private render(count: number): void {
    this.shown = count;
    this.typed.textContent = this.full.slice(0, count);
    this.untyped.textContent = this.full.slice(count);
    this.continueButton.classList.toggle('is-waiting', count < this.full.length);
  }

  private typeFrom(shown: number): void {
    this.from = shown;
    this.startedAt = 0;
    this.frame = this.win().requestAnimationFrame((t) => this.tick(t, this.speed));
  }

  private stopTyping(): void {
    if (this.frame !== 0) this.win().cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.paused = false;
  }

  private win(): Window {
    return this.doc.defaultView!;
  }
}
