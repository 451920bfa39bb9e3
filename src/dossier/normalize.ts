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

/** Folds one ASCII character: letters and digits stay (lowercased), apostrophes go, the rest is a space. */
function foldAscii(code: number): string {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return String.fromCharCode(code);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  return code === 0x27 || code === 0x60 ? '' : ' ';
}

function foldCodePoint(c: string): string {
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
  let spaced = true;
  // A plain loop over UTF-16 units: most text is ASCII, and this runs over every wording of the script.
  for (let index = 0; index < source.length; ) {
    const code = source.charCodeAt(index);
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < source.length ? 2 : 1;
    const units = code < 0x80 ? foldAscii(code) : foldCodePoint(source.slice(index, index + width));
    for (let k = 0; k < units.length; k++) {
      const unit = units[k]!;
      if (unit === ' ' && spaced) continue;
      spaced = unit === ' ';
      folded += unit;
      from.push(index);
    }
    index += width;
  }
  if (spaced && folded !== '') {
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
