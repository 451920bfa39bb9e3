/**
 * What screen readers hear without looking: a polite live log for the story (each line once,
 * whole, never letter by letter; scene changes; captioned sounds) and a status region for notices
 * about the game ("Dossier updated"). The words on screen are real HTML elsewhere; this only speaks.
 */

/** How many announced lines the live log keeps (older ones are dropped). */
const LOG_LIMIT = 60;

/** What the rest of the app asks of the announcer. */
export interface Speaker {
  /** Says a story line, a scene change or a caption, politely, in order. */
  announce(text: string): void;
  /** Says something about the game rather than the story, in the status region. */
  notify(text: string): void;
}

/** The two live regions, found (or created) under a root element. */
export class Announcer implements Speaker {
  private readonly log: HTMLElement;
  private readonly status: HTMLElement;
  private pending: number | undefined;

  constructor(private readonly root: HTMLElement) {
    this.log = this.ensure('story-log', (el) => {
      el.setAttribute('role', 'log');
      el.setAttribute('aria-live', 'polite');
      el.setAttribute('aria-label', 'Story');
    });
    this.status = this.ensure('notices', (el) => el.setAttribute('role', 'status'));
  }

  announce(text: string): void {
    const p = this.root.ownerDocument.createElement('p');
    p.textContent = text;
    this.log.append(p);
    while (this.log.childElementCount > LOG_LIMIT) this.log.firstElementChild?.remove();
  }

  notify(text: string): void {
    // Emptied first and filled a moment later, so the same notice twice in a row is heard twice.
    const win = this.root.ownerDocument.defaultView;
    this.status.textContent = '';
    if (this.pending !== undefined) win?.clearTimeout(this.pending);
    this.pending = win?.setTimeout(() => {
      this.status.textContent = text;
      this.pending = undefined;
    }, 60);
  }

  /** The announced lines, oldest first. */
  announced(): string[] {
    return [...this.log.children].map((p) => p.textContent ?? '');
  }

  private ensure(id: string, init: (el: HTMLElement) => void): HTMLElement {
    const found = this.root.ownerDocument.getElementById(id);
    if (found) return found;
    const el = this.root.ownerDocument.createElement('div');
    el.id = id;
    el.className = 'visually-hidden';
    init(el);
    this.root.append(el);
    return el;
  }
}
