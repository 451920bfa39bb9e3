/** The Vite plugin that compiles assets/story at build time and hot-reloads it in dev. */
import { relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic, hasErrors } from '../story/diagnostics.ts';
import { compileProjectStory } from './load-story.ts';

/** The module id the app imports the compiled story graph from. */
export const STORY_MODULE_ID = 'virtual:story-graph';
const RESOLVED_ID = `\0${STORY_MODULE_ID}`;

/** Compiles the story into `virtual:story-graph`; errors fail the build with every `file:line:col`. */
export function storyPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'metallic-rouge-story',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === STORY_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const result = compileProjectStory(root);
      for (const d of result.diagnostics.filter((x) => x.severity === 'warning')) this.warn(formatDiagnostic(d));
      if (!result.graph || hasErrors(result.diagnostics)) {
        const errors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
        this.error(`the story has ${errors.length} error(s):\n${errors.join('\n')}`);
      }
      return `export default ${JSON.stringify(result.graph)};`;
    },
    configureServer(server) {
      const onChange = (file: string): void => reloadIfStory(server, root, file);
      server.watcher.add(`${root}/assets`);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    handleHotUpdate({ file, server }) {
      if (!isStoryInput(root, file)) return undefined;
      const module = server.moduleGraph.getModuleById(RESOLVED_ID);
      if (!module) return undefined;
      server.moduleGraph.invalidateModule(module);
      return [module];
    },
  };
}

/** Story files and asset files both change what the compiler says. */
function isStoryInput(root: string, file: string): boolean {
  const path = relative(root, file).split(sep).join('/');
  return path.startsWith('assets/') && (path.endsWith('.story') || /\.(svg|png|webp|webm|ogg|mp3)$/.test(path));
}

function reloadIfStory(server: ViteDevServer, root: string, file: string): void {
  if (!isStoryInput(root, file)) return;
  const module = server.moduleGraph.getModuleById(RESOLVED_ID);
  if (module) server.reloadModule(module);
}
