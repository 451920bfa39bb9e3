// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, type Actor } from 'xstate';
import { SilentAudio } from '../../src/audio/audio-port.ts';
import { storyMachine, type StoryMachine } from '../../src/machine/story-machine.ts';
import { SettingsStore } from '../../src/storage/settings.ts';
import type { MotionSource } from '../../src/ui/display.ts';
import { StoryScreen } from '../../src/ui/story/story-screen.ts';
import { fixtureGraph } from '../support/machine.ts';

const still: MotionSource = { reduced: () => false, subscribe: () => () => {} };

// The story screen is plain DOM: what a reader sees and presses, checked in jsdom.
describe('the story screen', () => {
  let actor: Actor<StoryMachine>;
  let screen: StoryScreen;
  let root: HTMLElement;
  let toTitle: ReturnType<typeof vi.fn<() => void>>;
  const press = (id: string) => root.querySelector<HTMLButtonElement>(`[data-control="${id}"]`)!.click();
  const shown = (selector: string) => {
    const el = root.querySelector<HTMLElement>(selector);
    return el !== null && !el.hidden && el.closest('[hidden]') === null;
  };
  const line = () => root.querySelector('.line')!.textContent;
  const typed = () => root.querySelector('.line .typed')!.textContent;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'performance'] });
    document.body.innerHTML = '<main id="ui"></main>';
    root = document.getElementById('ui')!;
    actor = createActor(storyMachine, { input: { graph: fixtureGraph('machine') } });
    actor.start();
    toTitle = vi.fn<() => void>();
    screen = new StoryScreen({ doc: document, actor, settings: new SettingsStore(undefined), audio: new SilentAudio(), motion: still, toTitle, menu: [] });
    screen.mount(root);
  });
  afterEach(() => {
    screen.unmount();
    vi.useRealTimers();
  });

  it('types the first line out with the whole line in the page; Continue finishes it, then moves on', () => {
    expect(line()).toBe('The lights go down.');
    expect(typed()).toBe('');
    vi.advanceTimersByTime(100);
    expect(typed()!.length).toBeGreaterThan(0);
    expect(typed()!.length).toBeLessThan('The lights go down.'.length);
    press('continue');
    expect(typed()).toBe('The lights go down.');
    expect(actor.getSnapshot().context.log).toEqual([]);
    press('continue');
    expect(line()).toBe('Good evening.');
    expect(root.querySelector('.nameplate')!.textContent).toBe('Sarah');
    expect(shown('.nameplate')).toBe(true);
  });

  it('offers the options as numbered buttons with their shortcuts, and a digit chooses', () => {
    vi.advanceTimersByTime(5000);
    press('continue');
    vi.advanceTimersByTime(5000);
    press('continue');
    const options = [...root.querySelectorAll<HTMLButtonElement>('.choices button')];
    expect(options.map((o) => o.getAttribute('aria-label'))).toEqual(['Follow Sarah', 'Follow the Nectar']);
    expect(options.map((o) => o.getAttribute('aria-keyshortcuts'))).toEqual(['1', '2']);
    expect(document.activeElement).toBe(options[0]);
    // The line the menu follows stays on screen above it.
    expect(line()).toBe('Good evening.');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '2' }));
    expect(actor.getSnapshot().context.position.beatId).toBe('nectar-side');
    expect(shown('.choices')).toBe(false);
    expect(document.activeElement?.getAttribute('data-control')).toBe('continue');
  });

  it('goes back a line with Backspace and shows the restored line at once, not typed again', () => {
    vi.advanceTimersByTime(5000);
    press('continue');
    expect(shown('[data-control="back"]')).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace' }));
    expect(line()).toBe('The lights go down.');
    expect(typed()).toBe('The lights go down.');
    expect(shown('[data-control="back"]')).toBe(false);
  });

  it('does not send a reader back to a side an earlier reading finished, on the end card', () => {
    screen.unmount();
    screen = new StoryScreen({ doc: document, actor, settings: new SettingsStore(undefined), audio: new SilentAudio(), motion: still, toTitle, menu: [], sidesFinished: () => ['nectar'] });
    screen.mount(root);
    for (let i = 0; i < 20 && actor.getSnapshot().value !== 'ended'; i++) {
      vi.advanceTimersByTime(5000);
      const option = root.querySelector<HTMLButtonElement>('.choices button');
      if (option) option.click();
      else press('continue');
    }
    expect(root.querySelector('.end-card .routes')!.textContent).toBe("You followed Sarah's side.\nYou have read every side of the night.");
  });

  it('ends on a card with the ending, the sides followed and still to read, and Read again / Back to the title', () => {
    for (let i = 0; i < 20 && actor.getSnapshot().value !== 'ended'; i++) {
      vi.advanceTimersByTime(5000);
      const option = root.querySelector<HTMLButtonElement>('.choices button');
      if (option) option.click();
      else press('continue');
    }
    expect(shown('.end-card')).toBe(true);
    expect(shown('.textbox')).toBe(false);
    expect(root.querySelector('.end-card h2')!.textContent).toBe('Act 1 — The end');
    expect(root.querySelector('.end-card .routes')!.textContent).toBe("You followed Sarah's side.\nStill to read: the Nectar trail.");
    expect(document.activeElement?.getAttribute('data-control')).toBe('read-again');
    press('to-title');
    expect(toTitle).toHaveBeenCalledOnce();
    press('read-again');
    expect(line()).toBe('The lights go down.');
    expect(shown('.end-card')).toBe(false);
  });

  it('shows the scene and captioned sounds for a while, and not the caption when captions are off', () => {
    expect(root.querySelector('.location')!.textContent).toBe('Club Canal');
    expect(root.querySelector('.location')!.classList.contains('is-shown')).toBe(true);
    vi.advanceTimersByTime(3500);
    expect(root.querySelector('.location')!.classList.contains('is-shown')).toBe(false);
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.advance' });
    actor.send({ type: 'reader.choose', index: 1 });
    expect(root.querySelector('.caption')!.textContent).toBe('[gunshot]');
    expect(root.querySelector('.caption')!.classList.contains('is-shown')).toBe(true);
  });

  it('leaves the page as it found it when unmounted: no elements, no key handling', () => {
    screen.unmount();
    expect(root.children).toHaveLength(0);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(actor.getSnapshot().context.log).toEqual([]);
    screen = new StoryScreen({ doc: document, actor, settings: new SettingsStore(undefined), audio: new SilentAudio(), motion: still, toTitle, menu: [] });
    screen.mount(root);
  });
});
