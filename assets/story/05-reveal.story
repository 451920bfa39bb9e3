// Act 1 — the reveal (beats 19–21): Naomi's reveal, the confessional, the news update.
// Tier 2 throughout: Sarah's true identity, Jaron's name and aims, the Junghardt case.
// Conditional lines pay off what the reader saw on their route; every flag read here is set
// by an earlier beat (02–04).

=== beat naomis-reveal ===
title: Naomi's reveal
location: A Chinese restaurant in Canal City — noon
tier: 2
summary: Over the wreckage of a huge lunch, Naomi tells Rouge what she has found: Sarah has been injecting Nectar. She is a Nean, almost certainly Viola Keen of the Immortal Nine, "Purgatory Viola".

[bg chinese-restaurant]
[music tension]
[ambience city]
[show naomi grin at left]
[show rouge blank at right]

Steam curls off half-cleared plates. Naomi chases the last dumpling round its bowl, wins, and lays her chopsticks down, neat as a closed file. The grin switches off.
NAOMI (serious): Right. Business. Your singer has been injecting Nectar. Into her own arm.
ROUGE (flat): Humans don't need Nectar.
NAOMI: Gold star. Neans need it, or they stop. So either Sarah has a very odd hobby, or she isn't human.
NAOMI: My bird got one look through the glass before the blinds came down. Needle in, eyes shut, like someone coming up for air.  #dramatized
{saw-sarahs-case} The slim case Sarah locked away in her dressing room: about the right length for an injector.  #dramatized
[if saw-naomis-file]
NAOMI: Those records that stop dead a few years back, the Nectar numbers that wouldn't add up? She's the missing line.  #dramatized
[else]
NAOMI: And her paper trail stops dead a few years back. People don't come from nowhere.  #dramatized
[end if]
{saw-withdrawal} Rouge thinks of the woman at the club this morning, begging for her dose. Sarah has never had to beg.  #dramatized
{followed-the-nectar} This morning one dose cost Scar Head everything he owned. The diva has never had to empty a locker.  #dramatized
{saw-the-ledger} And the Panacea lot number on the smugglers' crates: Hermann's Nectar, Hermann's singer. The lines cross.  #dramatized
NAOMI (serious): One name fits. Viola Keen, of the Immortal Nine. Almost certainly. I'd bet lunch on it, and you've seen my lunch.
NAOMI: They call her Purgatory Viola. Nobody earns a name like that for a pretty voice.
[unlock fact sarah-fitzgerald.viola-keen]
[unlock fact immortal-nine.rogue-neans]
ROUGE (flat): She gave me work, a coat and somewhere to sleep. She said I looked like I needed all three. She was correct.  #dramatized
NAOMI: Kind and dangerous aren't opposites, Rouge. Plenty of people in my files were lovely to their strays.  #dramatized
NAOMI (grinning): Orders stand: stay close to her. Only now we know what we're standing next to. And eat.
Rouge picks up her chopsticks, because she has been told to.  #dramatized
-> confessional

=== beat confessional ===
title: The confessional
location: A church in Canal City — the confessional
tier: 2
summary: The man in glasses is Jaron. Sarah leaked the Nectar shipment to him for a promise of freedom from Alter; he blames "the red one" for the stolen Nectar and the deaths of Nius and Achillus. Sylvia suspects Sarah: strike first.

[bg confessional with fade]
[music noir-night]
[ambience rain]
[show jaron neutral at center]

Candle smoke, cold stone, and neon bleeding through the stained-glass saints.
The man in glasses who found Sarah in the rain last night folds himself into a confessional as if it were a box at the opera.
JARON (grin): Bless me, for I have sinned. Though in fairness, most of the sinning this week has been done to me.  #dramatized
VOICE: Spare me the overture, Jaron. What became of the shipment?
So the man in glasses has a name. He smiles at it like an actor at his cue.
[unlock fact jaron-fate.named]
JARON: Our songbird delivered. Viola handed me the shipment on a plate. Lovely timing.
VOICE: And her price? None of the Nine gives anything away.
JARON: What the tired ones always want. Out. Out of Alter, out of the old name. I promised her freedom.
[unlock fact sarah-fitzgerald.the-leak]
[unlock fact alter.group]
[unlock fact alter.freedom]
[unlock fact immortal-nine.alter]
JARON (grin): Promises cost nothing. That's what makes them such a pleasure to give.  #dramatized
JARON (menace): Then the red one came for the crates before I could move them. My Nectar, gone. The same red one who ended Nius and Achillus. I tire of that colour.
[unlock fact nius-achillus.dead]
[unlock fact immortal-nine.losses]
{saw-the-ledger} The crates at the dock, the smugglers whispering about whoever hit the deal: now it has a colour.  #dramatized
{followed-the-nectar} Scar Head emptied his locker for one dose. Up here a whole shipment goes with a shrug.  #dramatized
VOICE: Sylvia has been asking about Viola. Where her loyalty lives now.
JARON: Sylvia suspects everyone. It's her most endearing quality.  #dramatized
VOICE: This time she may be right. Viola is a loose thread.
JARON (menace): Then we don't wait to see who pulls it. We strike first, and let the curtain fall where it likes.
[unlock fact jaron-fate.confession]
[unlock fact sylvia.suspects-sarah]
A card turns over between his fingers and is gone. He rises, straightens his glasses, and bows to the screen.  #dramatized
[sfx footsteps]
[hide jaron]
Behind the lattice, whoever was listening does not move.
-> news-update

=== beat news-update ===
title: News update
location: Canal City — beneath a public news screen
tier: 2
summary: The news releases a sharpened image of the murder suspect; it resembles the suspect in the murder of Dr. Roy Junghardt. Rouge says she does not remember. Naomi has an idea who it is.

[bg news-screen with fade]
[music tension]
[ambience city]
[show naomi neutral at left]
[show rouge blank at right]

Afternoon, and the rain has thinned to a rust-coloured drizzle. A news blimp noses over the canal, its belly screen tinting every puddle.
[sfx static]
NEWSCASTER: New in the murder case we reported earlier: investigators have released a cleaned-up image of the suspect.
The picture sharpens one band at a time. The smear of rain and motion peels away, leaving a figure caught mid-stride.
NEWSCASTER: Police note a strong resemblance to the suspect sought in the murder of Dr. Roy Junghardt, the Nean researcher. That case remains open.
[unlock fact roy-junghardt.murdered]
{saw-the-attacker} Rouge has seen that shape before: last night, on the face of Hermann's tower, moving too fast.  #dramatized
{heard-the-feed-die} NAOMI: The last thing my bird saw before the static was that shape.  #dramatized
Naomi looks up at the screen, then at Rouge, like someone holding two photographs side by side.
NAOMI (serious): Junghardt. The Nean researcher. Look at me, not the screen. Does that name mean anything to you?
Nothing moves in Rouge's face. Not a flicker; not even the effort of keeping still.
ROUGE (flat): I don't remember.
[unlock fact rouge-redstar.no-memory]
NAOMI: Fine. I'll do the remembering, then. And I have an idea who that is.
[unlock fact naomi-orthmann.hunch]
NAOMI (grinning): Go back to her. After last night she'll want company. Be the company, and keep your eyes open.
ROUGE (flat): And when I have seen enough?
NAOMI (serious): Then you do the job, and I'll be close. Closer than a bird, this time.  #dramatized
[hide rouge]
Rouge turns up her collar and walks into the drizzle. Overhead the blimp sails on, the figure shrinking on its belly.
-> the-bridge
