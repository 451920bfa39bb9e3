/** Says what the story's cues mean to a reader who cannot see the canvas: scene changes, sounds, dossier updates. */
import type { Actor } from 'xstate';
import type { StoryMachine } from '../machine/story-machine.ts';
import type { AccessibleLayer } from './dom-layer.ts';

/** Announces scene changes ("Scene: Club Canal — the stage.") and captioned sounds ("[gunshot]") in the story log, and dossier updates as notices. Returns an unsubscribe. */
export function bindAnnouncements(actor: Actor<StoryMachine>, a11y: Pick<AccessibleLayer, 'announce' | 'notify'>): () => void {
  const graph = () => actor.getSnapshot().context.graph;
  const subs = [
    actor.on('cue.beat', (cue) => {
      const beat = graph().beats[cue.beatId];
      if (beat) a11y.announce(`Scene: ${beat.location}.`);
    }),
    actor.on('cue.sfx', (cue) => {
      if (cue.caption) a11y.announce(`[${cue.caption}]`);
    }),
    actor.on('cue.ambience', (cue) => {
      if (cue.caption) a11y.announce(`[${cue.caption}]`);
    }),
    actor.on('cue.unlock', (cue) => {
      const dossier = graph().dossiers[cue.dossier];
      if (dossier) a11y.notify(`Dossier updated: ${dossier.name}.`);
    }),
  ];
  return () => subs.forEach((s) => s.unsubscribe());
}
