// A tiny night for the dossier tests: two routes, tiers 0 to 3, facts worded per route,
// a tier-1 fact that only a tier-2 beat unlocks (written before one the bar unlocks, so story
// order differs from written order), and a tier-3 note after the end of the act.
=== story ===
title: A tiny night
start: stage

=== route sarah ===
name: Sarah's side
color: #e8b64c
summary: Stay with the singer.

=== route nectar ===
name: The Nectar trail
color: #7bd66f
summary: Follow the stolen Nectar.

=== beat stage ===
title: The stage
location: Club Canal
tier: 0
summary: Sarah sings while the new girl watches.

The lights go down.
[unlock fact sarah.singer]
* Stay with Sarah -> dressing-room
* Follow the Nectar -> docks

=== beat dressing-room ===
title: The dressing room
location: Club Canal, after the show
tier: 1
route: sarah
summary: Sarah at her mirror, and a call from her patron.

Sarah sits at her mirror.
[unlock fact sarah.patron]
[unlock fact hermann.lover]
-> bar

=== beat docks ===
title: The docks
location: The canal dock
tier: 1
route: nectar
summary: The smugglers count what they lost.

The smugglers count their crates.
[unlock fact smugglers.deal]
[unlock fact sarah.patron]
-> bar

=== beat bar ===
title: The bar
location: Club Canal, the bar
tier: 1
summary: The staff toast the diva.

The staff raise their glasses.
[unlock fact hermann.lover]
[unlock fact code.obedience]
-> reveal

=== beat reveal ===
title: The reveal at noon
location: A restaurant
tier: 2
summary: Naomi says what Sarah is.

Naomi puts down her chopsticks.
[unlock fact sarah.viola]
[unlock fact code.no-killing]
[unlock fact nine.rogue]
-> epilogue

=== beat epilogue ===
title: Next time
location: Elsewhere
tier: 3
summary: A glimpse of later episodes.

Somewhere, someone hires mercenaries.
[unlock fact hermann.mercenaries]
-> END

=== dossier sarah ===
name: Sarah Fitzgerald
category: people
aliases: Sara Fitzgerald, サラ・フィッツジェラルド
aliases tier 2: Viola Keen, Purgatory Viola
portrait: sarah-neutral

fact singer (synopsis, tier 0):
  A singer at Club Canal, the diva of the place.
fact patron (synopsis, tier 0):
  Her patron and lover is Hermann Hayward of Panacea.
  route sarah: When Hermann Hayward calls, she goes: he is her patron.
  route nectar: At the docks she is the Panacea man's singer.
fact viola (episode, tier 2):
  She injects Nectar: she is a Nean, the Immortal Nine's Viola Keen, "Purgatory Viola".

=== dossier hermann ===
name: Hermann Hayward
category: people
aliases: Herman Hayward, ヘルマン・ヘイワード
portrait: hermann-neutral

fact lover (episode, tier 1):
  Cold and possessive with Sarah.
  route sarah: In his suite he is cool and proprietary.
fact mercenaries (episode, tier 3):
  He hires mercenaries to hunt the red one.

=== dossier smugglers ===
name: The smugglers
category: people
aliases: Malik

fact deal (episode, tier 1):
  Their deal was hit, and their contact is dead.

=== dossier code ===
name: The Asimov Code
category: terms
aliases: Asimov Code

fact no-killing (episode, tier 1):
  Under it, a Nean cannot kill a human being.
fact obedience (episode, tier 1):
  A rule that keeps Neans from defying humans.

=== dossier nine ===
name: The Immortal Nine
category: factions
aliases: Immortal Nine

fact rogue (episode, tier 2):
  A band of rogue Neans.
