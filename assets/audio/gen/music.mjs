// The six music loops. All melodies/progressions are original and written out below.
import { SR, TAU, Loop, loopLen, qf, mtof, noise, biquadC, cyc, cyc2, reverbLoop, delayLoop, SVF, blep, smoothCurve, clamp } from './dsp.mjs';
import * as I from './inst.mjs';

// ---------------------------------------------------------------- helpers
function grid(bars, bpm, beatsPerBar = 4) {
  const beats = bars * beatsPerBar;
  const L = loopLen((beats * 60) / bpm);
  return { L, spb: L / beats, bpm: (60 * SR * beats) / L, beats, bars, bpb: beatsPerBar };
}
function swing(beat, r) {
  const b = Math.floor(beat), f = beat - b;
  return b + (f < 0.5 ? (f / 0.5) * r : r + ((f - 0.5) / 0.5) * (1 - r));
}

/** dry + reverb send + delay send buses */
class Mix {
  constructor(L) { this.L = L; this.dry = new Loop(L); this.rev = new Loop(L); this.dly = new Loop(L); this.tag = 'misc'; this.stems = process.env.MR_STEMS ? {} : null; }
  stem() { return (this.stems[this.tag] ||= new Loop(this.L)); }
  add(x, pos, g = 1, pan = 0, rv = 0, dl = 0) {
    this.dry.add(x, pos, g, pan);
    if (this.stems) this.stem().add(x, pos, g, pan);
    if (rv) this.rev.add(x, pos, g * rv, pan);
    if (dl) this.dly.add(x, pos, g * dl, pan);
  }
  add2(l, r, pos, g = 1, rv = 0, dl = 0) {
    this.dry.add2(l, r, pos, g);
    if (this.stems) this.stem().add2(l, r, pos, g);
    if (rv) this.rev.add2(l, r, pos, g * rv);
    if (dl) this.dly.add2(l, r, pos, g * dl);
  }
  finish({ rev = {}, revGain = 1, dly = null, revHp = 220 } = {}) {
    const out = new Loop(this.L);
    out.mix(this.dry);
    if (dly) {
      const dw = delayLoop(this.dly, dly.d, dly.fb ?? 0.4, dly.lp ?? 3000, 4);
      out.mix(dw, dly.gain ?? 1);
      this.rev.mix(dw, dly.toRev ?? 0.3);
    }
    biquadC(this.rev.l, 'hp', revHp, 0.7);
    biquadC(this.rev.r, 'hp', revHp, 0.7);
    const w = reverbLoop(this.rev, rev);
    out.mix(w, revGain);
    if (this.stems) { this.stems.reverb = w; out.stems = this.stems; }
    return out;
  }
}

/** stereo tremolo / auto-pan applied in place to l/r arrays of a bus (periodic in the loop) */
function autopan(bus, cycles, depth) {
  const L = bus.L;
  for (let i = 0; i < L; i++) {
    const s = Math.sin((TAU * cycles * i) / L);
    bus.l[i] *= 1 - depth * (0.5 + 0.5 * s);
    bus.r[i] *= 1 - depth * (0.5 - 0.5 * s);
  }
}

/** melody [[bar, beat, durBeats, midi, vel?], ...] -> monoLead note list in seconds */
function melodyNotes(mel, posOf, rng, { late = 0.012, jitter = 0.008, legato = 0.96 } = {}) {
  return mel.map(([bar, beat, d, m, v]) => {
    const s = posOf(bar, beat) / SR + late + rng.bi() * jitter;
    const e = posOf(bar, beat + d) / SR + late;
    return { t: s, d: Math.max(0.06, (e - s) * legato), m, v: v ?? 0.8 };
  });
}

const Q = { m9: [0, 3, 7, 10, 14], 13: [0, 4, 7, 10, 14, 21], '7b9': [0, 4, 7, 10, 13], maj9: [0, 4, 7, 11, 14], maj7: [0, 4, 7, 11], m7b5: [0, 3, 6, 10], 'maj7#11': [0, 4, 7, 11, 18], '7alt': [0, 4, 8, 10, 15], m7: [0, 3, 7, 10], '7sus': [0, 5, 7, 10], 7: [0, 4, 7, 10], m: [0, 3, 7], M: [0, 4, 7] };

/** walking / two-feel bass line generator. chords: [{at (beat abs), len, root (midi), q}] */
function bassLine(chords, totalBeats, rng, { twoFeelUntil = 0, lo = 31, hi = 50 } = {}) {
  const notes = [];
  let prev = chords[0].root;
  const chordAt = (b) => chords.find((c) => b >= c.at && b < c.at + c.len);
  const nearest = (pc, ref) => { let best = null; for (let m = lo; m <= hi; m++) if (((m - pc) % 12 + 12) % 12 === 0 && (best === null || Math.abs(m - ref) < Math.abs(best - ref))) best = m; return best; };
  for (let b = 0; b < totalBeats; b++) {
    const c = chordAt(b);
    const nextC = chordAt((b + 1) % totalBeats);
    const two = b < twoFeelUntil;
    if (two && b % 2 === 1) continue;
    let m;
    if (b === c.at) m = nearest(c.root, prev);
    else if (!two && nextC !== c) {
      const nr = nearest(nextC.root, prev);
      m = rng.chance(0.6) ? nr + (prev > nr ? 1 : -1) : nr + 7 > hi ? nr - 5 : nr + 7;
    } else {
      const cands = [];
      for (const iv of Q[c.q].slice(1, 4)) { const mm = nearest((c.root + iv) % 12, prev + (two ? 0 : rng.bi() * 3)); if (mm !== prev) cands.push(mm); }
      m = two ? nearest((c.root + 7) % 12, prev) : rng.pick(cands);
    }
    m = clamp(m, lo, hi);
    notes.push({ beat: b, m, d: two ? 1.85 : 0.92, v: b === c.at ? 0.95 : 0.8 + rng.next() * 0.1 });
    if (two && rng.chance(0.3)) {
      // swung pickup before the next half-note
      const nb = b + 1.5;
      const nc = chordAt(Math.floor(nb + 0.5) % totalBeats);
      const tgt = nearest(nc.root, m);
      notes.push({ beat: nb, m: tgt + (rng.chance(0.5) ? 1 : -1), d: 0.4, v: 0.55, pickup: true });
      notes[notes.length - 2].d = 1.4;
    }
    prev = m;
  }
  return notes;
}

