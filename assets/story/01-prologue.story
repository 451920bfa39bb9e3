// Act 1 — Prologue: episode beats 1–2.
// cold-open -> nectar-smuggling-attack -> sarahs-stage (DECISION 1).
// Tier 1: the synopsis names these scenes, but what the episode shows in them goes beyond it
// (the bird, the dead contact, the man in glasses taking over, the club), though nothing goes past
// the episode's first half. The man at the dock is only "the man in glasses"; Rouge is only the
// new girl who watches.
// The cold open ends on a title card that names the show's makers and dates, so a reader who
// stops after the first scene has them too (the end credits repeat them in full).

=== beat cold-open ===
title: Cold open
location: Mars — the work yards outside Canal City
tier: 1
episode: 1
summary: Mars, 2128. A mechanical messenger bird crosses the sky over work yards where androids, the Neans, do the heavy labour. Then the title card.

[bg mars-dawn with fade]
[hide all]
[ambience wind]
Mars, 2128. The sun is small and far away out here, and the dust on the horizon turns its light the colour of old iron.
[unlock fact mars-2128.setting]
Something silver crosses that sky. It has the shape of a bird, but it flies dead straight and ticks as it goes.
[sfx bird]
[show bird at center]
[music title]
Below, the work yards at the edge of Canal City are already loud with chains and groaning cranes.
Workers haul girders and sacks of red grit in a long line. No one talks.
[unlock fact mars-2128.dawn]
They look human, but they carry what would crush a person. They are Neans, androids made to labour, and every one of them lives on a drug called Nectar.
[unlock fact neans.androids]
[unlock fact nectar.life-support]
Run out, and a Nean simply stops.
[unlock fact neans.need-nectar]
A worker stumbles under a beam. A foreman barks from the shade. The worker straightens and walks on.  #dramatized
On Mars, nobody calls that cruelty. It is only work.
[unlock fact neans.labour]
The bird climbs toward the city's towers. Someone is waiting to hear what it sees.
[hide bird]
Tonight a deal will go bad in the dark, and a singer will hold a whole room in her hand, while a quiet girl with red in her name stands close enough to watch.
[unlock fact act-1.hidden-past]
Metallic Rouge. Act 1: "Crimson Is the Sound of Dawn."
[unlock fact metallic-rouge.original]
[unlock fact act-1.title]
An original anime from studio Bones, directed by Motonobu Hori, with Yutaka Izubuchi as chief supervisor. First broadcast in Japan on 10 January 2024.
[unlock fact motonobu-hori.director]
[unlock fact yutaka-izubuchi.role]
[unlock fact broadcast.premiere]
-> nectar-smuggling-attack

=== beat nectar-smuggling-attack ===
title: The Nectar smuggling attack
location: Canal City — a dock on the canal, at night
tier: 1
episode: 2
summary: Nectar smugglers wait at the canal dock for their contact. The contact is dead and the deal has been hit; a stranger in glasses steps out of the dark and takes the deal over.

[bg canal-dock with fade]
[hide all]
[ambience wind]
[music tension]
Night on the canal. Half the dock lamps are dead; the rest buzz a sick orange.
Beside a dark van, smugglers stand around a steel case of Nectar ampoules, watching the shadows where their contact should be.
SMUGGLER: He's late. Six years, never once late.  #dramatized
[sfx footsteps]
Footsteps on the gangway, unhurried.
[show stranger grin at center]
A man walks into the lamplight: long coat, narrow smile, round glasses that give nothing back.
MAN IN GLASSES (grin): Good evening, gentlemen! Malik sends his regrets. He's not quite himself tonight, so I'll be handling his side.  #dramatized
SMUGGLER: Nobody told us about a stand-in.
MAN IN GLASSES: Then consider yourselves told. The goods, if you please.
The lid comes up. He tilts one ampoule to the lamp and watches the liquid slide.
MAN IN GLASSES (grin): Lovely. Every one a little heartbeat in a bottle.
[sfx phone]
A handset buzzes. The youngest smuggler answers and goes grey.  #dramatized
SMUGGLER: They found Malik. Dead. Somebody hit him before the drop, and now this clown.  #dramatized
[unlock fact nectar.smuggled]
[unlock fact smugglers.attacked]
[unlock fact smugglers.malik]
Guns come up, three barrels on one smile. He does not raise his hands.
SMUGGLER: Who the hell are you?
[show stranger menace at center]
He answers with a deck of cards. It fans open in one hand, and a single card slides up between two fingers: the Joker.  #dramatized
MAN IN GLASSES (menace): Your new partner. The deal goes ahead tonight. All that's changed is who you're dealing with.
[unlock fact man-in-glasses.takes-over]
[unlock fact smugglers.new-partner]
Fingers whiten on triggers. And from a club across the canal, a woman's voice begins to rise.
[transition flash]
-> sarahs-stage

=== beat sarahs-stage ===
title: Sarah's stage
location: Club Canal — the stage
tier: 1
episode: 2
summary: Sarah Fitzgerald, the diva of Club Canal, sings to a packed room while the new girl, Rouge Redstar, works and watches from the wings; across the water, the deal at the dock goes ahead.

[bg club-stage with fade]
[hide all]
[ambience crowd]
[music club-song]
Club Canal. Red and violet neon, smoke in the follow-spot, Panacea pins at the best tables.  #dramatized
[show sarah smile at center]
Then Sarah Fitzgerald steps into the light, and the whole room forgets its drinks.
[unlock fact sarah-fitzgerald.singer]
[unlock fact club-canal.venue]
She lets the band come to her. Her voice starts low, close to speech, then climbs toward somewhere bigger than Mars, bright and bruised at once.
A waiter stops with his tray. For a few minutes, nobody in Canal City is selling anything.  #dramatized
[unlock fact canal-city.city]
[show rouge blank at far-right]
In the wings stands the new girl: small, pale, very still.
Rouge Redstar has hauled cables all night and zipped a dancer into her dress. Now she watches Sarah without blinking.
[unlock fact rouge-redstar.new-girl]
She is also, without taking her eyes off the stage, eating a bar of chocolate.  #dramatized
STAFF: Oi, new girl. You're meant to be working, not mooning over the talent.  #dramatized
ROUGE: Sorry. Coming.  #dramatized
She folds the wrapper into a neat square and picks up a coil of cable. Her eyes stay on the stage.  #dramatized
[hide all]
[bg canal-dock with cut]
Across the water the song arrives thin as a radio in another room. On the dock the guns are down; the man in glasses shuts the case.  #dramatized
[bg club-stage with cut]
[show sarah smile at center]
[show rouge blank at far-right]
Sarah lets the last note go. It hangs for a heartbeat, then the room breaks into applause.
[sfx crowd-cheer]
SARAH (smiling): You've been wonderful. Get home safe, and be kind to whoever's clearing your glasses.  #dramatized
Rising from her bow, she finds the small figure in the wings: warmth, and under it, for one second, something watchful.  #dramatized
The red curtain comes down. From here, the night splits three ways.
* Stay with Sarah as the curtain falls -> sarah-dressing-room
* Do the rounds with Rouge -> rouges-rounds
* Follow the Nectar into the dark -> smugglers-tally
