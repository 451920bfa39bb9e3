/** The end card: the ending's name, the sides of the night followed and missed, and what to do next. */
import type Phaser from 'phaser';
import { listInWords, type EndingView } from '../../src/machine/selectors.ts';
import { CONTROL } from '../controls.ts';
import { COLORS, FONTS, HEIGHT, WIDTH } from '../deps.ts';
import { MenuButton } from './MenuButton.ts';

/** "You followed Rouge's side. Still to read: Sarah's side and the Nectar trail." */
export function routesSentence(ending: EndingView): string {
  // Inside a sentence, "The Nectar trail" reads "the Nectar trail".
  const names = (routes: EndingView['followed']) => listInWords(routes.map((r) => r.name.replace(/^The /, 'the ')));
  const followed = ending.followed.length ? `You followed ${names(ending.followed)}.` : '';
  const missed = ending.missed.length ? `Still to read: ${names(ending.missed)}.` : 'You have read every side of the night.';
  return [followed, missed].filter(Boolean).join('\n');
}

/** The end, as the live region says it. */
export function endingSentence(ending: EndingView): string {
  return `The end: ${ending.name}. ${routesSentence(ending).replace('\n', ' ')}`;
}

/** Draws the end card over the last scene; `destroy` removes it. */
export class EndCard {
  private readonly items: Phaser.GameObjects.GameObject[];
  private readonly buttons: Map<string, MenuButton>;

  constructor(scene: Phaser.Scene, ending: EndingView, actions: { readAgain: () => void; toTitle: () => void }) {
    const skin = { idle: 'ui-button', hover: 'ui-button-hover' };
    const readAgain = new MenuButton(scene, { x: WIDTH / 2, y: 680, label: 'Read again', skin, onActivate: actions.readAgain });
    const toTitle = new MenuButton(scene, { x: WIDTH / 2, y: 800, label: 'Back to the title', skin, onActivate: actions.toTitle });
    this.buttons = new Map([
      [CONTROL.readAgain, readAgain],
      [CONTROL.toTitle, toTitle],
    ]);
    this.items = [
      scene.add.rectangle(0, 0, WIDTH, HEIGHT, COLORS.night, 0.78).setOrigin(0).setDepth(400),
      scene.add.text(WIDTH / 2, 250, 'ACT 1 — THE END', { fontFamily: FONTS.ui, fontSize: '30px', color: '#e0304a', letterSpacing: 8 }).setOrigin(0.5).setDepth(401),
      scene.add.text(WIDTH / 2, 330, ending.name, { fontFamily: FONTS.display, fontSize: '76px', color: '#e8b64c' }).setOrigin(0.5).setDepth(401),
      scene.add
        .text(WIDTH / 2, 450, routesSentence(ending), { fontFamily: FONTS.ui, fontSize: '30px', color: '#f3ecef', align: 'center', lineSpacing: 10, wordWrap: { width: 1400 } })
        .setOrigin(0.5, 0)
        .setDepth(401),
      readAgain.container.setDepth(402),
      toTitle.container.setDepth(402),
    ];
  }

  /** Draws the focus ring on the button whose DOM twin has keyboard focus. */
  setFocus(id: string | null): void {
    for (const [key, button] of this.buttons) button.setFocused(key === id);
  }

  /** Removes the card. */
  destroy(): void {
    for (const item of this.items) item.destroy();
  }
}
