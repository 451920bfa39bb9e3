// Act 1 — the bridge: episode beats 14–18: the bridge, Jaron strikes, the transformations, the
// fight, dawn; then the end credits. Tier 2 except the credits (tier 0: production facts only, so
// the credits name Jaron's actor against "the man in glasses").
// The Truth Bureau is first named here, by Jaron, as in the episode (the rule is in FORMAT.md).

=== beat the-bridge ===
title: The bridge
location: A bridge over the canal — night
tier: 2
episode: 14
summary: Walking home, Sarah asks Rouge to stay with her. On this bridge, she says, she threw her old self away. Neans cannot kill people, she says — and asks whether Rouge is one of them too.

[bg bridge with fade]
[music noir-night]
[ambience wind]
[show sarah smile at left]
[show rouge blank at right]

Night. The rain has stopped, and the old iron bridge steams under its lamps. At its crown Sarah leans on the railing, humming.  #dramatized
SARAH (smiling): Stay with me, Rouge. Not just at the club. Stay. I don't ask that of every stray I bring home. Well. Not most of them.
ROUGE: You hardly know me.  #dramatized
SARAH (warm): I know enough. Take a whole minute, if you need one.  #dramatized
{heard-hermann-cold} SARAH (sad): Hermann gives me a suite with a view and calls it looking after me. Just once I'd like someone who doesn't keep me.  #dramatized
She looks down at the black water, and the performer's ease goes out of her shoulders.
SARAH (sad): I came here once, years ago. A different name, and a lot of things done under it.
SARAH: And I threw her away, over that rail. What walked off this bridge was Sarah, who sings. I like her better.
[unlock fact sarah-fitzgerald.the-bridge]
{saw-sarahs-case or saw-case-taken} Her hand strays to the slim case in her coat pocket and stays there.  #dramatized
ROUGE (flat): This morning a woman at the club begged for Scar Head's Nectar back. He was shaking. She was on her knees.  #dramatized
SARAH (guarded): I know. I always know. You learn to sing over certain noises.  #dramatized
SARAH (guarded): You know what they say about Neans? We can't kill people. The Code is written in deeper than anything we get to choose.
[unlock fact asimov-code.no-killing]
Not they, Rouge notes. We.
SARAH (smiling): You sleep like a lamp switched off. You eat when you're told. I know those habits.  #dramatized
SARAH (warm): You're one of us too, aren't you? Here, of all places, it's all right to say so.
Above them, along the steel arch, something shifts its weight, and a lamp goes out.  #dramatized
-> the-strike

// The id is spoiler-free (the story map puts beat ids in the page before it names the scene).
=== beat the-strike ===
title: Jaron strikes
location: A bridge over the canal — night
tier: 2
episode: 15
summary: A blow meant for Sarah hits Rouge instead ("wrong one?"). Jaron admits he was the earlier attacker, pushing Sarah to act. Naomi arrives and names him; he calls Rouge a Truth Bureau dog.

[bg bridge]
[music tension]
[ambience wind]
[show sarah afraid at left]
[show rouge surprised at center]

It comes down out of the dark: a streak of motion aimed at the woman by the railing.
[sfx impact]
[transition shake]
Rouge is in the way. Whether she stepped into it or it found her first, nobody could say. The blow lifts her off her feet.
[hide rouge]
She hits the railing, then goes over it. A long second later the canal takes her with one flat sound.  #dramatized
[show jaron grin at right]
Jaron straightens his cuffs, then his glasses.
JARON (grin): Oh dear. Wrong one? How careless of me.
SARAH (afraid): You. You promised me a way out. I gave you the shipment, and you promised.  #dramatized
JARON: And the fright at your patron's tower? Mine too. You needed a push, Viola. You'd never have jumped on your own.
[unlock fact red-gladiator.staged]
Sarah flinches at the old name.
[sfx footsteps]
[show naomi serious at far-left]
Naomi comes running from the far end of the bridge, a scanner glowing in her hand.  #dramatized
NAOMI (serious): Jaron. Jaron Fate, or Jaron of Yomi, if you prefer the dramatic version, and you do.
{heard-the-feed-die} NAOMI (serious): Also, you owe me a bird. I'm keeping a list, and you're at the top of it.  #dramatized
JARON (grin): And here comes the handler, running. Which makes the girl in the canal the Truth Bureau's dog. Sent in an apron, no less.
[unlock fact man-in-glasses.wrong-one]
[unlock fact truth-bureau.agency]
[unlock fact truth-bureau.dog]
SARAH (afraid): The Truth Bureau? Rouge? She dozes off backstage between sets. I took her in.  #dramatized
JARON (menace): Strays bite, my dear.  #dramatized
Sarah looks at the rail where Rouge went over. Something in her face closes, quietly and completely.
-> transformations

