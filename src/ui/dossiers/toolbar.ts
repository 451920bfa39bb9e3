/** The top of the dossiers: one search field (results as you type) and the spoiler level, remembered in the settings. */
import { SPOILER_LEVEL_LABELS } from '../../dossier/labels.ts';
import { SPOILER_LEVELS, type SpoilerLevel } from '../../storage/settings.ts';
import { h } from '../dom.ts';

/** What the toolbar reports. */
export interface ToolbarEvents {
  /** The search text changed (every keystroke). */
  readonly search: (query: string) => void;
  /** The reader chose a spoiler level. */
  readonly level: (level: SpoilerLevel) => void;
}

/** The search field, its live result count, and the spoiler level. */
export class DossierToolbar {
  readonly el: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly hint: HTMLElement;

  constructor(doc: Document, events: ToolbarEvents) {
    this.input = h(doc, 'input', {
      className: 'dossier-search-input',
      attrs: { id: 'dossier-search', type: 'search', autocomplete: 'off', spellcheck: 'false', placeholder: 'Names, spellings, facts…', 'aria-describedby': 'dossier-search-status' },
    });
    this.input.addEventListener('input', () => events.search(this.input.value));
    // Esc empties a search first (and only closes the dossiers when there is nothing to clear).
    this.input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || this.input.value === '') return;
      event.preventDefault();
      this.input.value = '';
      events.search('');
    });
    this.status = h(doc, 'p', { className: 'dossier-search-status', attrs: { id: 'dossier-search-status', role: 'status' } });
    this.select = h(doc, 'select', { attrs: { id: 'dossier-level', 'aria-describedby': 'dossier-level-hint' } }, SPOILER_LEVELS.map((level) => h(doc, 'option', { text: SPOILER_LEVEL_LABELS[level].name, attrs: { value: level } })));
    this.select.addEventListener('change', () => events.level(this.select.value as SpoilerLevel));
    this.hint = h(doc, 'p', { className: 'dossier-level-hint', attrs: { id: 'dossier-level-hint' } });
    this.el = h(doc, 'div', { className: 'dossier-toolbar' }, [
      h(doc, 'div', { className: 'dossier-search', attrs: { role: 'search' } }, [h(doc, 'label', { text: 'Search', attrs: { for: 'dossier-search' } }), this.input, this.status]),
      h(doc, 'div', { className: 'dossier-level' }, [h(doc, 'label', { text: 'Spoilers', attrs: { for: 'dossier-level' } }), this.select, this.hint]),
    ]);
  }

  /** Shows the level in force and what it promises. */
  showLevel(level: SpoilerLevel): void {
    this.select.value = level;
    this.hint.textContent = SPOILER_LEVEL_LABELS[level].description;
  }

  /** Says how many entries match (empty when there is no search). */
  showCount(summary: string): void {
    if (this.status.textContent !== summary) this.status.textContent = summary;
  }

  /** True when focus is in the toolbar (typing or choosing: a new page must not take focus away). */
  hasFocus(): boolean {
    return this.el.contains(this.el.ownerDocument.activeElement);
  }
}
