/** The choice menu on the canvas, one MenuButton per open option. */
import type Phaser from 'phaser';
import { MenuButton } from './MenuButton.ts';

/** An option as the panel shows it. */
export interface ChoiceItem {
  readonly id: string;
  readonly label: string;
  readonly onActivate: () => void;
}

const TOP = 300;
const GAP = 118;

/** Lays out the options in a column above the text box. */
export class ChoicePanel {
  private buttons = new Map<string, MenuButton>();

  constructor(private readonly scene: Phaser.Scene) {}

  /** Shows these options (replacing any shown). */
  show(items: readonly ChoiceItem[]): void {
    this.clear();
    const top = TOP + Math.max(0, 3 - items.length) * (GAP / 2);
    items.forEach((item, i) => {
      const button = new MenuButton(this.scene, {
        x: 960,
        y: top + i * GAP,
        label: item.label,
        width: 1100,
        height: 96,
        fontSize: 34,
        skin: { idle: 'ui-choice', hover: 'ui-choice-hover' },
        onActivate: item.onActivate,
      });
      button.container.setDepth(200);
      this.buttons.set(item.id, button);
    });
  }

  /** Draws the focus ring on the option whose DOM twin has focus. */
  setFocus(id: string | null): void {
    for (const [key, button] of this.buttons) button.setFocused(key === id);
  }

  /** Removes every option. */
  clear(): void {
    for (const button of this.buttons.values()) button.destroy();
    this.buttons = new Map();
  }
}