=== beat transformations ===
title: Metal Rouge
location: A bridge over the canal — before dawn
tier: 2
episode: 16
summary: Rouge climbs back onto the bridge armoured: Metal Rouge. Jaron bows out ("showtime… adieu, Viola"), and Sarah becomes Purgatory Viola.

[bg bridge]
[music stop]
[ambience wind]
[show sarah guarded at left]
[show jaron grin at right]
[show naomi serious at far-left]

Silence on the bridge. Wind in the cables. Then, far below, the canal begins to glow: red light spreading under black water.  #dramatized
[sfx heartbeat]
NAOMI (grinning): There she is. My partner is never late. Occasionally she's just fashionably underwater.  #dramatized
[sfx transform]
[transition glitch]
[hide naomi]
[show metal-rouge neutral at center]
Something rides a column of spray up onto the deck and lands without a sound: crimson armour, plate over plate, a smooth helm where her face was.  #dramatized
Metal Rouge.
[unlock fact rouge-redstar.metal-rouge]
[unlock fact rouge-redstar.one-of-us]
JARON (grin): Splendid. Showtime, ladies. Adieu, Viola.
[unlock fact man-in-glasses.adieu]
[hide jaron]
He steps backward off the railing into the dark and is gone.  #dramatized
Sarah looks at the armour, then at the rail, and puts the two together.
SARAH (sad): Not a stray at all. You were sent. And I made you up a bed and asked you to stay.  #dramatized
METAL ROUGE: Viola Keen of the Immortal Nine. I was sent for you. That part is true.  #dramatized
Sarah laughs once, a sound nobody at Club Canal has heard her make, and lets her coat slide onto the wet iron.  #dramatized
SARAH (guarded): Then let's stop pretending, both of us. You came for Viola? Here she is.
[sfx transform]
[transition glitch]
[hide sarah]
[show viola neutral at right]
Violet light runs over her like frost over glass. Plates bloom across her skin, and one arm swells into an engine.
Purgatory Viola stands on the bridge where Sarah threw her away. The old name has climbed back out of the water.
[music fight]
-> the-fight

=== beat the-fight ===
title: The fight
location: A bridge over the canal — the last hour before dawn
tier: 2
episode: 17
summary: Metal Rouge fights Purgatory Viola while Naomi reads her weapons: an ion-accelerated arm, a high-frequency blade. Viola only wanted to sing and be happy: how are Neans any different from humans?

[bg bridge]
[music fight]
[ambience wind]
[show naomi serious at far-left]
[show metal-rouge neutral at left]
[show viola neutral at right]

Viola moves first. The deck buckles under her heel, and the distance between them is gone.
[sfx impact]
[transition shake]
Her fist lands where Rouge stood a breath ago, and the deck plating tears open.  #dramatized
NAOMI (serious): Rouge, that arm's ion-accelerated! Don't block it. Don't be anywhere near where it lands.
[sfx blade]
A thin whine climbs past hearing. From Viola's other arm a blade slides free, so fine its edge seems to blur.
NAOMI: And the blade's high-frequency: it shivers through whatever it touches. Stay off that edge.
[unlock fact naomi-orthmann.on-the-bridge]
[sfx blade]
[transition flash]
Rouge slips the first cut and the second. The third opens a bright line across her forearm.  #dramatized
VIOLA: Why can't you let me be? I only wanted to sing, and to be happy for a while. That's all any of us want.
VIOLA: They drink, they love, they lie, they get tired of who they used to be. So do we. Tell me how a Nean is any different from them!
Rouge has seen what Club Canal thinks the difference is: who gets the Nectar, and who gets laughed at.  #dramatized
METAL ROUGE: I don't know. I only know what I was sent to do.  #dramatized
NAOMI (serious): The accelerator needs a beat to spin back up! Wait for the whine to drop, then go straight through her!  #dramatized
[sfx impact]
[transition shake]
Viola swings again. Rouge is not there, and the blow punches through the arch.  #dramatized
The whine drops. In that half-second of quiet, Rouge steps inside the blade's reach, close enough to see her own red in Viola's helm.  #dramatized
[sfx blade]
[transition flash]
One strike, straight and without ornament. The blade's hum stutters and dies. On the horizon, the sky begins to pale.
-> dawn

=== beat dawn ===
title: Crimson is the sound of dawn
location: A bridge over the canal — dawn
tier: 2
episode: 18
summary: At dawn the dying Sarah remembers that it was raining when they first met. Afterwards Rouge asks "Where next?", and Naomi answers: "Already decided."
ending: Crimson is the sound of dawn

