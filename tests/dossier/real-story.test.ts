import { describe, expect, it } from 'vitest';
import { compareView } from '../../src/dossier/compare-view.ts';
import { entryView } from '../../src/dossier/entry-view.ts';
import { indexView } from '../../src/dossier/index-view.ts';
import { parseDossierLink } from '../../src/dossier/links.ts';
import { buildDossierModel } from '../../src/dossier/model.ts';
import { relationshipView } from '../../src/dossier/relationships.ts';
import { searchDossiers } from '../../src/dossier/search.ts';
import { decideVisibility, type Visibility } from '../../src/dossier/visibility.ts';
import type { Position } from '../../src/machine/runtime.ts';
import { EMPTY_PROGRESS, type Progress } from '../../src/progress/progress.ts';
import type { StoryGraph } from '../../src/story/types.ts';
import { playRoute, realStory } from '../support/story.ts';
import { allStrings, fastestMs } from './support.ts';

// The dossiers on the real Act 1 script, read the way readers read it: route by route.
const graph = realStory();
const model = buildDossierModel(graph);

/** Plays the story taking `route`'s option at every choice, and returns the positions read. */
function follow(story: StoryGraph, route: string): Position[] {
  return playRoute(story, (options) => Math.max(0, options.findIndex((o) => story.beats[o.target]?.route === route)));
}

/** What a reader has read after the positions up to (not including) the first in `stopAt`. */
function readUntil(path: Position[], stopAt?: string): Progress {
  const end = stopAt === undefined ? path.length : path.findIndex((p) => p.beatId === stopAt);
  const last = path[Math.max(0, end - 1)]!;
  return { ...EMPTY_PROGRESS, beats: [...last.visited].sort(), facts: Object.fromEntries(Object.entries(last.unlocked).map(([key, route]) => [key, [route]])) };
}

function merge(a: Progress, b: Progress): Progress {
  const keys = new Set([...Object.keys(a.facts), ...Object.keys(b.facts)]);
  const facts = Object.fromEntries([...keys].map((k) => [k, [...new Set([...(a.facts[k] ?? []), ...(b.facts[k] ?? [])])].sort()]));
  return { ...a, beats: [...new Set([...a.beats, ...b.beats])].sort(), facts };
}

/** Every word a screen could show at this visibility: views, compare views, the graph, searches and deep links. */
function everythingShown(vis: Visibility): string {
  const listed = model.entryOrder.filter((id) => vis.entries.get(id) === 'listed');
  const queries = ['Viola', 'Purgatory', 'Immortal Nine', 'Jaron', 'Alter', 'Sylvia', 'Metal Rouge', 'the', 'she', 'red', 'Nean', 'Sarah', 'a'];
  const links = model.entryOrder.flatMap((id) => [`#/dossier/${id}`, ...graph.dossiers[id]!.facts.map((f) => `#/dossier/${id}/${f.id}`)]);
  const views = [
    indexView(vis),
    listed.map((id) => entryView(vis, id)),
    listed.flatMap((id) => graph.dossiers[id]!.facts.map((f) => compareView(vis, id, f.id))),
    relationshipView(vis),
    queries.map((q) => searchDossiers(vis, q)),
    links.map((link) => parseDossierLink(vis, link)),
  ];
  // Ids are keys, never shown as words; `query` is the reader's own typing.
  return allStrings(views, new Set(['id', 'dossier', 'fact', 'key', 'from', 'to', 'query'])).join('\n');
}

const TWIST = /\b(Viola|Purgatory|Immortal|Jaron|Giallon|Yomi|Alter|Nius|Achillus|Sylvia|Junghardt|Metal Rouge)\b/;

describe('the dossiers on the real script', () => {
  const routes = Object.keys(graph.routes);

  it('shows nothing of the twist to a newcomer, nor to a reader who stopped before Naomi\'s reveal on any route', () => {
    expect(everythingShown(decideVisibility(model, EMPTY_PROGRESS, 'read'))).not.toMatch(TWIST);
    for (const route of routes) {
      const vis = decideVisibility(model, readUntil(follow(graph, route), 'naomis-reveal'), 'read');
      expect(vis.reached, route).toBe(1);
      expect(everythingShown(vis), route).not.toMatch(TWIST);
    }
  });

  it('shows the twist at "read" once it is read, and at "act1" to anyone who asks', () => {
    const after = decideVisibility(model, readUntil(follow(graph, 'rouge')), 'read');
    expect(searchDossiers(after, 'Viola Keen').hits[0]?.dossier).toBe('sarah-fitzgerald');
    expect(everythingShown(decideVisibility(model, EMPTY_PROGRESS, 'act1'))).toMatch(TWIST);
  });

  it('finds the article\'s spellings, the Japanese names and typos', () => {
    const newcomer = decideVisibility(model, EMPTY_PROGRESS, 'read');
    const expected = { Ruju: 'rouge-redstar', Nairn: 'neans', 'Hermann Heyward': 'hermann-hayward', 'ナオミ': 'naomi-orthmann', 'Naomi Ortmann': 'naomi-orthmann', 'Sara Fitzgerld': 'sarah-fitzgerald', 'ネクタル': 'nectar' };
    for (const [query, id] of Object.entries(expected)) expect(searchDossiers(newcomer, query).hits[0]?.dossier, query).toBe(id);
  });

  it('shows two routes\' wordings of a fact side by side once both routes were read', () => {
    const both = merge(readUntil(follow(graph, 'rouge')), readUntil(follow(graph, 'sarah')));
    const patron = graph.dossiers['sarah-fitzgerald']!.facts.find((f) => f.id === 'patron')!;
    const shown = entryView(decideVisibility(model, both, 'read'), 'sarah-fitzgerald')!.facts.find((f) => f.id === 'patron');
    expect(shown?.kind === 'found' && shown.wordings.map((w) => [w.route.name, w.text])).toEqual([
      [graph.routes['rouge']!.name, patron.variants['rouge']],
      [graph.routes['sarah']!.name, patron.variants['sarah']],
    ]);
  });

  it('counts, after one full route, every fact found on it and none it could not show', () => {
    const rouge = readUntil(follow(graph, 'rouge'));
    const index = indexView(decideVisibility(model, rouge, 'read'));
    expect(index.found).toBe(Object.keys(rouge.facts).length);
    expect(index.newCount).toBe(index.found);
    expect(index.total).toBeLessThanOrEqual(Object.values(graph.dossiers).reduce((n, d) => n + d.facts.filter((f) => f.tier <= 2).length, 0));
  });

  it('opens the dossiers and answers each keystroke well within a frame', () => {
    const reader = readUntil(follow(graph, 'nectar'), 'naomis-reveal');
    const vis = decideVisibility(model, reader, 'read');
    const open = () => {
      const fresh = decideVisibility(model, reader, 'read');
      indexView(fresh);
      entryView(fresh, 'sarah-fitzgerald');
    };
    expect(fastestMs(open)).toBeLessThan(50);
    const typed = 'Hermann Heyward';
    for (let n = 1; n <= typed.length; n++) expect(fastestMs(() => searchDossiers(vis, typed.slice(0, n))), typed.slice(0, n)).toBeLessThan(50);
  });
});
