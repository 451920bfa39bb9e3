import { describe, expect, it } from 'vitest';
import { fold, normalize, sourceRange } from '../../src/dossier/normalize.ts';

// What a reader may type versus how names are written: both fold to the same text.
describe('folding text for search', () => {
  it.each([
    ['Luju  Redstar!', 'luju redstar'],
    ["Asimov's Code", 'asimovs code'],
    ['ＲＯＵＧＥ', 'rouge'],
    ['ﾅｵﾐ', 'ナオミ'],
    ['サラ・フィッツジェラルド', 'サラ フィッツジェラルド'],
    ['Zoë Éclair', 'zoe eclair'],
    ['S̷a̸r̶a̵h̴', 'sarah'],
    ['\u200fSa\u200drah\u200e', 'sarah'],
    ['🙂 +Ultra 🎤', 'ultra'],
    ['シ\u3099', 'ジ'],
  ])('folds %j to %j', (typed, folded) => {
    expect(normalize(typed)).toBe(folded);
  });

  it('keeps the kana voicing marks that tell two names apart', () => {
    expect(normalize('ルジュ')).not.toBe(normalize('ルシュ'));
  });

  it('maps a match in folded text back to the characters of the original', () => {
    const folded = fold('The diva, Zoë Fitzgerald!');
    const at = folded.text.indexOf('zoe fitz');
    const { start, end } = sourceRange(folded, at, 'zoe fitz'.length);
    expect(folded.source.slice(start, end)).toBe('Zoë Fitz');
  });

  it('maps a match that ends on an emoji or other astral character to its whole character', () => {
    const folded = fold('Rouge 𝐑𝐞𝐝');
    const { start, end } = sourceRange(folded, folded.text.indexOf('red'), 3);
    expect(folded.source.slice(start, end)).toBe('𝐑𝐞𝐝');
  });
});
