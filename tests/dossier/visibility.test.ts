import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDossierModel } from '../../src/dossier/model.ts';
import { aliasShown, decideVisibility, readWordings, relationshipShown, wordingShown, type Visibility } from '../../src/dossier/visibility.ts';
import { SPOILER_LEVELS } from '../../src/storage/settings.ts';
import { lens, progress, relation, SARAH_TO_THE_BAR, tinyNight } from './support.ts';

// The rules of src/dossier/visibility.ts, tier × progress × level, on the tiny night (tests/dossier/tiny-night.story).
const states = (vis: Visibility) => Object.fromEntries(vis.facts);
const listed = (vis: Visibility) => [...vis.entries].filter(([, s]) => s === 'listed').map(([id]) => id).sort();

describe('visibility at "only what I have read"', () => {
  it('shows a newcomer only the entries the synopsis names, with their facts redacted', () => {
    const vis = lens(progress(), 'read');
    expect(listed(vis)).toEqual(['sarah']);
    expect(states(vis)).toMatchObject({ 'sarah.singer': 'redacted', 'sarah.patron': 'redacted', 'sarah.viola': 'hidden', 'hermann.lover': 'hidden', 'nine.rogue': 'hidden' });
    expect(vis.entries.get('hermann')).toBe('locked');
  });

  it('shows what was found, redacts the rest of the tiers reached, and hides what lies beyond', () => {
    const vis = lens(SARAH_TO_THE_BAR, 'read');
    expect(vis.reached).toBe(1);
    expect(listed(vis)).toEqual(['code', 'hermann', 'sarah']);
    expect(states(vis)).toEqual({
      'sarah.singer': 'found', 'sarah.patron': 'found', 'sarah.viola': 'hidden',
      'hermann.lover': 'found', 'hermann.mercenaries': 'hidden',
      'smugglers.deal': 'redacted', 'code.obedience': 'found', 'code.no-killing': 'redacted', 'nine.rogue': 'hidden',
    });
    // The smugglers were only on the other route: their entry stays locked, not listed with a bar.
    expect(vis.entries.get('smugglers')).toBe('locked');
  });

  it('always shows a found fact, whatever its tier', () => {
    const vis = lens(progress({ facts: { 'sarah.viola': [''] } }), 'read');
    expect(vis.facts.get('sarah.viola')).toBe('found');
    expect(vis.reached).toBe(2);
  });

  it('shows an alias once the reader has reached its tier', () => {
    const model = buildDossierModel(tinyNight());
    const viola = model.graph.dossiers['sarah']!.aliases.find((a) => a.name === 'Viola Keen')!;
    const sara = model.graph.dossiers['sarah']!.aliases.find((a) => a.name === 'Sara Fitzgerald')!;
    expect(aliasShown(lens(progress(), 'read', model), 'sarah', sara)).toBe(true);
    expect(aliasShown(lens(SARAH_TO_THE_BAR, 'read', model), 'sarah', viola)).toBe(false);
    expect(aliasShown(lens(progress({ beats: [...SARAH_TO_THE_BAR.beats, 'reveal'] }), 'read', model), 'sarah', viola)).toBe(true);
  });

  it('shows only the wordings of the routes a fact was read on', () => {
    const vis = lens(SARAH_TO_THE_BAR, 'read');
    const patron = vis.model.graph.dossiers['sarah']!.facts.find((f) => f.id === 'patron')!;
    expect(['', 'sarah', 'nectar'].map((r) => wordingShown(vis, 'sarah', patron, r))).toEqual([false, true, false]);
  });
});

describe('visibility at "everything in Act 1" and "later episodes"', () => {
  it('reveals every Act 1 fact, found or not, and lists every entry that has one', () => {
    const vis = lens(SARAH_TO_THE_BAR, 'act1');
    expect(listed(vis)).toEqual(['code', 'hermann', 'nine', 'sarah', 'smugglers']);
    expect(states(vis)).toMatchObject({ 'sarah.viola': 'revealed', 'smugglers.deal': 'revealed', 'nine.rogue': 'revealed', 'sarah.patron': 'found', 'hermann.mercenaries': 'hidden' });
    const patron = vis.model.graph.dossiers['sarah']!.facts.find((f) => f.id === 'patron')!;
    expect(['', 'sarah', 'nectar'].map((r) => wordingShown(vis, 'sarah', patron, r))).toEqual([true, true, true]);
  });

  it('keeps tier-3 notes for "later episodes" only', () => {
    expect(lens(progress(), 'act1').facts.get('hermann.mercenaries')).toBe('hidden');
    expect(lens(progress(), 'later').facts.get('hermann.mercenaries')).toBe('revealed');
  });
});

