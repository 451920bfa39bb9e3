/**
 * `story:check -- --candidates`: lines and facts not marked dramatized that name someone or
 * something absent from the sourced names (assets/story/sourced-names.txt): each may be our own
 * invention that should carry `#dramatized`, or a name the list should gain.
 */
import { namesIn, namesMidSentence, unsourcedParts } from './names.ts';
import type { SourceRef, StoryGraph } from './types.ts';

/** A name the sourced names do not have, and where it is written. */
export interface NameCandidate extends SourceRef {
  readonly name: string;
  /** The fact it is in (`dossier.fact`, with the route of a route's wording), when it is in a fact. */
  readonly fact?: string;
}

/** Reads a sourced-names list: one name a line; blank lines and lines starting with `#` or `//` are skipped. */
export function parseSourcedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('//')) continue;
    // Names are matched word for word as prose writes them: no leading '+', no possessive.
    names.add(line.replace(/^\+/, ''));
  }
  return names;
}

interface Text extends SourceRef {
  readonly text: string;
  readonly fact?: string;
}

/** Every line and fact text the candidates list reads (those marked dramatized are our own by design, and skipped). */
function undramatizedTexts(graph: StoryGraph): { all: Text[]; sourced: Text[] } {
  const lines = [...Object.values(graph.beats).flatMap((b) => b.steps), ...graph.recap.flatMap((c) => c.steps)].flatMap((step) =>
    step.kind === 'line' ? [{ file: step.file, line: step.line, text: step.text, dramatized: step.dramatized === true }] : [],
  );
  const facts = Object.values(graph.dossiers).flatMap((dossier) =>
    dossier.facts.flatMap((fact) => [
      { file: fact.file, line: fact.line, text: fact.text, fact: `${dossier.id}.${fact.id}`, dramatized: fact.source === 'dramatized' },
      ...Object.entries(fact.variants).map(([route, text]) => ({ file: fact.file, line: fact.line, text, fact: `${dossier.id}.${fact.id}, route ${route}`, dramatized: fact.source === 'dramatized' })),
    ]),
  );
  const all = [...lines, ...facts];
  return { all, sourced: all.filter((t) => !t.dramatized) };
}

/** Names in undramatized lines and facts that the sourced names do not cover, in file order. */
export function nameCandidates(graph: StoryGraph, sourced: ReadonlySet<string>): NameCandidate[] {
  const { all, sourced: texts } = undramatizedTexts(graph);
  const known = new Set([...sourced, ...namesMidSentence(all.map((t) => t.text))]);
  const candidates = texts.flatMap((t) => {
    const names = new Set(namesIn(t.text, known).flatMap((run) => unsourcedParts(run, sourced)));
    return [...names].map((name) => ({ file: t.file, line: t.line, name, ...(t.fact ? { fact: t.fact } : {}) }));
  });
  return candidates.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** A candidate as story:check prints it: `file:line: 'Kevin' is not in the sourced names`. */
export function formatCandidate(candidate: NameCandidate): string {
  const where = candidate.fact ? ` (fact ${candidate.fact})` : '';
  return `${candidate.file}:${candidate.line}: '${candidate.name}' is not in the sourced names${where}`;
}
