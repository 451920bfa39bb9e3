/** Every scene lays out in design units (1920×1080); its camera maps them onto the canvas at the render scale. */
import type Phaser from 'phaser';
import { HEIGHT, WIDTH } from '../deps.ts';

/** Zooms the scene's main camera so the whole design area fills the canvas. */
export function fitCamera(scene: Phaser.Scene, renderScale: number): void {
  scene.cameras.main.setZoom(renderScale).centerOn(WIDTH / 2, HEIGHT / 2);
}