// ================================================================= club-song
// Original 16-bar minor soul/jazz tune in C minor, medium swing.
export function clubSong(rng) {
  const G = grid(16, 104);
  const sw = 0.64;
  const pos = (bar, beat) => swing(bar * 4 + beat, sw) * G.spb;
  const mix = new Mix(G.L);
  // chords: [bar, beat, root(pc midi), quality, EP voicing]
  const C = [
    [0, 0, 36, 'm9', [58, 62, 63, 67]], [1, 0, 44, '13', [58, 60, 65, 66]], [2, 0, 41, 'm9', [56, 60, 63, 67]], [3, 0, 43, '7b9', [56, 59, 62, 65]],
    [4, 0, 36, 'm9', [58, 62, 63, 67]], [5, 0, 44, '13', [58, 60, 65, 66]], [6, 0, 37, 'maj7#11', [60, 65, 67, 68]], [7, 0, 43, '7alt', [59, 63, 65, 70]],
    [8, 0, 39, 'maj9', [58, 62, 65, 67]], [9, 0, 44, 'maj9', [58, 60, 63, 67]], [10, 0, 38, 'm7b5', [56, 60, 62, 65]], [11, 0, 43, '7b9', [56, 59, 62, 65]],
    [12, 0, 36, 'm9', [58, 62, 63, 67]], [13, 0, 41, 'm9', [56, 60, 63, 67]], [13, 2, 46, '13', [56, 60, 62, 67]],
    [14, 0, 39, 'maj7', [58, 62, 63, 67]], [14, 2, 44, 'maj7', [56, 60, 63, 67]], [15, 0, 38, 'm7b5', [56, 60, 62, 65]], [15, 2, 43, '7b9', [56, 59, 62, 65]],
  ];
  const chords = C.map(([bar, beat, root, q, v], i) => {
    const at = bar * 4 + beat;
    const nx = C[(i + 1) % C.length];
    const nat = i + 1 < C.length ? nx[0] * 4 + nx[1] : G.beats;
    return { at, len: nat - at, root, q, v };
  });

  // --- electric piano comping
  const ep = new Loop(G.L);
  const epRng = rng.fork('ep');
  let skipNext = false;
  chords.forEach((c, i) => {
    const next = chords[(i + 1) % chords.length];
    const hits = [];
    if (!skipNext) hits.push({ b: c.at + (epRng.chance(0.25) ? 0.5 : 0), d: c.len >= 4 ? 1.6 : 1.2, v: 0.62, ch: c });
    skipNext = false;
    if (c.len >= 4) {
      if (epRng.chance(0.6)) hits.push({ b: c.at + 1.5, d: 0.45, v: 0.5, ch: c });
      if (epRng.chance(0.5)) hits.push({ b: c.at + 2.5, d: 0.9, v: 0.52, ch: c });
    }
    if (next.root !== c.root && epRng.chance(0.35)) { hits.push({ b: c.at + c.len - 0.5, d: 1.8, v: 0.6, ch: next }); skipNext = true; }
    for (const h of hits) {
      const start = pos(0, h.b);
      const end = pos(0, h.b + h.d);
      h.ch.v.forEach((m, k) => {
        const roll = k * (0.004 + epRng.next() * 0.006) * SR;
        const x = I.epiano(m, (end - start) / SR, h.v * (0.85 + epRng.next() * 0.2) * (k === 3 ? 1.05 : 1), epRng);
        ep.add(x, start + roll + 0.006 * SR, 0.36, (k - 1.5) * 0.15);
      });
    }
  });
  autopan(ep, Math.round((G.L / SR) * 2.2), 0.35);
  mix.dry.mix(ep, 1);
  if (mix.stems) mix.stems.ep = ep;
  mix.rev.mix(ep, 0.25);

  // --- upright bass: two-feel A section, walking B section
  mix.tag = 'bass';
  const bn = bassLine(chords, G.beats, rng.fork('bass'), { twoFeelUntil: 32 });
  const bRng = rng.fork('bass-snd');
  for (const n of bn) {
    const s = pos(0, n.beat), e = pos(0, n.beat + n.d);
    mix.add(I.upright(n.m, (e - s) / SR, n.v, bRng), s + bRng.bi() * 0.004 * SR, 0.34, -0.05, 0.08);
  }

  // --- brushed drums
  mix.tag = 'drums';
  const dRng = rng.fork('drums');
  const rides = [0, 1, 2].map(() => I.ride(dRng));
  const chick = I.hat(dRng, { decay: 0.025, tone: 0.3, hp: 4500 });
  const taps = [0, 1, 2].map(() => I.brushTap(dRng));
  const softKick = I.kick(dRng, { f0: 95, f1: 50, decay: 0.22, click: 0.05, drive: 1 });
  for (let b = 0; b < G.beats; b++) {
    const bb = b % 4;
    const v = bb % 2 === 1 ? 1 : 0.75;
    mix.add(rides[dRng.int(0, 2)], pos(0, b) + dRng.bi() * 0.003 * SR, 0.22 * v * (0.9 + dRng.next() * 0.2), 0.35, 0.3);
    if (bb === 1 || bb === 3) {
      mix.add(I.ride(dRng, { len: 1.0, decay: 0.6, ping: 0.3 }), pos(0, b - 0.5), 0.11 * (0.8 + dRng.next() * 0.3), 0.35, 0.3);
      mix.add(chick, pos(0, b), 0.14, -0.3, 0.1);
      mix.add(taps[dRng.int(0, 2)], pos(0, b) + 0.004 * SR, 0.3, -0.1, 0.35);
    }
    if (bb === 0 || (bb === 2 && dRng.chance(0.5))) mix.add(softKick, pos(0, b), 0.3, 0, 0.05);
    if (dRng.chance(0.18)) mix.add(taps[dRng.int(0, 2)], pos(0, b + 0.5), 0.08, -0.15, 0.3);
  }
  // brush swirl: bandpassed noise with a circular swell every two beats
  const sw2 = noise(G.L, dRng), swR = noise(G.L, dRng);
  for (const x of [sw2, swR]) { biquadC(x, 'bp', 3200, 0.5); }
  for (let i = 0; i < G.L; i++) {
    const ph = (i / (2 * G.spb)) % 1;
    const e = 0.25 + 0.75 * Math.pow(Math.sin(Math.PI * ph), 2);
    mix.dry.l[i] += sw2[i] * e * 0.022;
    mix.dry.r[i] += (swR[i] * 0.4 + sw2[i] * 0.6) * e * 0.018;
  }

  // --- lead line (voice/sax-like), original melody
  mix.tag = 'lead';
  const MEL = [
    [0, 0.5, 0.5, 67], [0, 1, 0.5, 72], [0, 1.5, 0.5, 74], [0, 2, 1.5, 75, 0.85], [0, 3.5, 0.5, 74],
    [1, 0, 1.5, 72], [1, 1.5, 0.5, 70], [1, 2, 0.5, 72], [1, 2.5, 1.5, 75, 0.85],
    [2, 0, 1, 77, 0.9], [2, 1, 0.5, 75], [2, 1.5, 0.5, 72], [2, 2, 2, 68],
    [3, 1, 0.5, 71], [3, 1.5, 0.5, 74], [3, 2, 1, 77], [3, 3, 0.5, 75], [3, 3.5, 0.5, 74],
    [4, 0, 2, 75, 0.85], [4, 2.5, 0.5, 74], [4, 3, 0.5, 72], [4, 3.5, 0.5, 67],
    [5, 0, 1, 66], [5, 1, 0.5, 65], [5, 1.5, 0.5, 68], [5, 2, 1.5, 72], [5, 3.5, 0.5, 75],
    [6, 0, 1.5, 77, 0.9], [6, 1.5, 0.5, 79], [6, 2, 0.5, 77], [6, 2.5, 1.5, 72],
    [7, 0, 1, 71], [7, 1, 0.5, 70], [7, 1.5, 0.5, 68], [7, 2, 1.8, 67],
    [8, 0.5, 0.5, 70], [8, 1, 0.5, 74], [8, 1.5, 0.5, 77], [8, 2, 2, 79, 0.9],
    [9, 0, 1, 79], [9, 1, 0.5, 77], [9, 1.5, 0.5, 75], [9, 2, 1.5, 70], [9, 3.5, 0.5, 72],
    [10, 0, 1.5, 77, 0.9], [10, 1.5, 0.5, 74], [10, 2, 0.5, 72], [10, 2.5, 1.5, 68],
    [11, 0, 0.5, 71], [11, 0.5, 0.5, 72], [11, 1, 0.5, 74], [11, 1.5, 0.5, 77], [11, 2, 1, 80, 0.95], [11, 3, 1, 79],
    [12, 0, 1.5, 74, 0.85], [12, 1.5, 0.5, 75], [12, 2, 2, 72],
    [13, 0, 0.5, 68], [13, 0.5, 0.5, 72], [13, 1, 1, 75], [13, 2, 0.5, 74], [13, 2.5, 0.5, 77], [13, 3, 1, 79, 0.9],
    [14, 0, 0.5, 77], [14, 0.5, 1.5, 75], [14, 2, 1, 72], [14, 3, 0.5, 70], [14, 3.5, 0.5, 67],
    [15, 0, 1, 68], [15, 1, 0.5, 65], [15, 1.5, 0.5, 68], [15, 2, 1, 71], [15, 3, 0.6, 74, 0.7],
  ];
  const lRng = rng.fork('lead');
  const notes = melodyNotes(MEL, pos, lRng, { late: 0.018, jitter: 0.01 });
  const lead = I.monoLead(notes, lRng, {
    cut: 900, cutEnv: 1700, vibRate: 4.9, vibDepth: 0.22, vibDelay: 0.22, scoop: 0.7, breath: 0.07, body: 0.55, res: 0.8, glide: 0.05,
    formants: [[650, 5, 0.45], [1100, 6, 0.3], [2500, 8, 0.14]],
  });
  mix.add(lead, 0, 0.22, 0.12, 0.45, 0.22);

  return mix.finish({ rev: { room: 0.8, damp: 0.55, pre: 0.03, width: 1 }, revGain: 0.9, dly: { d: Math.round(G.spb * 0.75 * 2), fb: 0.25, lp: 2500, gain: 0.5, toRev: 0.4 } });
}

