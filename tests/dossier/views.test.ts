import { describe, expect, it } from 'vitest';
import { compareView } from '../../src/dossier/compare-view.ts';
import { entryView, type FactView } from '../../src/dossier/entry-view.ts';
import { indexView } from '../../src/dossier/index-view.ts';
import { lens, progress, SARAH_TO_THE_BAR } from './support.ts';

// The screens' view models on the tiny night (tests/dossier/tiny-night.story); expected words are the script's and the issue's.
const SARAH_SIDE = { id: 'sarah', name: "Sarah's side", color: '#e8b64c' };
const NECTAR_TRAIL = { id: 'nectar', name: 'The Nectar trail', color: '#7bd66f' };
const facts = (view: { facts: readonly FactView[] } | undefined) => view?.facts.map((f) => `${f.id}:${f.kind}`);

describe('the index', () => {
  const index = indexView(lens(SARAH_TO_THE_BAR, 'read'));

  it('lists every category in order, with entries in story order and an empty-state sentence', () => {
    expect(index.categories.map((c) => c.title)).toEqual(['People', 'Terms', 'Places', 'Factions', 'Production']);
    expect(index.categories.map((c) => c.entries.map((e) => e.name))).toEqual([['Sarah Fitzgerald', 'Hermann Hayward'], ['The Asimov Code'], [], [], []]);
    expect(index.categories[2]!.emptyText).toBe('No places yet: entries appear as you read.');
  });

  it('gives each entry its portrait, facts found out of facts shown, and a "new" badge for facts not looked at', () => {
    const [sarah, hermann] = index.categories[0]!.entries;
    expect(sarah).toMatchObject({ portrait: 'sarah-neutral', found: 2, total: 2, newCount: 1, isNew: true, label: 'Sarah Fitzgerald, 2 of 2 facts found, 1 new' });
    expect(hermann).toMatchObject({ found: 1, total: 1, isNew: true });
    expect(index.categories[1]!.entries[0]).toMatchObject({ found: 1, total: 2, countText: '1 of 2 facts found' });
    expect(index.summary).toBe('3 entries; 4 of 5 facts found; 3 new.');
  });

  it('drops the "new" badge once the reader has looked', () => {
    const seen = { ...SARAH_TO_THE_BAR, seenFacts: Object.keys(SARAH_TO_THE_BAR.facts) };
    expect(indexView(lens(seen, 'read')).categories[0]!.entries.map((e) => e.isNew)).toEqual([false, false]);
  });
});

