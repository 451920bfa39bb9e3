/** The asset index the compiler checks story references against. */

/** Asset keys that exist under `assets/`, by kind (the key is the file name without extension). */
export interface AssetIndex {
  readonly backgrounds: ReadonlySet<string>;
  readonly sprites: ReadonlySet<string>;
  readonly music: ReadonlySet<string>;
  readonly ambience: ReadonlySet<string>;
  readonly sfx: ReadonlySet<string>;
}

/** Where each kind of asset lives, relative to `assets/`. */
export const ASSET_FOLDERS = {
  backgrounds: 'art/bg',
  sprites: 'art/characters',
  music: 'audio/music',
  ambience: 'audio/ambience',
  sfx: 'audio/sfx',
} as const satisfies Record<keyof AssetIndex, string>;

/** Builds an index from relative file paths (`art/bg/club-stage.svg`, …). */
export function indexAssets(paths: Iterable<string>): AssetIndex {
  const sets = {
    backgrounds: new Set<string>(),
    sprites: new Set<string>(),
    music: new Set<string>(),
    ambience: new Set<string>(),
    sfx: new Set<string>(),
  };
  for (const path of paths) {
    const normalized = path.replace(/\\/g, '/');
    for (const [kind, folder] of Object.entries(ASSET_FOLDERS) as [keyof AssetIndex, string][]) {
      const prefix = `${folder}/`;
      if (!normalized.startsWith(prefix)) continue;
      const name = normalized.slice(prefix.length);
      if (name.includes('/')) continue;
      sets[kind].add(name.replace(/\.[^.]+$/, ''));
    }
  }
  return sets;
}
