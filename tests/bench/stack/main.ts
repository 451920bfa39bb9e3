/**
 * The bench's JS baseline: our stack and nothing else — Phaser, XState and Howler, each used the
 * way the explorer uses it (a machine built with setup, queued actions and emitted events; looped,
 * faded and muted sounds; a game with a scene), doing nothing of ours.
 */
import Phaser from 'phaser';
import { Howl, Howler } from 'howler';
import { createActor, enqueueActions, setup } from 'xstate';

const machine = setup({
  types: { context: {} as { n: number }, events: {} as { type: 'go' }, emitted: {} as { type: 'cue'; n: number } },
  actions: {
    step: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ n: context.n + 1 });
      enqueue.emit({ type: 'cue', n: context.n });
    }),
  },
}).createMachine({ context: { n: 0 }, initial: 'a', states: { a: { on: { go: { target: 'a', actions: 'step' } } } } });
const actor = createActor(machine);
actor.on('cue', () => undefined);
actor.subscribe(() => undefined);
actor.start();
actor.send({ type: 'go' });

const sound = new Howl({ src: ['data:audio/wav;base64,'], loop: true, onloaderror: () => undefined });
const id = sound.play();
sound.fade(0, 1, 10, id);
sound.once('fade', () => sound.stop(id), id);
sound.volume(0.5, id);
sound.pause(id);
Howler.mute(false);
Howler.volume(1);
void Howler.ctx?.resume();

new Phaser.Game({ type: Phaser.AUTO, width: 320, height: 180, scene: { create() {} } });
