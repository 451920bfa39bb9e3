import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/progress/progress-store.ts';
import { EMPTY_PROGRESS } from '../../src/progress/progress.ts';
import { bindProgress } from '../../src/progress/track.ts';
import { memoryBackend } from '../../src/storage/backend.ts';
import { guard } from '../../src/storage/open-storage.ts';
import { bindUnlockNotices, unlockNotice } from '../../src/ui/dossiers/unlock-notices.ts';
import type { OverlayRoute } from '../../src/ui/routes.ts';
import { progress, tinyNight } from '../dossier/support.ts';
import { manualTimers } from '../storage/fakes.ts';
import { startStory } from '../support/machine.ts';

// The notice that says what the story just added to the dossiers (tests/dossier/tiny-night.story).
const graph = tinyNight();

describe('the words of an unlock notice', () => {
  it('names the entry and says "new fact", and opens that fact', () => {
    expect(unlockNotice(graph, EMPTY_PROGRESS, [{ dossier: 'sarah', fact: 'singer', route: '' }])).toEqual({
      text: 'Dossier: Sarah Fitzgerald — new fact',
      route: { kind: 'dossiers', entry: 'sarah', fact: 'singer' },
    });
  });

  it('makes one notice of several facts in several entries, opening the index', () => {
    const notice = unlockNotice(graph, EMPTY_PROGRESS, [
      { dossier: 'sarah', fact: 'patron', route: 'sarah' },
      { dossier: 'hermann', fact: 'lover', route: 'sarah' },
    ]);
    expect(notice).toEqual({ text: 'Dossiers: Sarah Fitzgerald, Hermann Hayward — 2 new facts', route: { kind: 'dossiers' } });
  });

  it('says nothing for facts already found in that wording, and "another side’s telling" for a new wording', () => {
    const found = progress({ facts: { 'sarah.patron': ['nectar'], 'sarah.singer': [''] } });
    expect(unlockNotice(graph, found, [{ dossier: 'sarah', fact: 'singer', route: '' }])).toBeUndefined();
    expect(unlockNotice(graph, found, [{ dossier: 'sarah', fact: 'patron', route: 'sarah' }])?.text).toBe('Dossier: Sarah Fitzgerald — another side’s telling');
  });
});

describe('notices while reading', () => {
  async function reading(start = EMPTY_PROGRESS) {
    const backend = memoryBackend();
    if (start !== EMPTY_PROGRESS) backend.data.set('progress', JSON.stringify({ app: 'metallic-rouge-act1', kind: 'progress', version: 1, data: start }));
    const store = await ProgressStore.open({ backend: guard(backend), timers: manualTimers() });
    const { actor } = startStory(graph);
    bindProgress(actor, store);
    const shown: { text: string; removed: boolean; open?: () => void }[] = [];
    const opened: OverlayRoute[] = [];
    const timers = manualTimers();
    const notices = bindUnlockNotices(actor, {
      toasts: {
        show(text, options) {
          const toast = { text, removed: false, ...(options.action ? { open: options.action.run } : {}) };
          shown.push(toast);
          return () => void (toast.removed = true);
        },
      },
      progress: store,
      open: (route) => opened.push(route),
      win: { setTimeout: ((run: () => void, ms: number) => timers.setTimeout(run, ms)) as Window['setTimeout'], clearTimeout: ((id: number) => timers.clearTimeout(id)) as Window['clearTimeout'] },
    });
    return { actor, shown, opened, timers, notices, onScreen: () => shown.filter((t) => !t.removed).map((t) => t.text) };
  }

  it('shows one notice per move, one at a time, that opens its entry and leaves by itself', async () => {
    const { actor, shown, opened, timers, onScreen } = await reading();
    expect(shown).toEqual([]);
    actor.send({ type: 'reader.advance' }); // the stage's line, then [unlock fact sarah.singer] and the menu
    expect(onScreen()).toEqual(['Dossier: Sarah Fitzgerald — new fact']);
    actor.send({ type: 'reader.choose', index: 0 }); // Stay with Sarah: the dressing room
    actor.send({ type: 'reader.advance' }); // its line, then two unlocks in one move
    expect(onScreen()).toEqual(['Dossiers: Sarah Fitzgerald, Hermann Hayward — 2 new facts']);
    shown.at(-1)!.open!();
    expect(opened).toEqual([{ kind: 'dossiers' }]);
    expect(onScreen()).toEqual([]);
    actor.send({ type: 'reader.advance' }); // the bar: hermann.lover again (found), code.obedience (new)
    expect(onScreen()).toEqual(['Dossier: The Asimov Code — new fact']);
    timers.run();
    expect(onScreen()).toEqual([]);
  });

  it('goes when the dossiers open another way (D, the menu)', async () => {
    const { actor, notices, onScreen } = await reading();
    actor.send({ type: 'reader.advance' });
    expect(onScreen()).toEqual(['Dossier: Sarah Fitzgerald — new fact']);
    notices.dismiss();
    expect(onScreen()).toEqual([]);
  });

  it('stays quiet on a second reading of facts already found, and after it is stopped', async () => {
    const { actor, shown, notices } = await reading(progress({ facts: { 'sarah.singer': [''] } }));
    actor.send({ type: 'reader.advance' });
    expect(shown).toEqual([]);
    notices.stop();
    actor.send({ type: 'reader.choose', index: 0 });
    actor.send({ type: 'reader.advance' });
    expect(shown).toEqual([]);
  });
});
