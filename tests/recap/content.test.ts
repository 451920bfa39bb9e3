import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileProjectStory } from '../../src/build/load-story.ts';
import { initialRecapState, itemOf, reduceRecap, RECAP_SPEEDS, type RecapEvent, type RecapState } from '../../src/recap/player.ts';
import { recapScript } from '../../src/recap/script.ts';
import { recapView } from '../../src/recap/view.ts';
import { GATE_WORDS, recapAnnouncements } from '../../src/recap/words.ts';
import type { StoryGraph } from '../../src/story/types.ts';
import { realStory } from '../support/story.ts';
import { playOn } from './support.ts';

/** Names that give Act 1's twist away, from the dossiers: tier-2 aliases, and entries with nothing below tier 2. */
function twistNames(graph: StoryGraph): string[] {
  return Object.values(graph.dossiers).flatMap((d) => {
    const hidden = d.facts.length > 0 && d.facts.every((f) => f.tier >= 2);
    return [...(hidden ? [d.name] : []), ...d.aliases.filter((a) => hidden || a.tier >= 2).map((a) => a.name)];
  });
}

/** The names found in a text, as whole words, any case. */
function namesIn(text: string, names: readonly string[]): string[] {
  return names.filter((name) => new RegExp(`(^|\\W)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\W|$)`, 'i').test(text));
}

// Issue 14's unit tests, on the real recap in assets/story/recap/.
describe('the guided recap as compiled and played', () => {
  const graph = realStory();
  const script = recapScript(graph);

  it('compiles without errors, with chapters before the gate, behind it, and an ending for each answer', () => {
    const errors = compileProjectStory(process.cwd()).diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);
    expect(new Set(graph.recap.map((c) => c.part))).toEqual(new Set(['main', 'safe-ending', 'twist', 'ending']));
  });

  it('runs 3 to 6 minutes at the default pace, played by itself, whichever answer the gate gets', () => {
    const toGate = playOn(script, initialRecapState());
    for (const answer of ['declined', 'accepted'] as const) {
      const rest = playOn(script, reduceRecap(script, toGate.state, { type: 'gate.answer', answer }));
      const minutes = (toGate.ms + rest.ms) / 60_000;
      expect(minutes, answer).toBeGreaterThanOrEqual(3);
      expect(minutes, answer).toBeLessThanOrEqual(6);
    }
  });

  it('tells no fact above tier 1 before the gate, nor on the spoiler-free path', () => {
    const names = twistNames(graph);
    expect(names).toEqual(expect.arrayContaining(['Viola Keen', 'Jaron Fate']));
    const track = script.track('declined');
    for (const chapter of track.chapters) expect(chapter.tier, chapter.id).toBeLessThanOrEqual(1);
    const told = track.chapters.flatMap((c) => [c.title, ...c.steps.flatMap((s) => (s.kind === 'line' ? [s.text] : []))]);
    expect(namesIn([...told, ...Object.values(GATE_WORDS)].join('\n'), names)).toEqual([]);
  });

  it('whatever the reader presses, nothing past the gate is shown or said until they open it', () => {
    const names = twistNames(graph);
    const behind = graph.recap.filter((c) => c.part === 'twist' || c.part === 'ending');
    const event = fc.oneof(
      fc.constantFrom<RecapEvent>({ type: 'next' }, { type: 'back' }, { type: 'toggle' }, { type: 'gate.open' }, { type: 'restart' }, { type: 'speech.start' }, { type: 'speech.end' }),
      fc.constantFrom(...graph.recap.map((c) => c.id)).map((chapter): RecapEvent => ({ type: 'jump', chapter })),
      fc.constantFrom(...RECAP_SPEEDS).map((speed): RecapEvent => ({ type: 'speed', speed })),
      fc.integer({ min: 1, max: 120_000 }).map((ms): RecapEvent => ({ type: 'time', ms })),
      fc.constant<RecapEvent>({ type: 'gate.answer', answer: 'declined' }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 200 }), (events) => {
        let state: RecapState = initialRecapState();
        let view = recapView(script, state);
        for (const e of events) {
          state = reduceRecap(script, state, e);
          const next = recapView(script, state);
          const shown = [next.chapter?.title ?? '', ...(next.chapter?.lines ?? []), ...next.timeline.map((t) => (t.kind === 'chapter' ? t.title : t.label)), ...recapAnnouncements(view, next)];
          expect(namesIn(shown.join('\n'), names)).toEqual([]);
          expect(behind.map((c) => c.id)).not.toContain(script.track(state.gate).chapters[itemOf(script, state).chapter]?.id);
          view = next;
        }
      }),
      { numRuns: 150 },
    );
  });
});