// ================================================================= title
// Moody synth theme on the club song's A-section harmony; the bell hints at the club tune's opening contour.
export function title(rng) {
  const G = grid(8, 72);
  const pos = (bar, beat) => (bar * 4 + beat) * G.spb;
  const mix = new Mix(G.L);
  const CH = [
    [36, [58, 62, 63, 67]], [44, [58, 60, 65, 66]], [41, [56, 60, 63, 67]], [43, [56, 59, 62, 65]],
    [36, [58, 62, 63, 67]], [44, [58, 60, 65, 66]], [37, [60, 65, 67, 68]], [43, [59, 63, 65, 70]],
  ];
  mix.tag = 'pad';
  const pRng = rng.fork('pad');
  const lfo = (i) => 0.75 + 0.25 * Math.sin((TAU * 2 * i) / G.L);
  CH.forEach(([root, v], bar) => {
    mix.tag = 'pad';
    for (const m of v) {
      const [l, r] = I.padNote(m, (4 * G.spb) / SR, 0.55, pRng, { att: 0.9, rel: 1.4, cut: 1100, lfo, startAbs: pos(bar, 0), detune: 11 });
      mix.add2(l, r, pos(bar, 0), 0.3, 0.5);
    }
    mix.tag = 'sub';
    mix.add(I.sub(root - 12 + (root < 40 ? 12 : 0), (4 * G.spb) / SR - 0.05, 0.8, { att: 0.04, rel: 0.25 }), pos(bar, 0), 0.13, 0);
    // arpeggio 16ths
    mix.tag = 'arp';
    const arp = [0, 1, 2, 3, 4, 3, 2, 1, 0, 2, 1, 3, 4, 3, 1, 2];
    const tones = [...v, v[0] + 12];
    for (let s = 0; s < 16; s++) {
      const m = tones[arp[s]] + 12;
      const t = pos(bar, s / 4);
      const open = 0.5 + 0.5 * Math.sin((TAU * (t / G.L)) - Math.PI / 2);
      const x = I.pluck(m, 0.1, s % 4 === 0 ? 0.8 : 0.55, { cut: 1500 + 3200 * open, envT: 0.07, decay: 0.22, res: 1.8 });
      mix.add(x, t, 0.27, s % 2 ? 0.45 : -0.45, 0.3, 0.5);
    }
  });
  // drums: soft and spacious
  mix.tag = 'drums';
  const dRng = rng.fork('drums');
  const k = I.kick(dRng, { f0: 110, f1: 46, decay: 0.4, click: 0.1, drive: 1.2 });
  const cp = I.clap(dRng, { decay: 0.16 });
  const sh = I.shaker(dRng);
  for (let bar = 0; bar < 8; bar++) {
    mix.add(k, pos(bar, 0), 0.3);
    mix.add(k, pos(bar, 2.5), 0.2);
    mix.add(cp, pos(bar, 1), 0.12, 0.05, 0.9);
    mix.add(cp, pos(bar, 3), 0.13, -0.05, 0.9);
    for (let e = 0; e < 8; e++) mix.add(sh, pos(bar, e / 2 + 0.0), e % 2 ? 0.1 : 0.06, 0.3, 0.2);
  }
  // bell motif (club opening contour, straight time, slower) + answer
  mix.tag = 'bell';
  const bRng = rng.fork('bell');
  const MOT = [
    [0, 1, 0.5, 67], [0, 1.5, 0.5, 72], [0, 2, 0.5, 74], [0, 2.5, 3, 75],
    [1, 2, 0.5, 74], [1, 2.5, 1, 72], [1, 3.5, 2, 75],
    [4, 1, 0.5, 67], [4, 1.5, 0.5, 72], [4, 2, 0.5, 74], [4, 2.5, 2.5, 75],
    [5, 1, 1, 77], [5, 2, 2, 72],
    [6, 0, 1.5, 77], [6, 1.5, 0.5, 79], [6, 2, 2, 72],
    [7, 0, 1, 71], [7, 1, 1, 70], [7, 2, 2, 67],
  ];
  for (const [bar, beat, d, m] of MOT) {
    mix.add(I.bell(m, (d * G.spb) / SR, 0.55, { ratio: 3.01, index: 1.2, decay: 1.3, tine: 0.15 }), pos(bar, beat) + bRng.bi() * 0.005 * SR, 0.2, 0.1, 0.6, 0.55);
  }
  // low moody synth line doubling the bell an octave below (soft, filtered)
  mix.tag = 'lead';
  const lRng = rng.fork('lead');
  const notes = MOT.map(([bar, beat, d, m]) => ({ t: pos(bar, beat) / SR, d: (d * G.spb) / SR * 0.95, m: m - 12, v: 0.7 }));
  const lead = I.monoLead(notes, lRng, { cut: 500, cutEnv: 900, vibDepth: 0.08, vibRate: 4.5, scoop: 0.15, breath: 0.01, formants: [[900, 2, 0.2]], body: 0.7, glide: 0.08, att: 0.06, rel: 0.3 });
  mix.add(lead, 0, 0.16, -0.15, 0.5, 0.3);
  return mix.finish({ rev: { room: 0.88, damp: 0.45, pre: 0.04 }, revGain: 1.0, dly: { d: Math.round(G.spb * 0.75), fb: 0.45, lp: 2800, gain: 0.55, toRev: 0.5 } });
}

