/**
 * Deep links into the dossiers: `#/dossier`, `#/dossier/<id>` and `#/dossier/<id>/<fact>`.
 * Parsing never throws: junk, bad percent-encoding, huge or odd-Unicode hashes all give a typed answer.
 */
import type { SpoilerLevel } from '../storage/settings.ts';
import { editDistance } from '../story/diagnostics.ts';
import type { Tier } from '../story/types.ts';
import { entryState, stateOf, type Visibility } from './visibility.ts';

/** Where a hash leads. */
export type DossierLink =
  /** Not a dossier link: another screen's route. */
  | { readonly kind: 'none' }
  | { readonly kind: 'index' }
  /** Open the entry (and scroll to the fact, if any); `message` says when part of the link was ignored. */
  | { readonly kind: 'entry'; readonly dossier: string; readonly fact?: string; readonly message?: string }
  /** The entry or fact is beyond the reader's level: ask, then show it at `revealLevel`. */
  | { readonly kind: 'confirm'; readonly dossier: string; readonly fact?: string; readonly revealLevel: SpoilerLevel; readonly message: string }
  /** No such entry: say so, offer the index and the closest listed entries. */
  | { readonly kind: 'unknown'; readonly requested: string; readonly suggestions: readonly { readonly id: string; readonly name: string }[]; readonly message: string };

const MAX_HASH = 512;
const MAX_SHOWN = 40;

/** The hash that opens an entry, or a fact of it. */
export function dossierHref(dossier: string, fact?: string): string {
  return `#/dossier/${encodeURIComponent(dossier)}${fact === undefined ? '' : `/${encodeURIComponent(fact)}`}`;
}

function decode(segment: string): string {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // A stray '%' or a broken sequence: use the segment as typed.
  }
  return text.normalize('NFC').trim().toLowerCase();
}

/** A requested id made safe to show: no control or direction marks, at most 40 characters. */
function shown(text: string): string {
  const clean = Array.from(text.replace(/[\p{C}]/gu, ''));
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN).join('')}…` : clean.join('');
}

/** The spoiler level at which something of this tier is shown in full. */
export function levelShowing(tier: Tier): SpoilerLevel {
  return tier <= 2 ? 'act1' : 'later';
}

function suggestions(vis: Visibility, requested: string): { id: string; name: string }[] {
  if (requested.length > 64) return [];
  const limit = Math.max(2, Math.floor(requested.length / 3));
  return vis.model.entryOrder
    .filter((id) => entryState(vis, id) === 'listed')
    .map((id) => ({ id, name: vis.model.graph.dossiers[id]!.name, distance: editDistance(requested, id) }))
    .filter((s) => s.distance <= limit)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, 3)
    .map(({ id, name }) => ({ id, name }));
}

function entryLink(vis: Visibility, dossier: string, fact: string | undefined): DossierLink {
  const known = fact === undefined ? undefined : vis.model.graph.dossiers[dossier]!.facts.find((f) => f.id === fact);
  if (entryState(vis, dossier) === 'locked') {
    // Confirming must show what the link points at: the entry, and the fact when it lies further still.
    const tier = Math.max(vis.model.entryTier.get(dossier) ?? 3, known?.tier ?? 0) as Tier;
    const message = 'This entry is further into the story than you have read. Show it anyway? It may spoil what comes next.';
    return { kind: 'confirm', dossier, ...(known ? { fact: known.id } : {}), revealLevel: levelShowing(tier), message };
  }
  if (fact === undefined) return { kind: 'entry', dossier };
  if (!known) return { kind: 'entry', dossier, message: `This entry has no fact “${shown(fact)}”; here is the whole entry.` };
  if (stateOf(vis, dossier, fact) !== 'hidden') return { kind: 'entry', dossier, fact };
  const message = 'This fact is further into the story than you have read. Show it anyway? It may spoil what comes next.';
  return { kind: 'confirm', dossier, fact, revealLevel: levelShowing(known.tier), message };
}

/** Reads a location hash as a dossier link, obeying the reader's spoiler level. */
export function parseDossierLink(vis: Visibility, hash: string): DossierLink {
  const path = String(hash).slice(0, MAX_HASH).replace(/^#/, '').split('?')[0]!;
  const segments = path.split('/').filter((s) => s !== '');
  if (segments[0]?.toLowerCase() !== 'dossier') return { kind: 'none' };
  const id = segments[1] === undefined ? '' : decode(segments[1]);
  if (id === '') return { kind: 'index' };
  const fact = segments[2] === undefined ? undefined : decode(segments[2]) || undefined;
  if (!Object.hasOwn(vis.model.graph.dossiers, id)) {
    const found = suggestions(vis, id);
    const message = `There is no dossier entry “${shown(id)}”.${found.length > 0 ? ' Did you mean one of these?' : ''} Every entry is in the index.`;
    return { kind: 'unknown', requested: shown(id), suggestions: found, message };
  }
  return entryLink(vis, id, fact);
}