[bg mars-dawn with dissolve]
[music ending]
[ambience wind]
[show rouge neutral at left]
[show sarah sad at center]

Dawn comes up over Canal City in rust, then crimson, and the bridge's wet iron takes the colour.
The violet armour has flaked away. Head in Rouge's lap lies only Sarah, hair full of grit.  #dramatized
SARAH (sad): It was raining, the night we met. Do you remember? So hard the whole street sounded like applause.
[unlock fact sarah-fitzgerald.last-song]
SARAH (sad): You stood in it as if nobody had ever told you to come in out of the rain. I thought: that one needs a coat.  #dramatized
Rouge does not say anything clever. She answers the question as asked.
ROUGE: I remember. It was raining.
Sarah smiles at that: the real smile, the one from before the stage lights come up.
She tries to sing. A few notes come, low and cracked, climbing toward a light they do not reach.  #dramatized
[sfx heartbeat]
Then there is only the wind in the cables.
[hide sarah]
Rouge stays kneeling a while. Then she gets up, because there is nothing else she has been told to do.  #dramatized
{heard-hermann-cold} Up in his tower, Hermann Hayward will wake to the news, and will not come.  #dramatized
Behind Club Canal, a Nean worker is still humming to Scar Head, and still counting doses.  #dramatized
{saw-sarahs-case or saw-case-taken} Sarah's coat lies where it fell, one pocket weighed down by a slim case nobody will need now.  #dramatized
[sfx footsteps]
[show naomi neutral at right]
Naomi comes up the deck, hands in her pockets. For once she says nothing at all.
Rouge snaps a square off a bar of chocolate and eats it, and watches the sun until it is all the way up.  #dramatized
ROUGE (flat): The job is done. Where next?
NAOMI (grinning): Already decided.
[unlock fact naomi-orthmann.already-decided]
NAOMI: Come on. I'll tell you over breakfast. You're paying; I've seen what you spend on chocolate.  #dramatized
[hide all]
They walk off the bridge together, two small shapes against a crimson sky.
-> credits

=== beat credits ===
title: End credits
location: Mars, 2128
tier: 0
summary: The end credits of Act 1: the studio, the makers, the voices, the broadcast, and what comes next.
ending: Crimson is the sound of dawn

[bg mars-dawn with fade]
[music ending]
[ambience stop]

Metallic Rouge, a tech-noir story of humans and androids. Act 1: "Crimson Is the Sound of Dawn," the first of thirteen Acts.
[unlock fact act-1.title]
[unlock fact metallic-rouge.thirteen-acts]
[unlock fact metallic-rouge.tech-noir]
An original from studio Bones (My Hero Academia, Eureka Seven), made for its twenty-fifth anniversary.
[unlock fact metallic-rouge.original]
[unlock fact bones.anniversary]
[unlock fact bones.known-for]
Directed by Motonobu Hori. Chief supervisor and series composition: Yutaka Izubuchi, nineteen years after RahXephon, his last series as director.
[unlock fact motonobu-hori.director]
[unlock fact yutaka-izubuchi.role]
[unlock fact yutaka-izubuchi.rahxephon]
Izubuchi was mechanical designer on Mobile Police Patlabor and chief director of Space Battleship Yamato 2199.
[unlock fact yutaka-izubuchi.career]
Screenplay by Toshizo Nemoto. Character design by Toshihiro Kawamoto. Music by Taisei Iwasaki, with Yuma Yamaguchi and Towa Tei.
[unlock fact series-staff.screenplay]
[unlock fact series-staff.character-design]
[unlock fact series-staff.music]
Opening theme: "Rouge," by YU-KA. Ending theme: "Scarlet," by DAZBEE.
[unlock fact series-staff.songs]
In Japanese: Yume Miyamoto as Rouge, Tomoyo Kurosawa as Naomi, Yu Shimamura as Sarah, Hiroyuki Yoshino as the man in glasses.
[unlock fact series-cast.japanese-cast]
In the English dub: Monica Flatley as Rouge and Cassie Ewulu as Naomi.
[unlock fact series-cast.english-dub]
First broadcast Wednesday 10 January 2024 on Fuji TV's "+Ultra" at 24:55 JST; streaming first on d Anime Store and FOD from 11 January, and on Crunchyroll outside Asia.
[unlock fact broadcast.premiere]
[unlock fact broadcast.streaming]
[unlock fact broadcast.crunchyroll]
[unlock fact act-1.aired]
Next time: Act 2, "Wander in the Labyrinth," from 17 January 2024.
[unlock fact act-2.next-week]
[unlock fact act-2.title]
An unofficial fan retelling: the words are ours; the story, its world and its people belong to their makers.
-> END
