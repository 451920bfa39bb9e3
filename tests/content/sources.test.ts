import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameCandidates, parseSourcedNames } from '../../src/story/candidates.ts';
import type { LineStep } from '../../src/story/types.ts';
import { realStory } from '../support/story.ts';

// Issue 15, "details not in STORY-FACTS carry #dramatized", on the real script.
describe('what Act 1 claims, and what it marks as its own', () => {
  const graph = realStory();
  const lines = Object.values(graph.beats).flatMap((b) => b.steps.filter((s): s is LineStep => s.kind === 'line').map((line) => ({ beat: b.id, line })));

  it('names nothing outside the sourced names in a line or fact not marked dramatized', () => {
    const sourced = parseSourcedNames(readFileSync(join(process.cwd(), 'assets', 'story', 'sourced-names.txt'), 'utf8'));
    expect(nameCandidates(graph, sourced).map((c) => `${c.file}:${c.line} ${c.name}`)).toEqual([]);
  });

  it('marks as dramatized the details the review found unsourced: Malik as the dead contact, the Joker, chocolate, Kevin\'s deeds, "Not for the Visitors"', () => {
    const unsourced = [/Malik/, /Joker/, /chocolate/i, /Not for the Visitors/];
    for (const { beat, line } of lines) {
      if (unsourced.some((pattern) => pattern.test(line.text)) || line.speaker === 'kevin') expect(line.dramatized, `${beat}: ${line.text}`).toBe(true);
    }
    const rahxephon = graph.dossiers['yutaka-izubuchi']!.facts.find((f) => f.id === 'rahxephon')!;
    expect(rahxephon.text).not.toContain('Bones');
    expect(graph.beats['cold-open']!.location).not.toMatch(/dawn/i);
    expect(graph.dossiers['mars-2128']!.facts.find((f) => f.id === 'dawn')!.text).not.toMatch(/at dawn/i);
  });

  it('keeps a fact\'s sources apart: the dramatized part of Kevin and Malik is a fact of its own', () => {
    const fact = (key: string) => {
      const [dossier, id] = key.split('.');
      return graph.dossiers[dossier!]!.facts.find((f) => f.id === id)!;
    };
    expect(fact('club-staff.kevin').source).toBe('episode');
    expect(fact('club-staff.kevin').text).not.toMatch(/berat|bulbs|stol/i);
    expect(fact('club-staff.kevin-in-our-telling').source).toBe('dramatized');
    expect(fact('smugglers.new-partner').text).not.toContain('Malik');
    expect(fact('smugglers.malik').source).toBe('dramatized');
  });
});