describe('route wordings read', () => {
  it('counts a route with no wording of its own, or one the script no longer has, as the common wording', () => {
    const vis = lens(progress({ facts: { 'hermann.lover': ['nectar', 'sarah', 'gone-route'] } }), 'read');
    const lover = vis.model.graph.dossiers['hermann']!.facts.find((f) => f.id === 'lover')!;
    expect(readWordings(vis, 'hermann', lover)).toEqual(['', 'sarah']);
  });
});

describe('relationships', () => {
  const model = buildDossierModel(tinyNight());
  const patron = relation('hermann', 'sarah', 'patron and lover', 'hermann.lover', 1);
  const member = relation('sarah', 'nine', 'member', 'sarah.viola', 2);

  it('appear at "read" once the fact that reveals them is found, and both ends are listed', () => {
    expect(relationshipShown(lens(progress(), 'read', model), patron)).toBe(false);
    expect(relationshipShown(lens(SARAH_TO_THE_BAR, 'read', model), patron)).toBe(true);
    expect(relationshipShown(lens(SARAH_TO_THE_BAR, 'read', model), member)).toBe(false);
  });

  it('appear at "act1" when their fact is shown, and never above the ceiling', () => {
    expect(relationshipShown(lens(progress(), 'act1', model), member)).toBe(true);
    expect(relationshipShown(lens(SARAH_TO_THE_BAR, 'read', model), { ...patron, tier: 2 })).toBe(false);
    expect(relationshipShown(lens(progress(), 'act1', model), { ...patron, revealedBy: 'hermann.no-such-fact' })).toBe(false);
  });
});

describe('visibility properties over any progress', () => {
  const model = buildDossierModel(tinyNight());
  const beats = Object.keys(model.graph.beats);
  const facts = [...model.facts].flatMap(([d, list]) => list.map((f) => ({ key: `${d}.${f.id}`, tier: f.tier })));
  const anyProgress = fc.record({
    beats: fc.subarray(beats),
    facts: fc.dictionary(fc.constantFrom(...facts.map((f) => f.key)), fc.subarray(['', 'sarah', 'nectar'], { minLength: 1 })),
  }).map((p) => progress(p));

  it('shows every found fact, redacts only at "read", and never shows an unfound fact above the ceiling', () => {
    fc.assert(fc.property(anyProgress, fc.constantFrom(...SPOILER_LEVELS), (read, level) => {
      const vis = decideVisibility(model, read, level);
      for (const { key, tier } of facts) {
        const state = vis.facts.get(key);
        if (key in read.facts) expect(state).toBe('found');
        else if (state !== 'hidden') expect(tier).toBeLessThanOrEqual(vis.ceiling);
        if (state === 'redacted') expect(level).toBe('read');
        if (state === 'revealed') expect(level).not.toBe('read');
      }
    }));
  });

  it('never hides at a higher level what a lower level shows', () => {
    fc.assert(fc.property(anyProgress, (read) => {
      const [r, a, l] = SPOILER_LEVELS.map((level) => decideVisibility(model, read, level));
      for (const { key } of facts) {
        if (r!.facts.get(key) !== 'hidden') expect(a!.facts.get(key)).not.toBe('hidden');
        if (a!.facts.get(key) !== 'hidden') expect(l!.facts.get(key)).not.toBe('hidden');
      }
      for (const id of model.entryOrder) {
        if (r!.entries.get(id) === 'listed') expect(a!.entries.get(id)).toBe('listed');
        if (a!.entries.get(id) === 'listed') expect(l!.entries.get(id)).toBe('listed');
      }
    }));
  });
});
