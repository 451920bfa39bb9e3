import { describe, expect, it } from 'vitest';
import { chapterSave, type ChapterResult } from '../../src/map/chapter.ts';
import { currentStep, replay, startPosition } from '../../src/machine/runtime.ts';
import type { StoryGraph } from '../../src/story/types.ts';
import { realStory } from '../support/story.ts';
import { fixtureGraph, startStory } from '../support/machine.ts';
import { mapFixture } from './support.ts';

type Opened = Extract<ChapterResult, { ok: true }>;

function opened(result: ChapterResult): Opened {
  if (!result.ok) throw new Error(`expected a save, got ${result.error}: ${result.message}`);
  return result;
}

const lineAt = (graph: StoryGraph, result: Opened): string | undefined => {
  const step = currentStep(graph, result.save.position);
  return step?.kind === 'line' ? step.text : undefined;
};

describe('chapter select', () => {
  // machine.story: the opening offers "Follow Sarah" (sets followed-sarah) or "Follow the Nectar" (hides Sarah);
  // both lead to "converge", which unlocks hermann.patron (worded for the nectar route) and opens on a line that depends on the flag.
  it('opens a beat at its first line on the canonical path when the reader has no choices of their own', () => {
    const graph = fixtureGraph('machine');
    const result = opened(chapterSave({ graph, beatId: 'converge' }));
    expect(result.save.position.beatId).toBe('converge');
    expect(lineAt(graph, result)).toBe('You remember her dressing room.');
    expect(result.save.position.flags).toEqual(['followed-sarah']);
    expect(result.save.position.unlocked).toEqual({ 'hermann.patron': '' });
    expect(result.save.position.stage.characters.map((c) => c.id).sort()).toEqual(['rouge', 'sarah']);
    expect(result).toMatchObject({ source: 'canonical', pathText: 'Follow Sarah', path: [{ beatId: 'opening', label: 'Follow Sarah', target: 'sarah-side' }] });
  });

  it("follows the reader's earlier choices, with the flags, facts and stage that path gives", () => {
    const graph = fixtureGraph('machine');
    const result = opened(chapterSave({ graph, beatId: 'converge', progress: { choices: ['opening:nectar-side'] } }));
    expect(lineAt(graph, result)).toBe('You remember the docks.');
    expect(result.save.position.flags).toEqual([]);
    expect(result.save.position.unlocked).toEqual({ 'hermann.patron': 'nectar' });
    expect(result.save.position.stage).toMatchObject({ bg: 'club-stage', music: 'club-song', characters: [] });
    expect(result).toMatchObject({ source: 'reader', pathText: 'Follow the Nectar' });
  });

  it("prefers this reading's choices to earlier ones", () => {
    const graph = fixtureGraph('machine');
    const { actor } = startStory(graph);
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.choose', index: 1 });
    expect(actor.getSnapshot().context.position.beatId).toBe('nectar-side');
    const log = actor.getSnapshot().context.log;
    const result = opened(chapterSave({ graph, beatId: 'converge', log, progress: { choices: ['opening:sarah-side'] } }));
    expect(result.pathText).toBe('Follow the Nectar');
  });

  it('makes a save whose log replays to it, so loading it works and going back steps into the beat before', () => {
    const graph = fixtureGraph('machine');
    const { save } = opened(chapterSave({ graph, beatId: 'converge' }));
    expect(replay(graph, save.log)).toEqual(save.position);
    const { actor } = startStory(graph);
    actor.send({ type: 'reader.load', save });
    expect(actor.getSnapshot().context.position).toEqual(save.position);
    actor.send({ type: 'reader.back' });
    const back = actor.getSnapshot().context.position;
    expect(back.beatId).toBe('sarah-side');
    expect(currentStep(graph, back)).toMatchObject({ kind: 'line', text: 'She keeps strays.' });
  });

  it('reaches a beat of the real story through the path written here, and says it in words', () => {
    const graph = realStory();
    const choices = ['sarahs-stage:sarah-dressing-room', 'bird-debrief:naomi-on-the-wire', 'news-broadcast:nectar-trail'];
    const result = opened(chapterSave({ graph, beatId: 'naomi-meets-rouge', progress: { choices } }));
    expect(result.pathText).toBe('Stay with Sarah as the curtain falls → Listen in with Naomi → Follow the Nectar');
    expect(result.source).toBe('reader');
    const { position } = result.save;
    expect(position.beatId).toBe('naomi-meets-rouge');
    expect(position.step).toBe(graph.beats['naomi-meets-rouge']!.steps.findIndex((s) => s.kind === 'line'));
    expect(position.visited).toEqual(expect.arrayContaining(['sarah-dressing-room', 'naomi-on-the-wire', 'nectar-trail']));
    expect(position.visited).not.toContain('rouges-rounds');
    // From the script: each of those three beats sets a flag on the way.
    expect(position.flags).toEqual(expect.arrayContaining(['saw-sarahs-case', 'heard-the-feed-die', 'followed-the-nectar']));
    expect(replay(graph, result.save.log)).toEqual(position);
  });

  it('mixes the reader’s choices with the first option where they have none, and says so', () => {
    const graph = realStory();
    const result = opened(chapterSave({ graph, beatId: 'the-attack', progress: { choices: ['bird-debrief:naomi-on-the-wire'] } }));
    expect(result.source).toBe('mixed');
    expect(result.path.map((c) => [c.label, c.source])).toEqual([
      ['Stay with Sarah as the curtain falls', 'canonical'],
      ['Listen in with Naomi', 'reader'],
    ]);
  });

  it('opens the first beat as the very start of the story', () => {
    const graph = realStory();
    const result = opened(chapterSave({ graph, beatId: graph.start }));
    expect(result.save.log).toEqual([]);
    expect(result.save.position).toEqual(startPosition(graph).position);
    expect(result.pathText).toBe('');
  });

  it('does not go round a loop on the way', () => {
    const graph = mapFixture('loop');
    const result = opened(chapterSave({ graph, beatId: 'landing' }));
    expect(result.pathText).toBe('Take the stairs');
  });

  it('says which beat it cannot open and why, as a result, for unknown and unreachable beats', () => {
    const graph = mapFixture('locked-door');
    expect(chapterSave({ graph, beatId: 'attic' })).toMatchObject({ ok: false, error: 'unknown-beat', beatId: 'attic', message: expect.stringContaining("'attic'") });
    expect(chapterSave({ graph, beatId: 'constructor' })).toMatchObject({ ok: false, error: 'unknown-beat' });
    // The vault's option needs has-key, which only the roof sets, and the roof never leads to the lobby.
    expect(chapterSave({ graph, beatId: 'vault' })).toMatchObject({ ok: false, error: 'unreachable', message: expect.stringContaining("'vault'") });
  });
});
