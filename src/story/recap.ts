/** Recap chapters: `=== chapter id ===` blocks of narration and stage directions, read into the guided recap. */
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean } from './diagnostics.ts';
import type { RawBlock, SourceLine } from './blocks.ts';
import { parseLine, type ParsedLine } from './line.ts';
import { StepResolver, type BeatContext } from './resolve.ts';
import { DIRECTIVES, verbsWhere } from './directives/index.ts';
import { parseDirective, type ParsedEffect } from './directives/parse.ts';
import { readFields } from './fields.ts';
import { RECAP_PARTS, type Effect, type LineStep, type RecapChapter, type RecapPart } from './types.ts';

const IN_ORDER = 'chapters follow one another in file order';

/** Reads one chapter block; reports fields, lines and directions a recap cannot have. */
export function readChapter(block: RawBlock, context: BeatContext): RecapChapter {
  const fields = readFields(block, context.report);
  const part = fields.required('part');
  const partField = fields.get('part');
  if (partField && part && !(RECAP_PARTS as readonly string[]).includes(part)) {
    fields.error(partField, `unknown recap part '${part}'`, didYouMean(part, RECAP_PARTS) ?? `parts: ${RECAP_PARTS.join(', ')}`);
  }
  const beat = fields.optional('beat');
  const beatField = fields.get('beat');
  if (beat && beatField && !context.beatIds.has(beat)) {
    fields.error(beatField, `there is no beat '${beat}'`, didYouMean(beat, context.beatIds) ?? 'name the story beat a newcomer can read the full scene from');
  }
  const resolver = new StepResolver(block.file, context, false, true);
  const steps = parseChapterBody(block.body, block.file, context.report)
    .map((step) => (step.kind === 'line' ? resolver.line(step) : resolver.effect(step)))
    .filter((step): step is LineStep | Effect => step !== undefined);
  if (block.body.every((line) => line.text === '')) {
    context.report({ file: block.file, line: block.line, col: 1, severity: 'error', message: `chapter '${block.id}' is empty`, hint: 'write its narration under the fields' });
  }
  return {
    id: block.id,
    file: block.file,
    line: block.line,
    title: fields.required('title'),
    part: (RECAP_PARTS as readonly string[]).includes(part) ? (part as RecapPart) : 'main',
    tier: fields.tier('tier'),
    ...(beat ? { beat } : {}),
    steps,
  };
}

/** Parses a chapter body: narration and the recap's stage directions; everything else is reported. */
function parseChapterBody(body: readonly SourceLine[], file: string, report: (d: Diagnostic) => void): (ParsedLine | ParsedEffect)[] {
  const steps: (ParsedLine | ParsedEffect)[] = [];
  for (const source of body) {
    if (source.text === '') continue;
    const col = source.indent + 1;
    const error = (message: string, hint: string): void => report({ file, line: source.line, col, severity: 'error', message, hint });
    const text = source.text;
    const at = { line: source.line, col };
    if (/^\[(if\b|else\]|end\s*if\])/.test(text) || text.startsWith('{')) {
      error('a recap chapter has no conditions: every reader hears the same recap', 'write what every reader should hear');
    } else if (text.startsWith('*')) {
      error('a recap chapter has no choices', IN_ORDER);
    } else if (text.startsWith('->')) {
      error('a recap chapter has no jumps', `${IN_ORDER}; name the story beat to read with 'beat:'`);
    } else if (text.startsWith('[')) {
      const effect = parseDirective(text, at, file, report);
      if (effect && !DIRECTIVES[effect.kind].inRecap) {
        error(`[${DIRECTIVES[effect.kind].verb}] cannot run in a recap chapter`, `a recap changes nothing in the story; its directions are ${verbsWhere((d) => d.inRecap).join(', ')}`);
      } else if (effect) {
        steps.push(effect);
      }
    } else {
      const line = parseLine(text, at, (l, c, message) => report({ file, line: l, col: c, severity: 'error', message }));
      if (line.speaker === undefined) steps.push(line);
      else error(`a recap chapter is narrated: no speakers ('${line.speaker}')`, "retell it, like: Sarah thanks the room and sings one more song.");
    }
  }
  return steps;
}
