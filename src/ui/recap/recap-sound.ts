/** Plays what the recap's directions cue: music and ambience through the audio port, sounds, their captions, screen effects. */
import type { AudioPort } from '../../audio/audio-port.ts';
import type { StoryCue } from '../../story/stage.ts';
import type { ScreenEffect } from '../../story/types.ts';

/** Where the cues go. */
export interface CueTargets {
  readonly audio: AudioPort;
  /** A screen effect for the stage (shake, flash). */
  readonly effect: (effect: ScreenEffect) => void;
}

/** Plays cues; returns the captions of the sounds among them ("[rain]"), to be shown and said. */
export function playRecapCues(cues: readonly StoryCue[], targets: CueTargets): string[] {
  const { audio } = targets;
  const captions: string[] = [];
  for (const cue of cues) {
    switch (cue.type) {
      case 'cue.music':
        audio.playMusic(cue.key);
        break;
      case 'cue.ambience':
        audio.playAmbience(cue.key);
        if (cue.caption) captions.push(`[${cue.caption}]`);
        break;
      case 'cue.sfx':
        audio.playSfx(cue.key);
        if (cue.caption) captions.push(`[${cue.caption}]`);
        break;
      case 'cue.effect':
        targets.effect(cue.effect);
        break;
      case 'cue.restore':
        audio.playMusic(cue.stage.music);
        audio.playAmbience(cue.stage.ambience);
        break;
      default:
        // The stage itself (backgrounds, figures) follows the recap's state through the stage feed.
        break;
    }
  }
  return captions;
}
