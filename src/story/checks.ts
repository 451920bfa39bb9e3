/** Whole-story checks that need every beat at once: reachability, dead ends, flags, facts, tiers. */
import type { Diagnostic } from './diagnostics.ts';
import { closest, didYouMean } from './diagnostics.ts';
import { evaluate, flagsRead } from './condition.ts';
import type { Beat, ChoiceStep, Condition, Effect, Step, StoryGraph } from './types.ts';

/** Runs every whole-story check and reports what it finds. */
export function checkGraph(graph: StoryGraph, report: (d: Diagnostic) => void): void {
  checkReachable(graph, report);
  checkEndReachable(graph, report);
  for (const beat of Object.values(graph.beats)) {
    checkWayOut(beat, report);
    for (const step of beat.steps) if (step.kind === 'choice') checkMenuCanClose(step, report);
  }
  checkFlags(graph, report);
  checkFacts(graph, report);
}

/** Beats a jump or choice can lead to from the given beat. */
function exits(beat: Beat): string[] {
  return beat.steps.flatMap((step) => {
    if (step.kind === 'jump') return [step.target];
    if (step.kind === 'choice') return step.options.map((o) => o.target);
    return [];
  });
}

/**
 * The beats a beat leads to. A misspelled target is reported where it is written; following it to
 * the beat it almost names keeps one typo from also reporting every beat after it.
 */
function leadsTo(graph: StoryGraph, beat: Beat): string[] {
  const ids = Object.keys(graph.beats);
  return exits(beat).flatMap((target) => (graph.beats[target] ? [target] : (closest(target, ids) ?? [])));
}

/** Every beat reachable from `from` (itself included) by jumps and choices. */
function reachableFrom(graph: StoryGraph, from: string): Set<string> {
  const reached = new Set([from]);
  const queue = [from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of leadsTo(graph, graph.beats[id]!)) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return reached;
}

function checkReachable(graph: StoryGraph, report: (d: Diagnostic) => void): void {
  if (!graph.beats[graph.start]) return;
  const reached = reachableFrom(graph, graph.start);
  for (const beat of Object.values(graph.beats)) {
    if (!reached.has(beat.id)) {
      report({ file: beat.file, line: beat.line, col: 1, severity: 'error', message: `no path reaches beat '${beat.id}'`, hint: `jump to it from another beat, or remove it; the story starts at '${graph.start}'` });
    }
  }
}

/**
 * Beats from which no `-> END` can be reached, reported once per closed loop (beats that lead only
 * to one another), not again for every beat that leads into it.
 */
function checkEndReachable(graph: StoryGraph, report: (d: Diagnostic) => void): void {
  const ids = graph.beatOrder;
  // A beat with a target that does not exist is reported there; what lies beyond it is unknown, so it counts as ending.
  const ends = (beat: Beat): boolean => beat.steps.some((s) => s.kind === 'end') || leadsTo(graph, beat).length < exits(beat).length;
  const canEnd = new Set(ids.filter((id) => ends(graph.beats[id]!)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const id of ids) {
      if (!canEnd.has(id) && leadsTo(graph, graph.beats[id]!).some((next) => canEnd.has(next))) {
        canEnd.add(id);
        grew = true;
      }
    }
  }
  const reach = new Map(ids.filter((id) => !canEnd.has(id)).map((id) => [id, reachableFrom(graph, id)]));
  const reported = new Set<string>();
  for (const [id, reached] of reach) {
    // A closed loop: every beat it leads to leads back to it. (A beat that leads nowhere has no way out, reported elsewhere.)
    const loop = [...reached].filter((other) => reach.get(other)!.has(id));
    if (reported.has(id) || loop.length < reached.size || exits(graph.beats[id]!).length === 0) continue;
    for (const member of loop) reported.add(member);
    const beat = graph.beats[id]!;
    const names = loop.map((b) => `'${b}'`).join(', ');
    const message = loop.length === 1 ? `beat '${id}' leads only to itself: no path from it reaches -> END` : `beats ${names} lead only to one another: no path from them reaches -> END`;
    const hint = loop.length === 1 ? 'give it a way on to a beat that ends, or -> END' : 'give one of them a way on to a beat that ends, or -> END';
    report({ file: beat.file, line: beat.line, col: 1, severity: 'error', message, hint });
  }
}

const stopsFlow = (step: Step): boolean => (step.kind === 'jump' || step.kind === 'end' || step.kind === 'choice') && !step.when;

