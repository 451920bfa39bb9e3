import { describe, expect, it } from 'vitest';
import { backlog, searchBacklog } from '../../src/backlog/backlog.ts';
import type { ReaderStep } from '../../src/machine/runtime.ts';
import { fixtureGraph, startStory } from '../support/machine.ts';
import { realStory } from '../support/story.ts';

const graph = fixtureGraph('machine');
const nectarRoad: ReaderStep[] = [{ t: 'advance' }, { t: 'advance' }, { t: 'choose', index: 1 }, { t: 'advance' }];

describe('the backlog (history)', () => {
  it('lists scenes, lines with their speakers, and the choice made, each with the moment to go back to', () => {
    const entries = backlog(graph, nectarRoad);
    expect(entries.map((e) => (e.kind === 'line' ? `${e.speaker?.name ?? '—'}: ${e.text}@${e.turn}` : e.kind === 'scene' ? `# ${e.title}@${e.turn}` : `> ${e.label}@${e.turn}`))).toEqual([
      '# Opening@0',
      '—: The lights go down.@0',
      'Sarah: Good evening.@1',
      '> Follow the Nectar@2',
      '# Nectar side@3',
      '—: A shot over the water.@3',
      '# Converge@4',
      '—: You remember the docks.@4',
    ]);
    expect(entries.filter((e) => e.kind === 'line' && e.current)).toHaveLength(1);
  });

  it('rolls the story back to a line three moves ago, undoing the flags, facts and stage since', () => {
    const { actor } = startStory(graph);
    for (const action of [{ type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.choose', index: 0 }, { type: 'reader.advance' }] as const) actor.send(action);
    expect(actor.getSnapshot().context.position.flags).toEqual(['followed-sarah']);
    expect(actor.getSnapshot().context.position.unlocked).toHaveProperty('hermann.patron');
    actor.send({ type: 'reader.rollback', turn: 1 });
    const { position, log } = actor.getSnapshot().context;
    expect(log).toHaveLength(1);
    expect(position.flags).toEqual([]);
    expect(position.unlocked).toEqual({});
    expect(position.beatId).toBe('opening');
    expect(position.stage.characters.map((c) => c.id)).toEqual(['sarah']);
    // Not past the start, and not forward.
    actor.send({ type: 'reader.rollback', turn: 5 });
    actor.send({ type: 'reader.rollback', turn: -1 });
    expect(actor.getSnapshot().context.log).toHaveLength(1);
  });

  it('finds words, and people by any name the reader may know them by — but not by a name the story has not revealed', () => {
    const story = realStory();
    const { actor } = startStory(story);
    for (let i = 0; i < 400 && actor.getSnapshot().value !== 'ended'; i++) actor.send(actor.getSnapshot().value === 'choosing' ? { type: 'reader.choose', index: 0 } : { type: 'reader.advance' });
    const entries = backlog(story, actor.getSnapshot().context.log);
    const lines = (query: string, tier: number) => [...searchBacklog(story, entries, query, tier).entries].map((i) => entries[i]!).filter((e) => e.kind === 'line');
    // The article's spelling finds Rouge's own lines.
    const ruju = lines('Ruju', 1);
    expect(ruju.length).toBeGreaterThan(5);
    expect(ruju.some((e) => e.kind === 'line' && e.speaker?.name === 'Rouge')).toBe(true);
    expect(searchBacklog(story, entries, 'Ruju', 1).people).toEqual(['Rouge Redstar']);
    // "Viola" names Sarah only at tier 2: before that it finds only lines that say the word.
    const sarahBefore = lines('Viola', 1).filter((e) => e.kind === 'line' && e.speaker?.name === 'Sarah' && !/viola/i.test(e.text));
    expect(sarahBefore).toEqual([]);
    expect(lines('Viola', 2).filter((e) => e.kind === 'line' && e.speaker?.name === 'Sarah').length).toBeGreaterThan(0);
  });

  it('rolls back to any line of the longest route within 50 ms', () => {
    const story = realStory();
    const { actor } = startStory(story);
    for (let i = 0; i < 500 && actor.getSnapshot().value !== 'ended'; i++) actor.send(actor.getSnapshot().value === 'choosing' ? { type: 'reader.choose', index: 2 } : { type: 'reader.advance' });
    const turns = actor.getSnapshot().context.log.length;
    const timings: number[] = [];
    for (let k = 0; k < 5; k++) {
      const fresh = startStory(story).actor;
      fresh.send({ type: 'reader.load', save: { graphHash: story.hash, position: actor.getSnapshot().context.position, log: actor.getSnapshot().context.log } });
      const started = performance.now();
      fresh.send({ type: 'reader.rollback', turn: turns - 1 - k });
      timings.push(performance.now() - started);
    }
    expect(Math.min(...timings)).toBeLessThan(50);
  });
});
