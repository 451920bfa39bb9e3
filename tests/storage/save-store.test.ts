import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { StoryActor } from '../../src/machine/persistence.ts';
import { storyMachine } from '../../src/machine/story-machine.ts';
import { memoryBackend } from '../../src/storage/backend.ts';
import { indexedDbBackend } from '../../src/storage/indexeddb.ts';
import { guard } from '../../src/storage/open-storage.ts';
import { resumeNotice, saveRecordOf } from '../../src/storage/save-meta.ts';
import type { SaveRecord } from '../../src/storage/save-schema.ts';
import { SaveStore } from '../../src/storage/save-store.ts';
import { realStory } from '../support/story.ts';
import { flakyBackend } from './fakes.ts';

const graph = realStory();

/** A started actor that has read `steps` lines and choices, always taking the last open option. */
function readFor(steps: number): StoryActor {
  const actor = createActor(storyMachine, { input: { graph } }).start();
  for (let i = 0; i < steps; i++) {
    const snapshot = actor.getSnapshot();
    if (snapshot.value === 'choosing') {
      const step = graph.beats[snapshot.context.position.beatId]!.steps[snapshot.context.position.step]!;
      actor.send({ type: 'reader.choose', index: step.kind === 'choice' ? step.options.length - 1 : 0 });
    } else actor.send({ type: 'reader.advance' });
  }
  return actor;
}

const recordAt = (actor: StoryActor, slot: SaveRecord['slot'] = '1'): SaveRecord =>
  saveRecordOf({ slot, graph, context: actor.getSnapshot().context, playTimeMs: 754_000, now: new Date('2026-12-01T20:15:00Z') });

describe('saving and loading a slot', () => {
  it('resumes on the exact line, with the same stage, music and history, and rollback still works', async () => {
    const saves = new SaveStore({ backend: guard(indexedDbBackend(new IDBFactory())) });
    const original = readFor(150);
    expect((await saves.save(recordAt(original))).ok).toBe(true);

    const loaded = await saves.load('1');
    if (!loaded.ok) throw new Error(loaded.message);
    const resumed = createActor(storyMachine, { input: { graph } }).start();
    resumed.send({ type: 'reader.load', save: loaded.record.story });
    const before = original.getSnapshot().context;
    expect(resumed.getSnapshot().context.position).toEqual(before.position);
    expect(resumed.getSnapshot().context.position.stage.music).not.toBeNull();
    expect(resumed.getSnapshot().context.log).toEqual(before.log);

    original.send({ type: 'reader.back' });
    resumed.send({ type: 'reader.back' });
    expect(resumed.getSnapshot().context.position).toEqual(original.getSnapshot().context.position);
  });

  it('lists every slot in order, each saved slot with beat title, route, play time and date', async () => {
    const saves = new SaveStore({ backend: guard(memoryBackend()) });
    const actor = readFor(150);
    const { position } = actor.getSnapshot().context;
    await saves.save(recordAt(actor, '3'));
    const list = await saves.list();
    expect(list.map((entry) => entry.slot)).toEqual(['auto', 'quick', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(list.filter((entry) => entry.state !== 'empty').map((e) => e.slot)).toEqual(['3']);
    expect(list[4]).toEqual({
      slot: '3',
      state: 'saved',
      meta: {
        beatId: position.beatId,
        beatTitle: graph.beats[position.beatId]!.title,
        route: position.route === null ? null : { id: position.route, name: graph.routes[position.route]!.name },
        playTimeMs: 754_000,
        savedAt: '2026-12-01T20:15:00.000Z',
      },
    });
  });

  it('deletes a slot, and says so when asked to load an empty one', async () => {
    const saves = new SaveStore({ backend: guard(memoryBackend()) });
    await saves.save(recordAt(readFor(5), 'quick'));
    expect(await saves.has('quick')).toBe(true);
    await saves.delete('quick');
    expect(await saves.has('quick')).toBe(false);
    expect(await saves.load('quick')).toEqual({ ok: false, reason: 'empty', message: 'There is nothing in the quick save.' });
  });

  it('keeps a stage thumbnail, and refuses to store one that is not a base64 raster image', async () => {
    const saves = new SaveStore({ backend: guard(memoryBackend()) });
    const record = recordAt(readFor(5));
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(await saves.save({ ...record, meta: { ...record.meta, thumbnail: png } })).toEqual({ ok: true });
    expect(await saves.load('1')).toMatchObject({ ok: true, record: { meta: { thumbnail: png } } });
    const svg = `data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"/>').toString('base64')}`;
    const refused = await saves.save({ ...record, slot: '2', meta: { ...record.meta, thumbnail: svg } });
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^Not saved: the save for save slot 2 is not valid \(meta\.thumbnail: a thumbnail must be/) });
    expect(await saves.has('2')).toBe(false);
  });

  it('reports a full quota instead of throwing, and the old save in the slot is kept', async () => {
    const flaky = flakyBackend();
    const saves = new SaveStore({ backend: guard(flaky.backend) });
    const first = recordAt(readFor(5));
    await saves.save(first);
    flaky.failWrites();
    const result = await saves.save(recordAt(readFor(40)));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/storage is full/) });
    expect(await saves.load('1')).toEqual({ ok: true, record: first });
  });
});

