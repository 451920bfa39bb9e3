import { describe, expect, it } from 'vitest';
import { buildDossierModel } from '../../src/dossier/model.ts';
import { searchDossiers } from '../../src/dossier/search.ts';
import { decideVisibility } from '../../src/dossier/visibility.ts';
import { EMPTY_PROGRESS } from '../../src/progress/progress.ts';
import { outline } from '../../src/story/outline.ts';
import { readRoute } from '../../src/machine/route-reading.ts';
import { realStory } from '../support/story.ts';
import { allPaths, beatsOf } from './paths.ts';

// Content tests on the real Act 1 script, read through the compiler's outline and by playing it.
describe('Act 1 as written in assets/story', () => {
  const graph = realStory();
  const out = outline(graph);
  const beat = (id: string) => out.beats.find((b) => b.id === id);
  const dossiers = buildDossierModel(graph);
  // A newcomer who has read nothing yet, and one who asked to see all of Act 1.
  const newcomer = decideVisibility(dossiers, EMPTY_PROGRESS, 'read');
  const act1 = decideVisibility(dossiers, EMPTY_PROGRESS, 'act1');

  const paths = allPaths(graph);

  it('has the synopsis\'s three pillars as named beats', () => {
    expect(beat('sarahs-stage')?.title).toBe("Sarah's stage");
    expect(beat('nectar-smuggling-attack')?.title).toBe('The Nectar smuggling attack');
    expect(beat('naomis-reveal')?.title).toBe("Naomi's reveal");
  });

  it('tells the episode in at least 14 beats, each with a place, a tier, a recap summary, art and sound', () => {
    expect(out.beats.length).toBeGreaterThanOrEqual(14);
    for (const b of graph.beatOrder.map((id) => graph.beats[id]!)) {
      expect(b.location, b.id).not.toBe('');
      expect(b.summary.length, b.id).toBeGreaterThan(20);
      const first = b.steps[0];
      expect(first?.kind, `${b.id} starts with a background`).toBe('bg');
      const sound = b.steps.some((s) => s.kind === 'music' || s.kind === 'ambience');
      expect(sound, `${b.id} sets music or ambience`).toBe(true);
    }
  });

  it('offers at least three decision points about whose side to follow', () => {
    const menus = new Map<string, string[]>();
    for (const edge of out.edges.filter((e) => e.kind === 'choice')) menus.set(edge.from, [...(menus.get(edge.from) ?? []), edge.to]);
    const sided = [...menus].filter(([, targets]) => new Set(targets.map((t) => beat(t)?.route).filter(Boolean)).size >= 3);
    expect(sided.map(([from]) => from).length).toBeGreaterThanOrEqual(3);
  });

  it('has at least three distinct routes, each reachable, each with scenes the others do not show', () => {
    const routes = Object.keys(graph.routes);
    expect(routes.length).toBeGreaterThanOrEqual(3);
    const readings = routes.map((route) => readRoute(graph, route, routes[0]!));
    for (const [i, route] of routes.entries()) {
      const own = out.beats.filter((b) => b.route === route).map((b) => b.id);
      expect(own.length, `${route} has scenes of its own`).toBeGreaterThanOrEqual(2);
      expect(readings[i]!.beats.filter((id) => own.includes(id)), `following ${route} shows all its scenes`).toEqual(own);
    }
    const sequences = new Set(readings.map((r) => r.beats.join(' > ')));
    expect(sequences.size, 'every route reads differently').toBe(routes.length);
  });

  it('converges on the canon on every route: the reveal, the bridge and the ending', () => {
    expect(paths.length).toBeGreaterThanOrEqual(27);
    for (const path of paths) {
      const beats = beatsOf(path);
      for (const canon of ['sarahs-stage', 'nectar-smuggling-attack', 'naomis-reveal', 'the-bridge', 'dawn']) expect(beats, canon).toContain(canon);
      expect(path.at(-1)!.ended).toBe(true);
    }
  });

  it('unlocks every dossier fact on some playthrough, never before the beat that reveals its tier', () => {
    const unlocked = new Set<string>();
    for (const path of paths) {
      let tierSoFar = 0;
      let known = 0;
      for (const position of path) {
        tierSoFar = Math.max(tierSoFar, graph.beats[position.beatId]!.tier);
        const keys = Object.keys(position.unlocked);
        if (keys.length === known) continue;
        for (const key of keys.slice(known)) {
          unlocked.add(key);
          const [dossier, fact] = key.split('.');
          const tier = graph.dossiers[dossier!]!.facts.find((f) => f.id === fact)!.tier;
          expect(tier, `${key} unlocked by ${position.beatId}`).toBeLessThanOrEqual(tierSoFar);
        }
        known = keys.length;
      }
    }
    const all = out.dossiers.flatMap((d) => d.facts.map((f) => `${d.id}.${f.id}`));
    expect(all.filter((k) => !unlocked.has(k))).toEqual([]);
    // The twist waits for Naomi's reveal: no tier-2 beat comes before it on any route.
    for (const path of paths) {
      const firstTwist = beatsOf(path).find((id) => graph.beats[id]!.tier === 2);
      expect(firstTwist).toBe('naomis-reveal');
    }
  });

  it('has dossiers for the people, terms, places, factions and production the act needs', () => {
    const ids = new Set(out.dossiers.map((d) => d.id));
    for (const id of ['rouge-redstar', 'sarah-fitzgerald', 'naomi-orthmann', 'hermann-hayward', 'man-in-glasses', 'scar-head', 'club-staff',
      'neans', 'nectar', 'panacea', 'asimov-code', 'immortal-nine', 'alter', 'visitors', 'truth-bureau', 'club-canal', 'canal-city', 'mars-2128',
      'bones', 'broadcast', 'series-cast', 'act-2']) {
      expect(ids, id).toContain(id);
    }
    for (const category of ['people', 'terms', 'places', 'factions', 'production']) {
      expect(out.dossiers.some((d) => d.category === category), category).toBe(true);
    }
  });

  it('words at least a third of the people facts differently depending on the route', () => {
    const people = out.dossiers.filter((d) => d.category === 'people').flatMap((d) => d.facts);
    const varied = people.filter((f) => f.variants.length > 0);
    expect(varied.length / people.length).toBeGreaterThanOrEqual(1 / 3);
  });

  it('finds every entity the source article names, by the article\'s own spelling', () => {
    const article: Record<string, string> = {
      Ruju: 'rouge-redstar',
      'Luju Redstar': 'rouge-redstar',
      'Sarah Fitzgerald': 'sarah-fitzgerald',
      'Sara Fitzgerald': 'sarah-fitzgerald',
      Nairn: 'neans',
      Nectar: 'nectar',
      'Panacea Corporation': 'panacea',
      'Hermann Hayward': 'hermann-hayward',
      'Naomi Ortman': 'naomi-orthmann',
      'Canal City': 'canal-city',
      Bonds: 'bones',
      'Yutaka Tadebuchi': 'yutaka-izubuchi',
      'Metallic Rouge': 'metallic-rouge',
      'Crimson Plays at the Dawn': 'act-1',
      'Crimson sings at the dawn': 'act-1',
      'Maze Maze': 'act-2',
      '+Ultra': 'broadcast',
      'Fuji TV': 'broadcast',
      'd Anime Store': 'broadcast',
      FOD: 'broadcast',
      'Mobile Police Patlabor': 'yutaka-izubuchi',
      'Space Battleship Yamato 2199': 'yutaka-izubuchi',
      Rahxephon: 'yutaka-izubuchi',
      'My Hero Academia': 'bones',
      'Bungo Stray Dogs': 'bones',
      'Eureka Seven': 'bones',
      Mars: 'mars-2128',
      'ルジュ・レッドスター': 'rouge-redstar',
      'ネアン': 'neans',
      'サラ・フィッツジェラルド': 'sarah-fitzgerald',
    };
    for (const [name, id] of Object.entries(article)) {
      expect(searchDossiers(newcomer, name).hits[0]?.dossier, name).toBe(id);
    }
  });

  it('keeps spoilers behind their tier in search', () => {
    expect(searchDossiers(newcomer, 'Viola Keen').hits.map((h) => h.dossier)).not.toContain('sarah-fitzgerald');
    expect(searchDossiers(act1, 'Viola Keen').hits[0]?.dossier).toBe('sarah-fitzgerald');
    expect(searchDossiers(newcomer, 'Jaron').hits.map((h) => h.dossier)).not.toContain('man-in-glasses');
  });

  it('reads in 15 to 25 minutes on the canonical route (Rouge\'s side, as the episode shows it)', () => {
    const canonical = readRoute(graph, 'rouge', 'rouge');
    expect(canonical.minutes).toBeGreaterThanOrEqual(15);
    expect(canonical.minutes).toBeLessThanOrEqual(25);
  });

  it('gives every route material worth replaying for: each route scene is a real scene', () => {
    for (const b of out.beats.filter((x) => x.route)) {
      expect(b.lines, b.id).toBeGreaterThanOrEqual(10);
    }
  });
});
