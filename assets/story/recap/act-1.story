// The guided recap of Act 1: the whole episode, in order, for a newcomer, in 3 to 6 minutes.
// Main chapters stay within tier 1 (what the synopsis and the episode's first half give away);
// the spoiler gate comes after them. A reader who stops there gets safe-ending; one who opens it
// gets the twist chapters and the ending. New sentences throughout: no line from the scenes is
// reused. No main chapter names the Truth Bureau (see the rule in FORMAT.md).

=== chapter the-show ===
title: What Metallic Rouge is
part: main
tier: 0
beat: credits

[bg mars-dawn with fade]
[music title]
Metallic Rouge is an original TV anime from studio Bones, made for the studio's twenty-fifth anniversary: tech noir about humans and the androids they depend on, in thirteen episodes called Acts.
Motonobu Hori directs. Yutaka Izubuchi, who designed machines for Patlabor and led Space Battleship Yamato 2199, is chief supervisor and writes the series composition.
It first aired in Japan on 10 January 2024, on Fuji TV's late-night "+Ultra" slot. It streams on d Anime Store and FOD in Japan, and on Crunchyroll outside Asia.
Its first episode, "Crimson Is the Sound of Dawn", is Act 1.

=== chapter mars ===
title: Mars, 2128
part: main
tier: 1
beat: cold-open

[bg mars-dawn]
[show bird at center]
[ambience wind]
The year is 2128, and humans share Mars with androids called Neans, who do its heaviest work.
Every Nean depends on Nectar, a drug made by the Panacea corporation. Without it a Nean stops, and a stopped Nean is sold for scrap.
A rule built into them, the Asimov Code, keeps them from ever turning on a human.
The episode opens on a mechanical bird crossing that sky. Someone is watching through its eyes.

=== chapter the-deal ===
title: A deal in the dark
part: main
tier: 1
beat: nectar-smuggling-attack

[bg canal-dock with fade]
[hide all]
[show stranger grin at center]
[music tension]
In Canal City, Nectar smugglers wait at the dock for a contact who never arrives: he is dead.
A smiling stranger in round glasses strolls out of the dark and simply takes the deal over.

=== chapter the-singer ===
title: The singer and the new girl
part: main
tier: 1
beat: sarahs-stage

[bg club-stage with fade]
[hide all]
[show sarah smile at center]
[show rouge blank at far-right]
[music club-song]
Across the water, Sarah Fitzgerald, the diva of Club Canal, is singing to a full house.
Watching from the wings is Rouge Redstar, a quiet, literal girl Sarah found and took in as her new companion.
Sarah's patron and lover is Hermann Hayward, an executive of Panacea's Mars branch, who also has a hand in the Nectar black market.

=== chapter below-stairs ===
title: What the staff do
part: main
tier: 1
beat: stolen-nectar

[bg worker-quarters with fade]
[hide all]
[show scar-head pained at center]
[music noir-night]
Backstage, a big Nean worker called Scar Head helps Rouge and gets shouted at for it. Then he finds that the human staff have stolen his Nectar.
A fellow worker offers him her own dose. He refuses: without it, she would be the one to stop.
After closing, the same staff drink to Sarah and her rich patron, and laugh that the Asimov Code keeps Neans obedient, or that Neans spy for alien Visitors.

=== chapter orders ===
title: The new girl's orders
part: main
tier: 1
beat: bird-debrief

[bg canal-city-night with fade]
[hide all]
[show rouge neutral at left]
[show bird at right]
[ambience rain]
Out in the rain, the mechanical bird lands on Rouge's hand. The voice in it belongs to Naomi Orthmann, her support: Rouge is working undercover.
Rouge doubts the singer is the one they are after. Her orders stand anyway: stay close to Sarah, and find proof.

=== chapter the-red-gladiator ===
title: The Red Gladiator
part: main
tier: 1
beat: the-attack

