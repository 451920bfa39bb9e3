/**
 * The compiled story graph: what the compiler produces and the story machine plays.
 * Everything here is plain JSON so the browser imports it without parsing scripts.
 */

/** A spoiler tier: 0 synopsis, 1 hidden by the synopsis, 2 Act 1's twist, 3 later episodes. */
export type Tier = 0 | 1 | 2 | 3;

/** Where a dossier fact comes from. */
export const FACT_SOURCES = ['synopsis', 'episode', 'production', 'dramatized'] as const;
/** Where a dossier fact comes from. */
export type FactSource = (typeof FACT_SOURCES)[number];

/** Dossier categories, in the order the dossier screen lists them. */
export const DOSSIER_CATEGORIES = ['people', 'terms', 'places', 'factions', 'production'] as const;
/** A dossier category. */
export type DossierCategory = (typeof DOSSIER_CATEGORIES)[number];

/** Where a character stands on stage. */
export const STAGE_POSITIONS = ['far-left', 'left', 'center', 'right', 'far-right'] as const;
/** Where a character stands on stage. */
export type StagePosition = (typeof STAGE_POSITIONS)[number];

/** How a background change is shown. */
export const BG_TRANSITIONS = ['cut', 'fade', 'dissolve', 'flash'] as const;
/** How a background change is shown. */
export type BgTransition = (typeof BG_TRANSITIONS)[number];

/** One-off screen effects. */
export const SCREEN_EFFECTS = ['flash', 'shake', 'fade', 'glitch'] as const;
/** A one-off screen effect. */
export type ScreenEffect = (typeof SCREEN_EFFECTS)[number];

/** A condition on flags, compiled from `{a and not b}`. */
export type Condition =
  | { readonly op: 'flag'; readonly flag: string }
  | { readonly op: 'not'; readonly arg: Condition }
  | { readonly op: 'and' | 'or'; readonly args: readonly Condition[] };

/** A file position, 1-based, kept on everything a diagnostic or the outline may point at. */
export interface SourceRef {
  readonly file: string;
  readonly line: number;
}

interface StepBase extends SourceRef {
  /** The step runs (or is shown) only when this holds. */
  readonly when?: Condition;
}

/** A line of dialogue or narration: the reader stops here. */
export interface LineStep extends StepBase {
  readonly kind: 'line';
  /** Cast id of the speaker; absent for narration. */
  readonly speaker?: string;
  readonly expression?: string;
  readonly text: string;
  /** Our own invention, not the episode's (the browser's graph leaves it out when false). */
  readonly dramatized?: boolean;
}

/** One option of a choice menu. */
export interface ChoiceOption extends StepBase {
  readonly label: string;
  readonly target: string;
  /** Directions run when the option is chosen (flags, unlocks). */
  readonly effects: readonly Effect[];
}

/** A choice menu: the reader stops here until an option is chosen. */
export interface ChoiceStep extends StepBase {
  readonly kind: 'choice';
  readonly options: readonly ChoiceOption[];
}

/** A jump to another beat. */
export interface JumpStep extends StepBase {
  readonly kind: 'jump';
  readonly target: string;
}

/** The end of the story. */
export interface EndStep extends StepBase {
  readonly kind: 'end';
}

/** A stage direction that runs without stopping the reader. */
export type Effect =
  | (StepBase & { readonly kind: 'bg'; readonly key: string; readonly transition: BgTransition })
  | (StepBase & {
      readonly kind: 'show';
      readonly character: string;
      readonly expression: string;
      readonly position?: StagePosition;
    })
  | (StepBase & { readonly kind: 'hide'; readonly character: string | null })
  | (StepBase & { readonly kind: 'music'; readonly key: string | null })
  | (StepBase & { readonly kind: 'ambience'; readonly key: string | null })
  | (StepBase & { readonly kind: 'sfx'; readonly key: string })
  | (StepBase & { readonly kind: 'effect'; readonly effect: ScreenEffect })
  | (StepBase & { readonly kind: 'set'; readonly flag: string })
  | (StepBase & { readonly kind: 'unlock'; readonly dossier: string; readonly fact: string });

/** Anything a beat's body compiles to. */
export type Step = LineStep | ChoiceStep | JumpStep | EndStep | Effect;

