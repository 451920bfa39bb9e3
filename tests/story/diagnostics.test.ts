import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../support/fixtures.ts';

// One tiny script per mistake a writer can make; each asserts the file, line, column and words.
describe('the story compiler reports a writer\'s mistakes with file and line', () => {
  it('names a misspelled jump target and suggests the real beat, once (no cascade of unreachable beats)', () => {
    expect(diagnosticsOf('unknown-jump')).toEqual([
      "tests/fixtures/unknown-jump.story:12:4: error: there is no beat 'backstge' (did you mean 'backstage'?)",
    ]);
  });

  it('names a misspelled choice target', () => {
    expect(diagnosticsOf('unknown-choice-target')).toEqual([
      "tests/fixtures/unknown-choice-target.story:13:24: error: there is no beat 'nectr-trail' (did you mean 'nectar-trail'?)",
    ]);
  });

  it('refuses a duplicate beat id and points at the first', () => {
    expect(diagnosticsOf('duplicate-beat')).toEqual([
      "tests/fixtures/duplicate-beat.story:14:1: error: duplicate id: beat 'stage' is already defined (first defined at tests/fixtures/duplicate-beat.story:5)",
    ]);
  });

  it('finds a beat no path reaches', () => {
    expect(diagnosticsOf('unreachable-beat')).toEqual([
      "tests/fixtures/unreachable-beat.story:14:1: error: no path reaches beat 'orphan' (jump to it from another beat, or remove it; the story starts at 'stage')",
    ]);
  });

  it('finds a beat with no way out', () => {
    expect(diagnosticsOf('no-way-out')).toEqual([
      "tests/fixtures/no-way-out.story:12:1: error: beat 'stage' has no way out: it can reach its end without a jump, a choice or -> END (end it with -> beat-id, a choice, or -> END)",
    ]);
  });

  it('finds a choice menu whose options can all be closed, and says when', () => {
    expect(diagnosticsOf('menu-can-close')).toEqual([
      'tests/fixtures/menu-can-close.story:13:1: error: every option of this menu can be closed at once (when met-naomi unset, saw-case unset) (add an option without a condition)',
    ]);
  });

  it('accepts a menu whose conditions always leave one option open', () => {
    expect(diagnosticsOf('menu-cannot-close')).toEqual([]);
  });

  it('finds a flag read but never set, with the likely spelling', () => {
    expect(diagnosticsOf('flag-never-set')).toEqual([
      "tests/fixtures/flag-never-set.story:11:1: warning: flag 'saw-the-case' is set but nothing reads it",
      "tests/fixtures/flag-never-set.story:12:1: error: flag 'saw-teh-case' is read here but never set (did you mean 'saw-the-case'?)",
    ]);
  });

  it('finds an unknown speaker and an unknown expression', () => {
    expect(diagnosticsOf('unknown-speaker')).toEqual([
      "tests/fixtures/unknown-speaker.story:17:1: error: unknown speaker 'SARA' (did you mean 'SARAH'?)",
    ]);
    expect(diagnosticsOf('unknown-expression')).toEqual([
      "tests/fixtures/unknown-expression.story:17:8: error: Sarah has no expression 'smilng' (did you mean 'smiling'?)",
    ]);
  });

  it('finds backgrounds, character images and sounds with no file under assets/', () => {
    expect(diagnosticsOf('missing-assets', { assets: true })).toEqual([
      "tests/fixtures/missing-assets.story:9:23: error: no image for 'sarah-crying' (assets/art/characters/sarah-crying.svg)",
      "tests/fixtures/missing-assets.story:17:5: error: no background 'club-stag' (expected assets/art/bg/club-stag.svg) (did you mean 'club-stage'?)",
      "tests/fixtures/missing-assets.story:18:8: error: no music 'club-sogn' (expected assets/audio/music/club-sogn.*) (did you mean 'club-song'?)",
      "tests/fixtures/missing-assets.story:20:6: error: no sound effect 'gunshott' (expected assets/audio/sfx/gunshott.*) (did you mean 'gunshot'?)",
    ]);
  });

  it('finds unknown dossiers and facts', () => {
    expect(diagnosticsOf('unknown-dossier')).toEqual([
      "tests/fixtures/unknown-dossier.story:21:14: error: unknown dossier 'sara-fitzgerald' (did you mean 'sarah-fitzgerald'?)",
      "tests/fixtures/unknown-dossier.story:22:31: error: dossier 'sarah-fitzgerald' has no fact 'dvia' (did you mean 'diva'?)",
    ]);
  });

  it('finds a fact nothing unlocks', () => {
    expect(diagnosticsOf('fact-never-unlocked')).toEqual([
      "tests/fixtures/fact-never-unlocked.story:12:1: error: nothing unlocks fact 'nectar.price' (add [unlock fact nectar.price] after the line where the reader learns it)",
    ]);
  });

  it('refuses a spoiler unlocked in a beat of a lower tier', () => {
    expect(diagnosticsOf('fact-too-early')).toEqual([
      "tests/fixtures/fact-too-early.story:20:1: error: fact 'sarah-fitzgerald.secret' is tier 2 but beat 'stage' is tier 0: it would spoil (unlock it in a later beat, or lower its tier)",
    ]);
  });

  it('finds a line longer than the text box shows', () => {
    expect(diagnosticsOf('line-too-long')).toEqual([
      'tests/fixtures/line-too-long.story:11:1: error: this line is 299 characters; the text box shows 280 (split it into two lines)',
    ]);
  });

  it('collects every error instead of stopping at the first', () => {
    expect(diagnosticsOf('many-errors')).toEqual([
      "tests/fixtures/many-errors.story:11:1: error: unknown speaker 'KEVN' (declare them in a character block)",
      "tests/fixtures/many-errors.story:12:1: error: flag 'saw-nothing' is read here but never set (add [set saw-nothing] where the reader learns it)",
      "tests/fixtures/many-errors.story:13:4: error: there is no beat 'nowhere' (use an existing beat id, or '-> END')",
    ]);
  });

  it('compiles a clean script without diagnostics', () => {
    expect(diagnosticsOf('minimal')).toEqual([]);
  });
});

describe('choice menus with conditions', () => {
  it('keeps {cond} options and [if] blocks of options in the same menu', async () => {
    const { compileFixtures } = await import('../support/fixtures.ts');
    const result = compileFixtures(['menu-conditions']);
    expect(result.diagnostics).toEqual([]);
    const menus = result.graph!.beats['a']!.steps.filter((s) => s.kind === 'choice');
    expect(menus).toHaveLength(1);
    const options = menus[0]!.kind === 'choice' ? menus[0]!.options : [];
    expect(options.map((o) => [o.label, o.when ?? null])).toEqual([
      ['Always', null],
      ['Only if you stayed', { op: 'flag', flag: 'stayed' }],
      ['Only if you went', { op: 'not', arg: { op: 'flag', flag: 'stayed' } }],
    ]);
  });
});
