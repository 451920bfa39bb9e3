/** Node side of the compiler: reads the story files and the asset index from disk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
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
  return readStoryPaths(projectRoot, ['assets/story']).files;
}

/**
 * Reads the `.story` files at the given paths (files, or folders searched throughout), relative to
 * the project root; `missing` lists the paths that are neither.
 */
export function readStoryPaths(projectRoot: string, paths: readonly string[]): { files: StoryFile[]; missing: string[] } {
  const missing: string[] = [];
  const found = new Set<string>();
  for (const path of paths) {
    const full = resolve(projectRoot, path);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (stat?.isDirectory()) for (const p of listFiles(full).filter((f) => f.endsWith('.story'))) found.add(join(full, p));
    else if (stat?.isFile() && full.endsWith('.story')) found.add(full);
    else missing.push(path);
  }
  const files = [...found].map((full) => ({ path: relative(projectRoot, full).split(sep).join('/'), source: readFileSync(full, 'utf8') }));
  return { files, missing };
}

/** The asset index of `assets/`. */
export function readAssetIndex(projectRoot: string): AssetIndex {
  return indexAssets(listFiles(join(projectRoot, 'assets')));
}

/** Compiles the project's story with its assets checked. */
export function compileProjectStory(projectRoot: string): CompileResult {
  return compileStory(readStoryFiles(projectRoot), { assets: readAssetIndex(projectRoot) });
}
