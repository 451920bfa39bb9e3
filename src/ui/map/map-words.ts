/** The story map's sentences: completion in words, and the path a chapter is read as. */
import type { ChapterResult } from '../../map/chapter.ts';
import type { Completion, Tally } from '../../map/completion.ts';

/** One line of completion: what is counted, and how much of it the reader has. */
export interface CompletionLine {
  readonly key: keyof Completion;
  readonly label: string;
  readonly tally: Tally;
  /** "5 of 29 (17%)". */
  readonly value: string;
}

const LABELS: Readonly<Record<keyof Completion, string>> = {
  beats: 'Scenes read',
  choices: 'Choices tried',
  routes: 'Sides of the night finished',
  facts: 'Dossier facts found',
};

/** Completion as the map and the end card show it, in a fixed order. */
export function completionLines(completion: Completion): CompletionLine[] {
  return (['beats', 'choices', 'routes', 'facts'] as const).map((key) => {
    const tally = completion[key];
    return { key, label: LABELS[key], tally, value: `${tally.found} of ${tally.total} (${tally.percent}%)` };
  });
}

/** Whose choices the path follows, when it is not all the reader's own. */
const SOURCE_NOTE = {
  reader: '',
  canonical: ' (choices you have not made yet, taken for you)',
  mixed: ' (your own choices, and the rest taken for you)',
} as const;

/** Tells the reader the path a chapter is read as: "You are reading this as: Stay with Sarah → …". */
export function pathSentence(chapter: Extract<ChapterResult, { ok: true }>): string {
  if (chapter.path.length === 0) return 'No choice comes before this scene: it reads the same on every path.';
  return `You are reading this as: ${chapter.pathText}${SOURCE_NOTE[chapter.source]}.`;
}
