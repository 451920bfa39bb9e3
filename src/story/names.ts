/**
 * Names in prose: capitalised words not at a sentence start, and runs of them ("Hermann Hayward",
 * "Dr. Roy Junghardt"). A word at a sentence start counts only when it is a name elsewhere too.
 */

/** A run of capitalised words as written, and whether it starts a sentence. */
interface NameRun {
  readonly words: readonly string[];
  readonly atSentenceStart: boolean;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['Dr.', 'Mr.', 'Mrs.', 'Ms.', 'St.', 'Prof.']);
/** Capitalised words that are not names. */
const NOT_NAMES: ReadonlySet<string> = new Set(['I', "I'm", 'I’m', "I'll", 'I’ll', "I've", 'I’ve', "I'd", 'I’d', 'OK']);
/** Small words that join the capitalised words of one name: "Crimson Is the Sound of Dawn", "Jaron of Yomi". */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'at', 'in']);
const OPENERS = /^["“‘'([«—–-]+/;
const CLOSERS = /["”’'),\].!?…:;»]+$/;

/** Splits a text into runs of capitalised words, noting which start a sentence. */
function nameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  let run: string[] = [];
  let runAtStart = false;
  let sentenceStart = true; // the next word starts a sentence
  let joinable = false; // the next word may carry on the current run (no punctuation between)
  const flush = (): void => {
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!)) run.pop();
    if (run.length > 0) runs.push({ words: run, atSentenceStart: runAtStart });
    run = [];
  };
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    const opener = OPENERS.exec(raw)?.[0] ?? '';
    const rest = raw.slice(opener.length);
    const closer = ABBREVIATIONS.has(rest) ? '' : (CLOSERS.exec(rest)?.[0] ?? '');
    const core = nameCore(rest.slice(0, rest.length - closer.length));
    const capitalised = /^\p{Lu}/u.test(core) && !NOT_NAMES.has(core);
    const connects = CONNECTORS.has(core) && run.length > 0 && joinable && opener === '' && closer === '';
    if (connects) {
      run.push(core);
      continue;
    }
    if (!capitalised || !joinable || opener !== '') flush();
    if (capitalised) {
      // An opening quote starts a sentence of its own; a dash carries the sentence on.
      if (run.length === 0) runAtStart = sentenceStart || /["“‘«]/.test(opener);
      run.push(core);
    }
    sentenceStart = /[.!?…:;]/.test(closer);
    joinable = closer === '';
  }
  flush();
  return runs;
}

/** A word without its possessive ending or a lowercase tail after a hyphen: "Sarah's" → "Sarah", "Nectar-smuggling" → "Nectar". */
function nameCore(word: string): string {
  const possessive = word.replace(/['’]s$/, '').replace(/(?<=s)['’]$/, '');
  const [head = '', ...tail] = possessive.split('-');
  return tail.length > 0 && tail.every((part) => /^\p{Ll}/u.test(part)) ? head : possessive;
}

/** Single capitalised words used on their own in the middle of a sentence anywhere in these texts: names, by their use. */
export function namesMidSentence(texts: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const run of nameRuns(text)) if (!run.atSentenceStart && run.words.length === 1) names.add(run.words[0]!);
  }
  return names;
}

/**
 * The names a text uses, as runs of words. A run that starts a sentence keeps its first word only
 * when the run begins with a known name ("Sarah Fitzgerald steps…", "Club Canal."); "Then Sarah" is "Sarah".
 */
export function namesIn(text: string, known: ReadonlySet<string>): string[][] {
  return nameRuns(text).flatMap((run) => {
    const startsKnown = run.words.some((_, n) => known.has(run.words.slice(0, n + 1).join(' ')));
    const words = run.atSentenceStart && !startsKnown ? run.words.slice(1) : [...run.words];
    while (words.length > 0 && CONNECTORS.has(words[0]!)) words.shift();
    return words.length > 0 ? [words] : [];
  });
}

/** The parts of a run of words that no allowed name covers, longest allowed names first. */
export function unsourcedParts(words: readonly string[], allowed: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  let left: string[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = words.length - i; n > 0 && taken === 0; n--) if (allowed.has(words.slice(i, i + n).join(' '))) taken = n;
    if (taken === 0) {
      left.push(words[i]!);
      i += 1;
      continue;
    }
    parts.push(trimConnectors(left));
    left = [];
    i += taken;
  }
  parts.push(trimConnectors(left));
  return parts.filter((part) => part !== '');
}

function trimConnectors(words: readonly string[]): string {
  let start = 0;
  let end = words.length;
  while (start < end && CONNECTORS.has(words[start]!)) start++;
  while (end > start && CONNECTORS.has(words[end - 1]!)) end--;
  return words.slice(start, end).join(' ');
}
