/**
 * Export everything (saves, progress, settings) to one JSON file and import it elsewhere. An import
 * is size-limited, parsed without prototype keys, and validated whole before anything is written:
 * a bad file changes nothing. Nothing in a file is ever run or put into the page as markup.
 */
import * as v from 'valibot';
import { PROGRESS_SPEC } from '../progress/progress-schema.ts';
import type { ProgressStore } from '../progress/progress-store.ts';
import type { Progress } from '../progress/progress.ts';
import { mergeProgress } from '../progress/track.ts';
import { decodeEnvelope, envelopeOf, type Decoded, type RecordSpec } from './envelope.ts';
import { parseJsonSafely } from './json.ts';
import { SLOT_IDS, saveSpec, type SaveRecord, type SlotId } from './save-schema.ts';
import { slotLabel, type SaveStore } from './save-store.ts';
import { SETTINGS_SPEC, type Settings, type SettingsStore } from './settings.ts';

/** The largest import accepted, in characters of text (about 5 MB). */
export const IMPORT_LIMIT_CHARS = 5_000_000;

/** The stores an export reads and an import writes. */
export interface Stores {
  readonly saves: SaveStore;
  readonly progress: ProgressStore;
  readonly settings: SettingsStore;
}

/** What an import brought in. */
export interface ImportSummary {
  readonly slots: readonly SlotId[];
  readonly linesAdded: number;
  readonly factsAdded: number;
  readonly endingsAdded: number;
  /** One sentence for the reader. */
  readonly text: string;
}

/** An import's outcome; on failure nothing was changed unless the message says otherwise. */
export type ImportResult = { readonly ok: true; readonly summary: ImportSummary } | { readonly ok: false; readonly message: string };

const exportDataSchema = v.object({
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  saves: v.pipe(v.array(v.unknown()), v.maxLength(SLOT_IDS.length)),
  progress: v.unknown(),
  settings: v.unknown(),
});

type ExportData = v.InferOutput<typeof exportDataSchema>;

/** The export file's spec (version 1). Its saves, progress and settings are envelopes of their own, each migrated on import. */
export const EXPORT_SPEC: RecordSpec<ExportData> = { kind: 'export', version: 1, maxChars: IMPORT_LIMIT_CHARS, schema: exportDataSchema, migrations: [] };

/** Everything as one JSON text. */
export async function exportAll(stores: Stores, now: Date = new Date()): Promise<string> {
  const saves = await stores.saves.all();
  const spec = saveSpec();
  const data: ExportData = {
    exportedAt: now.toISOString(),
    saves: saves.map((record) => envelopeOf(spec, record)),
    progress: envelopeOf(PROGRESS_SPEC, stores.progress.get()),
    settings: envelopeOf(SETTINGS_SPEC, stores.settings.get()),
  };
  return JSON.stringify(envelopeOf(EXPORT_SPEC, data));
}

/** A file name for an export made on `now`'s date. */
export function exportFileName(now: Date = new Date()): string {
  return `metallic-rouge-act1-${now.toISOString().slice(0, 10)}.json`;
}

/** Reads an export and, only when all of it is valid, writes it: saves by slot, progress merged, settings replaced. */
export async function importAll(text: string, stores: Stores, routeName?: (id: string) => string | undefined): Promise<ImportResult> {
  const parsed = readExport(text, routeName);
  if (!parsed.ok) return { ok: false, message: `${parsed.message} Nothing was changed.` };
  const { saves, progress, settings } = parsed;
  const before = stores.progress.get();
  const written = saves.length > 0 ? await stores.saves.saveAll(saves) : { ok: true as const };
  if (!written.ok) return { ok: false, message: `${written.message} Nothing was changed.` };
  stores.progress.update((current) => mergeProgress(current, progress));
  stores.settings.update(settings);
  const [kept] = await Promise.all([stores.progress.flush(), stores.settings.flush()]);
  if (!kept.ok) return { ok: false, message: `The saves were imported, but not the reading progress: ${kept.message}` };
  return { ok: true, summary: summarise(saves, before, stores.progress.get()) };
}

type ParsedExport = { ok: true; saves: SaveRecord[]; progress: Progress; settings: Settings } | { ok: false; message: string };

function readExport(text: string, routeName: ((id: string) => string | undefined) | undefined): ParsedExport {
  if (typeof text !== 'string') return { ok: false, message: 'This is not an explorer export: it is not text.' };
  const json = parseJsonSafely(text, IMPORT_LIMIT_CHARS);
  if (!json.ok && json.reason === 'oversized') return { ok: false, message: `This file is too large to be an explorer export (${json.detail}).` };
  if (!json.ok && json.reason === 'unreadable') return { ok: false, message: 'This is not an explorer export: it is not JSON text.' };
  if (!json.ok) return { ok: false, message: `This file was refused: ${json.detail}.` };
  const file = decodeEnvelope(EXPORT_SPEC, json.value);
  if (!file.ok) return { ok: false, message: fileProblem(file) };
  const spec = saveSpec(routeName);
  const saves: SaveRecord[] = [];
  for (const [index, envelope] of file.value.saves.entries()) {
    const save = decodeEnvelope(spec, envelope);
    if (!save.ok) return { ok: false, message: `Save ${index + 1} in the file could not be read (${save.detail}).` };
    if (saves.some((s) => s.slot === save.value.slot)) return { ok: false, message: `The file has two saves for ${slotLabel(save.value.slot)}.` };
    saves.push(save.value);
  }
  const progress = decodeEnvelope(PROGRESS_SPEC, file.value.progress);
  if (!progress.ok) return { ok: false, message: `The reading progress in the file could not be read (${progress.detail}).` };
  const settings = decodeEnvelope(SETTINGS_SPEC, file.value.settings);
  if (!settings.ok) return { ok: false, message: `The settings in the file could not be read (${settings.detail}).` };
  return { ok: true, saves, progress: progress.value, settings: settings.value };
}

function fileProblem(file: Extract<Decoded<unknown>, { ok: false }>): string {
  if (file.reason === 'foreign') return `This is not a Metallic Rouge Act 1 explorer export (${file.detail}).`;
  if (file.reason === 'future-version') return `This export was made by a newer version of the explorer (${file.detail}).`;
  return `This export could not be read (${file.detail}).`;
}

function summarise(saves: readonly SaveRecord[], before: Progress, after: Progress): ImportSummary {
  const linesAdded = after.lines.length - before.lines.length;
  const factsAdded = Object.keys(after.facts).length - Object.keys(before.facts).length;
  const endingsAdded = after.endings.length - before.endings.length;
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const text =
    `Imported ${plural(saves.length, 'save', 'saves')}, ${plural(linesAdded, 'newly read line', 'newly read lines')}, ` +
    `${plural(factsAdded, 'new fact', 'new facts')}, ${plural(endingsAdded, 'new ending', 'new endings')}, and your settings.`;
  return { slots: saves.map((s) => s.slot), linesAdded, factsAdded, endingsAdded, text };
}
