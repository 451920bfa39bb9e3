/** Reads the story aloud when the reader asks for it: each line once, in its speaker's voice, exactly when the live region would say it. */
import type { Actor } from 'xstate';
import { announcementsFor, lineAnnouncement, type Heard } from '../a11y/story-announcements.ts';
import { selectView, type LineView } from '../machine/selectors.ts';
import type { StoryMachine } from '../machine/story-machine.ts';
import type { SettingsStore } from '../storage/settings.ts';
import type { SpeechPort } from './speech.ts';

/** The story's voice: whether it is speaking now (auto waits for it), and how to stop it. */
export interface StoryVoice {
  (): void;
  /** True while a line is being spoken. */
  speaking(): boolean;
}

/** Speaks each new line of the story while `voiceStory` is on; turning it off stops the voice. Returns an unbind (that also says whether it speaks). */
export function bindStoryVoice(actor: Actor<StoryMachine>, speech: SpeechPort, settings: SettingsStore): StoryVoice {
  let heard: Heard | undefined;
  let speaking = 0;
  /** A new line that came before any voice could say it (voices, and the voice's code, arrive late). */
  let unsaid: LineView | undefined;
  const say = (line: LineView): void => {
    const turn = ++speaking;
    speech.speak({ text: line.text, ...(line.speaker ? { speaker: line.speaker.id } : {}) }, () => {
      if (turn === speaking) speaking = 0;
    });
  };
  const onSnapshot = (snapshot: ReturnType<typeof actor.getSnapshot>): void => {
    const view = selectView(snapshot.context);
    const next = announcementsFor(heard, view, []);
    heard = next.heard;
    const line = view.mode === 'ended' ? undefined : view.line;
    unsaid = undefined;
    if (!line || !settings.get().voiceStory) return;
    // The live region's own rule decides what is new: a line is said when it would be announced.
    if (!next.say.includes(lineAnnouncement(line))) return;
    if (speech.available()) say(line);
    else unsaid = line;
  };
  // The voice arrives while a new line waits: it says that line then.
  const unsubscribeVoice = speech.onAvailability((available) => {
    const line = unsaid;
    unsaid = undefined;
    if (available && line && settings.get().voiceStory) say(line);
  });
  // The session is already on its first line when this binds: that line is new too.
  onSnapshot(actor.getSnapshot());
  const sub = actor.subscribe(onSnapshot);
  const unsubscribeSettings = settings.subscribe((s) => {
    if (s.voiceStory) return;
    speech.cancel();
    speaking = 0;
  });
  const stop = (): void => {
    sub.unsubscribe();
    unsubscribeSettings();
    unsubscribeVoice();
    speech.cancel();
    speaking = 0;
  };
  return Object.assign(stop, { speaking: () => speaking !== 0 });
}