// ================================================================= noir-night
export function noirNight(rng) {
  const G = grid(8, 64);
  const pos = (bar, beat) => (bar * 4 + beat) * G.spb;
  const mix = new Mix(G.L);
  // A minor: Am9 | Fmaj7#11 | Dm9 | E7sus4 E7b9 | Am9 | Cmaj7/G | Fmaj7#11 | Bm7b5 E7b9
  const CH = [
    [[0, 45, [55, 59, 60, 64]]], [[0, 41, [57, 59, 60, 64]]], [[0, 38, [57, 60, 64, 65]]], [[0, 40, [57, 59, 62, 64]], [2, 40, [56, 59, 62, 65]]],
    [[0, 45, [55, 59, 60, 64]]], [[0, 43, [55, 59, 62, 64]]], [[0, 41, [57, 59, 60, 64]]], [[0, 47, [57, 60, 62, 65]], [2, 40, [56, 59, 62, 65]]],
  ];
  const pRng = rng.fork('pad');
  const lfo = (i) => 0.8 + 0.2 * Math.sin((TAU * 3 * i) / G.L);
  CH.forEach((segs, bar) => segs.forEach(([beat, root, v], si) => {
    const len = (si + 1 < segs.length ? segs[si + 1][0] : 4) - beat;
    mix.tag = 'pad';
    for (const m of v) {
      const [l, r] = I.padNote(m, (len * G.spb) / SR, 0.5, pRng, { att: 1.6, rel: 2.2, cut: 900, lfo, startAbs: pos(bar, beat), detune: 8 });
      mix.add2(l, r, pos(bar, beat), 0.5, 0.55);
    }
    // low pulse: soft sine bass on each beat, slightly dotted feel
    mix.tag = 'pulse';
    for (let b = beat; b < beat + len; b++) {
      const pm = 36 + ((root - 36) % 12 + 12) % 12;
      mix.add(I.sub(pm, 0.55 * (G.spb / SR), b % 2 === 0 ? 0.9 : 0.6, { att: 0.012, rel: 0.18, harm: 0.35 }), pos(bar, b), 0.4);
    }
  }));
  // lonely muted trumpet
  mix.tag = 'lead';
  const MEL = [
    [0, 1, 0.5, 64], [0, 1.5, 0.5, 69], [0, 2, 1.5, 71], [0, 3.5, 0.5, 72],
    [1, 0, 2.5, 71, 0.85], [1, 2.5, 0.5, 69], [1, 3, 1, 64],
    [2, 0, 1, 65], [2, 1, 0.5, 64], [2, 1.5, 0.5, 62], [2, 2, 2, 69, 0.85],
    [3, 2, 1, 68], [3, 3, 0.5, 65], [3, 3.5, 0.5, 64],
    [4, 0, 2, 76, 0.9], [4, 2, 0.5, 74], [4, 2.5, 0.5, 72], [4, 3, 1, 71],
    [5, 0, 3, 67, 0.8],
    [6, 1, 0.5, 69], [6, 1.5, 0.5, 72], [6, 2, 1, 76, 0.9], [6, 3, 1, 74],
    [7, 0, 1, 74], [7, 1, 1, 71], [7, 2, 1.5, 68, 0.75],
  ];
  const lRng = rng.fork('lead');
  const notes = melodyNotes(MEL, (bar, beat) => pos(bar, beat), lRng, { late: 0.03, jitter: 0.015, legato: 0.93 });
  const tp = I.monoLead(notes, lRng, {
    cut: 700, cutEnv: 1500, vibRate: 5.4, vibDepth: 0.13, vibDelay: 0.4, scoop: 0.4, breath: 0.04, body: 0.25, res: 0.9, glide: 0.035, att: 0.04, rel: 0.15,
    formants: [[1400, 7, 0.55], [2300, 9, 0.35], [850, 4, 0.25]],
  });
  mix.add(tp, 0, 0.42, -0.12, 0.7, 0.45);
  // distant neon chimes (sparse EP notes with long echoes)
  mix.tag = 'chime';
  const cRng = rng.fork('chime');
  for (let i = 0; i < 7; i++) {
    const bar = cRng.int(0, 7);
    const beat = cRng.int(0, 7) / 2;
    const seg = CH[bar].filter((s) => s[0] <= beat).pop();
    const m = cRng.pick(seg[2]) + 12;
    mix.add(I.epiano(m, 0.4, 0.35, cRng), pos(bar, beat), 0.3, cRng.bi() * 0.6, 0.6, 0.9);
  }
  // soft rim on 4
  mix.tag = 'drums';
  const dRng = rng.fork('drum');
  const rim = I.tick(dRng, { f: 1700, decay: 0.02, body: 500 });
  const bt = I.brushTap(dRng, { decay: 0.15, bright: 2500 });
  for (let bar = 0; bar < 8; bar++) {
    mix.add(rim, pos(bar, 3), 0.2, 0.25, 0.8);
    mix.add(bt, pos(bar, 1), 0.2, -0.2, 0.6);
  }
  // tape / rain-hiss bed
  const hl = noise(G.L, dRng), hr = noise(G.L, dRng);
  for (const x of [hl, hr]) { biquadC(x, 'bp', 5000, 0.4); }
  for (let i = 0; i < G.L; i++) { mix.dry.l[i] += hl[i] * 0.004; mix.dry.r[i] += hr[i] * 0.004; }
  return mix.finish({ rev: { room: 0.9, damp: 0.5, pre: 0.05 }, revGain: 0.5, dly: { d: Math.round(G.spb * 0.75), fb: 0.42, lp: 2200, gain: 0.5, toRev: 0.5 } });
}

