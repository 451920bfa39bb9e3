// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autoWaitMs, ReadingModes, SKIP_INTERVAL_MS, type ReadingModesState } from '../../src/ui/story/reading-modes.ts';

// Auto and skip, with fake time: a reader who waits, and one who fast-forwards.
describe('auto and skip', () => {
  let advanced: number;
  let states: ReadingModesState[];
  let modes: ReadingModes;
  let skipUnread: boolean;
  beforeEach(() => {
    vi.useFakeTimers();
    advanced = 0;
    states = [];
    skipUnread = false;
    modes = new ReadingModes({ win: window, autoDelay: () => 1.5, skipUnread: () => skipUnread, advance: () => void advanced++, onChange: (s) => states.push(s) });
  });
  afterEach(() => {
    modes.destroy();
    vi.useRealTimers();
  });
  const line = (key: string, text = 'Twenty characters..', readBefore = true) => ({ mode: 'reading' as const, line: { key, text }, readBefore });

  it('auto waits for the line to finish typing, then the pause plus time to read it, then reads on', () => {
    modes.toggleAuto();
    modes.show(line('a'), true);
    vi.advanceTimersByTime(10_000);
    expect(advanced).toBe(0); // still typing: auto waits
    modes.typed();
    const wait = autoWaitMs('Twenty characters..', 1.5);
    expect(wait).toBe(1500 + 19 * 30);
    vi.advanceTimersByTime(wait - 1);
    expect(advanced).toBe(0);
    vi.advanceTimersByTime(1);
    expect(advanced).toBe(1);
  });

  it('auto stops at a choice and when anything else is pressed; an overlay pauses it', () => {
    modes.toggleAuto();
    modes.show(line('a'), false);
    modes.setPaused(true);
    vi.advanceTimersByTime(10_000);
    expect(advanced).toBe(0);
    modes.setPaused(false);
    vi.advanceTimersByTime(10_000);
    expect(advanced).toBe(1);
    modes.show({ mode: 'choosing', readBefore: false }, false);
    expect(states.at(-1)).toEqual({ auto: false, skip: false, stopped: 'a choice' });
  });

  it('skip goes through lines read before, quickly, and stops at the first line never read', () => {
    modes.toggleSkip();
    modes.show(line('a'), false);
    vi.advanceTimersByTime(SKIP_INTERVAL_MS);
    expect(advanced).toBe(1);
    modes.show(line('b', 'New words.', false), false);
    expect(states.at(-1)).toEqual({ auto: false, skip: false, stopped: 'a line you have not read' });
    vi.advanceTimersByTime(1000);
    expect(advanced).toBe(1);
  });

  it('skip goes through unread lines too when the reader asked for it', () => {
    skipUnread = true;
    modes.toggleSkip();
    modes.show(line('b', 'New words.', false), false);
    vi.advanceTimersByTime(SKIP_INTERVAL_MS);
    expect(advanced).toBe(1);
  });

  it('auto waits for self-voicing to finish the line', () => {
    let speaking = true;
    const voiced = new ReadingModes({ win: window, autoDelay: () => 0, skipUnread: () => false, advance: () => void advanced++, speaking: () => speaking, onChange: () => {} });
    voiced.toggleAuto();
    voiced.show(line('a', ''), false);
    vi.advanceTimersByTime(5000);
    expect(advanced).toBe(0);
    speaking = false;
    vi.advanceTimersByTime(300);
    expect(advanced).toBe(1);
    voiced.destroy();
  });
});
