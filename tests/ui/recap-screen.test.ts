// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Speaker } from '../../src/a11y/announcer.ts';
import { SilentAudio } from '../../src/audio/audio-port.ts';
import { SilentSpeech, type SpeechLine, type SpeechPort } from '../../src/audio/speech.ts';
import { SettingsStore } from '../../src/storage/settings.ts';
import { countWords, RECAP_PACE } from '../../src/story/reading-time.ts';
import type { LineStep, RecapChapter } from '../../src/story/types.ts';
import { RecapScreen } from '../../src/ui/recap/recap-screen.ts';
import { realStory } from '../support/story.ts';

const graph = realStory();
const main = graph.recap.filter((c) => c.part === 'main');
const linesOf = (chapter: RecapChapter) => chapter.steps.filter((s): s is LineStep => s.kind === 'line').map((s) => s.text);
/** How long a narration line stays at the default pace, in ms: the pace's own figures, from the script's words. */
const lineMs = (text: string) => ((countWords(text) / RECAP_PACE.wordsPerMinute) * 60 + RECAP_PACE.secondsPerLine) * 1000;

/** A voice that records what it is asked to say and finishes only when told. */
class FakeSpeech implements SpeechPort {
  readonly said: string[] = [];
  private pending: (() => void) | undefined;
  available = () => true;
  onAvailability = () => () => undefined;
  speak(line: SpeechLine, done?: () => void): void {
    this.said.push(line.text);
    this.pending = done;
  }
  cancel(): void {
    this.pending = undefined;
  }
  finish(): void {
    const done = this.pending;
    this.pending = undefined;
    done?.();
  }
}

