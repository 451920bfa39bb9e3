import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../support/fixtures.ts';

// The stricter compiler: one tiny fixture per family of mistakes, with the full list of what it reports
// (warnings included), each at the line and column where the writer made it.
describe('the compiler reports every mistake a writer can make, errors and warnings alike', () => {
  it('reports stray text, broken headers, unknown and repeated fields, and missing ones, each where it is written', () => {
    const f = 'tests/fixtures/block-errors.story';
    expect(diagnosticsOf('block-errors')).toEqual([
      `${f}:1:1: error: text outside a block (start a block with a header such as '=== beat cold-open ===')`,
      `${f}:5:1: error: unknown field 'mood' in the story block (its fields are title, start)`,
      `${f}:7:5: error: unknown block kind 'bet' (did you mean 'beat'?)`,
      `${f}:10:10: error: 'Bad_Id' is not a valid id (ids are lowercase words joined by -)`,
      `${f}:11:9: error: a beat block needs an id (ids are lowercase words joined by -)`,
      `${f}:12:1: error: a block header must look like '=== kind id ==='`,
      `${f}:13:5: error: unknown block kind 'scene' (kinds are story, character, route, captions, beat, dossier, chapter)`,
      `${f}:20:1: error: unknown field 'colour' in character 'sarah' (did you mean 'color'?)`,
      `${f}:21:1: error: expected 'field: value' in character 'sarah'`,
      `${f}:25:8: error: the field 'title' is given twice in beat 'stage'`,
      `${f}:26:10: error: 'location:' is empty`,
      `${f}:27:7: error: '4' is not a spoiler tier (tiers are 0 (synopsis), 1, 2 (the twist) and 3 (later episodes))`,
      `${f}:29:1: error: unknown field 'endng' in beat 'stage' (did you mean 'ending'?)`,
      `${f}:35:1: error: beat 'untitled' has no 'title:' (add 'title: …' under the header)`,
      `${f}:35:1: error: beat 'untitled' has no 'location:' (add 'location: …' under the header)`,
      `${f}:35:1: error: beat 'untitled' has no 'tier:' (add 'tier: …' under the header)`,
    ]);
  });

  it('refuses a second story block and a start beat that does not exist', () => {
    const f = 'tests/fixtures/story-block-errors.story';
    expect(diagnosticsOf('story-block-errors')).toEqual([
      `${f}:3:8: error: the story starts at 'stgae', which is not a beat (did you mean 'stage'?)`,
      `${f}:5:1: error: a second story block (the first is in tests/fixtures/story-block-errors.story:1)`,
    ]);
  });

  it('asks for a story block when there is none', () => {
    const f = 'tests/fixtures/no-story-block.story';
    expect(diagnosticsOf('no-story-block')).toEqual([
      `${f}:1:1: error: there is no story block (add '=== story ===' with 'title:' and 'start:' to one file)`,
    ]);
  });

  it('checks the cast: expressions, colours, speaker names in capitals and once each, dossier links and captions', () => {
    const f = 'tests/fixtures/character-errors.story';
    expect(diagnosticsOf('character-errors', { assets: true })).toEqual([
      `${f}:9:14: error: a character needs at least one expression`,
      `${f}:10:8: error: 'gold' is not a colour (write it as #rrggbb)`,
      `${f}:11:10: error: unknown dossier 'sara' (link the dossier entry by its id)`,
      `${f}:15:10: error: speaker 'SARAH' is already character 'sarah' (give 'singer' a speaker name of its own; 'sarah' is at tests/fixtures/character-errors.story:5)`,
      `${f}:21:10: error: speaker 'Naomi' must be written in capitals (try 'NAOMI')`,
      `${f}:27:8: error: '#e8b64' is not a colour (write it as #rrggbb)`,
      `${f}:31:1: error: the caption for 'gunshot' is empty`,
      `${f}:32:1: error: caption for 'thunder', which is neither a sound effect nor an ambience (captions are for the sounds under assets/audio/sfx/ and assets/audio/ambience/)`,
    ]);
  });

  it('checks dossiers: categories, alias tiers, portraits, fact headers, sources, tiers, route wordings and indentation', () => {
    const f = 'tests/fixtures/dossier-errors.story';
    expect(diagnosticsOf('dossier-errors', { assets: true })).toEqual([
      `${f}:30:11: error: unknown category 'drugs' (categories: people, terms, places, factions, production)`,
      `${f}:31:17: error: tier 5 does not exist (tiers are 0 to 3)`,
      `${f}:32:11: error: no image for portrait 'nectar-vial' (a portrait is a character image: assets/art/characters/<key>.svg)`,
      `${f}:34:3: error: expected a fact: 'fact id (source, tier N):'`,
      `${f}:37:6: error: duplicate fact id 'drug' in dossier 'nectar' (the first is on line 35)`,
      `${f}:39:13: error: unknown fact source 'rumour' (sources: synopsis, episode, production, dramatized)`,
      `${f}:41:24: error: tier 7 does not exist (tiers are 0 to 3)`,
      `${f}:43:21: error: fact 'seen' is seen in the episode, so it cannot be tier 0: tier 0 is what the synopsis gives away (make it tier 1, or source it 'synopsis' if the synopsis says it)`,
      `${f}:45:6: error: 'Bad_Id' is not a valid fact id (ids are lowercase words joined by -)`,
      `${f}:47:1: error: a fact must start 'fact id (source, tier N):' (sources: synopsis, episode, production, dramatized)`,
      `${f}:49:6: error: fact 'empty' has no text (indent its text under the 'fact …:' line)`,
      `${f}:53:3: error: fact 'worded' already has a wording for route 'sarah' (say it once: one wording per route)`,
      `${f}:54:9: error: fact 'nectar.worded' has a wording for unknown route 'sarha' (did you mean 'sarah'?)`,
      `${f}:57:9: error: the 'sarah' wording of fact 'quiet' has no text (write it after the colon, or leave the line out)`,
      `${f}:58:1: error: a fact's text must be indented under its 'fact …:' line`,
      `${f}:60:1: error: dossier 'empty' has no facts (add 'fact id (source, tier N):' with its text indented below)`,
    ]);
  });

  it('checks a beat\'s fields and body: routes, empty speakers, jumps, option directions, [if] blocks, conditions and characters', () => {
    const f = 'tests/fixtures/beat-errors.story';
    expect(diagnosticsOf('beat-errors')).toEqual([
      `${f}:21:8: error: unknown route 'sarha' (declare it with '=== route id ===')`,
      `${f}:22:13: error: 'dramatized:' is yes or no`,
      `${f}:25:1: error: SARAH has a name but no words`,
      `${f}:26:10: error: Sarah has no expression 'smilng' (expressions: neutral)`,
      `${f}:27:3: error: '->' needs a beat id, or END to end the story`,
      `${f}:29:3: error: only [set …] and [unlock …] can run when an option is chosen, not [bg] (put it at the start of the target beat)`,
      `${f}:31:13: error: a choice option leads to a beat, not to END (lead it to a beat that ends with -> END)`,
      `${f}:32:1: error: '[else]' without an '[if …]'`,
      `${f}:33:1: error: '[end if]' without an '[if …]'`,
      `${f}:34:12: error: bad condition: expected ')'`,
      `${f}:36:1: error: a second '[else]' for the same '[if …]'`,
      `${f}:38:1: warning: nothing after line 28 of beat 'stage' can run (move it before the jump, choice or -> END)`,
      `${f}:38:13: error: bad condition: 'or' is not a flag name (flags are lowercase words joined by '-')`,
      `${f}:39:9: error: bad condition: unexpected 'gone' after the condition`,
      `${f}:40:7: error: unknown character 'rouge' (the cast: sarah, bird)`,
      `${f}:41:7: error: unknown character 'rogue' (the cast: sarah, bird)`,
      `${f}:42:7: error: Bird has no image to show (give 'bird' a sprite, or leave out the [show])`,
      `${f}:45:1: error: beat 'empty' is empty (write its lines, then end it with a jump (-> beat-id) or -> END)`,
    ]);
  });

  it('reports each malformed stage direction at the word that is wrong, with the form it takes', () => {
    const f = 'tests/fixtures/direction-errors.story';
    expect(diagnosticsOf('direction-errors')).toEqual([
      `${f}:12:14: error: a stage direction must end with ']'`,
      `${f}:13:2: error: [bg] takes a background and an optional transition, like [bg club-stage with fade]`,
      `${f}:14:2: error: 'with' needs a transition (one of cut, fade, dissolve, flash)`,
      `${f}:15:21: error: unknown transition 'wipe' (one of cut, fade, dissolve, flash)`,
      `${f}:16:2: error: [show] must look like [show sarah], [show sarah smile] or [show sarah smile at left]`,
      `${f}:17:2: error: [show] must look like [show sarah], [show sarah smile] or [show sarah smile at left]`,
      `${f}:18:22: error: unknown position 'centre' (did you mean 'center'?)`,
      `${f}:19:2: error: [hide] takes one character (or all), like [hide sarah]`,
      `${f}:20:2: error: [music] takes one loop (or stop), like [music club-song]`,
      `${f}:21:2: error: [ambience] takes one loop (or stop), like [ambience rain]`,
      `${f}:22:2: error: [sfx] takes one sound, like [sfx gunshot]`,
      `${f}:23:13: error: unknown screen effect 'wipe' (one of flash, shake, fade, glitch)`,
      `${f}:24:2: error: [set] takes one flag, like [set saw-the-case]`,
      `${f}:25:2: error: [unlock] must look like [unlock fact dossier-id.fact-id]`,
      `${f}:26:2: error: unknown stage direction '[wait]' (directions are bg, show, hide, music, ambience, sfx, transition, set, unlock, if, else, end if)`,
      `${f}:27:2: error: unknown stage direction '[fi]' (did you mean 'if'?)`,
    ]);
  });

  it('finds beats from which no -> END can be reached, once per closed loop', () => {
    const f = 'tests/fixtures/no-end.story';
    expect(diagnosticsOf('no-end')).toEqual([
      `${f}:26:1: error: beat 'waiting' leads only to itself: no path from it reaches -> END (give it a way on to a beat that ends, or -> END)`,
      `${f}:35:1: error: beats 'backstage', 'corridor' lead only to one another: no path from them reaches -> END (give one of them a way on to a beat that ends, or -> END)`,
    ]);
  });

  it('warns when a menu\'s conditions read too many flags to prove it stays open', () => {
    const f = 'tests/fixtures/many-flags.story';
    expect(diagnosticsOf('many-flags')).toEqual([
      `${f}:26:1: warning: every option of this menu has a condition; too many flags to prove one stays open (add an option without a condition)`,
    ]);
  });

  it('warns about a line that looks like dialogue in mixed case, naming the speaker it probably meant, but not about narration with a colon', () => {
    const f = 'tests/fixtures/mixed-case-speaker.story';
    expect(diagnosticsOf('mixed-case-speaker')).toEqual([
      `${f}:24:1: warning: 'Sarah (smiling):' reads as narration; did you mean the speaker 'SARAH'? (speakers are written in capitals: 'SARAH (smiling): …')`,
      `${f}:25:1: warning: 'Sara:' reads as narration; did you mean the speaker 'SARAH'? (speakers are written in capitals: 'SARAH: …')`,
      `${f}:26:1: warning: 'Man in glasses:' reads as narration; did you mean the speaker 'MAN IN GLASSES'? (speakers are written in capitals: 'MAN IN GLASSES: …')`,
    ]);
  });

  it('reports one error for an unclosed [if], not a cascade of conditional lines', () => {
    const f = 'tests/fixtures/syntax-errors.story';
    expect(diagnosticsOf('syntax-errors')).toEqual([
      `${f}:11:2: error: unknown stage direction '[shwo]' (did you mean 'show'?)`,
      `${f}:12:21: error: unknown transition 'wipe' (one of cut, fade, dissolve, flash)`,
      `${f}:13:14: error: bad condition: the condition ends too early: expected a flag name`,
      `${f}:14:1: error: '[if …]' is never closed (add '[end if]' where its lines end)`,
      `${f}:16:3: error: a choice option must look like: * label -> beat-id`,
    ]);
  });
});

describe('the fixtures', () => {
  it('are each compiled by some test', () => {
    const tests = readdirSync('tests', { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('.ts'))
      .map((p) => readFileSync(`tests/${p}`, 'utf8'))
      .join('\n');
    const fixtures = readdirSync('tests/fixtures').filter((f) => f.endsWith('.story')).map((f) => f.replace(/\.story$/, ''));
    expect(fixtures.filter((name) => !tests.includes(`'${name}'`))).toEqual([]);
  });
});
