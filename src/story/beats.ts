/** Beats: their fields, and their body parsed and resolved against the cast, routes, dossiers and assets. */
import { didYouMean } from './diagnostics.ts';
import type { RawBlock } from './blocks.ts';
import { parseBody } from './body.ts';
import { readFields, type FieldReader } from './fields.ts';
import { parseEpisodeBeats } from './episode.ts';
import { StepResolver, type BeatContext } from './resolve.ts';
import type { Beat, Step } from './types.ts';

/** Reads one beat block into a compiled beat. */
export function readBeat(block: RawBlock, context: BeatContext): Beat {
  const fields = readFields(block, context.report);
  const route = fields.optional('route');
  const routeField = fields.get('route');
  if (route && routeField && !context.routes.has(route)) {
    fields.error(routeField, `unknown route '${route}'`, didYouMean(route, context.routes.keys()) ?? (context.routes.size > 0 ? `the routes are ${[...context.routes.keys()].join(', ')}` : "declare it with '=== route id ==='"));
  }
  const dramatizedText = fields.optional('dramatized') ?? 'no';
  const dramatizedField = fields.get('dramatized');
  if (dramatizedField && !['yes', 'no'].includes(dramatizedText)) fields.error(dramatizedField, "'dramatized:' is yes or no");
  const ending = fields.optional('ending');
  const episode = readEpisode(fields);
  const resolver = new StepResolver(block.file, context, dramatizedText === 'yes');
  const steps = parseBody(block.body, block.file, context.report)
    .map((step) => resolver.step(step))
    .filter((step): step is Step => step !== undefined);
  if (steps.length === 0) {
    context.report({ file: block.file, line: block.line, col: 1, severity: 'error', message: `beat '${block.id}' is empty`, hint: 'write its lines, then end it with a jump (-> beat-id) or -> END' });
  }
  return {
    id: block.id,
    file: block.file,
    line: block.line,
    title: fields.required('title'),
    location: fields.required('location'),
    tier: fields.tier('tier'),
    summary: fields.required('summary'),
    ...(route ? { route } : {}),
    ...(ending ? { ending } : {}),
    ...(episode ? { episode } : {}),
    steps,
  };
}

/** The `episode:` field: the episode beats (1–18) this story beat shows. */
function readEpisode(fields: FieldReader): number[] | undefined {
  const field = fields.get('episode');
  if (!field) return undefined;
  const { beats, problems } = parseEpisodeBeats(field.value);
  for (const problem of problems) fields.error(field, problem.message, problem.hint, problem.offset);
  return beats.length > 0 ? beats : undefined;
}
