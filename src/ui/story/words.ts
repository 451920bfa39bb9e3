/** The story screen's sentences, shared by what is shown and what is announced. */
import type { EndingView } from '../../machine/selectors.ts';

/** Names in a list the way a sentence says them: "a", "a and b", "a, b and c". */
export function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * "You followed Rouge's side." and "Still to read: Sarah's side and the Nectar trail.", one per line.
 * A side finished in an earlier reading (`finishedBefore`, route ids) is not still to read: a fan
 * replaying Act 1 for each side is told when every side has been read, not sent back to them.
 */
export function routesSentence(ending: EndingView, finishedBefore: readonly string[] = []): string {
  // Inside a sentence, "The Nectar trail" reads "the Nectar trail".
  const names = (routes: EndingView['followed']) => listInWords(routes.map((r) => r.name.replace(/^The /, 'the ')));
  const followed = ending.followed.length ? `You followed ${names(ending.followed)}.` : '';
  const left = ending.missed.filter((route) => !finishedBefore.includes(route.id));
  const missed = left.length ? `Still to read: ${names(left)}.` : 'You have read every side of the night.';
  return [followed, missed].filter(Boolean).join('\n');
}

/** The end, as the live region says it. */
export function endingSentence(ending: EndingView, finishedBefore: readonly string[] = []): string {
  return `The end: ${ending.name}. ${routesSentence(ending, finishedBefore).replace('\n', ' ')}`;
}
