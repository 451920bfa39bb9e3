import { describe, expect, it } from 'vitest';
import { initialRecapState, itemOf, reduceRecap, remainingMs } from '../../src/recap/player.ts';
import { recapScript } from '../../src/recap/script.ts';
import { recapView } from '../../src/recap/view.ts';
import { recapSeconds, RECAP_PACE } from '../../src/story/reading-time.ts';
import { recapPath } from '../../src/story/recap-path.ts';
import { realStory } from '../support/story.ts';
import { linesOf, playOn, send } from './support.ts';

// The recap player with fake time: what a newcomer who only watches, or who presses the controls, gets.
describe('the recap player', () => {
  const graph = realStory();
  const script = recapScript(graph);
  const main = graph.recap.filter((c) => c.part === 'main');
  const declined = recapPath(graph.recap, 'declined');
  const accepted = recapPath(graph.recap, 'accepted');
  const start = initialRecapState();
  const currentLine = (state = start) => {
    const item = itemOf(script, state);
    return item.kind === 'line' ? item.text : item.kind;
  };

  it('tells every main chapter line by line on its own, at the default pace, then waits at the spoiler gate', () => {
    const first = linesOf(main[0]!)[0]!;
    expect(currentLine()).toBe(first);
    const played = playOn(script, start);
    expect([first, ...played.lines]).toEqual(main.flatMap(linesOf));
    expect(itemOf(script, played.state).kind).toBe('gate');
    expect(played.ms / 1000).toBeCloseTo(recapSeconds(main), 6);
    // However long nobody answers, the gate holds.
    expect(reduceRecap(script, played.state, { type: 'time', ms: 3_600_000 }).index).toBe(played.state.index);
  });

  it('declining the gate goes on with the spoiler-free ending; accepting plays the twist and the ending; both stop at the end', () => {
    const atGate = playOn(script, start).state;
    for (const [answer, path] of [['declined', declined], ['accepted', accepted]] as const) {
      const after = playOn(script, reduceRecap(script, atGate, { type: 'gate.answer', answer }));
      expect(after.lines).toEqual(path.slice(main.length).flatMap(linesOf));
      expect(itemOf(script, after.state).kind).toBe('end');
      expect(after.state.playing).toBe(false);
      const whole = playOn(script, start).ms + after.ms;
      expect(whole / 1000).toBeCloseTo(recapSeconds(path), 6);
    }
  });

  it('pauses: time passes without moving on; playing again carries on from the same moment', () => {
    const halfway = reduceRecap(script, start, { type: 'time', ms: remainingMs(script, start) / 2 });
    const paused = reduceRecap(script, halfway, { type: 'pause' });
    expect(remainingMs(script, paused)).toBe(Infinity);
    expect(reduceRecap(script, paused, { type: 'time', ms: 600_000 })).toEqual(paused);
    const resumed = reduceRecap(script, paused, { type: 'toggle' });
    expect(remainingMs(script, resumed)).toBeCloseTo(remainingMs(script, start) / 2, 6);
  });

  it('plays faster and slower: at 2× a line takes half as long, and changing speed keeps the place in it', () => {
    const normal = remainingMs(script, start);
    expect(remainingMs(script, send(script, start, { type: 'speed', speed: 2 }))).toBeCloseTo(normal / 2, 6);
    const partWay = send(script, start, { type: 'time', ms: normal / 4 }, { type: 'speed', speed: 0.75 });
    expect(remainingMs(script, partWay)).toBeCloseTo(((normal * 3) / 4) / 0.75, 6);
    const slow = playOn(script, send(script, start, { type: 'speed', speed: 0.75 }));
    expect(slow.ms / 1000).toBeCloseTo(recapSeconds(main) / 0.75, 6);
  });

  it('steps forward and back line by line, across chapters, and jumps to a chapter’s first line', () => {
    const [one, two] = [linesOf(main[0]!), linesOf(main[1]!)];
    expect(currentLine(send(script, start, { type: 'next' }))).toBe(one[1]);
    const endOfFirst = send(script, start, ...one.slice(1).map(() => ({ type: 'next' as const })));
    expect(currentLine(endOfFirst)).toBe(one.at(-1));
    const intoSecond = send(script, endOfFirst, { type: 'next' });
    expect(currentLine(intoSecond)).toBe(two[0]);
    expect(currentLine(send(script, intoSecond, { type: 'back' }))).toBe(one.at(-1));
    expect(currentLine(send(script, start, { type: 'back' }))).toBe(one[0]);
    const third = main[2]!;
    expect(currentLine(send(script, start, { type: 'jump', chapter: third.id }))).toBe(linesOf(third)[0]);
  });

  it('cannot reach past the gate by any control until it is opened; a declined gate can be asked again', () => {
    const twist = graph.recap.find((c) => c.part === 'twist')!;
    expect(send(script, start, { type: 'jump', chapter: twist.id })).toEqual(start);
    const atGate = playOn(script, start).state;
    expect(send(script, atGate, { type: 'next' })).toEqual(atGate);
    const declinedEnd = playOn(script, send(script, atGate, { type: 'gate.answer', answer: 'declined' })).state;
    const askedAgain = send(script, declinedEnd, { type: 'gate.open' });
    expect(itemOf(script, askedAgain).kind).toBe('gate');
    const opened = send(script, askedAgain, { type: 'gate.answer', answer: 'accepted' }, { type: 'jump', chapter: twist.id });
    expect(currentLine(opened)).toBe(linesOf(twist)[0]);
  });

  it('with a voice, waits for the line to be spoken, then a breath, before moving on', () => {
    const speaking = send(script, start, { type: 'speech.start' });
    expect(remainingMs(script, speaking)).toBe(Infinity);
    expect(send(script, speaking, { type: 'time', ms: 600_000 }).index).toBe(start.index);
    const spoken = send(script, speaking, { type: 'time', ms: 40_000 }, { type: 'speech.end' });
    expect(remainingMs(script, spoken)).toBeCloseTo(RECAP_PACE.secondsPerLine * 1000, 6);
    expect(send(script, spoken, { type: 'time', ms: RECAP_PACE.secondsPerLine * 1000 }).index).toBe(start.index + 1);
    // Voice switched off mid-line: the line's own length applies again.
    expect(remainingMs(script, send(script, speaking, { type: 'speech.stop' }))).toBe(remainingMs(script, start));
  });

  it('marks the current chapter on the timeline and names no chapter past the gate before it is opened', () => {
    const view = recapView(script, send(script, start, { type: 'jump', chapter: main[2]!.id }));
    expect(view.timeline.map((e) => (e.kind === 'chapter' ? e.title : e.kind))).toEqual([...main.map((c) => c.title), 'gate']);
    expect(view.timeline.filter((e) => e.status === 'current').map((e) => (e.kind === 'chapter' ? e.id : e.kind))).toEqual([main[2]!.id]);
    const atGate = playOn(script, start).state;
    const declinedView = recapView(script, send(script, atGate, { type: 'gate.answer', answer: 'declined' }));
    expect(declinedView.timeline.map((e) => (e.kind === 'chapter' ? e.id : e.kind))).toEqual([...main.map((c) => c.id), 'gate', ...declined.slice(main.length).map((c) => c.id)]);
    const acceptedView = recapView(script, send(script, atGate, { type: 'gate.answer', answer: 'accepted' }));
    expect(acceptedView.timeline.map((e) => (e.kind === 'chapter' ? e.id : e.kind))).toEqual(accepted.map((c) => c.id));
  });
});