function checkWayOut(beat: Beat, report: (d: Diagnostic) => void): void {
  const stop = beat.steps.findIndex(stopsFlow);
  if (stop === -1) {
    const last = beat.steps[beat.steps.length - 1];
    if (!last) return; // an empty beat is reported where it is read
    report({ file: beat.file, line: last.line, col: 1, severity: 'error', message: `beat '${beat.id}' has no way out: it can reach its end without a jump, a choice or -> END`, hint: 'end it with -> beat-id, a choice, or -> END' });
    return;
  }
  const unreachable = beat.steps[stop + 1];
  if (unreachable) {
    report({ file: beat.file, line: unreachable.line, col: 1, severity: 'warning', message: `nothing after line ${beat.steps[stop]!.line} of beat '${beat.id}' can run`, hint: 'move it before the jump, choice or -> END' });
  }
}

function checkMenuCanClose(step: ChoiceStep, report: (d: Diagnostic) => void): void {
  if (step.options.some((o) => !o.when)) return;
  const flags = [...new Set(step.options.flatMap((o) => flagsRead(o.when!)))].sort();
  if (flags.length > 12) {
    report({ file: step.file, line: step.line, col: 1, severity: 'warning', message: 'every option of this menu has a condition; too many flags to prove one stays open', hint: 'add an option without a condition' });
    return;
  }
  for (let mask = 0; mask < 1 << flags.length; mask++) {
    const set = new Set(flags.filter((_, i) => mask & (1 << i)));
    if (step.options.every((o) => !evaluate(o.when!, set))) {
      const state = flags.map((f) => `${f} ${set.has(f) ? 'set' : 'unset'}`).join(', ');
      report({ file: step.file, line: step.line, col: 1, severity: 'error', message: `every option of this menu can be closed at once (when ${state})`, hint: 'add an option without a condition' });
      return;
    }
  }
}

/** Every effect in a beat, including those that run when an option is chosen. */
export function effectsOf(beat: Beat): Effect[] {
  return beat.steps.flatMap((step): Effect[] => {
    if (step.kind === 'choice') return step.options.flatMap((o) => [...o.effects]);
    if (step.kind === 'line' || step.kind === 'jump' || step.kind === 'end') return [];
    return [step];
  });
}

function conditionsOf(beat: Beat): { when: Condition; line: number; file: string }[] {
  return beat.steps.flatMap((step) => {
    const own = step.when ? [{ when: step.when, line: step.line, file: step.file }] : [];
    const options = step.kind === 'choice' ? step.options.flatMap((o) => (o.when ? [{ when: o.when, line: o.line, file: o.file }] : [])) : [];
    return [...own, ...options];
  });
}

function checkFlags(graph: StoryGraph, report: (d: Diagnostic) => void): void {
  const set = new Map<string, Effect>();
  for (const beat of Object.values(graph.beats)) {
    for (const effect of effectsOf(beat)) if (effect.kind === 'set' && !set.has(effect.flag)) set.set(effect.flag, effect);
  }
  const read = new Set<string>();
  for (const beat of Object.values(graph.beats)) {
    for (const { when, line, file } of conditionsOf(beat)) {
      for (const flag of new Set(flagsRead(when))) {
        read.add(flag);
        if (!set.has(flag)) {
          report({ file, line, col: 1, severity: 'error', message: `flag '${flag}' is read here but never set`, hint: didYouMean(flag, set.keys()) ?? `add [set ${flag}] where the reader learns it` });
        }
      }
    }
  }
  for (const [flag, effect] of set) {
    if (!read.has(flag)) report({ file: effect.file, line: effect.line, col: 1, severity: 'warning', message: `flag '${flag}' is set but nothing reads it` });
  }
}

function checkFacts(graph: StoryGraph, report: (d: Diagnostic) => void): void {
  const unlocked = new Set<string>();
  for (const beat of Object.values(graph.beats)) {
    for (const effect of effectsOf(beat)) {
      if (effect.kind !== 'unlock') continue;
      const fact = graph.dossiers[effect.dossier]?.facts.find((f) => f.id === effect.fact);
      if (!fact) continue;
      unlocked.add(`${effect.dossier}.${effect.fact}`);
      if (fact.tier > beat.tier) {
        report({ file: effect.file, line: effect.line, col: 1, severity: 'error', message: `fact '${effect.dossier}.${effect.fact}' is tier ${fact.tier} but beat '${beat.id}' is tier ${beat.tier}: it would spoil`, hint: 'unlock it in a later beat, or lower its tier' });
      }
    }
  }
  for (const dossier of Object.values(graph.dossiers)) {
    for (const fact of dossier.facts) {
      if (!unlocked.has(`${dossier.id}.${fact.id}`)) {
        report({ file: fact.file, line: fact.line, col: 1, severity: 'error', message: `nothing unlocks fact '${dossier.id}.${fact.id}'`, hint: `add [unlock fact ${dossier.id}.${fact.id}] after the line where the reader learns it` });
      }
    }
  }
}
