import { describe, expect, it } from 'vitest';
import { throttle } from '../../src/storage/throttle.ts';
import { manualTimers } from './fakes.ts';

describe('the write throttle', () => {
  it('on flush (the page is going away), starts the latest write at once, even while an earlier one is still being written', async () => {
    const timers = manualTimers();
    const started: number[] = [];
    const finish: (() => void)[] = [];
    let value = 1;
    const writes = throttle(
      () => {
        started.push(value);
        return new Promise<void>((resolve) => finish.push(resolve));
      },
      { intervalMs: 500, timers },
    );
    writes.schedule();
    timers.run(); // the first write starts, and hangs (a slow disk)
    await Promise.resolve();
    expect(started).toEqual([1]);
    value = 2;
    writes.schedule();
    const flushed = writes.flush();
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual([1, 2]); // not waiting for the first to finish
    let done = false;
    void flushed.then(() => (done = true));
    finish[1]!();
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(false); // flush resolves only when every write has finished
    finish[0]!();
    await flushed;
    expect(timers.pending()).toBe(0);
  });

  it('writes once per interval, the latest state, one after another', async () => {
    const timers = manualTimers();
    const order: string[] = [];
    let value = 'a';
    const writes = throttle(async () => void order.push(value), { intervalMs: 500, timers });
    writes.schedule();
    value = 'b';
    writes.schedule();
    expect(timers.pending()).toBe(1);
    timers.run();
    await writes.flush();
    expect(order).toEqual(['b']);
  });
});
