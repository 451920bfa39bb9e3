import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beatLink, parseBeatLink } from '../../src/map/deep-link.ts';
import { realStory } from '../support/story.ts';

const read = { beats: ['cold-open', 'nectar-smuggling-attack', 'sarahs-stage'] };

describe('deep links', () => {
  it('opens a beat the reader has read', () => {
    expect(parseBeatLink('#/beat/sarahs-stage', realStory(), read)).toEqual({ kind: 'open', beatId: 'sarahs-stage' });
  });

  it('asks first for a beat the reader has not reached, without naming it', () => {
    const graph = realStory();
    const link = parseBeatLink('#/beat/naomis-reveal', graph, read);
    expect(link).toMatchObject({ kind: 'confirm', beatId: 'naomis-reveal' });
    const message = link.kind === 'confirm' ? link.message : '';
    expect(message).toMatch(/not reached/);
    expect(message).not.toContain(graph.beats['naomis-reveal']!.title);
  });

  it('says an unknown beat is unknown, naming what the link asked for, and sends the reader to the map', () => {
    const link = parseBeatLink('#/beat/the-moon', realStory(), read);
    expect(link).toEqual({ kind: 'unknown', message: 'There is no scene “the-moon” in this story. Here is the story map instead.' });
  });

  it('leaves other hashes to the rest of the app', () => {
    for (const hash of ['', '#', '#/map', '#/beats/sarahs-stage', 'sarahs-stage']) expect(parseBeatLink(hash, realStory(), read)).toEqual({ kind: 'none' });
  });

  it('never throws on junk, and never mistakes an object property for a beat', () => {
    const graph = realStory();
    const junk = ['#/beat/', '#/beat/%E0%A4%A', '#/beat/%', '#/beat/__proto__', '#/beat/constructor', '#/beat/toString', `#/beat/${'x'.repeat(10_000)}`, '#/beat/%0A%1B[31mred'];
    for (const hash of junk) {
      const link = parseBeatLink(hash, graph, read);
      expect(link.kind, hash.slice(0, 40)).toBe('unknown');
      if (link.kind === 'unknown') {
        expect(link.message.length).toBeLessThan(120);
        expect([...link.message].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
      }
    }
    fc.assert(fc.property(fc.string(), (tail) => ['none', 'open', 'confirm', 'unknown'].includes(parseBeatLink(`#/beat/${tail}`, graph, read).kind)));
  });

  it('makes links that lead back to their beat, for every beat of the story', () => {
    const graph = realStory();
    for (const id of graph.beatOrder) expect(parseBeatLink(beatLink(id), graph, { beats: graph.beatOrder })).toEqual({ kind: 'open', beatId: id });
  });
});
