/**
 * The Vite plugin that lays out the story map at build time as `virtual:story-map`, so the browser
 * gets boxes and polylines as JSON and never loads dagre. List it after `storyPlugin()`.
 */
import { relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { layoutStoryMap } from '../map/layout.ts';
import { compileProjectStory } from './load-story.ts';
import { errorReport, jsonModule } from './story-plugin.ts';

/** The module id the app imports the map layouts from. */
export const STORY_MAP_MODULE_ID = 'virtual:story-map';
const RESOLVED_ID = `\0${STORY_MAP_MODULE_ID}`;

/** Lays out the compiled story into `virtual:story-map`; a story that does not compile fails here too, pointing at the checker. */
export function storyMapPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'metallic-rouge-story-map',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === STORY_MAP_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { graph, diagnostics } = compileProjectStory(root);
      // The same report as the story's own module: whichever the dev server shows first names the file and line.
      if (!graph) this.error(errorReport(diagnostics) ?? 'the story map needs a story that compiles: run `npm run story:check` and fix the errors it lists');
      return jsonModule(JSON.stringify(layoutStoryMap(graph)));
    },
    configureServer(server) {
      const onChange = (file: string): void => reloadIfStory(server, root, file);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    hotUpdate({ file, modules }) {
      if (!isStoryFile(root, file)) return undefined;
      const module = this.environment.moduleGraph.getModuleById(RESOLVED_ID);
      // A broken edit: the story plugin reports it and keeps the old graph, so the old layout stays too.
      if (!module || !compileProjectStory(root).graph) return undefined;
      this.environment.moduleGraph.invalidateModule(module);
      return [...modules, module];
    },
  };
}

/** Only `.story` files change the map's shape (art and sound do not). */
function isStoryFile(root: string, file: string): boolean {
  const path = relative(root, file).split(sep).join('/');
  return path.startsWith('assets/story/') && path.endsWith('.story');
}

function reloadIfStory(server: ViteDevServer, root: string, file: string): void {
  if (!isStoryFile(root, file)) return;
  const graph = server.environments.client.moduleGraph;
  const module = graph.getModuleById(RESOLVED_ID);
  if (!module) return;
  graph.invalidateModule(module);
  void server.environments.client.reloadModule(module);
}
