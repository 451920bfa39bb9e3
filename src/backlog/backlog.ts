/**
 * The backlog (history): every line read on this path, with its speaker, the scenes it passed
 * through and the choices made, each with the moment (`turn`) rollback returns to. Derived from the
 * reader's log by replaying it once: the log is the history.
 */
import { normalize } from '../dossier/normalize.ts';
import { apply, currentStep, openOptions, startPosition, type Position, type ReaderStep } from '../machine/runtime.ts';
import { speakerView, type SpeakerView } from '../machine/selectors.ts';
import type { StoryGraph } from '../story/types.ts';

/** One entry of the backlog. */
export type BacklogEntry =
  | { readonly kind: 'scene'; readonly turn: number; readonly title: string; readonly location: string }
  | { readonly kind: 'line'; readonly turn: number; readonly text: string; readonly speaker?: SpeakerView; readonly dramatized: boolean; readonly current: boolean }
  | { readonly kind: 'choice'; readonly turn: number; readonly label: string };

/** The backlog of a reading: scenes, lines and choices in order; the last line is the one on screen now. */
export function backlog(graph: StoryGraph, log: readonly ReaderStep[]): BacklogEntry[] {
  const entries: BacklogEntry[] = [];
  let position = startPosition(graph).position;
  let beat: string | undefined;
  for (let turn = 0; turn <= log.length; turn++) {
    if (position.beatId !== beat) {
      beat = position.beatId;
      const b = graph.beats[beat];
      if (b) entries.push({ kind: 'scene', turn, title: b.title, location: b.location });
    }
    const step = currentStep(graph, position);
    if (step?.kind === 'line' && !position.ended) {
      const speaker = speakerView(graph, step.speaker);
      entries.push({ kind: 'line', turn, text: step.text, dramatized: step.dramatized === true, current: turn === log.length, ...(speaker ? { speaker } : {}) });
    }
    const action = log[turn];
    if (!action) break;
    if (action.t === 'choose') {
      const option = openOptions(graph, position).find((o) => o.index === action.index);
      if (option) entries.push({ kind: 'choice', turn, label: option.option.label });
    }
    position = next(graph, position, action);
  }
  return entries;
}

function next(graph: StoryGraph, position: Position, action: ReaderStep): Position {
  return apply(graph, position, action)?.position ?? position;
}

/** The searchable words of an entry: its text, and for a line, who said it. */
export function entryWords(entry: BacklogEntry): string {
  if (entry.kind === 'scene') return `${entry.title} ${entry.location}`;
  if (entry.kind === 'choice') return entry.label;
  return entry.speaker ? `${entry.speaker.name} ${entry.text}` : entry.text;
}

/** What a backlog search matched: entries (by index), and the people the query named (by name or alias). */
export interface BacklogMatches {
  readonly entries: ReadonlySet<number>;
  readonly people: readonly string[];
}

/**
 * Searches a backlog: words in the lines, scenes and choices, and people by any name the reader
 * may know them by (a dossier alias such as the article's "Ruju" finds Rouge's lines and the lines
 * that name her). Aliases above `maxTier` (what the reader has reached) are not used: a search
 * must not reveal who someone is before the story does.
 */
export function searchBacklog(graph: StoryGraph, entries: readonly BacklogEntry[], query: string, maxTier: number): BacklogMatches {
  const q = normalize(query.slice(0, 80));
  if (q.length < 2) return { entries: new Set(), people: [] };
  const dossiers = Object.values(graph.dossiers).filter((d) => d.category === 'people' && d.facts.some((f) => f.tier <= maxTier));
  const named = dossiers.filter((d) => [d.name, ...d.aliases.filter((a) => a.tier <= maxTier).map((a) => a.name)].some((n) => normalize(n) === q || normalize(n).split(' ').includes(q)));
  const speakers = new Set(Object.values(graph.characters).filter((c) => named.some((d) => d.id === c.dossier)).map((c) => c.id));
  const names = named.flatMap((d) => [d.name, ...d.aliases.filter((a) => a.tier <= maxTier).map((a) => a.name)]).map(normalize).filter((n) => n.length >= 3);
  const found = new Set<number>();
  entries.forEach((entry, i) => {
    const words = normalize(entryWords(entry));
    const bySpeaker = entry.kind === 'line' && entry.speaker !== undefined && speakers.has(entry.speaker.id);
    if (words.includes(q) || bySpeaker || names.some((n) => words.includes(n))) found.add(i);
  });
  return { entries: found, people: named.map((d) => d.name) };
}
