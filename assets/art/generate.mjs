#!/usr/bin/env node
// Metallic Rouge (fan retelling) — art generator.
// Writes every SVG asset under assets/art/{bg,characters,ui}/ deterministically.
// No npm dependencies: node built-ins only. Run:  node assets/art/generate.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as city from './gen/bg-city.mjs';
import * as interior from './gen/bg-interior.mjs';
import * as C from './gen/characters.mjs';
import * as UI from './gen/ui.mjs';

const ROOT = dirname(fileURLToPath(import.meta.url));

const backgrounds = {
  'mars-dawn': city.marsDawn,
  'canal-dock': city.canalDock,
  'club-stage': interior.clubStage,
  backstage: interior.backstage,
  'club-bar': interior.clubBar,
  'hermann-suite': interior.hermannSuite,
  'rainy-street': city.rainyStreet,
  'chinese-restaurant': interior.chineseRestaurant,
  confessional: interior.confessional,
  bridge: city.bridge,
  'news-screen': interior.newsScreen,
  'worker-quarters': interior.workerQuarters,
  'canal-city-night': city.canalCityNight,
};

const cast = {
  rouge: [C.rouge, C.ROUGE_EXPR],
  sarah: [C.sarah, C.SARAH_EXPR],
  naomi: [C.naomi, C.NAOMI_EXPR],
  hermann: [C.hermann, C.HERMANN_EXPR],
  'man-in-glasses': [C.jaron, C.JARON_EXPR],
  'scar-head': [C.scarHead_, C.SCARHEAD_EXPR],
  'nean-worker': [C.nean, C.NEAN_EXPR],
  'club-staff': [C.staff, C.STAFF_EXPR],
};
const singles = {
  'metal-rouge-neutral': C.metalRouge,
  'purgatory-viola-neutral': C.purgatoryViola,
  'bird-neutral': C.bird,
};

const ui = {
  textbox: UI.textbox,
  nameplate: UI.nameplate,
  button: UI.button,
  'button-hover': UI.buttonHover,
  choice: UI.choice,
  'choice-hover': UI.choiceHover,
  'icon-sound-on': UI.iconSoundOn,
  'icon-sound-off': UI.iconSoundOff,
  logo: UI.logo,
};

const written = [];
function out(rel, svg) {
  const file = join(ROOT, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, svg);
  written.push([rel, Buffer.byteLength(svg)]);
}

for (const [key, fn] of Object.entries(backgrounds)) out(`bg/${key}.svg`, fn());
for (const [name, [fn, exprs]] of Object.entries(cast)) {
  for (const [expr, spec] of Object.entries(exprs)) out(`characters/${name}-${expr}.svg`, fn(spec));
}
for (const [key, fn] of Object.entries(singles)) out(`characters/${key}.svg`, fn());
for (const [key, fn] of Object.entries(ui)) out(`ui/${key}.svg`, fn());

const total = written.reduce((a, [, b]) => a + b, 0);
if (!process.argv.includes('--quiet')) {
  for (const [rel, b] of written) console.log(`${(b / 1024).toFixed(1).padStart(7)} KB  ${rel}`);
  console.log(`${written.length} files, ${(total / 1024).toFixed(1)} KB of SVG`);
}