// ================================================================= tension
export function tension(rng) {
  const G = grid(12, 96);
  const pos = (bar, beat) => (bar * 4 + beat) * G.spb;
  const mix = new Mix(G.L);
  const OST = {
    dm: [62, 57, 65, 57, 64, 57, 65, 57], bb: [62, 58, 65, 58, 69, 58, 65, 58], gm: [62, 58, 67, 58, 65, 58, 67, 58],
    eb: [62, 58, 67, 58, 63, 58, 67, 58], a7: [61, 57, 64, 57, 70, 57, 64, 57],
  };
  const plan = ['dm', 'dm', 'dm', 'dm', 'bb', 'bb', 'gm', 'gm', 'eb', 'eb', 'a7', 'a7'];
  mix.tag = 'ost';
  const oRng = rng.fork('ost');
  plan.forEach((c, bar) => {
    for (let s = 0; s < 16; s++) {
      const m = OST[c][s % 8];
      const acc = s % 4 === 0 ? 1 : s % 2 === 0 ? 0.75 : 0.6;
      const t = pos(bar, s / 4) + oRng.bi() * 0.002 * SR;
      mix.add(I.pizz(m, 0.12, acc * (0.85 + oRng.next() * 0.15), oRng), t, 0.18, -0.25, 0.3);
      if (s % 2 === 0) mix.add(I.pluck(m - 12, 0.08, acc, { cut: 700, envT: 0.05, decay: 0.12, res: 2 }), t, 0.1, 0.3, 0.15);
    }
  });
  // low drone on D (frequencies quantised to whole cycles per loop)
  const dl = new Float32Array(G.L), dr = new Float32Array(G.L);
  const fs = [qf(mtof(26), G.L), qf(mtof(38) * 1.002, G.L), qf(mtof(38) * 0.998, G.L), qf(mtof(45) * 1.001, G.L)];
  const ph = [0, 0.3, 0.6, 0.1];
  const breath = (i) => 0.75 + 0.25 * Math.sin((TAU * 3 * i) / G.L + 1);
  for (let i = 0; i < G.L; i++) {
    const t = i / SR;
    const sub = Math.sin(TAU * fs[0] * t) * 0.35;
    let saw1 = 0, saw2 = 0;
    for (let k = 1; k <= 12; k++) {
      saw1 += Math.sin(TAU * fs[1] * k * t + ph[1] * k) / k;
      saw2 += Math.sin(TAU * fs[2] * k * t + ph[2] * k) / k;
    }
    const fifth = Math.sin(TAU * fs[3] * t) * 0.2 + Math.sin(TAU * fs[3] * 2 * t) * 0.06;
    dl[i] = (sub + saw1 * 0.3 + fifth) * breath(i);
    dr[i] = (sub + saw2 * 0.3 + fifth) * breath(i);
  }
  cyc(dl, (x) => svfRunCut(x, (i) => 160 + 90 * Math.sin((TAU * 2 * (i % G.L)) / G.L)));
  cyc(dr, (x) => svfRunCut(x, (i) => 160 + 90 * Math.sin((TAU * 2 * (i % G.L)) / G.L + 0.5)));
  for (let i = 0; i < G.L; i++) { mix.dry.l[i] += dl[i] * 0.3; mix.dry.r[i] += dr[i] * 0.3; }
  if (mix.stems) { const d = new Loop(G.L); d.l.set(dl); d.r.set(dr); d.scale(0.3); mix.stems.drone = d; }
  // ticking clock
  mix.tag = 'tick';
  const tRng = rng.fork('tick');
  const tk = I.tick(tRng, { f: 2600 }), tc = I.tick(tRng, { f: 2150 });
  for (let b = 0; b < G.beats; b++) mix.add(b % 2 ? tc : tk, pos(0, b), 0.37, b % 2 ? 0.3 : -0.3, 0.3);
  for (let e = 0; e < G.beats * 2; e++) if (e % 2) mix.add(I.shaker(tRng, { decay: 0.02 }), pos(0, e / 2), 0.09, 0.5, 0.2);
  // dissonant high string swells
  mix.tag = 'swell';
  const sRng = rng.fork('swell');
  const swells = [[8, [74, 75]], [10, [76, 77, 81]]];
  for (const [bar, ms] of swells) for (const m of ms) {
    const [l, r] = I.padNote(m, (7.5 * G.spb) / SR, 0.5, sRng, { att: (7 * G.spb) / SR, rel: 0.35, cut: 2600, detune: 14 });
    mix.add2(l, r, pos(bar, 0), 0.36, 0.6);
  }
  // booms and a riser into the loop point
  mix.tag = 'boom';
  const bRng = rng.fork('boom');
  mix.add(I.boom(bRng, { f: 48 }), pos(0, 0), 0.4, 0, 0.5);
  mix.add(I.boom(bRng, { f: 52, decay: 0.6 }), pos(4, 0), 0.25, 0, 0.5);
  mix.add(I.boom(bRng, { f: 46 }), pos(8, 0), 0.36, 0, 0.5);
  const rs = I.riser(bRng, (2 * G.spb) / SR, { f0: 500, f1: 7000 });
  mix.add(rs, pos(11, 2), 0.12, 0, 0.5);
  return mix.finish({ rev: { room: 0.86, damp: 0.5, pre: 0.03 }, revGain: 0.9, dly: { d: Math.round(G.spb * 1.5), fb: 0.3, lp: 2000, gain: 0.3 } });
}
function svfRunCut(x, fcAt) {
  const f = new SVF();
  let g = 0;
  for (let i = 0; i < x.length; i++) { if (i % 32 === 0) g = SVF.g(fcAt(i)); f.tick(x[i], g, 1.2); x[i] = f.lp; }
  return x;
}

