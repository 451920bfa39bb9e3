import { describe, expect, it } from 'vitest';
import { selectView, spokenText } from '../../src/machine/selectors.ts';
import { persistStory, restoreStory, saveOf } from '../../src/machine/persistence.ts';
import { fixtureGraph, startStory } from '../support/machine.ts';

const graph = fixtureGraph('machine');
const view = (actor: ReturnType<typeof startStory>['actor']) => selectView(actor.getSnapshot().context);

describe('the story machine', () => {
  it('starts on the first line with the opening stage set', () => {
    const { actor, cues } = startStory(graph);
    expect(actor.getSnapshot().value).toBe('reading');
    expect(view(actor).line?.text).toBe('The lights go down.');
    expect(view(actor).stage).toEqual({ bg: 'club-stage', music: 'club-song', ambience: null, characters: [{ id: 'sarah', expression: 'neutral', position: 'center' }] });
    expect(cues).toEqual([
      { type: 'cue.restore', stage: view(actor).stage },
      { type: 'cue.beat', beatId: 'opening' },
      { type: 'cue.bg', key: 'club-stage', transition: 'fade' },
      { type: 'cue.music', key: 'club-song' },
      { type: 'cue.show', character: 'sarah', expression: 'neutral', position: 'center' },
    ]);
  });

  it('advances line by line and changes a speaker\'s expression', () => {
    const { actor } = startStory(graph);
    actor.send({ type: 'reader.advance' });
    expect(spokenText(view(actor).line!)).toBe('Sarah: Good evening.');
    expect(view(actor).stage.characters[0]!.expression).toBe('smile');
  });

  it('stops at a choice: advancing does nothing, only open options are offered', () => {
    const { actor } = startStory(graph);
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.advance' });
    expect(actor.getSnapshot().value).toBe('choosing');
    expect(view(actor).options).toEqual([{ index: 0, label: 'Follow Sarah' }, { index: 1, label: 'Follow the Nectar' }]);
    expect(view(actor).line?.text).toBe('Good evening.');
    actor.send({ type: 'reader.advance' });
    expect(actor.getSnapshot().value).toBe('choosing');
    actor.send({ type: 'reader.choose', index: 7 });
    expect(actor.getSnapshot().value).toBe('choosing');
  });

  it('follows a choice into its route, with its cues and flags', () => {
    const { actor, cues } = startStory(graph);
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.advance' });
    cues.length = 0;
    actor.send({ type: 'reader.choose', index: 1 });
    expect(view(actor).beat).toMatchObject({ id: 'nectar-side', route: 'nectar' });
    expect(cues).toEqual([
      { type: 'cue.beat', beatId: 'nectar-side' },
      { type: 'cue.hide', character: 'sarah' },
      { type: 'cue.sfx', key: 'gunshot', caption: 'gunshot' },
      { type: 'cue.effect', effect: 'shake' },
    ]);
    expect(actor.getSnapshot().context.position.flags).toEqual([]);
  });

  it('unlocks a fact in the wording of the route the reader is on, and shows the lines their route earned', () => {
    for (const [index, route, memory] of [[0, '', 'You remember her dressing room.'], [1, 'nectar', 'You remember the docks.']] as const) {
      const { actor, cues } = startStory(graph);
      for (const event of [{ type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.choose', index }, { type: 'reader.advance' }] as const) actor.send(event);
      expect(view(actor).line?.text).toBe(memory);
      expect(actor.getSnapshot().context.position.unlocked).toEqual({ 'hermann.patron': route });
      expect(cues).toContainEqual({ type: 'cue.unlock', dossier: 'hermann', fact: 'patron', route });
    }
  });

  it('rolls back one line at a time, across a choice and a beat, to the start', () => {
    const { actor } = startStory(graph);
    const seen = [view(actor)];
    for (const event of [{ type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.choose', index: 0 }, { type: 'reader.advance' }] as const) {
      actor.send(event);
      seen.push(view(actor));
    }
    for (let i = seen.length - 2; i >= 0; i--) {
      actor.send({ type: 'reader.back' });
      // The same line, stage and menu as when it was first read, now marked as put back (shown at once, not typed).
      expect(view(actor).restored).toBe(true);
      expect({ ...view(actor), line: { ...view(actor).line, key: '' }, restored: false, turn: 0 }).toEqual({ ...seen[i]!, line: { ...seen[i]!.line, key: '' }, turn: 0 });
    }
    expect(view(actor).canGoBack).toBe(false);
    actor.send({ type: 'reader.back' });
    expect(view(actor).line?.text).toBe('The lights go down.');
  });

  it('jumps to a beat for chapter select, and reaches the end', () => {
    const { actor } = startStory(graph);
    actor.send({ type: 'reader.jump', beatId: 'converge' });
    expect(view(actor).beat.id).toBe('converge');
    actor.send({ type: 'reader.jump', beatId: 'no-such-beat' });
    expect(view(actor).beat.id).toBe('converge');
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.advance' });
    expect(actor.getSnapshot().value).toBe('ended');
    expect(view(actor).ending).toEqual({ name: 'Converge', followed: [], missed: [{ id: 'sarah', name: "Sarah's side", color: '#e8b64c' }, { id: 'nectar', name: 'The Nectar trail', color: '#7bd66f' }] });
    actor.send({ type: 'reader.restart' });
    expect(view(actor).line?.text).toBe('The lights go down.');
  });

  it('tells at the end which sides of the night were followed and which are still to read', () => {
    const { actor } = startStory(graph);
    for (const event of [{ type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.choose', index: 1 }, { type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.advance' }] as const) actor.send(event);
    expect(actor.getSnapshot().value).toBe('ended');
    expect(view(actor).ending?.followed.map((r) => r.id)).toEqual(['nectar']);
    expect(view(actor).ending?.missed.map((r) => r.id)).toEqual(['sarah']);
  });

  it('round-trips a persisted snapshot without the graph, and carries on identically', () => {
    const { actor } = startStory(graph);
    for (const event of [{ type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.choose', index: 0 }] as const) actor.send(event);
    const persisted = JSON.parse(JSON.stringify(persistStory(actor)));
    expect(persisted.context.graph).toBeUndefined();
    expect(persisted.context.graphHash).toBe(graph.hash);
    const { actor: restored, stale } = restoreStory(graph, persisted);
    restored.start();
    expect(stale).toBe(false);
    expect(restored.getSnapshot().value).toBe(actor.getSnapshot().value);
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    actor.send({ type: 'reader.back' });
    restored.send({ type: 'reader.back' });
    expect(view(restored)).toEqual(view(actor));
  });

  it('detects a save made on another version of the script and resumes at its beat', () => {
    const { actor } = startStory(graph);
    for (const event of [{ type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.choose', index: 0 }] as const) actor.send(event);
    const persisted = { ...persistStory(actor), context: { ...persistStory(actor).context, graphHash: 'older-script' } };
    const { actor: restored, stale } = restoreStory(graph, persisted);
    restored.start();
    expect(stale).toBe(true);
    expect(view(restored).beat.id).toBe('sarah-side');
    expect(restored.getSnapshot().context.position.flags).toEqual(['followed-sarah']);
    // The resume point is where rollback stops: going back never loses what the save knew.
    expect(view(restored).canGoBack).toBe(false);
    restored.send({ type: 'reader.advance' });
    restored.send({ type: 'reader.back' });
    expect(view(restored).beat.id).toBe('sarah-side');
    expect(restored.getSnapshot().context.position.flags).toEqual(['followed-sarah']);
    restored.send({ type: 'reader.back' });
    expect(view(restored).beat.id).toBe('sarah-side');
  });

  it('treats a save pointing at a beat the script no longer has as stale, not as a crash', () => {
    const { actor } = startStory(graph);
    const save = { ...saveOf(actor.getSnapshot().context), position: { ...actor.getSnapshot().context.position, beatId: 'cut-from-the-script' } };
    actor.send({ type: 'reader.load', save });
    expect(view(actor).beat.id).toBe(graph.start);
    expect(view(actor).line?.text).toBe('The lights go down.');
  });

  it('plays cues written before the first line when the story starts and when it restarts', () => {
    const early = fixtureGraph('early-cues');
    const { actor, cues } = startStory(early);
    expect(cues).toContainEqual({ type: 'cue.sfx', key: 'gunshot', caption: 'gunshot' });
    expect(cues).toContainEqual({ type: 'cue.unlock', dossier: 'nectar', fact: 'drug', route: '' });
    cues.length = 0;
    actor.send({ type: 'reader.restart' });
    expect(cues).toContainEqual({ type: 'cue.sfx', key: 'gunshot', caption: 'gunshot' });
    expect(cues).toContainEqual({ type: 'cue.beat', beatId: 'only' });
  });

  it('loads a save in place', () => {
    const first = startStory(graph);
    for (const event of [{ type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.choose', index: 1 }] as const) first.actor.send(event);
    const save = saveOf(first.actor.getSnapshot().context);
    const second = startStory(graph);
    second.actor.send({ type: 'reader.load', save: JSON.parse(JSON.stringify(save)) });
    expect({ ...view(second.actor), restored: false }).toEqual(view(first.actor));
    expect(view(second.actor).restored).toBe(true);
    expect(second.cues.at(-1)).toEqual({ type: 'cue.restore', stage: view(first.actor).stage });
  });

  it('carries on in an edited script (dev hot reload) by replaying the reader\'s actions', () => {
    const { actor } = startStory(graph);
    for (const event of [{ type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.choose', index: 0 }] as const) actor.send(event);
    const edited = structuredClone(graph) as typeof graph & { hash: string };
    const beat = edited.beats['sarah-side']!;
    const steps = beat.steps.map((s) => (s.kind === 'line' ? { ...s, text: 'She keeps strays, edited.' } : s));
    const next = { ...edited, hash: 'edited', beats: { ...edited.beats, 'sarah-side': { ...beat, steps } } };
    actor.send({ type: 'author.reload', graph: next });
    expect(view(actor).line?.text).toBe('She keeps strays, edited.');
    expect(actor.getSnapshot().context.graphHash).toBe('edited');
  });
});
