import { describe, expect, it } from 'vitest';
import { outline } from '../../src/story/outline.ts';
import { RECAP_PACE, recapSeconds } from '../../src/story/reading-time.ts';
import { recapPath } from '../../src/story/recap-path.ts';
import { compileFixtures, diagnosticsOf } from '../support/fixtures.ts';

// `=== chapter id ===` blocks: the guided recap, in file order, narrated, with its own stage directions.
describe('recap chapters', () => {
  const result = compileFixtures(['recap'], { assets: true });
  const recap = result.graph!.recap;

  it('compile in file order with their part, tier, beat and steps', () => {
    expect(result.diagnostics).toEqual([]);
    expect(recap.map((c) => [c.id, c.title, c.part, c.tier, c.beat ?? null])).toEqual([
      ['the-singer', 'The singer', 'main', 0, 'stage'],
      ['the-night', 'The night', 'main', 1, null],
      ['before-act-two', 'Before Act 2', 'safe-ending', 1, null],
      ['the-truth', 'The truth', 'twist', 2, 'reveal'],
      ['dawn', 'Dawn', 'ending', 2, null],
    ]);
    expect(recap[0]!.steps.map((s) => s.kind)).toEqual(['bg', 'music', 'show', 'line', 'line']);
    expect(recap[1]!.steps.map((s) => s.kind)).toEqual(['hide', 'ambience', 'sfx', 'effect', 'line']);
    expect(recap[1]!.steps[4]).toMatchObject({ kind: 'line', text: 'Someone attacks her after the show.', dramatized: true });
  });

  it('are listed in the outline with their lines and words', () => {
    const file = 'tests/fixtures/recap.story';
    expect(outline(result.graph!).recap).toEqual([
      { id: 'the-singer', title: 'The singer', part: 'main', tier: 0, beat: 'stage', file, line: 30, lines: 2, words: 17 },
      { id: 'the-night', title: 'The night', part: 'main', tier: 1, file, line: 42, lines: 1, words: 6 },
      { id: 'before-act-two', title: 'Before Act 2', part: 'safe-ending', tier: 1, file, line: 53, lines: 1, words: 6 },
      { id: 'the-truth', title: 'The truth', part: 'twist', tier: 2, beat: 'reveal', file, line: 60, lines: 1, words: 4 },
      { id: 'dawn', title: 'Dawn', part: 'ending', tier: 2, file, line: 68, lines: 1, words: 6 },
    ]);
  });

  it('split at the spoiler gate into the path that declines it and the path that opens it', () => {
    expect(recapPath(recap, 'declined').map((c) => c.id)).toEqual(['the-singer', 'the-night', 'before-act-two']);
    expect(recapPath(recap, 'accepted').map((c) => c.id)).toEqual(['the-singer', 'the-night', 'the-truth', 'dawn']);
  });

  it('run for a time counted at 160 words a minute, half a second a line, two seconds a chapter change', () => {
    expect(RECAP_PACE).toEqual({ wordsPerMinute: 160, secondsPerLine: 0.5, secondsPerChapterChange: 2 });
    // Declined: 8 + 9 + 6 + 6 = 29 words over 4 lines and 3 chapters.
    expect(recapSeconds(recapPath(recap, 'declined'))).toBeCloseTo((29 / 160) * 60 + 4 * 0.5 + 2 * 2);
    // Accepted: 8 + 9 + 6 + 4 + 6 = 33 words over 5 lines and 4 chapters.
    expect(recapSeconds(recapPath(recap, 'accepted'))).toBeCloseTo((33 / 160) * 60 + 5 * 0.5 + 3 * 2);
    expect(recapSeconds(recapPath(recap, 'declined'), { wordsPerMinute: 60, secondsPerLine: 0, secondsPerChapterChange: 0 })).toBeCloseTo(29);
    expect(recapSeconds([])).toBe(0);
  });

  it('refuse speakers, choices, jumps, conditions, [set] and [unlock], and check names', () => {
    const f = 'tests/fixtures/recap-body-errors.story';
    const conditions = 'a recap chapter has no conditions: every reader hears the same recap (write what every reader should hear)';
    const hint = 'a recap changes nothing in the story; its directions are bg, show, hide, music, ambience, sfx, transition';
    expect(diagnosticsOf('recap-body-errors')).toEqual([
      `${f}:24:7: error: unknown recap part 'mian' (did you mean 'main'?)`,
      `${f}:26:7: error: there is no beat 'stgae' (did you mean 'stage'?)`,
      `${f}:28:1: error: a recap chapter is narrated: no speakers ('SARAH') (retell it, like: Sarah thanks the room and sings one more song.)`,
      `${f}:29:1: error: a recap chapter has no choices (chapters follow one another in file order)`,
      `${f}:30:1: error: a recap chapter has no jumps (chapters follow one another in file order; name the story beat to read with 'beat:')`,
      `${f}:31:1: error: ${conditions}`,
      `${f}:32:1: error: ${conditions}`,
      `${f}:33:1: error: ${conditions}`,
      `${f}:34:1: error: [set] cannot run in a recap chapter (${hint})`,
      `${f}:35:1: error: [unlock] cannot run in a recap chapter (${hint})`,
      `${f}:36:7: error: unknown character 'sarha' (did you mean 'sarah'?)`,
      `${f}:38:1: error: chapter 'empty' is empty (write its narration under the fields)`,
    ]);
  });

  it('keep each part within its tier, the main chapters before the twist, the twist in one run, and both endings', () => {
    const f = 'tests/fixtures/recap-order-errors.story';
    expect(diagnosticsOf('recap-order-errors')).toEqual([
      `${f}:24:1: error: chapter 'opening' is tier 2, but a main chapter may be at most tier 1 (keep what it tells within tier 1, or make it 'part: twist')`,
      `${f}:24:1: error: the recap has no 'ending' chapter (add one after the twist, for readers who open the gate)`,
      `${f}:39:1: error: chapter 'late' is tier 1 but sends the reader to beat 'reveal', which is tier 2 (name a beat of the same tier or lower)`,
      `${f}:39:1: error: main chapter 'late' comes after the twist (chapter 'truth', ${f}:32) (move it before the twist chapters)`,
      `${f}:47:1: error: chapter 'more-truth' is tier 3, but a twist chapter may be at most tier 2 (Act 1's recap stops at tier 2)`,
      `${f}:47:1: error: twist chapter 'more-truth' is apart from the other twist chapters (keep the twist chapters together, so the spoiler gate is asked once)`,
      `${f}:54:1: error: chapter 'safe' is tier 2, but a safe-ending chapter may be at most tier 1 (keep what it tells within tier 1, or make it 'part: twist')`,
    ]);
  });

  it('leave a story without chapters with an empty recap and no recap diagnostics', () => {
    const minimal = compileFixtures(['minimal']);
    expect(minimal.diagnostics).toEqual([]);
    expect(minimal.graph!.recap).toEqual([]);
  });
});