[bg rainy-street with fade]
[hide all]
[show sarah afraid at center]
[music tension]
That night, in Hermann's suite, something smashes in through the window. Sarah runs barefoot into the rain and calls what she saw the Red Gladiator.
A gunshot brings Naomi's bird down. When it is over, the man in glasses finds Sarah, and she seems to know him.
By morning, every screen shows a murder suspect too blurred to recognise, and a shaken Hermann says the same thing came for him.

=== chapter the-morning ===
title: The morning after
part: main
tier: 1
beat: withdrawal

[bg backstage with fade]
[hide all]
[show scar-head pained at center]
[music noir-night]
Without his Nectar, Scar Head is shaking at the limit of his strength. His friend begs the staff to give it back. They will not.

=== chapter naomi ===
title: Naomi in person
part: main
tier: 1
beat: naomi-meets-rouge

[bg chinese-restaurant with fade]
[hide all]
[show naomi grin at left]
[show rouge blank at right]
[music noir-night]
At noon, behind the theatre, Rouge meets Naomi face to face for the first time, across an enormous Chinese lunch.
"I'm your support," Naomi says, and then she tells Rouge what she has found out about Sarah.

=== chapter before-act-2 ===
title: Before Act 2
part: safe-ending
tier: 1
beat: naomi-meets-rouge

[bg mars-dawn with fade]
[hide all]
[music ending]
Here the recap stops, before Act 1's twist. The rest of the episode answers the synopsis's own questions: what Sarah's hidden past is, and what Rouge is really there for.
Keep in mind who took Rouge in, who sent her, and the smiling man in glasses. All three matter before the night is over.
To see it for yourself, read the story from Naomi's reveal, or watch the episode. Act 2, "Wander in the Labyrinth," first aired on 17 January 2024.

=== chapter the-reveal ===
title: Naomi's reveal
part: twist
tier: 2
beat: naomis-reveal

[bg chinese-restaurant]
[show naomi serious at left]
[show rouge blank at right]
[music tension]
Naomi's bird saw Sarah inject Nectar into her own arm. So Sarah is a Nean, and almost certainly Viola Keen, "Purgatory Viola", one of the rogue Neans called the Immortal Nine.

=== chapter the-man-in-glasses ===
title: Who the man in glasses is
part: twist
tier: 2
beat: confessional

[bg confessional with fade]
[hide all]
[show jaron grin at center]
[music noir-night]
The man in glasses is Jaron Fate, "Jaron of Yomi". In a confessional he admits that Sarah leaked him the Nectar shipment, for his promise to free her from the group called Alter.
He blames "the red one" for stealing it and for killing Nius and Achillus of the Nine. Sylvia suspects Sarah, so Jaron means to strike first.
A sharper news image links the suspect to the murder of the Nean researcher Dr. Roy Junghardt. Rouge says she does not remember; Naomi has an idea who it is.

=== chapter the-bridge ===
title: The bridge
part: twist
tier: 2
beat: the-bridge

[bg bridge with fade]
[hide all]
[show sarah sad at left]
[show rouge blank at right]
[ambience wind]
On a bridge where she once threw her old self away, Sarah asks Rouge to stay, and guesses she is a Nean too.
Jaron strikes at Sarah but knocks Rouge into the canal. He admits the attack at the tower was his, and sneers that Rouge is a Truth Bureau dog.
Rouge climbs back armoured as Metal Rouge. Jaron leaves with a bow, and Sarah becomes Purgatory Viola.
As they fight, Viola asks what makes a Nean any different from a human. All she wanted was to sing and be happy.

=== chapter dawn ===
title: Dawn
part: ending
tier: 2
beat: dawn

[bg mars-dawn with dissolve]
[hide all]
[show rouge neutral at left]
[music ending]
Dying at dawn, Sarah remembers it was raining the night they met. Rouge remembers too.
Then she asks Naomi where they go next. Naomi has already decided. Act 2, "Wander in the Labyrinth," first aired on 17 January 2024.
