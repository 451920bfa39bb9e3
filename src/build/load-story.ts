/** Node side of the compiler: reads the story files and the asset index from disk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { indexAssets, type AssetIndex } from '../story/assets.ts';
import { compileStory, type CompileResult, type StoryFile } from '../story/compile.ts';

/** Every file under a folder, as paths relative to that folder with forward slashes. */
export function listFiles(root: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return listFiles(path).map((p) => `${name}/${p}`);
    return [name];
  });
}

/** Reads every `.story` file under `assets/story/`, paths relative to the project root. */
export function readStoryFiles(projectRoot: string): StoryFile[] {
  const storyRoot = join(projectRoot, 'assets', 'story');
  return listFiles(storyRoot)
    .filter((p) => p.endsWith('.story'))
    .map((p) => {
      const full = join(storyRoot, p);
      return { path: relative(projectRoot, full).split(sep).join('/'), source: readFileSync(full, 'utf8') };
    });
}

/** The asset index of `assets/`. */
export function readAssetIndex(projectRoot: string): AssetIndex {
  return indexAssets(listFiles(join(projectRoot, 'assets')));
}

/** Compiles the project's story with its assets checked. */
export function compileProjectStory(projectRoot: string): CompileResult {
  return compileStory(readStoryFiles(projectRoot), { assets: readAssetIndex(projectRoot) });
}
