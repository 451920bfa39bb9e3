import { describe, expect, it } from 'vitest';
import { recapSeconds } from '../../src/story/reading-time.ts';
import { recapPath } from '../../src/story/recap-path.ts';
import type { LineStep } from '../../src/story/types.ts';
import { realStory } from '../support/story.ts';

/** Lower-case words of a line, punctuation dropped, for comparing wording. */
const wordsOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
/** Every run of `n` consecutive words in a text. */
const runsOf = (text: string, n: number) => {
  const words = wordsOf(text);
  return words.slice(0, Math.max(0, words.length - n + 1)).map((_, i) => words.slice(i, i + n).join(' '));
};

// Issue 14 on the real recap in assets/story/recap/.
describe('the guided recap of Act 1', () => {
  const graph = realStory();
  const declined = recapPath(graph.recap, 'declined');
  const accepted = recapPath(graph.recap, 'accepted');
  const linesOf = (chapter: (typeof graph.recap)[number]) => chapter.steps.filter((s): s is LineStep => s.kind === 'line');

  it('takes 3 to 6 minutes at the default pace, whether the reader stops at the spoiler gate or opens it', () => {
    for (const path of [declined, accepted]) {
      expect(recapSeconds(path)).toBeGreaterThanOrEqual(3 * 60);
      expect(recapSeconds(path)).toBeLessThanOrEqual(6 * 60);
    }
  });

  it('keeps everything before the gate, and the safe ending, within tier 1', () => {
    const beforeGate = graph.recap.filter((c) => c.part === 'main' || c.part === 'safe-ending');
    expect(beforeGate.length).toBeGreaterThanOrEqual(5);
    for (const chapter of beforeGate) expect(chapter.tier, chapter.id).toBeLessThanOrEqual(1);
    // The twist's names stay behind the gate (and the Truth Bureau is not named before the bridge).
    const told = beforeGate.flatMap(linesOf).map((l) => l.text).join(' ');
    for (const name of ['Viola', 'Jaron', 'Immortal Nine', 'Alter', 'Junghardt', 'Truth Bureau', 'Aletheia', 'Metal Rouge']) expect(told).not.toContain(name);
  });

  it('tells the episode in order, each chapter pointing to the story beat that tells the scene in full', () => {
    const episodeOrder = accepted.flatMap((c) => graph.beats[c.beat!]?.episode ?? []);
    expect(episodeOrder).toEqual([...episodeOrder].sort((a, b) => a - b));
    for (const id of ['cold-open', 'nectar-smuggling-attack', 'sarahs-stage', 'stolen-nectar', 'the-attack', 'naomi-meets-rouge', 'naomis-reveal', 'confessional', 'the-bridge', 'dawn']) {
      expect(accepted.map((c) => c.beat), id).toContain(id);
    }
    for (const chapter of graph.recap) expect(chapter.steps.some((s) => s.kind === 'bg'), `${chapter.id} sets a background`).toBe(true);
  });

  it('says what the show is: studio, director, when it first aired and where it streams', () => {
    const first = linesOf(declined[0]!).map((l) => l.text).join(' ');
    for (const fact of ['Bones', 'Motonobu Hori', 'Yutaka Izubuchi', '10 January 2024', 'Fuji TV', 'd Anime Store', 'FOD', 'Crunchyroll']) expect(first).toContain(fact);
  });

  it('is written in new sentences: no run of eight words is lifted from the scenes', () => {
    const scenes = new Set(Object.values(graph.beats).flatMap((b) => b.steps.filter((s): s is LineStep => s.kind === 'line').flatMap((l) => runsOf(l.text, 8))));
    const lifted = graph.recap.flatMap(linesOf).flatMap((l) => runsOf(l.text, 8)).filter((run) => scenes.has(run));
    expect(lifted).toEqual([]);
  });
});
