/** The Vite plugin that compiles assets/story at build time and hot-reloads it in dev. */
import { relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../story/diagnostics.ts';
import type { StoryGraph, StoryTexts } from '../story/types.ts';
import { compileProjectStory } from './load-story.ts';

/** The module id the app imports the compiled story graph from. */
export const STORY_MODULE_ID = 'virtual:story-graph';
const RESOLVED_ID = `\0${STORY_MODULE_ID}`;
/** The module id of what only the dossiers, the history's search and the recap read (loaded when they open). */
export const TEXTS_MODULE_ID = 'virtual:story-texts';
const RESOLVED_TEXTS_ID = `\0${TEXTS_MODULE_ID}`;

/** Compiles the story into `virtual:story-graph`; errors fail the build with every `file:line:col`. */
export function storyPlugin(): Plugin {
  let root = process.cwd();
  let building = false;
  return {
    name: 'metallic-rouge-story',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    resolveId(id) {
      if (id === STORY_MODULE_ID) return RESOLVED_ID;
      return id === TEXTS_MODULE_ID ? RESOLVED_TEXTS_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_TEXTS_ID) return undefined;
      const result = compileProjectStory(root);
      if (id === RESOLVED_ID) for (const d of result.diagnostics.filter((x) => x.severity === 'warning')) this.warn(formatDiagnostic(d));
      const problem = errorReport(result.diagnostics);
      if (problem || !result.graph) this.error(problem ?? 'the story did not compile');
      const graph = result.graph!;
      if (id === RESOLVED_TEXTS_ID) return jsonModule(browserGraph(storyTexts(graph)));
      // In dev the whole graph stays in one module, so an edited script reloads in place.
      return jsonModule(browserGraph(building ? playerGraph(graph) : graph));
    },
    configureServer(server) {
      const onChange = (file: string): void => reloadIfStory(server, root, file);
      server.watcher.add(`${root}/assets`);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    hotUpdate({ file }) {
      if (!isStoryInput(root, file)) return undefined;
      const graph = this.environment.moduleGraph;
      const module = graph.getModuleById(RESOLVED_ID);
      if (!module) return undefined;
      // A broken edit shows the writer every diagnostic in the browser and leaves the game as it was.
      const problem = errorReport(compileProjectStory(root).diagnostics);
      if (problem) {
        this.environment.logger.error(problem);
        this.environment.hot.send({ type: 'error', err: { message: problem, stack: '', plugin: 'metallic-rouge-story' } });
        return [];
      }
      graph.invalidateModule(module);
      return [module];
    },
  };
}

/**
 * The graph the player needs to read: dossier entries keep their names and their facts' ids,
 * tiers and route keys (for unlocking the right wording), not the words themselves; no
 * relationships, no recap, no scene summaries. Those come with `virtual:story-texts`
 * (`storyTexts`) when a screen that shows them opens; src/app/full-graph.ts joins the two.
 */
export function playerGraph(graph: StoryGraph): StoryGraph {
  const blank = (record: Readonly<Record<string, string>>): Record<string, string> => Object.fromEntries(Object.keys(record).map((key) => [key, '']));
  const dossiers = Object.fromEntries(
    Object.entries(graph.dossiers).map(([id, d]) => [id, { ...d, aliases: [], facts: d.facts.map((f) => ({ ...f, text: '', variants: blank(f.variants) })) }]),
  );
  const beats = Object.fromEntries(Object.entries(graph.beats).map(([id, beat]) => [id, { ...beat, summary: '' }]));
  // The script's own spellings (a speaker's name as written, expression names and their aliases) are the compiler's.
  const characters = Object.fromEntries(Object.entries(graph.characters).map(([id, { speaker: _speaker, ...character }]) => [id, { ...character, expressions: [], expressionAliases: {} }]));
  return { ...graph, beats, characters, dossiers, relationships: [], recap: [] };
}

/** What `playerGraph` leaves out. */
export function storyTexts(graph: StoryGraph): StoryTexts {
  const summaries = Object.fromEntries(Object.values(graph.beats).map((beat) => [beat.id, beat.summary]));
  return { dossiers: graph.dossiers, relationships: graph.relationships, recap: graph.recap, summaries };
}

/**
 * The graph as the browser gets it: without the `file` and `line` of every step (only the
 * compiler's messages need them), about a fifth of its size, without the `dramatized: false`
 * of every line (absent means the same) and without what only the content checks read.
 */
export function browserGraph(graph: unknown): string {
  return JSON.stringify(graph, (key, value: unknown) => (BROWSER_NEVER_USES.has(key) || (key === 'dramatized' && value === false) ? undefined : value));
}

/** Keys the browser never reads: where a step was written, and which of the episode's beats a scene shows (for the content checks). */
const BROWSER_NEVER_USES = new Set(['file', 'line', 'episode']);

/** A module whose default export is the JSON text's value: `JSON.parse` of a string is parsed faster than the same object as code. */
export function jsonModule(json: string): string {
  // A template literal needs no escaping of the JSON's many double quotes: only \, ` and ${.
  const literal = json.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  return `export default JSON.parse(\`${literal}\`);`;
}

/** Every error as `file:line:col: error: message`, or undefined when there is none. */
export function errorReport(diagnostics: readonly Diagnostic[]): string | undefined {
  if (!hasErrors(diagnostics)) return undefined;
  const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
  return `the story has ${errors.length} error(s):\n${errors.join('\n')}`;
}

/** Story files and asset files both change what the compiler says. */
function isStoryInput(root: string, file: string): boolean {
  const path = relative(root, file).split(sep).join('/');
  return path.startsWith('assets/') && (path.endsWith('.story') || /\.(svg|png|webp|webm|ogg|mp3)$/.test(path));
}

function reloadIfStory(server: ViteDevServer, root: string, file: string): void {
  if (!isStoryInput(root, file)) return;
  const graph = server.environments.client.moduleGraph;
  const module = graph.getModuleById(RESOLVED_ID);
  if (!module) return;
  graph.invalidateModule(module);
  void server.environments.client.reloadModule(module);
}
