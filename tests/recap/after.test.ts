import { describe, expect, it } from 'vitest';
import { peopleMet, readableScenes } from '../../src/recap/after.ts';
import { initialRecapState } from '../../src/recap/player.ts';
import { recapScript } from '../../src/recap/script.ts';
import { recapView } from '../../src/recap/view.ts';
import { recapAnnouncements } from '../../src/recap/words.ts';
import { realStory } from '../support/story.ts';
import { linesOf, send } from './support.ts';

// What the end of the recap offers, and what the live region says on the way.
describe('after the recap', () => {
  const graph = realStory();
  const script = recapScript(graph);

  it('offers the scenes to read in full, never one whose path from the start passes the twist the reader declined', () => {
    const declined = readableScenes(graph, script.track('declined')).map((s) => s.beatId);
    expect(declined).toEqual(expect.arrayContaining(['cold-open', 'sarahs-stage', 'naomi-meets-rouge']));
    for (const id of declined) expect(graph.beats[id]!.tier, id).toBeLessThanOrEqual(1);
    // The credits are tier 0, but the story reaches them only through the twist.
    expect(declined).not.toContain('credits');
    const accepted = readableScenes(graph, script.track('accepted')).map((s) => s.beatId);
    expect(accepted).toEqual(expect.arrayContaining(['naomis-reveal', 'the-bridge', 'dawn', 'credits']));
    expect(new Set(accepted).size).toBe(accepted.length);
  });

  it('names the people the narration met, in the order it met them, and no one only the twist names', () => {
    const declined = peopleMet(graph, script.track('declined')).map((p) => p.name);
    expect(declined).toEqual(expect.arrayContaining(['Sarah Fitzgerald', 'Rouge Redstar', 'Naomi Orthmann', 'Hermann Hayward', 'Scar Head']));
    expect(declined.indexOf('Sarah Fitzgerald')).toBeLessThan(declined.indexOf('Naomi Orthmann'));
    expect(declined).not.toContain('Dr. Roy Junghardt');
    expect(peopleMet(graph, script.track('accepted')).map((p) => p.name)).toEqual(expect.arrayContaining(['Dr. Roy Junghardt', 'Sylvia']));
  });

  it('announces a new chapter by its number and title, then each line once; a pause says nothing; a line stepped back onto is said again', () => {
    const chapters = graph.recap.filter((c) => c.part === 'main');
    const start = initialRecapState();
    const first = recapView(script, start);
    expect(recapAnnouncements(undefined, first)).toEqual([`Chapter 1: ${chapters[0]!.title}.`, linesOf(chapters[0]!)[0]]);
    const second = send(script, start, { type: 'next' });
    expect(recapAnnouncements(first, recapView(script, second))).toEqual([linesOf(chapters[0]!)[1]]);
    expect(recapAnnouncements(recapView(script, second), recapView(script, send(script, second, { type: 'pause' })))).toEqual([]);
    const back = send(script, second, { type: 'next' }, { type: 'back' });
    expect(recapAnnouncements(recapView(script, send(script, second, { type: 'next' })), recapView(script, back))).toEqual([linesOf(chapters[0]!)[1]]);
    const jumped = send(script, start, { type: 'jump', chapter: chapters[3]!.id });
    expect(recapAnnouncements(first, recapView(script, jumped))).toEqual([`Chapter 4: ${chapters[3]!.title}.`, linesOf(chapters[3]!)[0]]);
  });
});
