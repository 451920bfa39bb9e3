import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/storage/backend.ts';
import type { DamageReason } from '../../src/storage/envelope.ts';
import { indexedDbBackend } from '../../src/storage/indexeddb.ts';
import { guard } from '../../src/storage/open-storage.ts';
import type { DamagedRecord } from '../../src/storage/records.ts';
import { SaveStore } from '../../src/storage/save-store.ts';

/** A valid stored save, as JSON, written by hand: the format on disk is what these tests pin down. */
const stored = () => ({
  app: 'metallic-rouge-act1',
  kind: 'save',
  version: 1,
  data: {
    slot: '2',
    story: {
      graphHash: 'abc123',
      position: {
        beatId: 'club-canal',
        step: 4,
        flags: ['met-naomi'],
        unlocked: { 'sarah-fitzgerald.singer': '' },
        route: 'sarah',
        stage: { bg: 'club-stage', characters: [{ id: 'sarah', expression: 'smile', position: 'center' }], music: 'club-song', ambience: null },
        visited: ['prologue', 'club-canal'],
        ended: false,
      },
      log: [{ t: 'advance' }, { t: 'choose', index: 1 }, { t: 'jump', beatId: 'club-canal' }],
    },
    meta: { beatId: 'club-canal', beatTitle: 'Club Canal', route: { id: 'sarah', name: "Sarah's side" }, playTimeMs: 61_000, savedAt: '2026-12-01T20:15:00.000Z' },
  },
});

type Stored = ReturnType<typeof stored>;
const at = (record: Stored) => record.data;

