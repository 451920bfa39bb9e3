/** The story's outline: beats, edges, routes and dossiers with where they are written. Used by tools and tests. */
import { effectsOf } from './checks.ts';
import { countWords } from './reading-time.ts';
import type { Alias, Condition, DossierCategory, FactSource, RecapPart, Relationship, StoryGraph, Tier } from './types.ts';

/** A beat as the outline lists it. */
export interface OutlineBeat {
  readonly id: string;
  readonly title: string;
  readonly location: string;
  readonly summary: string;
  readonly file: string;
  readonly line: number;
  readonly tier: Tier;
  readonly route?: string;
  readonly ending?: string;
  /** The episode's own beats (1–18) this beat shows. */
  readonly episode?: readonly number[];
  /** Lines of dialogue and narration, and their characters (for reading-time estimates). */
  readonly lines: number;
  readonly chars: number;
}

/** A way from one beat to another. */
export interface OutlineEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: 'choice' | 'jump';
  readonly label?: string;
  readonly condition?: string;
  readonly file: string;
  readonly line: number;
}

/** A dossier fact as the outline lists it, with every place that unlocks it. */
export interface OutlineFact {
  readonly id: string;
  readonly tier: Tier;
  readonly source: FactSource;
  readonly file: string;
  readonly line: number;
  readonly variants: readonly string[];
  readonly unlockedIn: readonly { readonly beat: string; readonly file: string; readonly line: number }[];
}

/** A dossier entry as the outline lists it. */
export interface OutlineDossier {
  readonly id: string;
  readonly name: string;
  readonly category: DossierCategory;
  readonly aliases: readonly Alias[];
  readonly file: string;
  readonly line: number;
  readonly facts: readonly OutlineFact[];
}

/** A recap chapter as the outline lists it. */
export interface OutlineChapter {
  readonly id: string;
  readonly title: string;
  readonly part: RecapPart;
  readonly tier: Tier;
  readonly beat?: string;
  readonly file: string;
  readonly line: number;
  readonly lines: number;
  readonly words: number;
}

/** The whole outline, as `npm run story:check -- --json` prints it. */
export interface StoryOutline {
  readonly title: string;
  readonly start: string;
  readonly hash: string;
  readonly beats: readonly OutlineBeat[];
  readonly edges: readonly OutlineEdge[];
  readonly routes: readonly { readonly id: string; readonly name: string; readonly color: string; readonly summary: string }[];
  readonly dossiers: readonly OutlineDossier[];
  /** Relationships between dossier entries, as written (`relation` lines), with their tier and revealing fact. */
  readonly relationships: readonly Relationship[];
  /** The guided recap's chapters, in order. */
  readonly recap: readonly OutlineChapter[];
}

/** Writes a condition back as the script would (`a and not b`). */
function conditionText(condition: Condition): string {
  switch (condition.op) {
    case 'flag':
      return condition.flag;
    case 'not':
      return `not ${condition.arg.op === 'flag' || condition.arg.op === 'not' ? conditionText(condition.arg) : `(${conditionText(condition.arg)})`}`;
    default:
      return condition.args.map((a) => (a.op === 'and' || a.op === 'or' ? `(${conditionText(a)})` : conditionText(a))).join(` ${condition.op} `);
  }
}

/** Builds the outline of a compiled graph. */
export function outline(graph: StoryGraph): StoryOutline {
  const beats = graph.beatOrder.map((id) => graph.beats[id]!);
  const unlocks = new Map<string, { beat: string; file: string; line: number }[]>();
  for (const beat of beats) {
    for (const effect of effectsOf(beat)) {
      if (effect.kind !== 'unlock') continue;
      const key = `${effect.dossier}.${effect.fact}`;
      unlocks.set(key, [...(unlocks.get(key) ?? []), { beat: beat.id, file: effect.file, line: effect.line }]);
    }
  }
  return {
    title: graph.title,
    start: graph.start,
    hash: graph.hash,
    beats: beats.map((beat) => {
      const lines = beat.steps.filter((s) => s.kind === 'line');
      return {
        id: beat.id,
        title: beat.title,
        location: beat.location,
        summary: beat.summary,
        file: beat.file,
        line: beat.line,
        tier: beat.tier,
        ...(beat.route ? { route: beat.route } : {}),
        ...(beat.ending ? { ending: beat.ending } : {}),
        ...(beat.episode ? { episode: beat.episode } : {}),
        lines: lines.length,
        chars: lines.reduce((n, s) => n + s.text.length, 0),
      };
    }),
    edges: beats.flatMap((beat) =>
      beat.steps.flatMap((step): OutlineEdge[] => {
        if (step.kind === 'jump') {
          return [{ from: beat.id, to: step.target, kind: 'jump', ...(step.when ? { condition: conditionText(step.when) } : {}), file: step.file, line: step.line }];
        }
        if (step.kind !== 'choice') return [];
        return step.options.map((o) => ({ from: beat.id, to: o.target, kind: 'choice' as const, label: o.label, ...(o.when ? { condition: conditionText(o.when) } : {}), file: o.file, line: o.line }));
      }),
    ),
    routes: Object.values(graph.routes).map(({ id, name, color, summary }) => ({ id, name, color, summary })),
    dossiers: Object.values(graph.dossiers).map((d) => ({
      id: d.id,
      name: d.name,
      category: d.category,
      aliases: d.aliases,
      file: d.file,
      line: d.line,
      facts: d.facts.map((f) => ({
        id: f.id,
        tier: f.tier,
        source: f.source,
        file: f.file,
        line: f.line,
        variants: Object.keys(f.variants),
        unlockedIn: unlocks.get(`${d.id}.${f.id}`) ?? [],
      })),
    })),
    relationships: graph.relationships,
    recap: graph.recap.map((c) => {
      const lines = c.steps.flatMap((s) => (s.kind === 'line' ? [s.text] : []));
      const words = lines.reduce((n, text) => n + countWords(text), 0);
      return { id: c.id, title: c.title, part: c.part, tier: c.tier, ...(c.beat ? { beat: c.beat } : {}), file: c.file, line: c.line, lines: lines.length, words };
    }),
  };
}
