import { describe, expect, it } from 'vitest';
import { realStory } from '../support/story.ts';
import { allPaths, nameOf } from './paths.ts';

// Issue 15, "honest tiers": what a newcomer may learn before Naomi's reveal, and the one rule for the Truth Bureau.
describe('spoilers in Act 1 as written', () => {
  const graph = realStory();
  const facts = Object.values(graph.dossiers).flatMap((d) => d.facts.map((f) => ({ key: `${d.id}.${f.id}`, tier: f.tier, texts: [f.text, ...Object.values(f.variants)] })));
  const lineText = (beatId: string, step: number) => {
    const line = graph.beats[beatId]!.steps[step];
    return line?.kind === 'line' ? line.text : undefined;
  };

  it('names the Truth Bureau first where the episode does: Jaron, on the bridge', () => {
    const bureau = /Truth Bureau|Aletheia/i;
    for (const path of allPaths(graph)) {
      const first = path.find((p) => bureau.test(lineText(p.beatId, p.step) ?? ''));
      expect(first?.beatId, nameOf(graph, path)).toBe('the-strike');
      const line = graph.beats[first!.beatId]!.steps[first!.step];
      expect(line?.kind === 'line' && line.speaker).toBe('jaron');
    }
    for (const fact of facts.filter((f) => f.tier < 2)) for (const text of fact.texts) expect(text, fact.key).not.toMatch(bureau);
  });

  it('shows Sarah at the window without saying what she injects, until Naomi says it', () => {
    const telling = /inject|needle|syringe/i;
    for (const beat of Object.values(graph.beats).filter((b) => b.tier < 2)) {
      for (const step of beat.steps) if (step.kind === 'line') expect(step.text, beat.id).not.toMatch(telling);
    }
    for (const fact of facts.filter((f) => f.tier < 2)) for (const text of fact.texts) expect(text, fact.key).not.toMatch(telling);
    const reveal = graph.beats['naomis-reveal']!.steps.filter((s) => s.kind === 'line').map((s) => (s.kind === 'line' ? s.text : ''));
    expect(reveal.some((text) => telling.test(text))).toBe(true);
  });
});
