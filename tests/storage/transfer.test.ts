import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/progress/progress-store.ts';
import { EMPTY_PROGRESS } from '../../src/progress/progress.ts';
import { memoryBackend, type StorageBackend } from '../../src/storage/backend.ts';
import { guard } from '../../src/storage/open-storage.ts';
import { saveRecordOf } from '../../src/storage/save-meta.ts';
import { SaveStore } from '../../src/storage/save-store.ts';
import { openSettings } from '../../src/storage/settings-open.ts';
import { DEFAULT_SETTINGS } from '../../src/storage/settings.ts';
import { exportAll, exportFileName, importAll, type Stores } from '../../src/storage/transfer.ts';
import { startStory, fixtureGraph } from '../support/machine.ts';
import { flakyBackend, manualTimers } from './fakes.ts';

const graph = fixtureGraph('machine');

async function storesOn(raw: StorageBackend): Promise<Stores> {
  const backend = guard(raw);
  return {
    saves: new SaveStore({ backend }),
    progress: await ProgressStore.open({ backend, timers: manualTimers() }),
    settings: await openSettings({ backend }),
  };
}

/** A browser with two saves, some progress and changed settings. */
async function usedBrowser() {
  const backend = memoryBackend();
  const stores = await storesOn(backend);
  const { actor } = startStory(graph);
  actor.send({ type: 'reader.advance' });
  await stores.saves.save(saveRecordOf({ slot: 'auto', graph, context: actor.getSnapshot().context, playTimeMs: 30_000 }));
  actor.send({ type: 'reader.advance' });
  actor.send({ type: 'reader.choose', index: 0 });
  await stores.saves.save(saveRecordOf({ slot: '4', graph, context: actor.getSnapshot().context, playTimeMs: 90_000 }));
  stores.progress.update((p) => ({ ...p, lines: ['opening:a', 'opening:b'], beats: ['opening', 'sarah-side'], facts: { 'hermann.patron': [''] }, endings: ['converge'] }));
  stores.settings.update({ captions: false, textScale: 1.25 });
  await Promise.all([stores.progress.flush(), stores.settings.flush()]);
  return { backend, stores };
}

describe('export and import', () => {
  it('carry saves, progress and settings to another browser', async () => {
    const { stores } = await usedBrowser();
    const file = await exportAll(stores, new Date('2026-12-01T20:00:00Z'));
    const elsewhere = await storesOn(memoryBackend());
    const result = await importAll(file, elsewhere);
    expect(result).toEqual({
      ok: true,
      summary: { slots: ['auto', '4'], linesAdded: 2, factsAdded: 1, endingsAdded: 1, text: 'Imported 2 saves, 2 newly read lines, 1 new fact, 1 new ending, and your settings.' },
    });
    expect(await elsewhere.saves.all()).toEqual(await stores.saves.all());
    expect(elsewhere.progress.get()).toEqual(stores.progress.get());
    expect(elsewhere.settings.get()).toEqual({ ...DEFAULT_SETTINGS, captions: false, textScale: 1.25 });
    expect(exportFileName(new Date('2026-12-01T20:00:00Z'))).toBe('metallic-rouge-act1-2026-12-01.json');
  });

  it("add to what the other browser has read, and keep its saves in slots the file doesn't use", async () => {
    const { stores } = await usedBrowser();
    const file = await exportAll(stores);
    const other = await usedBrowser();
    other.stores.progress.update((p) => ({ ...p, routes: ['nectar'], lines: [...p.lines, 'nectar-side:z'] }));
    const four = await other.stores.saves.load('4');
    if (!four.ok) throw new Error(four.message);
    await other.stores.saves.delete('auto');
    await other.stores.saves.save({ ...four.record, slot: '9' });
    await importAll(file, other.stores);
    expect(other.stores.progress.get()).toMatchObject({ routes: ['nectar'], lines: ['nectar-side:z', 'opening:a', 'opening:b'] });
    expect((await other.stores.saves.list()).filter((e) => e.state === 'saved').map((e) => e.slot)).toEqual(['auto', '4', '9']);
  });
});

