/** The story screen's sentences, shared by what is shown and what is announced. */
import type { EndingView } from '../../machine/selectors.ts';

/** Names in a list the way a sentence says them: "a", "a and b", "a, b and c". */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "You followed Rouge's side." and "Still to read: Sarah's side and the Nectar trail.", one per line. */
export function routesSentence(ending: EndingView): string {
  // Inside a sentence, "The Nectar trail" reads "the Nectar trail".
  const names = (routes: EndingView['followed']) => listInWords(routes.map((r) => r.name.replace(/^The /, 'the ')));
  const followed = ending.followed.length ? `You followed ${names(ending.followed)}.` : '';
  const missed = ending.missed.length ? `Still to read: ${names(ending.missed)}.` : 'You have read every side of the night.';
  return [followed, missed].filter(Boolean).join('\n');
}

/** The end, as the live region says it. */
export function endingSentence(ending: EndingView): string {
  return `The end: ${ending.name}. ${routesSentence(ending).replace('\n', ' ')}`;
}
