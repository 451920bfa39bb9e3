import { describe, expect, it } from 'vitest';
import { dossierHref, parseDossierLink } from '../../src/dossier/links.ts';
import { lens, progress, SARAH_TO_THE_BAR } from './support.ts';

// Deep links on the tiny night: #/dossier/<id> and #/dossier/<id>/<fact>, obeying the spoiler level.
const atTheBar = lens(SARAH_TO_THE_BAR, 'read');
const parse = (hash: string, vis = atTheBar) => parseDossierLink(vis, hash);

describe('deep links', () => {
  it('opens the index, an entry, or an entry at one of its facts', () => {
    expect(parse('#/dossier')).toEqual({ kind: 'index' });
    expect(parse('#/dossier/')).toEqual({ kind: 'index' });
    expect(parse('#/dossier/sarah')).toEqual({ kind: 'entry', dossier: 'sarah' });
    expect(parse('#/dossier/sarah/patron')).toEqual({ kind: 'entry', dossier: 'sarah', fact: 'patron' });
    expect(parse('#/dossier/code/no-killing')).toEqual({ kind: 'entry', dossier: 'code', fact: 'no-killing' });
  });

  it('reads its own links back, and forgives case, encoding and a trailing query', () => {
    expect(parse(dossierHref('hermann', 'lover'))).toEqual({ kind: 'entry', dossier: 'hermann', fact: 'lover' });
    expect(parse('#/Dossier/SARAH/')).toEqual({ kind: 'entry', dossier: 'sarah' });
    expect(parse('#/dossier/%73arah?from=share')).toEqual({ kind: 'entry', dossier: 'sarah' });
  });

  it('leaves links to other screens alone', () => {
    expect(parse('#/story')).toEqual({ kind: 'none' });
    expect(parse('')).toEqual({ kind: 'none' });
  });

  it('asks before opening an entry or a fact the reader has not reached, and says at which level it shows', () => {
    expect(parse('#/dossier/nine')).toMatchObject({ kind: 'confirm', dossier: 'nine', revealLevel: 'act1' });
    expect(parse('#/dossier/sarah/viola')).toMatchObject({ kind: 'confirm', dossier: 'sarah', fact: 'viola', revealLevel: 'act1' });
    expect(parse('#/dossier/hermann/mercenaries', lens(SARAH_TO_THE_BAR, 'act1'))).toMatchObject({ kind: 'confirm', revealLevel: 'later' });
    expect(parse('#/dossier/nine', lens(progress(), 'act1'))).toEqual({ kind: 'entry', dossier: 'nine' });
    // Hermann is locked for a newcomer; the link's fact is a later-episodes note, so only "later" shows it.
    expect(parse('#/dossier/hermann/mercenaries', lens(progress(), 'read'))).toMatchObject({ kind: 'confirm', fact: 'mercenaries', revealLevel: 'later' });
    expect(parse('#/dossier/hermann/lover', lens(progress(), 'read'))).toMatchObject({ kind: 'confirm', fact: 'lover', revealLevel: 'act1' });
  });

  it('asks without naming what it would show', () => {
    const link = parse('#/dossier/sarah/viola');
    expect(link.kind === 'confirm' && link.message).toBe('This fact is further into the story than you have read. Show it anyway? It may spoil what comes next.');
  });

  it('says when an id is unknown, offers the closest entries the reader may see, and never a locked one', () => {
    expect(parse('#/dossier/hermen')).toEqual({
      kind: 'unknown', requested: 'hermen', suggestions: [{ id: 'hermann', name: 'Hermann Hayward' }],
      message: 'There is no dossier entry “hermen”. Did you mean one of these? Every entry is in the index.',
    });
    expect(parse('#/dossier/nina')).toMatchObject({ kind: 'unknown', suggestions: [] });
    expect(parse('#/dossier/sarah/no-such-fact')).toEqual({ kind: 'entry', dossier: 'sarah', message: 'This entry has no fact “no-such-fact”; here is the whole entry.' });
  });

  it('never throws on junk, and keeps what it echoes short and free of control characters', () => {
    const junk = ['#/dossier/%E0%A4%A', '#/dossier/%', '#/dossier/__proto__', '#/dossier/constructor/x', `#/dossier/${'x'.repeat(10_000)}`,
      '#/dossier/\u202egnp.exe', '#/dossier/S̷a̸r̶a̵h̴', '#/dossier/🙂', '#///dossier//', '#/dossier/toString'];
    for (const hash of junk) {
      const link = parse(hash);
      expect(['unknown', 'index', 'entry'], hash).toContain(link.kind);
      if (link.kind === 'unknown') {
        expect([...link.requested].length, hash).toBeLessThanOrEqual(41);
        expect(link.message, hash).not.toMatch(/\p{C}/u);
      }
    }
  });
});