describe('an entry', () => {
  it('shows its facts in the order the script unlocks them, not the order they are written', () => {
    expect(facts(entryView(lens(SARAH_TO_THE_BAR, 'read'), 'code'))).toEqual(['obedience:found', 'no-killing:redacted']);
  });

  it('shows a found fact with its source and tier in words, the route it was read on, and that route\'s wording', () => {
    const patron = entryView(lens(SARAH_TO_THE_BAR, 'read'), 'sarah')!.facts.find((f) => f.id === 'patron');
    expect(patron).toMatchObject({
      kind: 'found', sourceLabel: 'From the official synopsis', tierLabel: 'In the synopsis', isNew: true, canCompare: true,
      wordings: [{ route: SARAH_SIDE, text: 'When Hermann Hayward calls, she goes: he is her patron.' }],
      learnedOn: [SARAH_SIDE],
    });
  });

  it('shows two routes\' wordings side by side once the fact was read on both', () => {
    const both = progress({ beats: ['stage', 'dressing-room', 'docks'], facts: { 'sarah.patron': ['sarah', 'nectar'] } });
    const patron = entryView(lens(both, 'read'), 'sarah')!.facts.find((f) => f.id === 'patron');
    expect(patron?.kind === 'found' && patron.wordings).toEqual([
      { route: SARAH_SIDE, text: 'When Hermann Hayward calls, she goes: he is her patron.' },
      { route: NECTAR_TRAIL, text: "At the docks she is the Panacea man's singer." },
    ]);
  });

  it('redacts a fact not found with a hint that names no beat above the reader\'s tier', () => {
    const noKilling = entryView(lens(SARAH_TO_THE_BAR, 'read'), 'code')!.facts.find((f) => f.id === 'no-killing');
    expect(noKilling).toMatchObject({ kind: 'redacted', hint: 'Found later in the night, whichever side you follow.' });
    expect(JSON.stringify(noKilling)).not.toContain('cannot kill');
    expect(JSON.stringify(noKilling)).not.toContain('The reveal at noon');
  });

  it('names the side and scene to look in once the reader has reached their tier', () => {
    const stageOnly = progress({ beats: ['stage', 'dressing-room'], facts: { 'sarah.singer': [''] } });
    const patron = entryView(lens(stageOnly, 'read'), 'sarah')!.facts.find((f) => f.id === 'patron');
    expect(patron).toMatchObject({ kind: 'redacted', hint: 'Found on Sarah\'s side, in “The dressing room”, or on the Nectar trail, in “The docks”.' });
    const newcomer = entryView(lens(progress(), 'read'), 'sarah')!.facts.find((f) => f.id === 'patron');
    expect(newcomer).toMatchObject({ hint: "Found later in the night, on Sarah's side or the Nectar trail." });
  });

  it('shows every Act 1 fact at "act1", marked as not found, with where to find it', () => {
    const code = entryView(lens(SARAH_TO_THE_BAR, 'act1'), 'code');
    expect(code!.facts.find((f) => f.id === 'no-killing')).toMatchObject({ kind: 'revealed', text: 'Under it, a Nean cannot kill a human being.', hint: 'Found in “The reveal at noon”, whichever side you follow.' });
    expect(facts(entryView(lens(SARAH_TO_THE_BAR, 'act1'), 'hermann'))).toEqual(['lover:found']);
    expect(facts(entryView(lens(SARAH_TO_THE_BAR, 'later'), 'hermann'))).toEqual(['lover:found', 'mercenaries:revealed']);
  });

  it('shows aliases up to the reader\'s tier and counts only facts it shows', () => {
    const before = entryView(lens(SARAH_TO_THE_BAR, 'read'), 'sarah')!;
    expect(before.aliases).toEqual(['Sara Fitzgerald', 'サラ・フィッツジェラルド']);
    expect(before.summary).toBe('Sarah Fitzgerald, people: 2 of 2 facts found.');
    expect(before.newFacts).toEqual(['sarah.patron']);
    const after = entryView(lens(progress({ beats: ['stage', 'reveal'] }), 'read'), 'sarah')!;
    expect(after.aliases).toEqual(['Sara Fitzgerald', 'サラ・フィッツジェラルド', 'Viola Keen', 'Purgatory Viola']);
    expect(after.total).toBe(3);
  });

  it('has no view for an entry that is locked or does not exist', () => {
    expect(entryView(lens(SARAH_TO_THE_BAR, 'read'), 'nine')).toBeUndefined();
    expect(entryView(lens(SARAH_TO_THE_BAR, 'read'), 'smugglers')).toBeUndefined();
    expect(entryView(lens(SARAH_TO_THE_BAR, 'read'), 'toString')).toBeUndefined();
  });
});

describe('comparing wordings', () => {
  it('sets the wording read beside the sides still to read, with where to read them', () => {
    const view = compareView(lens(SARAH_TO_THE_BAR, 'read'), 'sarah', 'patron')!;
    expect(view.columns).toEqual([
      { route: SARAH_SIDE, read: true, text: 'When Hermann Hayward calls, she goes: he is her patron.', label: "Sarah's side: When Hermann Hayward calls, she goes: he is her patron." },
      { route: NECTAR_TRAIL, read: false, hint: 'Read it on the Nectar trail.', label: 'The Nectar trail, not read yet. Read it on the Nectar trail.' },
    ]);
    expect(view.summary).toBe('Read on 1 of 2 sides.');
  });

  it('shows every telling at "act1", the general one first', () => {
    const view = compareView(lens(SARAH_TO_THE_BAR, 'act1'), 'sarah', 'patron')!;
    expect(view.columns.map((c) => [c.route.name, c.read, c.text])).toEqual([
      ['The general account', false, 'Her patron and lover is Hermann Hayward of Panacea.'],
      ["Sarah's side", true, 'When Hermann Hayward calls, she goes: he is her patron.'],
      ['The Nectar trail', false, "At the docks she is the Panacea man's singer."],
    ]);
  });

  it('has nothing to compare for a fact that is redacted or hidden', () => {
    expect(compareView(lens(progress(), 'read'), 'sarah', 'patron')).toBeUndefined();
    expect(compareView(lens(SARAH_TO_THE_BAR, 'read'), 'sarah', 'viola')).toBeUndefined();
  });
});
