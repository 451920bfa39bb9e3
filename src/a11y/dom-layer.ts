/**
 * The accessible DOM layer: the canvas is invisible to screen readers and tests, so every line is
 * written to a live region and every control drawn on the canvas has a real, focusable button.
 */

/** A control the canvas draws; its DOM twin has the same name and does the same thing. */
export interface Control {
  readonly id: string;
  readonly label: string;
  readonly onActivate: () => void;
  /** For toggles (mute): announced as pressed/not pressed. */
  readonly pressed?: boolean;
  /** Shortcut shown to assistive tech (`aria-keyshortcuts`), e.g. "M". */
  readonly shortcut?: string;
}

/** Groups of controls, in focus order. */
export const CONTROL_GROUPS = ['title', 'choices', 'reader', 'system'] as const;
/** A group of controls. */
export type ControlGroup = (typeof CONTROL_GROUPS)[number];

/** How many announced lines the live log keeps (older ones are dropped). */
const LOG_LIMIT = 60;

/** The DOM twin of whatever the canvas shows. */
export class AccessibleLayer {
  private readonly log: HTMLElement;
  private readonly status: HTMLElement;
  private readonly groups = new Map<ControlGroup, HTMLElement>();
  private readonly focusListeners = new Set<(id: string | null) => void>();

  constructor(
    private readonly root: HTMLElement,
    private readonly doc: Document = root.ownerDocument,
  ) {
    this.log = this.ensure('story-log', 'div', (el) => {
      el.setAttribute('role', 'log');
      el.setAttribute('aria-live', 'polite');
      el.setAttribute('aria-label', 'Story');
      el.className = 'visually-hidden';
    });
    this.status = this.ensure('notices', 'div', (el) => {
      el.setAttribute('role', 'status');
      el.className = 'visually-hidden';
    });
    for (const group of CONTROL_GROUPS) {
      this.groups.set(group, this.ensure(`controls-${group}`, 'div', (el) => {
        el.setAttribute('role', 'group');
        el.setAttribute('aria-label', groupLabel(group));
        el.className = 'a11y-controls';
      }));
    }
    root.addEventListener('focusin', this.onFocusIn);
    root.addEventListener('focusout', this.onFocusOut);
  }

  /** Announces a line ("Speaker: text"), a caption ("[gunshot]") or a notice, politely. */
  announce(text: string): void {
    const p = this.doc.createElement('p');
    p.textContent = text;
    this.log.append(p);
    while (this.log.childElementCount > LOG_LIMIT) this.log.firstElementChild?.remove();
  }

  /** Says something about the game rather than the story ("Dossier updated"), in a status region. */
  notify(text: string): void {
    // Emptied first and filled a moment later, so the same notice twice in a row is heard twice.
    this.status.textContent = '';
    this.doc.defaultView?.setTimeout(() => {
      this.status.textContent = text;
    }, 60);
  }

  /** The announced lines, oldest first. */
  announced(): string[] {
    return [...this.log.children].map((p) => p.textContent ?? '');
  }

  /**
   * Replaces one group's buttons; a button with the same id keeps its element (and focus). When the
   * focused button goes, or when `focus` names a control and the reader is in this layer (or nowhere
   * else), focus moves to `focus`, else to the first button of the same group: never to a stranger
   * (a keyboard user's next Enter must not mute the sound or roll the story back).
   */
  setControls(group: ControlGroup, controls: readonly Control[], options: { focus?: string } = {}): void {
    const container = this.groups.get(group)!;
    const existing = new Map([...container.querySelectorAll<HTMLButtonElement>('button')].map((b) => [b.dataset['control']!, b]));
    const buttons = controls.map((control) => this.button(existing.get(control.id), control));
    const focused = this.doc.activeElement;
    const focusedGone = [...existing.values()].some((b) => b === focused && !buttons.includes(b));
    container.replaceChildren(...buttons);
    // Re-inserting an element drops its focus: give it back to a control that is still there.
    if (focused instanceof HTMLButtonElement && buttons.includes(focused)) focused.focus();
    const preferred = buttons.find((b) => b.dataset['control'] === options.focus);
    if (preferred && (focusedGone || this.readerIsHere())) preferred.focus();
    else if (focusedGone) buttons[0]?.focus();
  }

  /** Moves keyboard focus to a control, if it exists. */
  focus(id: string): void {
    this.root.querySelector<HTMLButtonElement>(`button[data-control="${CSS.escape(id)}"]`)?.focus();
  }

  /** The id of the focused control, or null. */
  focused(): string | null {
    const active = this.doc.activeElement;
    return active instanceof HTMLElement && this.root.contains(active) ? (active.dataset['control'] ?? null) : null;
  }

  /** Listens for focus moving between controls, so the canvas can draw a focus ring. Returns an unsubscribe. */
  onFocusChange(listener: (id: string | null) => void): () => void {
    this.focusListeners.add(listener);
    return () => this.focusListeners.delete(listener);
  }

  /** Removes listeners (the elements stay: the page owns them). */
  destroy(): void {
    this.root.removeEventListener('focusin', this.onFocusIn);
    this.root.removeEventListener('focusout', this.onFocusOut);
    this.focusListeners.clear();
  }

  private button(reuse: HTMLButtonElement | undefined, control: Control): HTMLButtonElement {
    const button = reuse ?? this.doc.createElement('button');
    button.type = 'button';
    button.dataset['control'] = control.id;
    button.textContent = control.label;
    button.onclick = () => control.onActivate();
    if (control.pressed === undefined) button.removeAttribute('aria-pressed');
    else button.setAttribute('aria-pressed', String(control.pressed));
    if (control.shortcut) button.setAttribute('aria-keyshortcuts', control.shortcut);
    else button.removeAttribute('aria-keyshortcuts');
    return button;
  }

  /** True when focus is in this layer or nowhere in particular (the page body). */
  private readerIsHere(): boolean {
    const active = this.doc.activeElement;
    return active === null || active === this.doc.body || this.root.contains(active);
  }

  private ensure(id: string, tag: string, init: (el: HTMLElement) => void): HTMLElement {
    const found = this.doc.getElementById(id);
    if (found) return found;
    const el = this.doc.createElement(tag);
    el.id = id;
    init(el);
    this.root.append(el);
    return el;
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    const target = event.target instanceof HTMLElement ? event.target : null;
    // The canvas draws a focus ring only where the browser would show one (keyboard focus).
    const id = target && focusVisible(target) ? (target.dataset['control'] ?? null) : null;
    for (const listener of this.focusListeners) listener(id);
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    if (event.relatedTarget instanceof Node && this.root.contains(event.relatedTarget)) return;
    for (const listener of this.focusListeners) listener(null);
  };
}

function groupLabel(group: ControlGroup): string {
  return { title: 'Title menu', choices: 'Choices', reader: 'Reading', system: 'Game' }[group];
}

/** :focus-visible where the browser supports it; otherwise every focus counts. */
function focusVisible(element: HTMLElement): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}
