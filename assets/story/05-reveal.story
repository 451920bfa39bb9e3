// Act 1 — the reveal: episode beats 11–13: Naomi's reveal, the confessional, the news update.
// Tier 2 throughout: Sarah's true identity, Jaron's name and aims, the Junghardt case.
// Conditional lines pay off what the reader saw on their side of the night; every flag read here
// is set by an earlier beat (02–04).

=== beat naomis-reveal ===
title: Naomi's reveal
location: A Chinese restaurant in Canal City — noon
tier: 2
episode: 11
summary: Over the wreckage of a huge lunch, Naomi tells Rouge what she has found: Sarah has been injecting Nectar. She is a Nean, almost certainly Viola Keen of the Immortal Nine, "Purgatory Viola".

[bg chinese-restaurant]
[music tension]
[ambience city]
[show naomi grin at left]
[show rouge blank at right]

Naomi chases the last dumpling round its bowl, wins, and lays her chopsticks down. The grin switches off.
NAOMI (serious): Right. Business. Your singer has been injecting Nectar. Into her own arm.
ROUGE (flat): Humans don't need Nectar.
NAOMI: Gold star. So either Sarah has a very odd hobby, or she isn't human.
NAOMI: My bird got one look through the glass before the blinds came down. Sleeve up, a needle in the crook of her arm, eyes shut.  #dramatized
{heard-hermann-cold} At the far end of Hermann's window, her back to the room: that was what she was doing while he talked.  #dramatized
{saw-sarahs-case or saw-case-taken} The slim case from the drawer under her mirror: about the right length for an injector.  #dramatized
[if saw-naomis-file]
NAOMI: The records that stop dead a few years back. Hayward signing the club's Nectar orders himself. Not all of it was for the staff.  #dramatized
[else]
NAOMI: And her paper trail stops dead a few years back. People don't come from nowhere.  #dramatized
[end if]
Rouge thinks of Scar Head this morning, shaking against the wall while his friend begged for one dose. Sarah has never had to beg.  #dramatized
{followed-the-nectar} Everything two workers owned would not buy one ampoule at the docks. The diva has never had to empty a locker.  #dramatized
{saw-the-ledger} And the Panacea lot numbers on the smugglers' crates: Hermann's Nectar, Hermann's singer. The lines cross.  #dramatized
[transition glitch]
NAOMI (serious): One name fits. Viola Keen, of the Immortal Nine. Almost certainly. I'd bet lunch on it, and you've seen my lunch.
NAOMI: They call her Purgatory Viola. Nobody earns a name like that for a pretty voice.
[unlock fact sarah-fitzgerald.viola-keen]
[unlock fact immortal-nine.rogue-neans]
ROUGE (flat): She gave me work, and somewhere to sleep. She said I looked like I needed both.  #dramatized
NAOMI: Kind and dangerous aren't opposites, Rouge. Plenty of people in my files were lovely to their strays.  #dramatized
NAOMI (serious): Orders stand: stay close to her. Only now we know what we're standing next to.
Rouge looks at the tablet a long moment, then picks up her chopsticks, for something to do with her hands.  #dramatized
-> confessional

=== beat confessional ===
title: The confessional
location: A church in Canal City — the confessional
tier: 2
episode: 12
summary: The man in glasses is Jaron. Sarah leaked the Nectar shipment to him for a promise of freedom from Alter; he blames "the red one" for the stolen Nectar and the deaths of Nius and Achillus. Sylvia suspects Sarah: strike first.

[bg confessional with fade]
[music noir-night]
[ambience rain]
[show jaron neutral at center]

Candle smoke, cold stone, neon through stained glass. The man in glasses who found Sarah in the rain folds himself into a confessional.
JARON (grin): Bless me, for I have sinned. Though in fairness, most of the sinning this week has been done to me.  #dramatized
VOICE: Spare me the liturgy, Jaron. What became of the shipment?
So the man in glasses has a name. He smiles at hearing it, as if it were a compliment.
[unlock fact man-in-glasses.named]
JARON: Our songbird delivered. Viola told me where and when the shipment would land, and I was there to meet it.
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
{followed-the-nectar} At dawn a woman laid a stopped watch on a crate for one dose and was sent away. Up here a whole shipment goes with a shrug.  #dramatized
VOICE: Sylvia has been asking about Viola. Where her loyalty lives now.
JARON: Sylvia suspects everyone. It's her most endearing quality.  #dramatized
VOICE: This time she may be right. Viola is a loose thread.
JARON (menace): Then we don't wait to see who pulls it. We strike first, and say a prayer for whoever is standing nearest.
[unlock fact man-in-glasses.confession]
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
episode: 13
summary: The news releases a sharpened image of the murder suspect; it resembles the suspect in the murder of Dr. Roy Junghardt. Rouge says she does not remember. Naomi has an idea who it is.

[bg news-screen with fade]
[music tension]
[ambience city]
[show naomi neutral at left]
[show rouge blank at right]

Afternoon drizzle. A news blimp noses over the canal, its belly screen tinting every puddle.
[sfx static]
NEWSCASTER: New in the murder case we reported earlier: investigators have released a cleaned-up image of the suspect.
The picture sharpens one band at a time, until a figure stands caught mid-stride.
NEWSCASTER: Police note a strong resemblance to the suspect sought in the murder of Dr. Roy Junghardt, the Nean researcher. That case remains open.
[unlock fact roy-junghardt.murdered]
{saw-the-attacker} Rouge has seen that shape before: last night, on the face of Hermann's tower, moving too fast.  #dramatized
{heard-the-feed-die} NAOMI: The last thing my bird saw before the static was that shape.  #dramatized
Naomi looks up at the screen, then at Rouge, then at the screen again.
NAOMI (serious): Junghardt. The Nean researcher. Look at me, not the screen. Does that name mean anything to you?
Nothing moves in Rouge's face. Not a flicker; not even the effort of keeping still.
ROUGE (flat): I don't remember.
[unlock fact rouge-redstar.no-memory]
NAOMI: Fine. I'll do the remembering, then. And I have an idea who that is.
[unlock fact naomi-orthmann.hunch]
NAOMI (serious): Go back to her. After last night she'll want company. Be the company, and keep your eyes open.
ROUGE (flat): And when I have seen enough?
NAOMI (serious): Then you do the job, and I'll be close. Closer than a bird, this time.  #dramatized
[hide rouge]
Rouge turns up her collar and walks into the drizzle.
-> the-bridge
