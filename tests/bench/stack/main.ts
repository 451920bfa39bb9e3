/** The bench's JS baseline: our stack and nothing else (Phaser, XState and Howler, each really used once). */
import Phaser from 'phaser';
import { Howl } from 'howler';
import { createActor, createMachine } from 'xstate';

const actor = createActor(createMachine({ initial: 'a', states: { a: { on: { go: 'b' } }, b: {} } })).start();
actor.send({ type: 'go' });
new Howl({ src: ['data:audio/wav;base64,'] });
new Phaser.Game({ type: Phaser.AUTO, width: 320, height: 180, scene: { create() {} } });
