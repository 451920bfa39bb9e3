/**
 * Text folding for search: case, accents, full-width forms, punctuation and invisible marks fold
 * away, so "Luju  Redstar!" finds "Luju Redstar" and "ﾅｵﾐ" finds "ナオミ". Every folded character
 * remembers where it came from, so a match can be highlighted in the original text.
 */

/** Folded text; `source` is the text it was folded from (composed, NFC), `from` maps each folded unit to its index there. */
export interface Folded {
  readonly source: string;
  readonly text: string;
  readonly from: readonly number[];
}

const DROPPED = /^[\p{Cf}'’ʼ‘`´]$/u;
const KEPT = /^[\p{L}\p{N}\u3099\u309a]$/u;

function foldCodePoint(c: string): string {
  const code = c.codePointAt(0)!;
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return c;
    if (code >= 0x41 && code <= 0x5a) return c.toLowerCase();
    return c === "'" || c === '`' ? '' : ' ';
  }
  // Combining marks go (accents, zalgo), except the kana voicing marks that make ジ differ from シ.
  const folded = c.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, (m) => (m === '\u3099' || m === '\u309a' ? m : '')).normalize('NFKC');
  let out = '';
  for (const part of folded) out += DROPPED.test(part) ? '' : KEPT.test(part) ? part : ' ';
  return out;
}

/** Folds text for matching and keeps where every folded character came from. */
export function fold(text: string): Folded {
  const source = text.normalize('NFC');
  let folded = '';
  const from: number[] = [];
  let index = 0;
  for (const c of source) {
    for (const unit of foldCodePoint(c)) {
      if (unit === ' ' && (folded === '' || folded.endsWith(' '))) continue;
      folded += unit;
      for (let k = 0; k < unit.length; k++) from.push(index);
    }
    index += c.length;
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    from.pop();
  }
  return { source, text: folded, from };
}

/** Folds case, accents, width and punctuation: the form queries and names are compared in. */
export function normalize(text: string): string {
  return fold(text).text;
}

/** Where a match in folded text lies in its source: start and end (exclusive), in `folded.source` units. */
export function sourceRange(folded: Folded, start: number, length: number): { start: number; end: number } {
  const first = folded.from[start] ?? 0;
  const lastFrom = folded.from[start + length - 1] ?? first;
  const last = folded.source.codePointAt(lastFrom) ?? 0;
  return { start: first, end: lastFrom + (last > 0xffff ? 2 : 1) };
}
