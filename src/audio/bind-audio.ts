/** Wires the story's cues to the audio port and its captions to the accessible layer. */
import type { Actor } from 'xstate';
import type { StoryMachine } from '../machine/story-machine.ts';
import type { AudioPort } from './audio-port.ts';

/** Plays music, ambience and effects as the story cues them. Returns an unsubscribe. */
export function bindAudio(actor: Actor<StoryMachine>, audio: AudioPort): () => void {
  const subs = [
    actor.on('cue.music', (cue) => audio.playMusic(cue.key)),
    actor.on('cue.ambience', (cue) => audio.playAmbience(cue.key)),
    actor.on('cue.sfx', (cue) => audio.playSfx(cue.key)),
    actor.on('cue.restore', (cue) => {
      audio.playMusic(cue.stage.music);
      audio.playAmbience(cue.stage.ambience);
    }),
  ];
  return () => subs.forEach((s) => s.unsubscribe());
}