// ================================================================= fight
export function fight(rng) {
  const G = grid(16, 156);
  const pos = (bar, beat) => (bar * 4 + beat) * G.spb;
  const st = G.spb / 4; // one 16th in samples
  const mix = new Mix(G.L);
  const plan = [[40, [64, 67, 71, 76]], [36, [64, 67, 72, 76]], [33, [64, 69, 72, 76]], [35, [63, 66, 71, 75]], [40, [64, 67, 71, 76]], [36, [64, 67, 72, 76]], [38, [62, 66, 69, 74]], [35, [63, 66, 71, 75]]];
  const BASS_A = [0, null, 0, 12, 0, null, 0, 7, 0, null, 0, 12, 0, 7, 12, 0];
  const BASS_B = [0, 0, 12, 0, 7, 0, 12, 0, 0, 12, 7, 0, 12, 7, 0, -2];
  const r = rng.fork('fight');
  const K = I.kick(r, { f0: 160, f1: 45, decay: 0.3, click: 0.5, drive: 2.2 });
  const S = [0, 1].map(() => I.snare(r, { tone: 200, decay: 0.16, noiseAmt: 0.9 }));
  const HC = I.hat(r, { decay: 0.035 }), HO = I.hat(r, { decay: 0.22, len: 0.4 });
  const CR = I.crash(r);
  const TOMS = [190, 150, 115, 85].map((f) => I.tom(r, f));
  for (let bar = 0; bar < 16; bar++) {
    const [root, chord] = plan[bar >> 1];
    const fill = bar % 8 === 7;
    const bp = bar % 2 === 1 ? BASS_B : BASS_A;
    for (let s = 0; s < 16; s++) {
      const t = pos(bar, 0) + s * st;
      // bass
      mix.tag = 'bass';
      const off = bp[s];
      if (off !== null) mix.add(I.dirtyBass(root + off, (st * 0.85) / SR, s % 4 === 0 ? 1 : 0.8, { cut: 1600 + (bar % 4) * 300, drive: 4 }), t, 0.3, 0, 0);
      // hats
      mix.tag = 'drums';
      if (!fill || s < 8) {
        if (s % 2 === 0) mix.add(HC, t + r.bi() * 0.002 * SR, s % 4 === 2 ? 0.18 : 0.12, 0.3, 0.1);
        if (s === 14) mix.add(HO, t, 0.1, 0.3, 0.2);
        if (s % 2 === 1 && bar >= 8) mix.add(HC, t, 0.06, -0.35, 0.1);
      }
      // kick / snare
      const kicks = bar % 2 ? [0, 3, 6, 8, 11] : [0, 6, 8, 10];
      if (kicks.includes(s) && !(fill && s > 8)) mix.add(K, t, 0.42, 0, 0.05);
      if ((s === 4 || s === 12) && !(fill && s === 12)) mix.add(S[(bar + s) % 2], t, 0.3, 0.02, 0.35);
      if (s === 15 && bar % 2 === 1 && !fill) mix.add(S[0], t, 0.12, 0.05, 0.2);
      if (fill && s >= 8) mix.add(TOMS[Math.min(3, (s - 8) >> 1)], t, 0.28, -0.4 + 0.25 * Math.min(3, (s - 8) >> 1), 0.3);
    }
    mix.tag = 'drums';
    if (bar % 8 === 0) mix.add(CR, pos(bar, 0), 0.28, -0.2, 0.4);
    if (bar % 4 === 0) mix.add(I.boom(r, { f: 52, decay: 0.5, len: 1.2 }), pos(bar, 0), 0.32, 0, 0.4);
    // stabs
    mix.tag = 'stabs';
    const stabSteps = bar >= 8 ? (bar % 2 ? [6, 10, 14] : [0, 3, 6]) : (bar % 2 ? [14] : [0, 3]);
    for (const s of stabSteps) mix.add(I.stab(chord, (st * 1.3) / SR, 0.9, r, { cut: 3200, decay: 0.12 }), pos(bar, 0) + s * st, 0.8, s % 2 ? 0.35 : -0.35, 0.35, 0.2);
    // high arpeggio in the second half
    mix.tag = 'arp';
    if (bar >= 8) {
      const tones = [...chord, chord[1] + 12, chord[2] + 12];
      for (let s = 0; s < 16; s++) {
        const m = tones[[0, 1, 2, 3, 4, 5, 4, 3][s % 8]] + 12;
        mix.add(I.pluck(m, 0.06, s % 4 === 0 ? 0.9 : 0.6, { cut: 2500, envT: 0.04, decay: 0.1, res: 2.2 }), pos(bar, 0) + s * st, 0.28, s % 2 ? 0.6 : -0.6, 0.2, 0.4);
      }
    }
  }
  mix.add(I.riser(r, (2 * G.spb) / SR, { f0: 800, f1: 9000, curve: 2 }), pos(15, 2), 0.18, 0, 0.3);
  return mix.finish({ rev: { room: 0.7, damp: 0.5, pre: 0.01 }, revGain: 2.0, dly: { d: Math.round(G.spb * 0.75), fb: 0.3, lp: 3500, gain: 0.4 } });
}

