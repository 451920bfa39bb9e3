import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { storyMachine } from '../../src/machine/story-machine.ts';
import { bindAutosave } from '../../src/storage/autosave.ts';
import { memoryBackend } from '../../src/storage/backend.ts';
import { guard } from '../../src/storage/open-storage.ts';
import { PlayClock } from '../../src/storage/play-clock.ts';
import { SaveStore } from '../../src/storage/save-store.ts';
import { fixtureGraph } from '../support/machine.ts';
import { manualTimers } from './fakes.ts';

const graph = fixtureGraph('machine');

function setup() {
  let now = 0;
  const clock = new PlayClock(() => now);
  const saves = new SaveStore({ backend: guard(memoryBackend()) });
  const timers = manualTimers();
  const actor = createActor(storyMachine, { input: { graph } });
  const autosave = bindAutosave({ actor, saves, clock, timers });
  actor.start();
  return { actor, saves, timers, clock, autosave, advanceTime: (ms: number) => (now += ms) };
}

describe('the autosave', () => {
  it('writes the latest line once per interval, not once per line', async () => {
    const { actor, saves, timers, autosave } = setup();
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.advance' });
    expect(await saves.has('auto')).toBe(false);
    expect(timers.pending()).toBe(1);
    timers.run();
    await autosave.flush(); // waits for the write the timer started
    const loaded = await saves.load('auto');
    expect(loaded).toMatchObject({ ok: true, record: { story: { log: [{ t: 'advance' }, { t: 'advance' }] }, meta: { beatId: 'opening', beatTitle: 'Opening' } } });
  });

  it('follows a choice into its route', async () => {
    const { actor, saves, autosave } = setup();
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.choose', index: 1 });
    await autosave.flush();
    expect(await saves.load('auto')).toMatchObject({ ok: true, record: { meta: { beatId: 'nectar-side', route: { id: 'nectar', name: 'The Nectar trail' } } } });
  });

  it('writes at once on flush (page hide), and a story that did not move asks for no save', async () => {
    const { actor, saves, timers, autosave } = setup();
    actor.send({ type: 'reader.advance' });
    await autosave.flush();
    expect(timers.pending()).toBe(0);
    expect(await saves.has('auto')).toBe(true);
    actor.send({ type: 'reader.choose', index: 0 }); // not at a choice: nothing moves
    expect(timers.pending()).toBe(0);
  });

  it('leaves nothing to continue once the story has ended (Continue would only reopen the end card)', async () => {
    const { actor, saves, autosave } = setup();
    actor.send({ type: 'reader.advance' });
    await autosave.flush();
    expect(await saves.has('auto')).toBe(true);
    for (const event of [{ type: 'reader.advance' }, { type: 'reader.choose', index: 0 }, { type: 'reader.advance' }, { type: 'reader.advance' }, { type: 'reader.advance' }] as const) actor.send(event);
    expect(actor.getSnapshot().value).toBe('ended');
    await autosave.flush();
    expect(await saves.has('auto')).toBe(false);
  });

  it('gives Continue the exact line to resume on', async () => {
    const { actor, saves, autosave } = setup();
    actor.send({ type: 'reader.advance' });
    await autosave.flush();
    const loaded = await saves.load('auto');
    if (!loaded.ok) throw new Error(loaded.message);
    const next = createActor(storyMachine, { input: { graph } }).start();
    next.send({ type: 'reader.load', save: loaded.record.story });
    expect(next.getSnapshot().context.position).toEqual(actor.getSnapshot().context.position);
  });

  it('counts play time only while the story is showing', async () => {
    const { actor, saves, clock, autosave, advanceTime } = setup();
    clock.start();
    advanceTime(5_000);
    clock.stop();
    advanceTime(60_000); // the tab was hidden
    clock.start();
    advanceTime(2_000);
    actor.send({ type: 'reader.advance' });
    await autosave.flush();
    expect(await saves.load('auto')).toMatchObject({ ok: true, record: { meta: { playTimeMs: 7_000 } } });
  });

  it('stops following the story when stopped', async () => {
    const { actor, timers, autosave } = setup();
    autosave.stop();
    actor.send({ type: 'reader.advance' });
    expect(timers.pending()).toBe(0);
  });
});

describe('the play clock', () => {
  it('resumes from a loaded save and restarts at zero for a new story', () => {
    let now = 1_000;
    const clock = new PlayClock(() => now);
    clock.reset(754_000);
    clock.start();
    now += 1_000;
    expect(clock.elapsedMs()).toBe(755_000);
    clock.reset(0);
    now += 500;
    expect(clock.elapsedMs()).toBe(500);
    expect(clock.running).toBe(true);
  });
});
