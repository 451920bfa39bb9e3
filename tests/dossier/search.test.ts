import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDistance } from '../../src/dossier/search-match.ts';
import { MAX_QUERY_LENGTH, searchDossiers, type SearchHit } from '../../src/dossier/search.ts';
import { editDistance } from '../../src/story/diagnostics.ts';
import { allStrings, fastestMs, lens, progress, SARAH_TO_THE_BAR } from './support.ts';

// Search over the tiny night (tests/dossier/tiny-night.story): names, aliases, typos, fact text, and nothing beyond the level.
const atTheBar = lens(SARAH_TO_THE_BAR, 'read');
const first = (query: string, vis = atTheBar) => searchDossiers(vis, query).hits[0];
const ids = (query: string, vis = atTheBar) => searchDossiers(vis, query).hits.map((h) => h.dossier);
const highlighted = (hit: SearchHit | undefined) => hit?.matched.slice(hit.highlight.start, hit.highlight.end);

describe('finding entries by name', () => {
  it('finds an entry by its name, an alias, or the start of either', () => {
    expect(first('Sarah Fitzgerald')).toMatchObject({ dossier: 'sarah', field: 'name', how: 'exact' });
    expect(first('Sara Fitzgerald')).toMatchObject({ dossier: 'sarah', field: 'alias', how: 'exact', matched: 'Sara Fitzgerald' });
    expect(first('asim')).toMatchObject({ dossier: 'code', how: 'prefix' });
    expect(first('hay')).toMatchObject({ dossier: 'hermann', how: 'prefix', field: 'name' });
  });

  it('finds Japanese names, in full-width or half-width kana, and by their first word', () => {
    expect(first('サラ')?.dossier).toBe('sarah');
    expect(first('ヘルマン・ヘイワード')).toMatchObject({ dossier: 'hermann', how: 'exact' });
    expect(first('ﾍﾙﾏﾝ')?.dossier).toBe('hermann');
  });

  it('forgives small typos, also while the name is still being typed', () => {
    expect(first('Herman Haywrd')).toMatchObject({ dossier: 'hermann', how: 'close' });
    expect(first('Fitzgerlad')).toMatchObject({ dossier: 'sarah', how: 'close' });
    expect(first('Hermann Heyw')).toMatchObject({ dossier: 'hermann', how: 'close' });
    expect(ids('Zxqv')).toEqual([]);
  });

  it('says what matched, with the matching part marked for a highlight', () => {
    const hit = first('fitzger');
    expect(hit).toMatchObject({ matched: 'Sarah Fitzgerald', label: 'Sarah Fitzgerald, people' });
    expect(highlighted(hit)).toBe('Fitzger');
  });

  it('ranks a name above an alias above a fact wording', () => {
    const hits = searchDossiers(lens(progress({ facts: { 'sarah.patron': [''], 'hermann.lover': [''] } }), 'read'), 'hermann').hits;
    expect(hits.map((h) => [h.dossier, h.field])).toEqual([['hermann', 'name'], ['sarah', 'fact']]);
  });
});

describe('finding entries by what their facts say', () => {
  it('searches the wording the reader read, and shows it around the match', () => {
    const hit = first('cool and proprietary');
    expect(hit).toMatchObject({ dossier: 'hermann', field: 'fact', fact: 'lover', how: 'contains' });
    expect(highlighted(hit)).toBe('cool and proprietary');
    expect(hit?.label).toBe('Hermann Hayward, people, in a fact: In his suite he is cool and proprietary.');
  });

  it('finds words of a fact in any order, and a word a typo away', () => {
    expect(first('proprietary suite')?.fact).toBe('lover');
    expect(first('proprietery')?.fact).toBe('lover');
  });

  it('does not search another route\'s wording until that route is read, or the level shows it', () => {
    expect(ids("Panacea man's singer")).toEqual([]);
    expect(first("Panacea man's singer", lens(SARAH_TO_THE_BAR, 'act1'))).toMatchObject({ dossier: 'sarah', fact: 'patron' });
  });
});

describe('search keeps spoilers behind the level', () => {
  it('never finds an alias, a fact or an entry the reader may not see, and never counts them', () => {
    for (const query of ['Viola', 'Purgatory Viola', 'Immortal', 'Nine', 'Malik', 'smugglers', 'mercenaries', 'injects Nectar', 'kill a human']) {
      const result = searchDossiers(atTheBar, query);
      expect(result.hits, query).toEqual([]);
      expect(result.summary, query).toBe('No entries match.');
    }
  });

  it('finds them once the level allows it', () => {
    const act1 = lens(SARAH_TO_THE_BAR, 'act1');
    expect(first('Viola', act1)).toMatchObject({ dossier: 'sarah', field: 'alias' });
    expect(first('Immortal', act1)?.dossier).toBe('nine');
    expect(first('mercenaries', lens(SARAH_TO_THE_BAR, 'later'))?.dossier).toBe('hermann');
  });

  it('leaves no hidden word anywhere in a result, whatever the query', () => {
    const queries = ['a', 'e', 'the', 'she', 'nean', 'her', 'sarah', 'vio', 'purg', 'viola keen'];
    // Ids are keys, not words on screen; `query` is the reader's own typing.
    const text = queries.flatMap((q) => allStrings(searchDossiers(atTheBar, q), new Set(['dossier', 'fact', 'query']))).join('\n');
    expect(text).not.toMatch(/viola|purgatory|immortal|mercenar|injects/i);
  });
});

describe('bad input', () => {
  it('returns nothing for an empty query, punctuation or emoji alone', () => {
    for (const query of ['', '   ', '!?…', '🙂🎤', '\u200f\u200d']) expect(searchDossiers(atTheBar, query)).toEqual({ query: '', truncated: false, hits: [], summary: '' });
  });

  it('finds names through combining marks, direction marks and emoji', () => {
    expect(first('S̷̢a̸̛r̶̪a̵h̴')?.dossier).toBe('sarah');
    expect(first('\u202eHermann\u202c')?.dossier).toBe('hermann');
    expect(first('🎤 Sarah 🎤')?.dossier).toBe('sarah');
  });

  it('searches only the start of a very long query, quickly', () => {
    for (const query of ['Sarah '.repeat(2000), '𝐒'.repeat(10_000), 'a\u0301'.repeat(5000), 'ال'.repeat(5000)]) {
      expect(fastestMs(() => searchDossiers(atTheBar, query)), query.slice(0, 10)).toBeLessThan(50);
      const result = searchDossiers(atTheBar, query);
      expect(result.truncated).toBe(true);
      expect([...result.query].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    }
  });
});

describe('the bounded edit distance behind typo tolerance', () => {
  it('agrees with the compiler\'s edit distance up to its limit', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
      expect(boundedDistance(a, b, limit)).toBe(Math.min(editDistance(a, b), limit + 1));
    }));
  });
});