// ================================================================= ending
export function ending(rng) {
  const G = grid(8, 68);
  const pos = (bar, beat) => (bar * 4 + beat) * G.spb;
  const mix = new Mix(G.L);
  // F major: Fmaj9 | C/E | Dm9 | Bbmaj7 | Gm9 | Am7 | Bbmaj7 | C7sus4 C7
  const LH = [
    [[0, [41, 48, 55, 57]]], [[0, [40, 48, 55, 62]]], [[0, [38, 45, 52, 53]]], [[0, [34, 41, 45, 50]]],
    [[0, [43, 50, 57, 58]]], [[0, [45, 52, 55, 60]]], [[0, [46, 53, 57, 62]]], [[0, [36, 43, 46, 53]], [2, [36, 43, 46, 52]]],
  ];
  const PAD = [[57, 60, 64], [55, 60, 64], [57, 60, 65], [57, 62, 65], [58, 62, 65], [57, 60, 64], [57, 62, 65], [55, 58, 65]];
  const pRng = rng.fork('piano');
  const PAT = [0, 1, 2, 3, 2, 1, 2, 3];
  mix.tag = 'lh';
  LH.forEach((segs, bar) => {
    for (let e = 0; e < 8; e++) {
      const beat = e / 2;
      const seg = segs.filter((s) => s[0] <= beat).pop();
      const segEnd = (segs.find((s) => s[0] > beat) || [4])[0];
      const m = seg[1][PAT[e]];
      const start = pos(bar, beat) + pRng.bi() * 0.006 * SR;
      const dur = (pos(bar, segEnd) - start) / SR + 0.05;
      const v = (e === 0 ? 0.62 : 0.4) + pRng.next() * 0.08;
      mix.add(I.piano(m, dur, v, pRng), start, 0.22, -0.25 + (m - 40) * 0.012, 0.35);
    }
  });
  const MEL = [
    [0, 0, 1.5, 69], [0, 1.5, 0.5, 67], [0, 2, 0.5, 69], [0, 2.5, 1.5, 72],
    [1, 0, 1, 74], [1, 1, 1, 72], [1, 2, 2, 67],
    [2, 0, 0.5, 65], [2, 0.5, 0.5, 69], [2, 1, 1.5, 76], [2, 2.5, 0.5, 74], [2, 3, 1, 72],
    [3, 0, 3, 74], [3, 3, 0.5, 72], [3, 3.5, 0.5, 74],
    [4, 0, 1, 70], [4, 1, 0.5, 69], [4, 1.5, 0.5, 70], [4, 2, 1, 74], [4, 3, 1, 77],
    [5, 0, 2, 76], [5, 2, 1, 72], [5, 3, 1, 69],
    [6, 0, 1, 74], [6, 1, 0.5, 72], [6, 1.5, 0.5, 70], [6, 2, 1, 69], [6, 3, 1, 67],
    [7, 0, 1, 65], [7, 1, 1, 67], [7, 2, 1.5, 70], [7, 3.5, 0.5, 67],
  ];
  mix.tag = 'rh';
  for (const [bar, beat, d, m] of MEL) {
    const start = pos(bar, beat) + 0.012 * SR + pRng.bi() * 0.006 * SR;
    const v = 0.62 + (d >= 1.5 ? 0.1 : 0) + pRng.next() * 0.08;
    mix.add(I.piano(m, (d * G.spb) / SR * 1.05, v, pRng), start, 0.4, 0.12, 0.4);
    if (d >= 2) {
      // diatonic third below in F major for the long notes
      const F_MAJ = [0, 2, 4, 5, 7, 9, 10];
      const pc = ((m % 12) + 12) % 12, deg = F_MAJ.indexOf(pc);
      const below = m - pc + F_MAJ[(deg + 5) % 7] - (F_MAJ[(deg + 5) % 7] > pc ? 12 : 0);
      mix.add(I.piano(below, (d * G.spb) / SR, v * 0.6, pRng), start + 0.01 * SR, 0.26, 0.1, 0.4);
    }
  }
  mix.tag = 'pad';
  const sRng = rng.fork('pad');
  PAD.forEach((ch, bar) => {
    for (const m of ch) {
      const [l, r] = I.padNote(m, (4 * G.spb) / SR, 0.45, sRng, { att: 1.3, rel: 1.8, cut: 1000, detune: 7 });
      mix.add2(l, r, pos(bar, 0), 0.2, 0.7);
    }
  });
  return mix.finish({ rev: { room: 0.88, damp: 0.5, pre: 0.035 }, revGain: 0.85 });
}

export const MUSIC = { 'club-song': clubSong, 'noir-night': noirNight, tension, fight, ending, title };
export { grid, smoothCurve, cyc2, blep };
