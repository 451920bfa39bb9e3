/**
 * The history (backlog): every line read on this path, with its speaker, the scenes and the
 * choices made; a search that knows people's other names; and a way back to any line, which rolls
 * the story back there (flags, dossier facts and the stage with it).
 */
import type { Actor } from 'xstate';
import { backlog, searchBacklog, type BacklogEntry } from '../../backlog/backlog.ts';
import type { StoryMachine } from '../../machine/story-machine.ts';
import { button, h } from '../dom.ts';
import { overlayFrame } from '../overlay-frame.ts';
import type { Overlay } from '../screen.ts';
import './backlog.css';

/** What the history needs. */
export interface BacklogOverlayDeps {
  /** The story being read; none when the history is opened from the title (an address). */
  readonly actor: Actor<StoryMachine> | undefined;
  readonly close: () => void;
}

/** The history overlay. */
export class BacklogOverlay implements Overlay {
  readonly kind = 'backlog';
  readonly title = 'History';
  private entries: BacklogEntry[] = [];
  private items: HTMLElement[] = [];
  private readonly cleanup: (() => void)[] = [];

  constructor(private readonly deps: BacklogOverlayDeps) {}

  mount(dialog: HTMLElement): void {
    const doc = dialog.ownerDocument;
    const { body } = overlayFrame(dialog, this.title, this.deps.close);
    const actor = this.deps.actor;
    if (!actor) {
      body.append(h(doc, 'p', { text: 'Nothing read yet: the history fills as you read. Start or Continue the story from the title.' }));
      return;
    }
    const { graph, log, position } = actor.getSnapshot().context;
    performance.mark('backlog:open');
    this.entries = backlog(graph, log);
    const search = h(doc, 'input', { attrs: { type: 'search', id: 'backlog-search', autocomplete: 'off', spellcheck: false, 'aria-describedby': 'backlog-search-hint' } });
    const status = h(doc, 'p', { className: 'backlog-status', attrs: { role: 'status', id: 'backlog-status' } });
    const list = h(doc, 'ol', { className: 'backlog-list' });
    this.items = this.entries.map((entry) => this.item(doc, entry));
    list.append(...this.items);
    body.append(
      h(doc, 'div', { className: 'backlog-search' }, [
        h(doc, 'label', { text: 'Search the history', attrs: { for: search.id } }),
        search,
        h(doc, 'p', { className: 'setting-hint', text: 'Words, or a name: people are found by any name you know them by.', attrs: { id: 'backlog-search-hint' } }),
      ]),
      status,
      list,
    );
    // What the reader has reached bounds which other names a search may use.
    const maxTier = Math.max(0, ...position.visited.map((id) => graph.beats[id]?.tier ?? 0));
    const onInput = (): void => {
      const query = search.value.trim();
      const found = searchBacklog(graph, this.entries, query, maxTier);
      const filtering = query.length >= 2;
      this.items.forEach((item, i) => (item.hidden = filtering && !found.entries.has(i)));
      const lines = [...found.entries].filter((i) => this.entries[i]!.kind === 'line').length;
      status.textContent = !filtering ? '' : `${lines} ${lines === 1 ? 'line' : 'lines'} found${found.people.length ? ` (${found.people.join(', ')})` : ''}.`;
    };
    search.addEventListener('input', onInput);
    this.cleanup.push(() => search.removeEventListener('input', onInput));
    performance.measure('backlog:open', 'backlog:open');
    // The newest lines are where the reader comes from: show the end of the history.
    dialog.ownerDocument.defaultView?.requestAnimationFrame(() => this.items.at(-1)?.scrollIntoView({ block: 'end' }));
  }

  show(): void {}

  unmount(): void {
    for (const undo of this.cleanup.splice(0)) undo();
  }

  private item(doc: Document, entry: BacklogEntry): HTMLElement {
    if (entry.kind === 'scene') return h(doc, 'li', { className: 'backlog-scene' }, [h(doc, 'h3', { text: entry.title }), h(doc, 'p', { text: entry.location })]);
    if (entry.kind === 'choice') {
      return h(doc, 'li', { className: 'backlog-choice' }, [
        this.goBack(doc, entry.turn, `Back to this choice: ${entry.label}`, [h(doc, 'span', { className: 'backlog-who', text: 'You chose' }), h(doc, 'span', { text: entry.label })]),
      ]);
    }
    const words = [entry.speaker && h(doc, 'span', { className: 'backlog-who', text: entry.speaker.name, style: { '--speaker': entry.speaker.color } }), h(doc, 'span', { className: entry.speaker ? 'backlog-text' : 'backlog-text is-narration', text: entry.text })];
    if (entry.current) return h(doc, 'li', { className: 'backlog-line is-current', attrs: { 'aria-current': 'step' } }, [h(doc, 'div', { className: 'backlog-entry' }, [...words, h(doc, 'span', { className: 'backlog-now', text: '(now)' })])]);
    const said = entry.speaker ? `${entry.speaker.name}: ${entry.text}` : entry.text;
    return h(doc, 'li', { className: 'backlog-line' }, [this.goBack(doc, entry.turn, `Go back to: ${said}`, words)]);
  }

  private goBack(doc: Document, turn: number, label: string, content: (Node | undefined)[]): HTMLButtonElement {
    const el = button(doc, {
      id: `backlog-${turn}`,
      label,
      className: 'backlog-entry',
      onActivate: () => {
        this.deps.actor?.send({ type: 'reader.rollback', turn });
        this.deps.close();
      },
    });
    el.replaceChildren(...content.filter((n): n is Node => n !== undefined));
    el.setAttribute('aria-label', label);
    return el;
  }
}
