/** Test helpers for the dossiers: a tiny compiled night, progress built from a few words, and the views at a level. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDossierModel, type DossierModel } from '../../src/dossier/model.ts';
import { decideVisibility, type Visibility } from '../../src/dossier/visibility.ts';
import { EMPTY_PROGRESS, type Progress } from '../../src/progress/progress.ts';
import type { SpoilerLevel } from '../../src/storage/settings.ts';
import { compileStory } from '../../src/story/compile.ts';
import { formatDiagnostic } from '../../src/story/diagnostics.ts';
import type { Relationship, StoryGraph } from '../../src/story/types.ts';

/** The tiny night of tests/dossier/tiny-night.story, compiled; relationships added as given. */
export function tinyNight(relationships: readonly Relationship[] = []): StoryGraph {
  const source = readFileSync(join(import.meta.dirname, 'tiny-night.story'), 'utf8');
  const result = compileStory([{ path: 'tests/dossier/tiny-night.story', source }]);
  if (!result.graph) throw new Error(`tiny-night.story does not compile:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
  return { ...result.graph, relationships };
}

/** A relationship as the script would declare it, revealed by `dossier.fact`. */
export function relation(from: string, to: string, label: string, revealedBy: string, tier: 0 | 1 | 2 | 3 = 0): Relationship {
  return { from, to, label, revealedBy, tier, file: 'tests/dossier/tiny-night.story', line: 1 };
}

/** A reader's progress: beats entered, facts found (key → routes read, '' for the common wording), facts already looked at. */
export function progress(read: { beats?: string[]; facts?: Record<string, string[]>; seen?: string[] } = {}): Progress {
  return { ...EMPTY_PROGRESS, beats: read.beats ?? [], facts: read.facts ?? {}, seenFacts: read.seen ?? [] };
}

/** The tiny night's model and a visibility for a progress and level. */
export function lens(read: Progress, level: SpoilerLevel, model: DossierModel = buildDossierModel(tinyNight())): Visibility {
  return decideVisibility(model, read, level);
}

/** A reader of the tiny night who stayed with Sarah up to the bar. */
export const SARAH_TO_THE_BAR = progress({
  beats: ['stage', 'dressing-room', 'bar'],
  facts: { 'sarah.singer': [''], 'sarah.patron': ['sarah'], 'hermann.lover': ['sarah'], 'code.obedience': [''] },
  seen: ['sarah.singer'],
});

/** Every string anywhere in a value (view models, search results), for "this word never appears" checks. */
export function allStrings(value: unknown, skipKeys: ReadonlySet<string> = new Set()): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => allStrings(v, skipKeys));
  if (value instanceof Map) return allStrings([...value.values()], skipKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => (skipKeys.has(k) ? [] : allStrings(v, skipKeys)));
  }
  return [];
}

/** The fastest of a few runs, in milliseconds: a loose time budget that a busy test machine does not trip by descheduling one run. */
export function fastestMs(run: () => void, tries = 5): number {
  let best = Infinity;
  for (let i = 0; i < tries; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