/** A valid export to break in each test. */
const validExport = async (): Promise<Record<string, unknown>> => JSON.parse(await exportAll((await usedBrowser()).stores));
const dataOf = (file: Record<string, unknown>) => file.data as { saves: { data: { meta: Record<string, unknown> } }[]; progress: { data: Record<string, unknown> }; settings: { data: unknown } };

const hostile: [string, (file: Record<string, unknown>) => string, RegExp][] = [
  ['a __proto__ key at the top', (f) => JSON.stringify(f).replace('{', '{"__proto__":{"polluted":true},'), /refused: it contains the key "__proto__"/],
  ['a __proto__ key hidden behind an escape', (f) => JSON.stringify(f).replace('{', '{"\\u005f_proto__":{"polluted":true},'), /key "__proto__"/],
  ['a __proto__ key deep in a save', (f) => JSON.stringify(f).replace('"beatTitle"', '"__proto__":{"polluted":true},"beatTitle"'), /key "__proto__"/],
  ['a constructor key in the progress', (f) => JSON.stringify(f).replace('"lines"', '"constructor":{"polluted":true},"lines"'), /key "constructor"/],
  ['a prototype key in the settings', (f) => JSON.stringify(f).replace('"captions"', '"prototype":{"polluted":true},"captions"'), /key "prototype"/],
  ['a string over the size limit', (f) => JSON.stringify({ ...f, note: 'x'.repeat(5_000_001) }), /too large to be an explorer export \(5,00\d,\d{3} characters, more than the 5,000,000 allowed\)/],
  ['a huge thumbnail', (f) => (dataOf(f).saves[0]!.data.meta.thumbnail = `data:image/png;base64,${'A'.repeat(200_000)}`, JSON.stringify(f)), /Save 1 in the file could not be read \(meta\.thumbnail: a thumbnail may be at most 128000 characters\)/],
  ['a script for a thumbnail', (f) => (dataOf(f).saves[0]!.data.meta.thumbnail = 'javascript:alert(1)', JSON.stringify(f)), /meta\.thumbnail: a thumbnail must be a base64/],
  ['saves that are not a list', (f) => (((f.data as Record<string, unknown>).saves = { 0: {} }), JSON.stringify(f)), /saves: Invalid type: Expected Array/],
  ['progress lines that are a number', (f) => ((dataOf(f).progress.data.lines = 7), JSON.stringify(f)), /The reading progress in the file could not be read \(lines: Invalid type/],
  ['settings that are text', (f) => ((dataOf(f).settings.data = 'loud'), JSON.stringify(f)), /The settings in the file could not be read/],
  ['two saves for one slot', (f) => (dataOf(f).saves.push(dataOf(f).saves[0]!), JSON.stringify(f)), /two saves for the autosave/],
  ['a newer export version', (f) => JSON.stringify({ ...f, version: 2 }), /made by a newer version of the explorer/],
  ["another app's file", (f) => JSON.stringify({ ...f, app: 'renpy-persistent' }), /not a Metallic Rouge Act 1 explorer export/],
  ['a save record instead of an export', (f) => JSON.stringify(dataOf(f).saves[0]), /not a Metallic Rouge Act 1 explorer export \(a save record where a export record belongs\)/],
  ['a bare JSON value', () => 'null', /not a Metallic Rouge Act 1 explorer export/],
  ['an empty file', () => '', /not JSON text/],
  ['binary (a PNG read as text)', () => String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe), /not JSON text/],
];

describe('a hostile or broken import', () => {
  it.each(hostile)('(%s) is refused with a reason, and nothing is changed', async (_what, make, reason) => {
    const text = make(await validExport());
    const { backend, stores } = await usedBrowser();
    const before = new Map(backend.data);
    const result = await importAll(text, stores);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(reason) });
    expect(result.ok === false && result.message).toMatch(/Nothing was changed\.$/);
    expect(backend.data).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('that storage cannot hold (quota) changes nothing either', async () => {
    const file = await exportAll((await usedBrowser()).stores);
    const flaky = flakyBackend();
    const stores = await storesOn(flaky.backend);
    const before = new Map(flaky.data);
    flaky.failWrites();
    const result = await importAll(file, stores);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/storage is full.*Nothing was changed\.$/) });
    expect(flaky.data).toEqual(before);
    expect(stores.progress.get()).toEqual(EMPTY_PROGRESS);
  });
});