/** A beat: one scene of the episode, with its recap metadata and its steps. */
export interface Beat extends SourceRef {
  readonly id: string;
  readonly title: string;
  readonly location: string;
  readonly tier: Tier;
  readonly summary: string;
  readonly route?: string;
  readonly ending?: string;
  /** The episode's own beats (1–18 in STORY-FACTS) this beat shows: `episode: 3, 4`. */
  readonly episode?: readonly number[];
  readonly steps: readonly Step[];
}

/**
 * What the player's graph leaves out (see src/build/story-plugin.ts), for the screens that show
 * it: the dossiers' words, relationships, the recap, and each scene's summary (the map's).
 */
export interface StoryTexts extends Pick<StoryGraph, 'dossiers' | 'relationships' | 'recap'> {
  /** Beat id → its summary. */
  readonly summaries: Readonly<Record<string, string>>;
}

/** A member of the cast: who can speak and be shown. */
export interface Character extends SourceRef {
  readonly id: string;
  readonly name: string;
  readonly speaker?: string;
  /** Image key prefix, or null for a voice with no image. */
  readonly sprite: string | null;
  /** Expression names; the first is the default. */
  readonly expressions: readonly string[];
  /** Alias → expression name (`smiling` → `smile`). */
  readonly expressionAliases: Readonly<Record<string, string>>;
  readonly color: string;
  readonly dossier?: string;
}

/** A route: one side of the night a reader can follow. */
export interface Route extends SourceRef {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly summary: string;
}

/** A name a reader may search for, hidden behind a spoiler tier. */
export interface Alias {
  readonly name: string;
  readonly tier: Tier;
}

/** A dossier fact, with route-specific wording where the route changes how it reads. */
export interface Fact extends SourceRef {
  readonly id: string;
  readonly source: FactSource;
  readonly tier: Tier;
  readonly text: string;
  readonly variants: Readonly<Record<string, string>>;
}

/** A dossier entry: a person, term, place, faction or production credit. */
export interface Dossier extends SourceRef {
  readonly id: string;
  readonly name: string;
  readonly category: DossierCategory;
  readonly aliases: readonly Alias[];
  readonly portrait?: string;
  readonly facts: readonly Fact[];
}

/** A relationship between two dossier entries, shown once the fact that reveals it is known. */
export interface Relationship extends SourceRef {
  /** Dossier ids. */
  readonly from: string;
  readonly to: string;
  /** How `from` stands to `to`: "patron and lover", "support", "hunts". */
  readonly label: string;
  readonly tier: Tier;
  /** The fact that reveals it, `dossier.fact`. */
  readonly revealedBy: string;
}

/** Where a recap chapter sits around the spoiler gate. */
export const RECAP_PARTS = ['main', 'twist', 'safe-ending', 'ending'] as const;
/** Where a recap chapter sits: before the gate, after it, or one of the two endings. */
export type RecapPart = (typeof RECAP_PARTS)[number];

/** A chapter of the guided recap: narration with its own stage directions, no choices. */
export interface RecapChapter extends SourceRef {
  readonly id: string;
  readonly title: string;
  readonly part: RecapPart;
  readonly tier: Tier;
  /** The story beat a newcomer can read the full scene from. */
  readonly beat?: string;
  /** Narration lines and stage directions (bg, show, hide, music, ambience, sfx, effect). */
  readonly steps: readonly (LineStep | Effect)[];
}

/** The whole compiled story. */
export interface StoryGraph {
  /** Content hash: saves made on another version of the script are detected by it. */
  readonly hash: string;
  readonly title: string;
  readonly start: string;
  /** Beats in script order. */
  readonly beats: Readonly<Record<string, Beat>>;
  readonly beatOrder: readonly string[];
  readonly characters: Readonly<Record<string, Character>>;
  readonly routes: Readonly<Record<string, Route>>;
  readonly dossiers: Readonly<Record<string, Dossier>>;
  /** Sound key → caption text for sounds that are announced. */
  readonly captions: Readonly<Record<string, string>>;
  /** Relationships between dossier entries (people mostly), for the relationship graph. */
  readonly relationships: readonly Relationship[];
  /** The guided recap's chapters, in order (empty when the script has none). */
  readonly recap: readonly RecapChapter[];
}