describe('a save made before the script changed', () => {
  it('resumes at the start of its beat, with a notice naming the beat, and rollback stops there', async () => {
    const actor = readFor(150);
    const record = recordAt(actor);
    const stale = { ...record.story, graphHash: 'an-older-script' };
    const beat = graph.beats[record.story.position.beatId]!;
    expect(resumeNotice(graph, stale)).toBe(`The story has changed since this save was made, so it resumes at the start of “${beat.title}”.`);
    expect(resumeNotice(graph, record.story)).toBeUndefined();
    const resumed = createActor(storyMachine, { input: { graph } }).start();
    resumed.send({ type: 'reader.load', save: stale });
    expect(resumed.getSnapshot().context.position.beatId).toBe(beat.id);
    expect(resumed.getSnapshot().context.position.flags).toEqual(record.story.position.flags);
    expect(resumed.getSnapshot().can({ type: 'reader.back' })).toBe(false);
  });

  it('whose beat is gone resumes at the start of the story, and says so', () => {
    const record = recordAt(readFor(20));
    const gone = { ...record.story, graphHash: 'old', position: { ...record.story.position, beatId: 'a-cut-scene' } };
    expect(resumeNotice(graph, gone)).toMatch(/its scene is gone, so it resumes at the start of the story/);
  });
});

describe('the autosave of a page that is going away', () => {
  /** localStorage as the rescue store: a plain map of strings. */
  function memoryKeyValue(): { getItem(k: string): string | null; setItem(k: string, v: string): void; removeItem(k: string): void; data: Map<string, string> } {
    const data = new Map<string, string>();
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
  }
  const at = (actor: StoryActor, iso: string): SaveRecord => saveRecordOf({ slot: 'auto', graph, context: actor.getSnapshot().context, playTimeMs: 1000, now: new Date(iso) });

  it('is kept at once, and the next visit continues from it rather than from the older slot', async () => {
    const backend = guard(memoryBackend());
    const rescue = memoryKeyValue();
    const first = new SaveStore({ backend, rescue });
    await first.save(at(readFor(3), '2026-12-01T10:00:00Z'));
    first.keepAtOnce(at(readFor(8), '2026-12-01T10:00:05Z')); // the IndexedDB write of this one never finished

    const next = new SaveStore({ backend, rescue });
    await next.recover();
    const loaded = await next.load('auto');
    expect(loaded.ok && loaded.record.story.log.length).toBe(8);
    expect(rescue.data.size).toBe(0);
  });

  it('does not replace a newer autosave, drops a damaged copy, and an ended story leaves no Continue', async () => {
    const backend = guard(memoryBackend());
    const rescue = memoryKeyValue();
    const saves = new SaveStore({ backend, rescue });
    saves.keepAtOnce(at(readFor(2), '2026-12-01T10:00:00Z'));
    await saves.save(at(readFor(5), '2026-12-01T10:00:09Z'));
    await saves.recover();
    const kept = await saves.load('auto');
    expect(kept.ok && kept.record.story.log.length).toBe(5);

    rescue.data.set('metallic-rouge-act1:autosave-rescue', '{"app":"metallic-rouge-act1","kind":"save"');
    await saves.recover();
    expect(await saves.has('auto')).toBe(true);
    expect(rescue.data.size).toBe(0);

    saves.keepAtOnce('ended');
    await saves.recover();
    expect(await saves.has('auto')).toBe(false);
  });
});
