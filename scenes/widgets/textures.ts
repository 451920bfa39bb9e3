/** Loads SVG art into textures on demand, at the size it is drawn, and degrades to nothing when a file is missing. */
import Phaser from 'phaser';

/** What to load: a texture key, its URL, and the size to rasterise it at. */
export interface TextureRequest {
  readonly key: string;
  readonly url: string | undefined;
  readonly width: number;
  readonly height: number;
}

/** Batches texture loads for a scene; calls back when every requested texture is ready (or failed). */
export class TextureLoader {
  private readonly failed = new Set<string>();
  private readonly waiting: { keys: string[]; done: () => void }[] = [];

  constructor(
    private readonly scene: Phaser.Scene,
    /** Canvas pixels per design unit: art is rasterised at the size it is really drawn. */
    private readonly renderScale: number,
    private readonly warn: (message: string) => void = (m) => console.warn(m),
  ) {
    scene.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => this.fail(String(file.key)));
    scene.load.on(Phaser.Loader.Events.COMPLETE, () => this.flush());
  }

  /** True when the texture is loaded and usable. */
  has(key: string): boolean {
    return this.scene.textures.exists(key);
  }

  /** Loads whatever is missing, then calls `done` (at once if nothing is missing). */
  ensure(requests: readonly TextureRequest[], done: () => void = () => {}): void {
    const missing = requests.filter((r) => !this.has(r.key) && !this.failed.has(r.key));
    for (const request of missing) {
      if (!request.url) {
        this.fail(request.key);
        continue;
      }
      const size = { width: Math.round(request.width * this.renderScale), height: Math.round(request.height * this.renderScale) };
      this.scene.load.svg(request.key, request.url, size);
    }
    const pending = missing.filter((r) => r.url && !this.failed.has(r.key)).map((r) => r.key);
    if (pending.length === 0) {
      done();
      return;
    }
    this.waiting.push({ keys: pending, done });
    if (!this.scene.load.isLoading()) this.scene.load.start();
  }

  private fail(key: string): void {
    if (this.failed.has(key)) return;
    this.failed.add(key);
    this.warn(`art: '${key}' could not be loaded; the scene goes on without it`);
  }

  private flush(): void {
    const ready = this.waiting.filter((w) => w.keys.every((k) => this.has(k) || this.failed.has(k)));
    for (const w of ready) this.waiting.splice(this.waiting.indexOf(w), 1);
    for (const w of ready) w.done();
    if (this.waiting.length > 0 && !this.scene.load.isLoading()) this.scene.load.start();
  }
}
