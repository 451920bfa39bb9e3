/** Lines of dialogue and narration as written: `SARAH (smiling): text  #dramatized`. */
import { closest } from './diagnostics.ts';
import type { Condition } from './types.ts';

/** A line before its speaker is resolved: `speaker` is the name as written (`SARAH`). */
export interface ParsedLine {
  readonly kind: 'line';
  readonly line: number;
  readonly col: number;
  readonly when?: Condition;
  readonly speaker?: string;
  readonly expression?: string;
  /** Where the expression is written, for diagnostics about it. */
  readonly expressionCol?: number;
  readonly text: string;
  readonly tag?: 'dramatized' | 'episode';
}

const SPEAKER_LINE = /^([A-Z][A-Z0-9'’ .-]*?)\s*(?:\(([^)]*)\))?\s*:\s*(.*)$/;
const TAG = /\s+#(dramatized|dramatised|episode)\s*$/;

/** Parses a line of dialogue or narration, with its `#dramatized` / `#episode` tag. */
export function parseLine(
  text: string,
  at: { line: number; col: number; when?: Condition },
  error: (line: number, col: number, message: string) => void,
): ParsedLine {
  let body = text;
  let tag: ParsedLine['tag'];
  const tagMatch = TAG.exec(body);
  if (tagMatch) {
    tag = tagMatch[1] === 'episode' ? 'episode' : 'dramatized';
    body = body.slice(0, tagMatch.index);
  }
  const speaker = SPEAKER_LINE.exec(body);
  if (!speaker) return { kind: 'line', ...at, text: body, ...(tag ? { tag } : {}) };
  const words = speaker[3]!.trim();
  if (words === '') error(at.line, at.col, `${speaker[1]} has a name but no words`);
  const expression = speaker[2]?.trim();
  return {
    kind: 'line',
    ...at,
    speaker: speaker[1]!.trim(),
    ...(expression ? { expression, expressionCol: at.col + body.indexOf(expression, speaker[1]!.length) } : {}),
    text: words,
    ...(tag ? { tag } : {}),
  };
}


const MIXED_CASE_SPEAKER = /^([A-Z][a-z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,3})\s*(\([^)]*\))?\s*:\s*\S/;

/**
 * The speaker a narration line probably meant when it starts like dialogue in mixed case
 * (`Sarah (smiling): …`, `Rouge: …`): the declared speaker its name matches, exactly or nearly.
 */
export function likelySpeaker(text: string, speakers: Iterable<string>): { readonly written: string; readonly speaker: string; readonly meant: string } | undefined {
  const match = MIXED_CASE_SPEAKER.exec(text);
  if (!match) return undefined;
  const expression = match[2] ? ` ${match[2]}` : '';
  const speaker = closest(match[1]!.toUpperCase(), speakers);
  return speaker === undefined ? undefined : { written: `${match[1]!}${expression}:`, speaker, meant: `${speaker}${expression}:` };
}
