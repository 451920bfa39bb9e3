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

Steam curls off a table of half-cleared plates. Behind the bead curtain a wok roars, and the ceiling fan stirs chilli oil and wet coats.
Naomi chases the last dumpling round its bowl, wins, and lays her chopsticks across the rim, neat as a closed file. The grin switches off.
NAOMI (serious): Right. Business. Your singer has been injecting Nectar. Not selling it, not minding it for a friend. Into her own arm.
ROUGE (flat): Humans don't need Nectar. So a human would have no reason to inject it. None at all.
NAOMI: Gold star. Neans need it, or they stop. So either Sarah Fitzgerald has a very odd hobby, or Sarah Fitzgerald isn't human.
NAOMI: My bird got one good look through the glass before it went dark. Needle in, eyes shut, like someone coming up for air.  #dramatized
{saw-sarahs-case} The slim case Sarah locked away before she left her dressing room comes back: about the right length for an injector.  #dramatized
[if saw-naomis-file]
NAOMI: The records that stop dead a few years back, the Nectar numbers that wouldn't add up? They add up fine now. She's the missing line.  #dramatized
[else]
NAOMI: And her paper trail stops dead a few years back. Before that, no Sarah Fitzgerald anywhere on Mars. People don't come from nowhere.  #dramatized
[end if]
{saw-withdrawal} Rouge thinks of the woman at the club this morning, shaking, begging for her dose back. Sarah has never had to beg.  #dramatized
{followed-the-nectar} At the docks this morning one dose cost Scar Head every coin he had. Nobody has ever seen the diva count coins.  #dramatized
{saw-the-ledger} And the Panacea lot number on the smugglers' crates: Hermann's company, Hermann's Nectar, Hermann's singer. The lines cross.  #dramatized
NAOMI: A Nean passing as human, no owner, no registry, headlining a club on a Panacea man's arm? Ordinary Neans don't get that life.  #dramatized
NAOMI (serious): One name fits the shape. Viola Keen, of the Immortal Nine. Almost certainly. I'd bet lunch on it, and you've seen my lunch.
NAOMI: She has an epithet, too: Purgatory Viola. Nobody earns a name like that for a pretty voice.
[unlock fact sarah-fitzgerald.viola-keen]
[unlock fact immortal-nine.rogue-neans]
Rain needles the window. Across the street a poster of Sarah smiles through it, one corner peeling, mouth open on a note nobody hears.  #dramatized
ROUGE (flat): She gave me work, a coat and somewhere to sleep. She said I looked like I needed all three. She was correct.  #dramatized
NAOMI (serious): I know. Kind and dangerous aren't opposites, Rouge. Plenty of people in my files were lovely to their strays.  #dramatized
NAOMI (grinning): Orders stand: stay close to her. Only now we know what we're standing next to. And eat. You'll want it in you tonight.
Rouge picks up her chopsticks because she has been told to. She eats steadily, precisely, and does not seem to taste a thing.  #dramatized
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

Candle smoke, cold stone, old varnish. Rain ticks on stained glass far overhead, and the city's neon bleeds through the saints.
The man in glasses who found Sarah in the rain last night folds himself into a confessional as if it were a box at the opera.
A lattice screen. Behind it, a shape that does not move, and does not breathe loudly enough to hear.
JARON (grin): Bless me, for I have sinned. Though in fairness, most of the sinning this week has been done to me.  #dramatized
VOICE: Spare me the overture, Jaron. Tell me what became of the shipment.
So the man in glasses has a name. He smiles at the sound of it, the way an actor smiles at his cue.
[unlock fact jaron-fate.named]
JARON: Our songbird delivered, you know. Viola handed me the shipment on a plate. Lovely girl. Lovely timing.
VOICE: And what did she want for it? None of the Nine gives anything away.
JARON: What the tired ones always want. Out. Out of Alter, out of the old name. I promised her freedom.
[unlock fact sarah-fitzgerald.the-leak]
[unlock fact alter.group]
[unlock fact alter.freedom]
[unlock fact immortal-nine.alter]
VOICE: A promise that was never yours to make, and you know it.
JARON (grin): Promises cost nothing. That is exactly what makes them such a pleasure to give.  #dramatized
JARON (menace): Then the red one got there ahead of me. My Nectar, gone. The same red one who ended Nius and Achillus. I tire of that colour.
[unlock fact nius-achillus.dead]
[unlock fact immortal-nine.losses]
{saw-the-ledger} The crates at the dock come back: the Panacea lot number, the smugglers whispering about whoever hit the deal. Now it has a colour.  #dramatized
{followed-the-nectar} Down in the worker quarters Scar Head counts coins for one dose. Up here a whole shipment is a card, lost with a shrug.  #dramatized
VOICE: Sylvia has been asking about Viola. Where her loyalty lives now. Who else she might be singing to.
JARON: Sylvia suspects everyone. It's her most endearing quality.  #dramatized
VOICE: This time she may be right. If the red one is circling Viola, Viola is a loose thread.
JARON (menace): Then we don't wait to see who pulls it. We strike first, and let the curtain come down wherever it likes.
[unlock fact jaron-fate.confession]
[unlock fact sylvia.suspects-sarah]
A playing card turns over between his fingers, shows its face, and is gone. He rises, straightens his glasses, and bows to the screen.  #dramatized
[sfx footsteps]
[hide jaron]
His footsteps go down the nave, unhurried. Behind the lattice, the shape stays exactly where it is.
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
NEWSCASTER: An update on the murder case we reported earlier. Investigators have released a processed image of the suspect seen at the scene.
The picture sharpens one band at a time. The smear of rain and motion peels away, leaving a figure in red, caught mid-stride.
Hermann said it on the phone after the attack: the same one, here too. Now the whole city can see what he meant, twenty metres wide.
NEWSCASTER: Police note a strong resemblance to the suspect sought in the murder of Dr. Roy Junghardt, the Nean researcher. That case remains open.
[unlock fact roy-junghardt.murdered]
{saw-the-attacker} Rouge has seen that shape before: last night, in the rain under Hermann's tower, something red moving too fast.  #dramatized
{heard-the-feed-die} NAOMI: Last thing my bird saw before the static was that shape. It went after it, and it didn't come back.  #dramatized
A man under an awning spits into the gutter. Someone says the word gladiator the way people say plague, and turns up a collar.  #dramatized
Naomi looks up at the screen, then across at Rouge, the way someone holds two photographs side by side.
NAOMI (serious): Junghardt. The Nean researcher. Look at me, not the screen. Does that name mean anything to you?
Rouge watches the red figure freeze on the screen. Nothing moves in her face. Not a flicker; not even the effort of keeping still.
ROUGE (flat): I don't remember.
[unlock fact rouge-redstar.no-memory]
NAOMI: Fine. Then remember this for both of us: I have an idea who that is. And if I'm right, he'll come to us.  #dramatized
[unlock fact naomi-orthmann.hunch]
NAOMI (grinning): Go back to her. After last night she'll want company. Be the company, and keep your eyes open.
ROUGE (flat): And when I have seen enough? What then, exactly?
NAOMI (serious): Then you do the job, and I'll be close. Closer than a bird, this time.  #dramatized
[hide rouge]
Rouge turns up her collar and walks into the drizzle. Overhead the blimp sails on, the red figure shrinking on its belly.
-> the-bridge
