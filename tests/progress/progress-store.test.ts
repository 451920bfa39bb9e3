import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/progress/progress-store.ts';
import { EMPTY_PROGRESS, lineId, type Progress } from '../../src/progress/progress.ts';
import { bindProgress, markFactsSeen } from '../../src/progress/track.ts';
import { memoryBackend } from '../../src/storage/backend.ts';
import { guard } from '../../src/storage/open-storage.ts';
import type { DamagedRecord } from '../../src/storage/records.ts';
import { flakyBackend, manualTimers } from '../storage/fakes.ts';
import { fixtureGraph, startStory } from '../support/machine.ts';

const graph = fixtureGraph('machine');
const envelope = (data: unknown) => JSON.stringify({ app: 'metallic-rouge-act1', kind: 'progress', version: 1, data });
const stored = (backend: ReturnType<typeof memoryBackend>): Progress => JSON.parse(backend.data.get('progress') as string).data;

describe('lifelong progress', () => {
  it('follows the story at once in memory, writes it after the throttle interval, and outlives the visit', async () => {
    const backend = memoryBackend();
    const timers = manualTimers();
    const progress = await ProgressStore.open({ backend: guard(backend), timers });
    const { actor } = startStory(graph);
    bindProgress(actor, progress);
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.choose', index: 0 });
    expect(progress.get().lines).toContain(lineId('opening', 'Good evening.'));
    expect(progress.get().choices).toEqual(['opening:sarah-side']);
    expect(backend.data.has('progress')).toBe(false);
    expect(timers.pending()).toBe(1);

    timers.run();
    await progress.flush();
    expect(stored(backend).choices).toEqual(['opening:sarah-side']);
    const reopened = await ProgressStore.open({ backend: guard(backend) });
    expect(reopened.get()).toEqual(progress.get());
  });

  it('writes at once on flush (page hide), without waiting for the interval', async () => {
    const backend = memoryBackend();
    const progress = await ProgressStore.open({ backend: guard(backend), timers: manualTimers() });
    progress.update((p) => markFactsSeen(p, ['hermann.patron']));
    expect(await progress.flush()).toEqual({ ok: true });
    expect(stored(backend).seenFacts).toEqual(['hermann.patron']);
  });

  it('never shrinks: an update that drops things keeps them', async () => {
    const progress = await ProgressStore.open({ backend: guard(memoryBackend()), timers: manualTimers() });
    progress.update((p) => ({ ...p, beats: ['opening', 'converge'] }));
    progress.update(() => EMPTY_PROGRESS);
    expect(progress.get().beats).toEqual(['converge', 'opening']);
  });

  it('tells listeners about real changes only', async () => {
    const progress = await ProgressStore.open({ backend: guard(memoryBackend()), timers: manualTimers() });
    const heard: Progress[] = [];
    progress.subscribe((p) => heard.push(p));
    progress.update((p) => ({ ...p, endings: ['converge'] }));
    progress.update((p) => ({ ...p, endings: ['converge'] }));
    expect(heard.map((p) => p.endings)).toEqual([['converge']]);
  });

  it('reads stored lists in any order or with repeats as sorted and unique', async () => {
    const backend = memoryBackend({ progress: envelope({ ...EMPTY_PROGRESS, beats: ['opening', 'converge', 'opening'], facts: { 'hermann.patron': ['nectar', ''] } }) });
    const progress = await ProgressStore.open({ backend: guard(backend) });
    expect(progress.get()).toMatchObject({ beats: ['converge', 'opening'], facts: { 'hermann.patron': ['', 'nectar'] } });
  });

  it('sets damaged progress aside, reports it, and starts again without touching saves', async () => {
    const backend = memoryBackend({ progress: envelope({ ...EMPTY_PROGRESS, lines: 'all of them' }), 'save:1': 'a save' });
    const damaged: DamagedRecord[] = [];
    const progress = await ProgressStore.open({ backend: guard(backend), onDamaged: (d) => damaged.push(d) });
    expect(progress.get()).toEqual(EMPTY_PROGRESS);
    expect(damaged.map((d) => d.message)).toEqual([
      'Your reading progress could not be read (lines: Invalid type: Expected Array but received "all of them"). The damaged copy was set aside; progress starts again from here (saves are not affected).',
    ]);
    expect(backend.data.get('save:1')).toBe('a save');
  });

  it('says when a write failed, and keeps the progress in memory', async () => {
    const flaky = flakyBackend();
    const progress = await ProgressStore.open({ backend: guard(flaky.backend), timers: manualTimers() });
    flaky.failWrites();
    progress.update((p) => ({ ...p, routes: ['sarah'] }));
    expect(await progress.flush()).toMatchObject({ ok: false, message: expect.stringMatching(/storage is full/) });
    expect(progress.get().routes).toEqual(['sarah']);
  });
});
