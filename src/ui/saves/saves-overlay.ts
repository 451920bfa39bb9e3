/**
 * Save and load: the autosave, the quick save and nine slots, each with a picture of the stage,
 * the scene, the side of the night, play time and date. Overwriting, loading over a story in
 * progress and deleting ask first; a damaged slot says so and can be cleared.
 */
import type { LoadResult, SaveStore, SlotEntry } from '../../storage/save-store.ts';
import type { SaveRecord, SlotId } from '../../storage/save-schema.ts';
import { slotLabel } from '../../storage/save-store.ts';
import { button, h } from '../dom.ts';
import { overlayFrame, type OverlayFrame } from '../overlay-frame.ts';
import type { OverlayRoute } from '../routes.ts';
import type { Overlay } from '../screen.ts';
import { askFirst } from './confirm.ts';

/** What the save screen needs. */
export interface SavesOverlayDeps {
  readonly saves: SaveStore;
  readonly close: () => void;
  /** Switches between saving and loading (a new history entry). */
  readonly switchMode: (mode: 'save' | 'load') => void;
  /** The record to write into a slot from the story in progress, or undefined when no story is open. */
  readonly recordFor: (slot: SlotId) => SaveRecord | undefined;
  /** Starts reading from a loaded save (closing the overlays). */
  readonly load: (record: SaveRecord) => void;
  /** True when loading would leave a story in progress (then it asks first). */
  readonly reading: () => boolean;
  /** Says something to the reader (visible and announced). */
  readonly notify: (text: string) => void;
}