describe('the recap screen', () => {
  let root: HTMLElement;
  let screen: RecapScreen;
  let heard: string[];
  let settings: SettingsStore;
  const calls = { readFrom: vi.fn<(beat: string) => void>(), openDossier: vi.fn<(entry: string) => void>(), toTitle: vi.fn<() => void>() };
  const mount = (speech: SpeechPort = new SilentSpeech()) => {
    const speaker: Speaker = { announce: (text) => heard.push(text), notify: (text) => heard.push(`notice: ${text}`) };
    screen = new RecapScreen({ doc: document, graph, settings, audio: new SilentAudio(), speech, speaker, ...calls });
    screen.mount(root);
  };
  const current = () => root.querySelector('.recap-line.is-current')?.textContent;
  const press = (id: string) => root.querySelector<HTMLElement>(`[data-control="${id}"]`)!.click();
  const key = (k: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  /** Every word and attribute value in the page. */
  const pageText = () => document.body.innerHTML;

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    document.body.innerHTML = '<main id="ui"></main>';
    root = document.getElementById('ui')!;
    heard = [];
    settings = new SettingsStore(undefined);
    Object.values(calls).forEach((c) => c.mockReset());
  });
  afterEach(() => {
    screen.unmount();
    vi.useRealTimers();
  });

  it('tells the recap by itself: the first line, then the next when its time is up, each said once in the live region', () => {
    mount();
    const [first, second] = linesOf(main[0]!);
    expect(current()).toBe(first);
    expect(root.querySelector('h2.recap-chapter')!.textContent).toBe(`Chapter 1: ${main[0]!.title}`);
    expect(heard).toEqual([`Chapter 1: ${main[0]!.title}.`, first]);
    vi.advanceTimersByTime(lineMs(first!) - 50);
    expect(current()).toBe(first);
    vi.advanceTimersByTime(100);
    expect(current()).toBe(second);
    expect(heard).toEqual([`Chapter 1: ${main[0]!.title}.`, first, second]);
    expect(document.activeElement?.getAttribute('data-control')).toBe('recap-play');
  });

  it('pauses on Space or any other key and plays on from the same moment; the arrows step line by line', () => {
    mount();
    const [first, second, third] = linesOf(main[0]!);
    vi.advanceTimersByTime(1000);
    (document.activeElement as HTMLElement).blur();
    key(' ');
    expect(root.querySelector('[data-control="recap-play"]')!.textContent).toBe('Play');
    vi.advanceTimersByTime(600_000);
    expect(current()).toBe(first);
    key(' ');
    vi.advanceTimersByTime(lineMs(first!) - 1000 + 10);
    expect(current()).toBe(second);
    key('x');
    vi.advanceTimersByTime(600_000);
    expect(current()).toBe(second);
    key('ArrowRight');
    expect(current()).toBe(third);
    key('ArrowLeft');
    key('ArrowLeft');
    expect(current()).toBe(first);
  });

  it('has a timeline of links with the current chapter marked; following one tells that chapter from its first line', () => {
    mount();
    const links = [...root.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Recap chapters"] li a')];
    expect(links.map((a) => a.querySelector('.recap-tl-title')!.textContent)).toEqual([...main.map((c) => c.title), "Act 1's twist (spoilers)"]);
    expect(links.filter((a) => a.getAttribute('aria-current') === 'step')).toEqual([links[0]]);
    links[4]!.click();
    expect(current()).toBe(linesOf(main[4]!)[0]);
    expect(root.querySelector('[aria-current="step"] .recap-tl-title')!.textContent).toBe(main[4]!.title);
    expect(heard.slice(-2)).toEqual([`Chapter 5: ${main[4]!.title}.`, linesOf(main[4]!)[0]]);
  });

  it('stops at the spoiler gate with nothing of the twist in the page; declining ends spoiler-free, with scenes and people to open', () => {
    mount();
    const behind = graph.recap.filter((c) => c.part === 'twist' || c.part === 'ending');
    const twistWords = [...behind.map((c) => c.title), ...behind.flatMap(linesOf), ...behind.map((c) => c.id).filter((id) => id.includes('-'))];
    root.querySelector<HTMLElement>('.recap-tl-item.is-gate a')!.click();
    expect(root.querySelector('.recap-gate h2')!.textContent).toBe("Act 1's twist is next");
    expect(document.activeElement).toBe(root.querySelector('.recap-gate h2'));
    for (const words of twistWords) expect(pageText()).not.toContain(words);
    press('recap-decline');
    const safe = graph.recap.filter((c) => c.part === 'safe-ending');
    expect(root.querySelector('h2.recap-chapter')!.textContent).toBe(`Chapter ${main.length + 1}: ${safe[0]!.title}`);
    vi.advanceTimersByTime(RECAP_PACE.secondsPerChapterChange * 1000 + 1);
    expect(current()).toBe(linesOf(safe[0]!)[0]);
    vi.advanceTimersByTime(600_000);
    expect(root.querySelector('.recap-end h2')!.textContent).toBe('End of the recap');
    for (const words of twistWords) expect(pageText()).not.toContain(words);
    expect(heard.join('\n')).not.toContain(linesOf(behind[0]!)[0]);
    const scenes = [...root.querySelectorAll<HTMLButtonElement>('ul[aria-label="Scenes to read"] button')];
    expect(scenes[0]!.textContent).toBe(main.find((c) => c.beat === 'cold-open')!.title);
    scenes[0]!.click();
    expect(calls.readFrom).toHaveBeenCalledWith('cold-open');
    const person = [...root.querySelectorAll<HTMLButtonElement>('ul[aria-label="Dossiers"] button')].find((b) => b.textContent === 'Sarah Fitzgerald')!;
    person.click();
    expect(calls.openDossier).toHaveBeenCalledWith('sarah-fitzgerald');
  });

  it('accepting the gate tells the twist, then the ending', () => {
    mount();
    root.querySelector<HTMLElement>('.recap-tl-item.is-gate a')!.click();
    press('recap-accept');
    const twist = graph.recap.filter((c) => c.part === 'twist');
    expect(root.querySelector('h2.recap-chapter')!.textContent).toBe(`Chapter ${main.length + 1}: ${twist[0]!.title}`);
    vi.advanceTimersByTime(RECAP_PACE.secondsPerChapterChange * 1000 + 1);
    expect(current()).toBe(linesOf(twist[0]!)[0]);
    expect(document.activeElement?.getAttribute('data-control')).toBe('recap-play');
  });

  it('read aloud: says each line once and waits for the voice before going on; the button says when speech is unavailable', () => {
    const speech = new FakeSpeech();
    settings.update({ selfVoicing: true });
    mount(speech);
    const [first, second] = linesOf(main[0]!);
    expect(speech.said).toEqual([first]);
    vi.advanceTimersByTime(600_000);
    expect(current()).toBe(first);
    expect(speech.said).toEqual([first]);
    speech.finish();
    vi.advanceTimersByTime(RECAP_PACE.secondsPerLine * 1000 + 1);
    expect(current()).toBe(second);
    expect(speech.said).toEqual([first, second]);
    expect(root.querySelector('[data-control="recap-voice"]')!.getAttribute('aria-pressed')).toBe('true');
    screen.unmount();
    mount(new SilentSpeech());
    const voice = root.querySelector<HTMLElement>('[data-control="recap-voice"]')!;
    expect(voice.textContent).toBe('Read aloud (not available)');
    expect(voice.getAttribute('aria-disabled')).toBe('true');
  });

  it('leaves the page as it found it: no elements, no timers reading on, no keys handled', () => {
    mount();
    screen.unmount();
    expect(root.children).toHaveLength(0);
    const before = heard.length;
    vi.advanceTimersByTime(600_000);
    key(' ');
    expect(heard).toHaveLength(before);
    mount();
  });
});