/** Each field broken in turn: the record is damaged for that reason and the message names the field. */
const corruptions: [string, (r: Stored) => void, DamageReason, RegExp][] = [
  ['app', (r) => void (r.app = 'another-game'), 'foreign', /not a metallic-rouge-act1 record/],
  ['kind', (r) => void (r.kind = 'settings'), 'foreign', /a settings record where a save record belongs/],
  ['version (future)', (r) => void (r.version = 7), 'future-version', /version 7, newer than this explorer's 1; update the explorer/],
  ['version (text)', (r) => void ((r as { version: unknown }).version = '1'), 'invalid', /version: Invalid type/],
  ['slot', (r) => void ((at(r) as { slot: unknown }).slot = '12'), 'invalid', /slot: Invalid type: Expected \("auto" \| "quick"/],
  ['story.graphHash', (r) => void ((at(r).story as { graphHash: unknown }).graphHash = 42), 'invalid', /story\.graphHash: Invalid type/],
  ['position.beatId', (r) => void ((at(r).story.position as { beatId: unknown }).beatId = null), 'invalid', /story\.position\.beatId/],
  ['position.step', (r) => void (at(r).story.position.step = -1), 'invalid', /story\.position\.step/],
  ['position.step (fraction)', (r) => void (at(r).story.position.step = 1.5), 'invalid', /story\.position\.step: Invalid integer/],
  ['position.flags', (r) => void ((at(r).story.position as { flags: unknown }).flags = 'met-naomi'), 'invalid', /story\.position\.flags/],
  ['position.unlocked', (r) => void ((at(r).story.position as { unlocked: unknown }).unlocked = { a: 1 }), 'invalid', /story\.position\.unlocked\.a/],
  ['position.route', (r) => void ((at(r).story.position as { route: unknown }).route = 3), 'invalid', /story\.position\.route/],
  ['stage.bg', (r) => void ((at(r).story.position.stage as { bg: unknown }).bg = {}), 'invalid', /story\.position\.stage\.bg/],
  ['stage.characters', (r) => void ((at(r).story.position.stage.characters[0] as { position: unknown }).position = 'ceiling'), 'invalid', /stage\.characters\.0\.position/],
  ['stage.music', (r) => void ((at(r).story.position.stage as { music: unknown }).music = true), 'invalid', /stage\.music/],
  ['stage.ambience', (r) => void ((at(r).story.position.stage as { ambience: unknown }).ambience = 0), 'invalid', /stage\.ambience/],
  ['position.visited', (r) => void ((at(r).story.position as { visited: unknown }).visited = [1]), 'invalid', /story\.position\.visited\.0/],
  ['position.ended', (r) => void ((at(r).story.position as { ended: unknown }).ended = 'no'), 'invalid', /story\.position\.ended/],
  ['log', (r) => void ((at(r).story as { log: unknown }).log = {}), 'invalid', /story\.log: Invalid type/],
  ['log step kind', (r) => void ((at(r).story.log as unknown[])[0] = { t: 'teleport' }), 'invalid', /story\.log\.0\.t/],
  ['log choice index', (r) => void ((at(r).story.log as unknown[])[1] = { t: 'choose', index: '1' }), 'invalid', /story\.log\.1\.index/],
  ['meta.beatId', (r) => void ((at(r).meta as { beatId: unknown }).beatId = undefined), 'invalid', /meta\.beatId/],
  ['meta.beatTitle', (r) => void (at(r).meta.beatTitle = 'x'.repeat(5000)), 'invalid', /meta\.beatTitle: Invalid length/],
  ['meta.route', (r) => void ((at(r).meta as { route: unknown }).route = { id: 'sarah' }), 'invalid', /meta\.route\.name/],
  ['meta.playTimeMs', (r) => void ((at(r).meta as { playTimeMs: unknown }).playTimeMs = '61000'), 'invalid', /meta\.playTimeMs/],
  ['meta.savedAt', (r) => void (at(r).meta.savedAt = 'yesterday'), 'invalid', /meta\.savedAt: Invalid timestamp/],
  ['meta.thumbnail', (r) => void ((at(r).meta as { thumbnail?: string }).thumbnail = 'javascript:alert(1)'), 'invalid', /meta\.thumbnail: a thumbnail must be a base64/],
];

async function storeWith(slot2: unknown) {
  const backend = memoryBackend({ 'save:1': JSON.stringify({ ...stored(), data: { ...stored().data, slot: '1' } }), 'save:2': slot2 });
  const damaged: DamagedRecord[] = [];
  const saves = new SaveStore({ backend: guard(backend), onDamaged: (d) => damaged.push(d), now: () => new Date('2026-12-02T08:00:00Z') });
  return { backend, saves, damaged };
}

describe('a damaged save', () => {
  it('the hand-written record is valid to begin with', async () => {
    const { saves } = await storeWith(JSON.stringify(stored()));
    expect((await saves.list()).slice(2, 4).map((e) => e.state)).toEqual(['saved', 'saved']);
  });

  it.each(corruptions)('with a broken %s is reported, set aside, and takes no other slot down', async (_field, corrupt, reason, detail) => {
    const record = stored();
    corrupt(record);
    const text = JSON.stringify(record);
    const { backend, saves, damaged } = await storeWith(text);
    const list = await saves.list();
    expect(list[2]).toMatchObject({ slot: '1', state: 'saved' });
    expect(list[3]).toMatchObject({ slot: '2', state: 'damaged', reason });
    expect(list[3]!.state === 'damaged' && list[3]!.message).toMatch(detail);
    expect(list[3]!.state === 'damaged' && list[3]!.message).toMatch(/^Save slot 2 could not be read \(.*\)\. The damaged copy was set aside; the slot is free to use again\.$/);
    expect(backend.data.get('damaged:save:2:2026-12-02T08:00:00.000Z')).toBe(text);
    expect(backend.data.has('save:2')).toBe(false);
    expect(damaged).toHaveLength(1);
    expect((await saves.list())[3]).toEqual({ slot: '2', state: 'empty' });
    expect(damaged).toHaveLength(1);
  });

  it.each<[string, unknown, DamageReason, RegExp]>([
    ['text that is not JSON', '{"app": "metallic-rouge-act1", "kind": "save", ', 'unreadable', /not JSON/],
    ['JSON that is not an envelope', '[1, 2, 3]', 'foreign', /not a metallic-rouge-act1 record/],
    ['a prototype key', JSON.stringify(stored()).replace('"flags"', '"__proto__":{"polluted":true},"flags"'), 'invalid', /the key "__proto__"/],
    ['an oversized record', JSON.stringify({ ...stored(), padding: 'x'.repeat(2_000_001) }), 'oversized', /more than the 2,000,000 allowed/],
    ['a number instead of text', 42, 'unreadable', /stored as number, not text/],
  ])('made of %s is damaged, not thrown on', async (_what, raw, reason, detail) => {
    const { saves } = await storeWith(raw);
    const loaded = await saves.load('2');
    expect(loaded).toMatchObject({ ok: false, reason, message: expect.stringMatching(detail) });
    expect(await saves.has('1')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stored as binary in IndexedDB (not text) is damaged and set aside', async () => {
    const backend = indexedDbBackend(new IDBFactory());
    await (backend as unknown as { set: (k: string, v: unknown) => Promise<void> }).set('save:quick', new Uint8Array([0, 159, 146, 150]));
    const saves = new SaveStore({ backend: guard(backend) });
    expect(await saves.load('quick')).toMatchObject({ ok: false, reason: 'unreadable', message: expect.stringMatching(/^The quick save could not be read \(stored as Uint8Array, not text\)/) });
    expect(await backend.get('save:quick')).toBeUndefined();
    expect((await backend.keys()).filter((k) => k.startsWith('damaged:save:quick:'))).toHaveLength(1);
  });

  it('stored under the wrong slot is damaged: it says which slot it belongs in', async () => {
    const record = stored();
    record.data.slot = '7';
    const { saves } = await storeWith(JSON.stringify(record));
    expect(await saves.load('2')).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringMatching(/it says it belongs in save slot 7/) });
  });
});

describe('a save from version 0', () => {
  it('(no route in its meta) migrates: the route comes from its position, named by the script, and is stored as version 1', async () => {
    const { meta, ...rest } = stored().data;
    const { route: _route, ...oldMeta } = meta;
    const v0 = JSON.stringify({ app: 'metallic-rouge-act1', kind: 'save', version: 0, data: { ...rest, meta: oldMeta } });
    const backend = memoryBackend({ 'save:2': v0 });
    const saves = new SaveStore({ backend: guard(backend), routeName: (id) => ({ sarah: "Sarah's side" })[id] });
    const loaded = await saves.load('2');
    expect(loaded).toEqual({ ok: true, record: stored().data });
    expect(JSON.parse(backend.data.get('save:2') as string)).toEqual(stored());
  });

  it('that is itself broken is damaged, and the message says which version it was read as', async () => {
    const v0 = stored();
    v0.version = 0;
    (v0.data.meta as { playTimeMs: unknown }).playTimeMs = 'long';
    const { saves } = await storeWith(JSON.stringify(v0));
    expect(await saves.load('2')).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringMatching(/as version 0: meta\.playTimeMs/) });
  });
});
