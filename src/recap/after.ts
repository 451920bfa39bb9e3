/**
 * What the end of the recap offers: the story's own scenes to read in full, from each chapter's
 * beat, and the dossiers of the people the recap named. Neither reaches past what the reader chose
 * to see: a beat is offered only if the path to it stays within the tiers shown.
 */
import { chapterSave } from '../map/chapter.ts';
import type { StoryGraph, Tier } from '../story/types.ts';
import type { RecapTrack } from './script.ts';

/** A scene the reader can read in full: the chapter that told it, and its beat. */
export interface ReadableScene {
  readonly chapterTitle: string;
  readonly beatId: string;
}

/** Someone the recap named, with their dossier entry. */
export interface PersonMet {
  readonly dossier: string;
  readonly name: string;
}

/** The highest tier a track tells. */
export function trackTier(track: RecapTrack): Tier {
  return track.chapters.reduce<Tier>((max, c) => (c.tier > max ? c.tier : max), 0);
}

/** The chapters' beats, once each, whose path from the start never passes a beat above the track's tier. */
export function readableScenes(graph: StoryGraph, track: RecapTrack): ReadableScene[] {
  const tier = trackTier(track);
  const seen = new Set<string>();
  const scenes: ReadableScene[] = [];
  for (const chapter of track.chapters) {
    const beatId = chapter.beat;
    if (!beatId || seen.has(beatId)) continue;
    seen.add(beatId);
    const save = chapterSave({ graph, beatId });
    if (!save.ok || save.save.position.visited.some((id) => (graph.beats[id]?.tier ?? 3) > tier)) continue;
    scenes.push({ chapterTitle: chapter.title, beatId });
  }
  return scenes;
}

/** People's dossier entries whose name, or an alias within the track's tier, the narration says; in the order first said. */
export function peopleMet(graph: StoryGraph, track: RecapTrack): PersonMet[] {
  const tier = trackTier(track);
  const told = track.chapters.flatMap((c) => c.steps.flatMap((s) => (s.kind === 'line' ? [s.text] : []))).join('\n');
  const found: { person: PersonMet; at: number }[] = [];
  for (const dossier of Object.values(graph.dossiers)) {
    if (dossier.category !== 'people') continue;
    const names = [dossier.name, ...dossier.aliases.filter((a) => a.tier <= tier).map((a) => a.name)];
    const at = Math.min(...names.map((name) => firstMention(told, name)));
    if (Number.isFinite(at)) found.push({ person: { dossier: dossier.id, name: dossier.name }, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.person);
}

/** Where a name is first said as a whole word (Infinity when never). */
function firstMention(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return match ? match.index + match[1]!.length : Infinity;
}
