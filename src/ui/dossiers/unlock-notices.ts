/**
 * The notice a reader sees when the story unlocks dossier facts: "Dossier: Sarah Fitzgerald — new
 * fact", with Open to read it there and then. One notice per move, however many facts it unlocked, and one
 * on screen at a time; facts the reader had already found stay quiet. The toast region is a polite
 * status region, so the notice is also what a screen reader hears (once).
 */
import type { Actor } from 'xstate';
import type { StoryMachine } from '../../machine/story-machine.ts';
import type { Progress } from '../../progress/progress.ts';
import type { StoryGraph } from '../../story/types.ts';
import type { OverlayRoute } from '../routes.ts';
import type { ToastAction } from '../toasts.ts';

/** How long a notice stays, in ms. */
export const NOTICE_MS = 6000;

/** A fact unlocked by the story, as its cue says it. */
export interface Unlocked {
  readonly dossier: string;
  readonly fact: string;
  /** The route whose wording was read ('' for the common one). */
  readonly route: string;
}

/** A notice: its words and the page it opens. */
export interface UnlockNotice {
  readonly text: string;
  readonly route: OverlayRoute;
}

const MAX_NAMES = 3;

function count(n: number, one: string, many: string): string {
  return n === 1 ? one : `${n} ${many}`;
}

/** The notice for the facts one move unlocked, or undefined when every one was already found in that wording. */
export function unlockNotice(graph: StoryGraph, before: Progress, unlocked: readonly Unlocked[]): UnlockNotice | undefined {
  const facts = unlocked.filter((u) => graph.dossiers[u.dossier] !== undefined && !Object.hasOwn(before.facts, `${u.dossier}.${u.fact}`));
  const tellings = unlocked.filter((u) => graph.dossiers[u.dossier] !== undefined && Object.hasOwn(before.facts, `${u.dossier}.${u.fact}`) && !before.facts[`${u.dossier}.${u.fact}`]!.includes(u.route));
  const news = [...facts, ...tellings];
  if (news.length === 0) return undefined;
  const entries = [...new Set(news.map((u) => u.dossier))];
  const names = entries.map((id) => graph.dossiers[id]!.name);
  const shown = names.length > MAX_NAMES ? `${names.slice(0, MAX_NAMES).join(', ')} and ${names.length - MAX_NAMES} more` : names.join(', ');
  const what = [facts.length > 0 && count(facts.length, 'new fact', 'new facts'), tellings.length > 0 && count(tellings.length, 'another side’s telling', 'other sides’ tellings')].filter(Boolean).join(', ');
  const first = news[0]!;
  const route: OverlayRoute = entries.length === 1 ? { kind: 'dossiers', entry: first.dossier, fact: first.fact } : { kind: 'dossiers' };
  return { text: `${entries.length === 1 ? 'Dossier' : 'Dossiers'}: ${shown} — ${what}`, route };
}

/** What the notices need: where to show them, what the reader had found, and how to open a page. */
export interface UnlockNoticeDeps {
  readonly toasts: { show(text: string, options: { action?: ToastAction; sticky?: boolean }): () => void };
  readonly progress: { get(): Progress };
  readonly open: (route: OverlayRoute) => void;
  readonly win: Pick<Window, 'setTimeout' | 'clearTimeout'>;
}

/** The bound notices. */
export interface UnlockNotices {
  /** Takes the notice on screen away (the dossiers it points to are open). */
  dismiss(): void;
  /** Stops showing notices, and takes the one on screen away. */
  stop(): void;
}

/** Shows a notice for each move of the story that unlocks facts the reader had not found. */
export function bindUnlockNotices(actor: Actor<StoryMachine>, deps: UnlockNoticeDeps): UnlockNotices {
  // Cues come before the move's snapshot reaches anyone (progress included): collect, then say them once.
  const pending: Unlocked[] = [];
  let before = deps.progress.get();
  let current: { remove: () => void; timer: number } | undefined;
  const clear = (): void => {
    if (!current) return;
    deps.win.clearTimeout(current.timer);
    current.remove();
    current = undefined;
  };
  const flush = (): void => {
    const notice = pending.length > 0 ? unlockNotice(actor.getSnapshot().context.graph, before, pending.splice(0)) : undefined;
    before = deps.progress.get();
    if (!notice) return;
    clear();
    const open = (): void => {
      clear();
      deps.open(notice.route);
    };
    const remove = deps.toasts.show(notice.text, { sticky: true, action: { label: 'Open', run: open } });
    current = { remove, timer: deps.win.setTimeout(clear, NOTICE_MS) };
  };
  const subs = [
    actor.on('cue.unlock', (cue) => {
      if (pending.length === 0) before = deps.progress.get();
      pending.push({ dossier: cue.dossier, fact: cue.fact, route: cue.route });
    }),
    actor.subscribe(() => flush()),
  ];
  return {
    dismiss: clear,
    stop: () => {
      subs.forEach((s) => s.unsubscribe());
      clear();
    },
  };
}