/** The save/load overlay. */
export class SavesOverlay implements Overlay {
  readonly kind = 'saves';
  readonly title = 'Save and load';
  private frame: OverlayFrame | undefined;
  private mode: 'save' | 'load' = 'load';
  private readonly list: HTMLElement;
  private readonly tabs: { save: HTMLButtonElement; load: HTMLButtonElement };
  private status: HTMLElement;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly deps: SavesOverlayDeps,
  ) {
    this.list = h(doc, 'ol', { className: 'slots' });
    this.status = h(doc, 'p', { className: 'slots-status', attrs: { role: 'status' } });
    this.tabs = {
      save: button(doc, { id: 'mode-save', label: 'Save', className: 'text-button', onActivate: () => deps.switchMode('save') }),
      load: button(doc, { id: 'mode-load', label: 'Load', className: 'text-button', onActivate: () => deps.switchMode('load') }),
    };
  }

  mount(dialog: HTMLElement): void {
    this.frame = overlayFrame(dialog, this.title, this.deps.close);
    const modes = h(this.doc, 'div', { className: 'mode-switch', attrs: { role: 'group', 'aria-label': 'Save or load' } }, [this.tabs.save, this.tabs.load]);
    this.frame.body.append(modes, this.status, this.list);
  }

  show(route: OverlayRoute): void {
    if (route.kind !== 'saves') return;
    this.mode = route.mode;
    if (this.mode === 'save' && !this.deps.recordFor('quick')) this.mode = 'load';
    this.tabs.save.setAttribute('aria-pressed', String(this.mode === 'save'));
    this.tabs.load.setAttribute('aria-pressed', String(this.mode === 'load'));
    this.tabs.save.disabled = !this.deps.recordFor('quick');
    this.frame!.heading.textContent = this.mode === 'save' ? 'Save' : 'Load';
    void this.refresh();
  }

  unmount(): void {
    this.generation += 1;
  }

  /** Reads the slots again and redraws them (an old read that finishes late is dropped). */
  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const entries = await this.deps.saves.list();
    if (generation !== this.generation) return;
    const slots = entries.filter((e) => this.mode === 'load' || (e.slot !== 'auto'));
    this.list.replaceChildren(...slots.map((entry) => this.slot(entry)));
    if (this.mode === 'load' && entries.every((e) => e.state !== 'saved')) this.status.textContent = 'Nothing saved yet. The story saves itself as you read: Continue on the title picks up where you were.';
  }

  private slot(entry: SlotEntry): HTMLElement {
    const doc = this.doc;
    const name = entry.slot === 'auto' ? 'Autosave' : entry.slot === 'quick' ? 'Quick save' : `Slot ${entry.slot}`;
    const details = entry.state === 'saved' ? describe(entry.meta) : entry.state === 'damaged' ? [`Damaged: ${entry.message}`] : ['Empty'];
    const picture = entry.state === 'saved' && entry.meta.thumbnail ? h(doc, 'img', { className: 'slot-picture', attrs: { src: entry.meta.thumbnail, alt: '' } }) : h(doc, 'div', { className: 'slot-picture is-empty' });
    const usable = this.mode === 'save' ? entry.slot !== 'auto' : entry.state === 'saved';
    const main = button(doc, {
      id: `slot-${entry.slot}`,
      label: `${this.mode === 'save' ? 'Save to' : 'Load'} ${name}: ${details.join(', ')}`,
      className: 'slot-main',
      onActivate: () => void (this.mode === 'save' ? this.saveTo(entry) : this.loadFrom(entry)),
    });
    main.replaceChildren(picture, h(doc, 'span', { className: 'slot-name', text: name }), ...details.map((d) => h(doc, 'span', { className: 'slot-detail', text: d })));
    main.setAttribute('aria-label', `${this.mode === 'save' ? 'Save to' : 'Load'} ${name}: ${details.join(', ')}`);
    main.disabled = !usable;
    const remove = entry.state !== 'empty' && button(doc, { id: `delete-${entry.slot}`, label: `Delete ${name}`, className: 'text-button slot-delete', onActivate: () => void this.remove(entry) });
    return h(doc, 'li', { className: `slot is-${entry.state}` }, [main, remove]);
  }

  private async saveTo(entry: SlotEntry): Promise<void> {
    const record = this.deps.recordFor(entry.slot);
    if (!record) return;
    if (entry.state === 'saved' && !(await askFirst(this.frame!.root, `Overwrite ${slotLabel(entry.slot)} (${entry.meta.beatTitle})?`, 'Overwrite'))) return;
    const result = await this.deps.saves.save(record);
    // The list first, then the words: what is said is already what the list shows.
    await this.refresh();
    this.say(result.ok ? `Saved to ${slotLabel(entry.slot)}.` : `Could not save: ${result.message}`);
  }

  private async loadFrom(entry: SlotEntry): Promise<void> {
    if (entry.state !== 'saved') return;
    if (this.deps.reading() && !(await askFirst(this.frame!.root, `Load ${slotLabel(entry.slot)}? The story you are reading now stays in the autosave only until you read on.`, 'Load'))) return;
    const loaded: LoadResult = await this.deps.saves.load(entry.slot);
    if (!loaded.ok) {
      await this.refresh();
      this.say(`Could not load: ${loaded.message}`);
      return;
    }
    this.deps.load(loaded.record);
  }

  private async remove(entry: SlotEntry): Promise<void> {
    if (!(await askFirst(this.frame!.root, `Delete ${slotLabel(entry.slot)}? This cannot be undone.`, 'Delete'))) return;
    const result = await this.deps.saves.delete(entry.slot);
    await this.refresh();
    this.say(result.ok ? `Deleted ${slotLabel(entry.slot)}.` : `Could not delete: ${result.message}`);
  }

  private say(text: string): void {
    this.status.textContent = text;
    this.deps.notify(text);
  }
}

/** A slot's details in words: scene, side of the night, play time, date. */
function describe(meta: Extract<SlotEntry, { state: 'saved' }>['meta']): string[] {
  const minutes = Math.round(meta.playTimeMs / 60_000);
  const played = minutes < 60 ? `${minutes} min read` : `${Math.floor(minutes / 60)} h ${minutes % 60} min read`;
  const date = new Date(meta.savedAt);
  const when = Number.isNaN(date.getTime()) ? meta.savedAt : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return [meta.beatTitle, meta.route?.name ?? 'before the sides split', played, when];
}
