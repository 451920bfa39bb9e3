// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDossierModel } from '../../src/dossier/model.ts';
import type { Progress } from '../../src/progress/progress.ts';
import { SettingsStore } from '../../src/storage/settings.ts';
import { DossiersOverlay } from '../../src/ui/dossiers/dossiers-overlay.ts';
import type { OverlayRoute } from '../../src/ui/routes.ts';
import { progress, relation, SARAH_TO_THE_BAR, tinyNight } from '../dossier/support.ts';

// The dossier screen in jsdom, on the tiny night (tests/dossier/tiny-night.story): what a reader sees, presses and types.
const graph = tinyNight([relation('hermann', 'sarah', 'patron and lover', 'hermann.lover', 1), relation('nine', 'sarah', 'claims her as one of them', 'sarah.viola', 2)]);
const model = buildDossierModel(graph);
// The script's own words, for "this never shows" checks.
const NOT_FOUND_TEXT = 'Under it, a Nean cannot kill a human being.';
const NECTAR_WORDING = "At the docks she is the Panacea man's singer.";

describe('the dossiers', () => {
  let dialog: HTMLElement;
  let overlay: DossiersOverlay;
  let read: Progress;
  let settings: SettingsStore;
  let history: OverlayRoute[];
  let replaced: OverlayRoute[];
  let closed: number;

  const text = (): string => dialog.textContent ?? '';
  const heading = (): string | null | undefined => dialog.querySelector('.dossier-page h3')?.textContent;
  const link = (name: string): HTMLAnchorElement => [...dialog.querySelectorAll('a')].find((a) => a.textContent?.includes(name))!;
  const search = (value: string): void => {
    const input = dialog.querySelector<HTMLInputElement>('#dossier-search')!;
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  function open(start: Progress, route: OverlayRoute = { kind: 'dossiers' }): void {
    read = start;
    overlay = new DossiersOverlay({
      doc: document,
      model,
      progress: { get: () => read, update: (change) => void (read = change(read)) },
      settings,
      // As the navigator does: a new history entry, or the same one changed; either way the overlay is shown the route.
      open: (r) => {
        history.push(r);
        overlay.show(r);
      },
      replace: (r) => {
        replaced.push(r);
        overlay.show(r);
      },
      close: () => (closed += 1),
      portraitUrl: (key) => `/art/${key}.svg`,
    });
    overlay.mount(dialog);
    overlay.show(route);
  }

  beforeEach(() => {
    document.body.innerHTML = '<main id="ui"><section id="dialog" role="dialog"></section></main>';
    dialog = document.getElementById('dialog')!;
    settings = new SettingsStore(undefined, () => {});
    history = [];
    replaced = [];
    closed = 0;
  });
  afterEach(() => overlay.unmount());

  describe('the index', () => {
    it('lists entries by category with their pictures, facts found and "new" badges', () => {
      open(SARAH_TO_THE_BAR);
      const people = [...dialog.querySelectorAll('[aria-labelledby="dossier-section-people-heading"] .dossier-card')];
      expect(people.map((c) => c.querySelector('.card-name')?.textContent)).toEqual(['Sarah Fitzgerald', 'Hermann Hayward']);
      expect(people[0]!.textContent).toContain('2 of 2 facts found');
      expect(people[0]!.querySelector('.badge-new')?.textContent).toBe('1 new');
      expect(people[0]!.querySelector('img')?.getAttribute('src')).toBe('/art/sarah-neutral.svg');
      expect(people[0]!.getAttribute('href')).toBe('#/dossier/sarah');
      expect(text()).toContain('No places yet: entries appear as you read.');
    });

    it('shows nothing of what the reader has not reached: no text, no locked entry, not even its address', () => {
      open(SARAH_TO_THE_BAR);
      for (const words of [NOT_FOUND_TEXT, NECTAR_WORDING, 'Viola', 'Immortal Nine', 'mercenaries']) expect(dialog.outerHTML).not.toContain(words);
      expect(dialog.querySelector('[href="#/dossier/nine"]')).toBeNull();
    });

    it('draws the relationships it may (with the text alternative) and opens an entry from a node', () => {
      open(SARAH_TO_THE_BAR);
      expect([...dialog.querySelectorAll('.relationship-list li')].map((li) => li.textContent)).toEqual(['Hermann Hayward — patron and lover — Sarah Fitzgerald']);
      const node = dialog.querySelector<HTMLAnchorElement>('.relgraph-node[href="#/dossier/sarah"]')!;
      expect(node.getAttribute('aria-label')).toBe('Sarah Fitzgerald, 1 relationship');
      node.click();
      expect(history).toEqual([{ kind: 'dossiers', entry: 'sarah' }]);
      expect(heading()).toBe('Sarah Fitzgerald');
    });
  });

  describe('an entry', () => {
    it('opens from its card with focus on its name, and shows found facts with where they came from', () => {
      open(SARAH_TO_THE_BAR);
      link('Sarah Fitzgerald').click();
      expect(document.activeElement?.textContent).toBe('Sarah Fitzgerald');
      const patron = dialog.querySelector('#fact-patron')!;
      expect(patron.textContent).toContain('When Hermann Hayward calls, she goes: he is her patron.');
      expect(patron.textContent).toContain('From the official synopsis');
      expect(patron.textContent).toContain('In the synopsis');
      expect(patron.querySelector('.fact-learned')?.textContent).toBe("Read on Sarah's side");
      expect(dialog.querySelector('.entry-aliases')?.textContent).toBe('Also known as Sara Fitzgerald · サラ・フィッツジェラルド');
    });

    it('redacts a fact not found: bars and where to look, never its text or its id', () => {
      open(SARAH_TO_THE_BAR, { kind: 'dossiers', entry: 'code' });
      const redacted = dialog.querySelector('.fact.is-redacted')!;
      expect(redacted.querySelector('.redaction')?.getAttribute('aria-hidden')).toBe('true');
      expect(redacted.textContent).toContain('Not found yet. Found later in the night, whichever side you follow.');
      expect(redacted.hasAttribute('id')).toBe(false);
      expect(dialog.outerHTML).not.toContain(NOT_FOUND_TEXT);
      expect(dialog.outerHTML).not.toContain('no-killing');
    });

    it('takes the "new" badge off what the reader has looked at', () => {
      open(SARAH_TO_THE_BAR, { kind: 'dossiers', entry: 'sarah' });
      expect(dialog.querySelector('#fact-patron .badge-new')?.textContent).toBe('New');
      expect(read.seenFacts).toEqual(expect.arrayContaining(['sarah.patron', 'sarah.singer']));
      link('All entries').click();
      expect(dialog.querySelector('.dossier-card[data-dossier="sarah"] .badge-new')).toBeNull();
      // Back on the index, focus returns to the card of the entry just read.
      expect(document.activeElement?.getAttribute('data-dossier')).toBe('sarah');
    });

    it('sets two sides’ wordings side by side once both were read', () => {
      open(progress({ beats: ['stage', 'dressing-room', 'docks'], facts: { 'sarah.patron': ['sarah', 'nectar'] } }), { kind: 'dossiers', entry: 'sarah' });
      const wordings = [...dialog.querySelectorAll('#fact-patron .wording')].map((w) => [w.querySelector('.route-chip')?.textContent, w.querySelector('.fact-text')?.textContent]);
      expect(wordings).toEqual([
        ["Sarah's side", 'When Hermann Hayward calls, she goes: he is her patron.'],
        ['The Nectar trail', NECTAR_WORDING],
      ]);
    });

    it('compares every side on request, with where to read the sides not read and never their words', () => {
      open(SARAH_TO_THE_BAR, { kind: 'dossiers', entry: 'sarah' });
      const toggle = dialog.querySelector<HTMLButtonElement>('#fact-patron .compare-toggle')!;
      const panel = dialog.querySelector<HTMLElement>('#fact-patron .compare')!;
      expect(toggle.getAttribute('aria-expanded')).toBe('false');
      expect(panel.hidden).toBe(true);
      toggle.click();
      expect(toggle.getAttribute('aria-expanded')).toBe('true');
      expect(panel.hidden).toBe(false);
      expect(panel.textContent).toContain('Read on 1 of 2 sides.');
      expect(panel.textContent).toContain('Read it on the Nectar trail.');
      expect(dialog.outerHTML).not.toContain(NECTAR_WORDING);
    });

    it('opens at a fact from a deep link, with focus on it (on the entry’s name when the fact is still redacted)', () => {
      open(SARAH_TO_THE_BAR, { kind: 'dossiers', entry: 'sarah', fact: 'patron' });
      expect(document.activeElement?.id).toBe('fact-patron');
      overlay.show({ kind: 'dossiers', entry: 'code', fact: 'no-killing' });
      expect(document.activeElement?.textContent).toBe('The Asimov Code');
    });
  });

  describe('search', () => {
    it('finds an entry by another spelling as the reader types, with the match marked', () => {
      open(SARAH_TO_THE_BAR);
      search('herman hayward');
      expect(heading()).toBe('Search results');
      const hit = dialog.querySelector<HTMLAnchorElement>('.dossier-hit')!;
      expect(hit.getAttribute('href')).toBe('#/dossier/hermann');
      expect(hit.textContent).toContain('Also called Herman Hayward');
      expect(hit.querySelector('mark')?.textContent).toBe('Herman Hayward');
      // Sarah's patron fact names him too, so she comes second.
      expect([...dialog.querySelectorAll('.dossier-hit')].map((a) => a.getAttribute('data-dossier'))).toEqual(['hermann', 'sarah']);
      expect(dialog.querySelector('#dossier-search-status')?.textContent).toBe('2 entries match.');
      expect(document.activeElement?.id).toBe('dossier-search');
    });

    it('never finds what the level hides: a tier-2 name gives nothing', () => {
      open(SARAH_TO_THE_BAR);
      search('Viola Keen');
      expect(text()).toContain('No entries match.');
      expect(dialog.querySelector('.dossier-hit')).toBeNull();
    });

    it('typed on an entry page, shows the results in place of the entry without a new history entry', () => {
      open(SARAH_TO_THE_BAR, { kind: 'dossiers', entry: 'sarah' });
      search('asimov');
      expect(replaced).toEqual([{ kind: 'dossiers' }]);
      expect(history).toEqual([]);
      expect(link('The Asimov Code').getAttribute('href')).toBe('#/dossier/code');
      expect(document.activeElement?.id).toBe('dossier-search');
    });

    it('takes a 10,000-character paste and odd Unicode in its stride', () => {
      open(SARAH_TO_THE_BAR);
      const started = performance.now();
      search(`${'ｻﾗ\u0301\u202e'.repeat(2500)}`);
      expect(performance.now() - started).toBeLessThan(500);
      expect(text()).toContain('Only the first 80 characters are searched.');
    });

    it('Esc empties the field first, and only then closes', () => {
      open(SARAH_TO_THE_BAR);
      search('sara');
      const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      dialog.querySelector('#dossier-search')!.dispatchEvent(esc);
      expect(esc.defaultPrevented).toBe(true);
      expect(dialog.querySelector<HTMLInputElement>('#dossier-search')!.value).toBe('');
      expect(heading()).toBe('All entries');
    });
  });

  describe('the spoiler level', () => {
    it('is the reader’s setting: "Everything in Act 1" shows facts not found, marked as such', () => {
      open(SARAH_TO_THE_BAR, { kind: 'dossiers', entry: 'code' });
      const level = dialog.querySelector<HTMLSelectElement>('#dossier-level')!;
      expect(level.value).toBe('read');
      level.value = 'act1';
      level.dispatchEvent(new Event('change'));
      expect(settings.get().spoilerLevel).toBe('act1');
      const revealed = dialog.querySelector('.fact.is-revealed')!;
      expect(revealed.textContent).toContain(NOT_FOUND_TEXT);
      expect(revealed.textContent).toContain('Not found yet');
      expect(dialog.querySelector('#dossier-level-hint')?.textContent).toBe('Every fact of Act 1, twist and ending included, found or not.');
    });
  });

  describe('deep links', () => {
    it('says when an entry does not exist and offers the index', () => {
      open(SARAH_TO_THE_BAR, { kind: 'dossiers', entry: 'nobody' });
      expect(heading()).toBe('No such entry');
      expect(text()).toContain('There is no dossier entry “nobody”.');
      expect(document.activeElement?.textContent).toBe('No such entry');
      link('Open the index').click();
      expect(heading()).toBe('All entries');
    });

    it('asks before showing an entry further into the story, and says nothing of it until the reader agrees', () => {
      open(SARAH_TO_THE_BAR, { kind: 'dossiers', entry: 'nine' });
      expect(heading()).toBe('Further into the story');
      expect(dialog.outerHTML).not.toContain('Immortal Nine');
      dialog.querySelector<HTMLButtonElement>('[data-control="dossier-show-anyway"]')!.click();
      expect(heading()).toBe('The Immortal Nine');
      expect(text()).toContain('A band of rogue Neans.');
      expect(settings.get().spoilerLevel).toBe('read');
    });
  });

  it('closes with D, but not while the reader types a D into the search', () => {
    open(SARAH_TO_THE_BAR);
    const input = dialog.querySelector<HTMLInputElement>('#dossier-search')!;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'd', bubbles: true }));
    expect(closed).toBe(0);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'd', bubbles: true }));
    expect(closed).toBe(1);
  });
});
