import { describe, expect, it } from 'vitest';
import { initialRecapState, itemOf, type RecapState } from '../../src/recap/player.ts';
import { recapScript } from '../../src/recap/script.ts';
import { recapCues, recapFrame, recapStage, recapUpcoming } from '../../src/recap/stage.ts';
import type { Effect, RecapChapter } from '../../src/story/types.ts';
import { realStory } from '../support/story.ts';
import { playOn, send } from './support.ts';

/** A chapter's directions of one kind, from the script. */
const directions = <K extends Effect['kind']>(chapter: RecapChapter, kind: K) => chapter.steps.filter((s): s is Extract<Effect, { kind: K }> => s.kind === kind);

// The recap's stage comes from its own chapters' directions, replayed to where the player is.
describe('the recap stage', () => {
  const graph = realStory();
  const script = recapScript(graph);
  const main = graph.recap.filter((c) => c.part === 'main');
  const start = initialRecapState();
  /** The state on the last line of a main chapter. */
  const lastLineOf = (index: number): RecapState => {
    const jumped = send(script, start, { type: 'jump', chapter: main[index + 1]!.id }, { type: 'back' });
    expect(itemOf(script, jumped).chapter).toBe(index);
    return jumped;
  };

  it('opens on the first chapter’s background and music', () => {
    const [bg] = directions(main[0]!, 'bg');
    const [music] = directions(main[0]!, 'music');
    expect(recapStage(script, start)).toMatchObject({ bg: bg!.key, music: music!.key });
    expect(recapFrame(script, start).bg).toBe(bg!.key);
  });

  it('playing on into a chapter gives the cues of its directions, and the stage they make, with the chapter’s transition', () => {
    const from = lastLineOf(1);
    const next = playOn(script, from, 1).state;
    expect(itemOf(script, next)).toMatchObject({ kind: 'card', chapter: 2 });
    const [bg] = directions(main[2]!, 'bg');
    const cues = recapCues(script, from, next);
    expect(cues).toContainEqual({ type: 'cue.bg', key: bg!.key, transition: bg!.transition });
    for (const show of directions(main[2]!, 'show')) expect(cues).toContainEqual(expect.objectContaining({ type: 'cue.show', character: show.character }));
    const frame = recapFrame(script, next);
    expect(frame).toMatchObject({ bg: bg!.key, transition: bg!.transition });
    const sprites = directions(main[2]!, 'show').map((s) => `${graph.characters[s.character]!.sprite}-${s.expression}`);
    expect(frame.figures.map((f) => f.image)).toEqual(sprites);
  });

  it('a jump restores the stage at once: the chapter’s music and picture, cut in, no one-off sounds', () => {
    const target = main.findIndex((c, i) => i > 0 && directions(c, 'music').length > 0);
    const jumped = send(script, start, { type: 'jump', chapter: main[target]!.id });
    const cues = recapCues(script, start, jumped);
    expect(cues).toHaveLength(1);
    expect(cues[0]).toMatchObject({ type: 'cue.restore', stage: { music: directions(main[target]!, 'music')[0]!.key } });
    expect(recapFrame(script, jumped).transition).toBe('cut');
    expect(recapCues(script, jumped, send(script, jumped, { type: 'pause' }))).toEqual([]);
  });

  it('never fetches the art of the chapters behind the gate before it is opened', () => {
    const behind = new Set(graph.recap.filter((c) => c.part === 'twist' || c.part === 'ending').flatMap((c) => directions(c, 'bg').map((d) => d.key)));
    const before = new Set(main.flatMap((c) => directions(c, 'bg').map((d) => d.key)));
    const onlyBehind = [...behind].filter((key) => !before.has(key));
    expect(onlyBehind.length).toBeGreaterThan(0);
    const track = script.track('unasked');
    for (let index = 0; index < track.items.length; index++) {
      const upcoming = recapUpcoming(script, { ...start, index });
      for (const key of onlyBehind) expect(upcoming.backgrounds).not.toContain(key);
    }
  });
});
