/** Building the HTML views: elements from data, never from markup strings, so story text can never inject anything. */

/** Attributes and properties an element is built with. `on*` entries are event listeners. */
export interface ElementSpec {
  readonly className?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly data?: Readonly<Record<string, string>>;
  readonly style?: Readonly<Record<string, string>>;
  readonly on?: { readonly [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

/** Creates an element with a class, text, attributes, data, custom properties, listeners and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  spec: ElementSpec = {},
  children: readonly (Node | string | null | undefined | false)[] = [],
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (spec.className) el.className = spec.className;
  if (spec.text !== undefined) el.textContent = spec.text;
  for (const [name, value] of Object.entries(spec.attrs ?? {})) setAttr(el, name, value);
  for (const [name, value] of Object.entries(spec.data ?? {})) el.dataset[name] = value;
  for (const [name, value] of Object.entries(spec.style ?? {})) el.style.setProperty(name, value);
  for (const [type, listener] of Object.entries(spec.on ?? {})) el.addEventListener(type, listener as EventListener);
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** Sets an attribute from a value: `false`/`undefined` remove it, `true` sets it empty. */
export function setAttr(el: Element, name: string, value: string | number | boolean | undefined): void {
  if (value === undefined || value === false) el.removeAttribute(name);
  else el.setAttribute(name, value === true ? '' : String(value));
}

/** A button with a visible label (or an icon and an accessible name), its shortcut, and what it does. */
export interface ButtonSpec {
  readonly id: string;
  /** The accessible name; shown as the label unless `icon` is given. */
  readonly label: string;
  /** A short visible glyph or word, for icon buttons (the label then goes to `aria-label` and a tooltip). */
  readonly icon?: string;
  /** Keys that do the same, as `aria-keyshortcuts` writes them ("M", "Enter Space"). */
  readonly shortcut?: string;
  /** For toggles: announced as pressed or not. */
  readonly pressed?: boolean;
  readonly className?: string;
  readonly onActivate: () => void;
}

/** Creates a real `<button>` from a spec; `data-control` carries its id for focus rules and tests. */
export function button(doc: Document, spec: ButtonSpec): HTMLButtonElement {
  const el = h(doc, 'button', { className: spec.className ?? 'ui-button', attrs: { type: 'button' }, data: { control: spec.id } });
  updateButton(el, spec);
  return el;
}

/** Brings an existing button in line with a spec (keeps the element, and so its focus). */
export function updateButton(el: HTMLButtonElement, spec: ButtonSpec): void {
  if (spec.icon !== undefined) {
    el.replaceChildren(h(el.ownerDocument, 'span', { className: 'icon', text: spec.icon, attrs: { 'aria-hidden': 'true' } }));
    setAttr(el, 'aria-label', spec.label);
    setAttr(el, 'title', spec.shortcut ? `${spec.label} (${spec.shortcut.split(' ')[0]})` : spec.label);
  } else {
    el.textContent = spec.label;
    el.removeAttribute('aria-label');
  }
  setAttr(el, 'aria-keyshortcuts', spec.shortcut);
  setAttr(el, 'aria-pressed', spec.pressed === undefined ? undefined : String(spec.pressed));
  el.onclick = (event) => {
    event.stopPropagation();
    spec.onActivate();
  };
}

/** True when a key press is meant for a text field, not for a shortcut. */
export function isTypingInto(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/** True when Enter or Space will activate a focused control by itself (so a shortcut must not act twice). */
export function isForControl(event: KeyboardEvent): boolean {
  return (event.key === 'Enter' || event.key === ' ') && event.target instanceof Element && event.target.closest('button, a[href], summary, [role="button"]') !== null;
}

/** The events that say the reader has reached for the page: a pointer over it or down, a touch, focus, a key. */
const REACH_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/** Runs `run` once, at the reader's first reach for anything under `target` (work a page only looked at should not do). */
export function onFirstReach(target: EventTarget, run: () => void): void {
  const once = (): void => {
    for (const type of REACH_EVENTS) target.removeEventListener(type, once, true);
    run();
  };
  for (const type of REACH_EVENTS) target.addEventListener(type, once, { capture: true, passive: true });
}
