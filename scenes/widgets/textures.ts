/**
 * Art loading for every scene: fetches each SVG once, checks it, rasterises it at the size it is
 * drawn and adds it as a texture. A missing or broken file is reported once and then skipped: the
 * view degrades, the story goes on. (Phaser's own SVG loader stalls for good on a malformed file.)
 */
import type Phaser from 'phaser';

/** What to load: a texture key, its URL, and the size it is drawn at (in design units). */
export interface TextureRequest {
  readonly key: string;
  readonly url: string | undefined;
  readonly width: number;
  readonly height: number;
}

/** What views need from art loading. */
export interface ArtLoader {
  /** True when the texture is loaded and usable. */
  has(key: string): boolean;
  /** Loads whatever is missing, then calls `done` (failures count as done: the view degrades). Always asynchronous. */
  ensure(requests: readonly TextureRequest[], done?: () => void, progress?: (fraction: number) => void): void;
}

/** The game's one art loader: a texture is fetched once, however many scenes ask for it. */
export class TextureLoader implements ArtLoader {
  private textures: Phaser.Textures.TextureManager | undefined;
  private readonly loads = new Map<string, Promise<void>>();

  constructor(
    /** Canvas pixels per design unit: art is rasterised at the size it is really drawn. */
    private readonly renderScale: number,
    private readonly warn: (message: string) => void = (m) => console.warn(m),
  ) {}

  /** Connects the loader to the game's textures (once the game exists). */
  attach(textures: Phaser.Textures.TextureManager): void {
    this.textures = textures;
  }

  has(key: string): boolean {
    return this.textures?.exists(key) ?? false;
  }

  ensure(requests: readonly TextureRequest[], done: () => void = () => {}, progress?: (fraction: number) => void): void {
    let finished = 0;
    const all = requests.map((request) =>
      this.load(request).then(() => {
        finished += 1;
        progress?.(finished / requests.length);
      }),
    );
    void Promise.all(all).then(done);
  }

  private load(request: TextureRequest): Promise<void> {
    if (this.has(request.key)) return Promise.resolve();
    let loading = this.loads.get(request.key);
    if (!loading) {
      loading = this.rasterise(request).then(
        (image) => {
          if (!this.has(request.key)) this.textures?.addImage(request.key, image);
        },
        (error: unknown) => this.warn(`art: '${request.key}' could not be loaded (${error instanceof Error ? error.message : String(error)}); the scene goes on without it`),
      );
      this.loads.set(request.key, loading);
    }
    return loading;
  }

  private async rasterise(request: TextureRequest): Promise<HTMLImageElement> {
    if (!request.url) throw new Error('no such file');
    const response = await fetch(request.url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const parsed = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
    const svg = parsed.documentElement;
    if (svg.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) throw new Error('not an SVG');
    svg.setAttribute('width', String(Math.round(request.width * this.renderScale)));
    svg.setAttribute('height', String(Math.round(request.height * this.renderScale)));
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      return image;
    } finally {
      URL.revokeObjectURL(url);
    }
  }
}
