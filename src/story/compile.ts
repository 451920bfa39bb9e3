/** The story compiler: `.story` files in, a story graph and every diagnostic out. Never throws on bad input. */
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean, hasErrors, sortDiagnostics } from './diagnostics.ts';
import { splitBlocks, type RawBlock } from './blocks.ts';
import type { AssetIndex } from './assets.ts';
import { readBeat } from './beats.ts';
import { checkGraph } from './checks.ts';
import { readCaptions, readCharacter, readRoute } from './declarations.ts';
import { readDossier } from './dossier-block.ts';
import { readFields, describe } from './fields.ts';
import { resolveRelationships } from './relationships.ts';
import { readChapter } from './recap.ts';
import { checkRecap } from './recap-checks.ts';
import { contentHash } from './hash.ts';
import type { Character, Dossier, StoryGraph } from './types.ts';

/** One story file: its path as diagnostics should print it, and its text. */
export interface StoryFile {
  readonly path: string;
  readonly source: string;
}

/** Compiler options; without `assets`, asset references are not checked. */
export interface CompileOptions {
  readonly assets?: AssetIndex;
}

/** The compiled graph (only when there are no errors) and every diagnostic, sorted. */
export interface CompileResult {
  readonly graph?: StoryGraph;
  readonly diagnostics: readonly Diagnostic[];
}

/** Compiles story files into a story graph. */
export function compileStory(files: readonly StoryFile[], options: CompileOptions = {}): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic): void => {
    diagnostics.push(d);
  };
  const blocks = [...files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((f) => splitBlocks(f.source, f.path, report));
  const byKind = (kind: RawBlock['kind']): RawBlock[] => unique(blocks.filter((b) => b.kind === kind), report);

  const { assets } = options;
  const characters = mapById(byKind('character').map((b) => readCharacter(b, report, assets)));
  const routes = mapById(byKind('route').map((b) => readRoute(b, report)));
  const captions = Object.assign({}, ...blocks.filter((b) => b.kind === 'captions').map((b) => readCaptions(b, report, assets))) as Record<string, string>;
  const dossierReads = byKind('dossier').map((b) => readDossier(b, { report, routes: new Set(routes.keys()), ...(assets ? { assets } : {}) }));
  const dossiers = mapById(dossierReads.map((r) => r.dossier));
  const relationships = resolveRelationships(dossierReads.flatMap((r) => r.relations), dossiers, report);
  checkReferences(characters, dossiers, blocks, report);
  const speakers = speakerMap(characters, blocks, report);
  const beatBlocks = byKind('beat');
  const beatIds = new Set(beatBlocks.map((b) => b.id));
  const context = { characters, speakers, routes, dossiers, beatIds, report, ...(assets ? { assets } : {}) };
  const beats = mapById(beatBlocks.map((b) => readBeat(b, context)));
  const meta = readStoryMeta(blocks, beatIds, report);
  const recap = byKind('chapter').map((b) => readChapter(b, context));

  const body = {
    title: meta.title,
    start: meta.start,
    beats: Object.fromEntries(beats),
    beatOrder: [...beats.keys()],
    characters: Object.fromEntries(characters),
    routes: Object.fromEntries(routes),
    dossiers: Object.fromEntries(dossiers),
    captions,
    relationships,
    recap,
  };
  // Where things are written does not change the story: moving a line or adding a comment keeps saves valid.
  // Nor do the recap and the relationships, which no reading position refers to.
  const content = JSON.stringify({ ...body, recap: undefined, relationships: undefined }, (key, value: unknown) => (key === 'file' || key === 'line' ? undefined : value));
  const graph: StoryGraph = { hash: contentHash(content), ...body };
  checkGraph(graph, report);
  checkRecap(recap, graph.beats, report);
  const sorted = sortDiagnostics(diagnostics);
  return hasErrors(sorted) ? { diagnostics: sorted } : { graph, diagnostics: sorted };
}

function readStoryMeta(blocks: readonly RawBlock[], beatIds: ReadonlySet<string>, report: (d: Diagnostic) => void): { title: string; start: string } {
  const stories = blocks.filter((b) => b.kind === 'story');
  if (stories.length === 0) {
    const file = blocks[0]?.file ?? 'assets/story';
    report({ file, line: 1, col: 1, severity: 'error', message: 'there is no story block', hint: "add '=== story ===' with 'title:' and 'start:' to one file" });
    return { title: '', start: '' };
  }
  for (const extra of stories.slice(1)) {
    report({ file: extra.file, line: extra.line, col: 1, severity: 'error', message: 'a second story block', hint: `the first is in ${stories[0]!.file}:${stories[0]!.line}` });
  }
  const fields = readFields(stories[0]!, report);
  const start = fields.required('start');
  const startField = fields.get('start');
  if (startField && start && !beatIds.has(start)) fields.error(startField, `the story starts at '${start}', which is not a beat`, didYouMean(start, beatIds));
  return { title: fields.required('title'), start };
}

/** The field of a declaration, for diagnostics that point at it. */
function fieldOf(blocks: readonly RawBlock[], kind: RawBlock['kind'], id: string, key: string): { line: number; col: number } | undefined {
  return blocks.find((b) => b.kind === kind && b.id === id)?.fields.find((f) => f.key === key);
}

function checkReferences(
  characters: ReadonlyMap<string, Character>,
  dossiers: ReadonlyMap<string, Dossier>,
  blocks: readonly RawBlock[],
  report: (d: Diagnostic) => void,
): void {
  for (const character of characters.values()) {
    if (character.dossier && !dossiers.has(character.dossier)) {
      const at = fieldOf(blocks, 'character', character.id, 'dossier') ?? { line: character.line, col: 1 };
      report({ file: character.file, ...at, severity: 'error', message: `unknown dossier '${character.dossier}'`, hint: didYouMean(character.dossier, dossiers.keys()) ?? 'link the dossier entry by its id' });
    }
  }
}

/** Speaker name → character; a name two characters claim is reported at the second. */
function speakerMap(characters: ReadonlyMap<string, Character>, blocks: readonly RawBlock[], report: (d: Diagnostic) => void): Map<string, Character> {
  const speakers = new Map<string, Character>();
  for (const character of characters.values()) {
    if (character.speaker === undefined) continue;
    const first = speakers.get(character.speaker);
    if (!first) {
      speakers.set(character.speaker, character);
      continue;
    }
    const at = fieldOf(blocks, 'character', character.id, 'speaker') ?? { line: character.line, col: 1 };
    report({ file: character.file, ...at, severity: 'error', message: `speaker '${character.speaker}' is already character '${first.id}'`, hint: `give '${character.id}' a speaker name of its own; '${first.id}' is at ${first.file}:${first.line}` });
  }
  return speakers;
}

/** Drops blocks whose id repeats one already seen (of the same kind), reporting each. */
function unique(blocks: RawBlock[], report: (d: Diagnostic) => void): RawBlock[] {
  const first = new Map<string, RawBlock>();
  return blocks.filter((block) => {
    const earlier = first.get(block.id);
    if (!earlier) {
      first.set(block.id, block);
      return true;
    }
    report({ file: block.file, line: block.line, col: 1, severity: 'error', message: `duplicate id: ${describe(block)} is already defined`, hint: `first defined at ${earlier.file}:${earlier.line}` });
    return false;
  });
}

function mapById<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

