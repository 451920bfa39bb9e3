// Act 1 — the bridge (beats 22–27): the bridge, Jaron strikes, the transformations, the fight,
// dawn, and the end credits. Tier 2 except the credits (tier 0: production facts only, so the
// credits name Jaron's actor against "the man in glasses").

=== beat the-bridge ===
title: The bridge
location: A bridge over the canal — night
tier: 2
summary: Walking home, Sarah asks Rouge to stay with her. On this bridge, she says, she threw her old self away. Neans cannot kill people, she says — and asks whether Rouge is one of them too.

[bg bridge with fade]
[music noir-night]
[ambience wind]
[show sarah smile at left]
[show rouge blank at right]

Night. The rain has finally stopped, and the old iron bridge steams under its lamps. Far below, the canal carries the city's neon out into the dark.
Sarah walks with her coat open, heels hooked on two fingers, humming a slow tune with no words and letting it drift out over the water.  #dramatized
At the crown of the bridge, where the lamps give out, she stops and leans on the railing as if it were an old friend who had waited up for her.
SARAH (smiling): Stay with me, Rouge. Not just at the club. Stay. I don't ask that of every stray I bring home. Well. Not most of them.
ROUGE (flat): The first night, you asked me to look after your things. This is a larger request.  #dramatized
SARAH (warm): It is. Take your time. A whole minute, if you need one. I'm very patient with people I like.
{heard-hermann-cold} SARAH (sad): Hermann gives me a suite with a view and calls it looking after me. Just once, I'd like to be with someone who doesn't keep me.  #dramatized
She looks down at the black water for a long moment, and the performer's ease goes out of her shoulders all at once.
SARAH (sad): I came here once, years ago. A different name, and a lot of things done under it. I stood right about here.
SARAH: And I threw her away. Whoever I was, I let her go over that rail. What walked off this bridge was Sarah, who sings. I like her much better.
[unlock fact sarah-fitzgerald.the-bridge]
{saw-sarahs-case} Her hand strays to her coat pocket, to the slim shape of the case inside, the way other people touch a charm for luck.  #dramatized
{saw-withdrawal} ROUGE (flat): This morning a woman at the club begged for her Nectar back. The staff laughed at her. She was shaking.  #dramatized
{saw-withdrawal} SARAH (guarded): I know. I always know. I don't always do anything about it. You learn to sing over certain noises.  #dramatized
SARAH (guarded): You know what everyone says about Neans? We can't kill people. The Code is written in deeper than anything we get to choose.
[unlock fact asimov-code.no-killing]
Rouge hears the small word in the middle of it and lets it sit there between them. Not they. We.
SARAH (smiling): You sleep like a lamp someone switched off. You never flinch. You eat when you're told. I know those habits, Rouge.  #dramatized
SARAH (warm): You're one of us too, aren't you? It's all right. Here, of all places, it's all right to say so.
Rouge looks at her. For the first time since Club Canal she seems to be choosing her words instead of simply finding them.  #dramatized
Above them, along the bridge's steel arch, something shifts its weight, and a single lamp goes out.  #dramatized
-> jaron-strikes

=== beat jaron-strikes ===
title: Jaron strikes
location: A bridge over the canal — night
tier: 2
summary: A blow meant for Sarah hits Rouge instead ("wrong one?"). Jaron admits he was the earlier attacker, pushing Sarah to act. Naomi arrives and names him; he calls Rouge a Truth Bureau dog.

[bg bridge]
[music tension]
[ambience wind]
[show sarah afraid at left]
[show rouge surprised at center]

It comes down out of the dark: a streak of motion aimed at the woman by the railing, fast as a dropped blade.
[sfx impact]
[transition shake]
Rouge is in the way. Whether she stepped into it or it simply found her first, nobody could say. The blow lifts her clean off her feet.
[hide rouge]
She hits the railing, and then she is over it. A long second later the canal takes her with one flat, final sound.  #dramatized
[show jaron grin at right]
Jaron straightens his cuffs, then his glasses. The lamplight finds the lenses first, then the smile.
JARON (grin): Oh dear. Wrong one? How careless of me. The understudy always did have a habit of stepping in front of the star.
SARAH (afraid): You. Last night you found me in the rain. So concerned. So gentle. You told me the worst was already behind me.  #dramatized
JARON: Guilty. And the fright at your patron's tower? Also mine. You needed a push, Viola. You'd never have jumped on your own.
[unlock fact red-gladiator.staged]
Sarah flinches at the old name as if it had been thrown at her, like a stone.
[sfx footsteps]
[show naomi serious at far-left]
Running footsteps. Naomi arrives from the far end of the bridge, out of breath, coat flapping, a palm-sized scanner glowing in her hand.  #dramatized
NAOMI (serious): Jaron. Jaron Fate, Jaron of Yomi, if you prefer the dramatic version, and you do. I had a hunch you'd come out to take a bow.
{heard-the-feed-die} NAOMI (serious): Also, you owe me a bird. Feathers, feed, the lot. I'm keeping a list, and you're at the top of it.  #dramatized
JARON (grin): And here's the handler, right on cue. Which makes the girl in the canal the Truth Bureau's dog. Sent in an apron, no less.
[unlock fact jaron-fate.wrong-one]
[unlock fact truth-bureau.dog]
SARAH (afraid): The Truth Bureau? Rouge? She dozes off backstage between sets. She was a stray. I took her in.  #dramatized
JARON (menace): Strays bite, my dear. The Bureau's dogs have been working through the Nine. Ask Nius. Ask Achillus. Ah. You can't.  #dramatized
Sarah looks at the rail where Rouge went over. Something behind her eyes closes, quietly, like a door she has shut a hundred times before.
-> transformations

=== beat transformations ===
title: Metal Rouge
location: A bridge over the canal — before dawn
tier: 2
summary: Rouge climbs back onto the bridge armoured: Metal Rouge. Jaron bows out ("showtime… adieu, Viola"), and Sarah becomes Purgatory Viola.

[bg bridge]
[music stop]
[ambience wind]
[show sarah guarded at left]
[show jaron grin at right]
[show naomi serious at far-left]

Silence on the bridge. Wind in the cables. Then, far below, the canal begins to glow: red light spreading under black water like a struck match.
[sfx heartbeat]
NAOMI (grinning): There she is. My partner is never late. Occasionally she's just fashionably underwater.  #dramatized
[sfx transform]
[transition flash]
[hide naomi]
[show metal-rouge neutral at center]
Something climbs the bridge on a column of spray and lands on the deck without a sound: crimson armour, plate over plate, a smooth helm where her face was.
Metal Rouge. The new girl who fell is gone. What has come back up wears red the way a warning light does.
[unlock fact rouge-redstar.metal-rouge]
[unlock fact rouge-redstar.one-of-us]
JARON (grin): The red one herself. Splendid. That's my cue, and I never miss a cue. I simply leave before the applause turns ugly.
JARON (menace): Showtime, ladies. The stage is all yours. Adieu, Viola.
[unlock fact jaron-fate.adieu]
[hide jaron]
He steps backward off the railing into the dark and is simply gone. Somewhere down the canal a laugh echoes off the water, then nothing.  #dramatized
Sarah looks at the red armour, then at the rail, then at the armour again, and puts the two together.
SARAH (sad): So you're the red one. Not a stray at all. You were sent. And I made you up a bed and asked you to stay.  #dramatized
METAL ROUGE: Viola Keen of the Immortal Nine. I was sent for you. That part is true.  #dramatized
Sarah laughs once, a sound nobody at Club Canal has ever heard her make, and lets her coat slide off her shoulders onto the wet iron.  #dramatized
SARAH (guarded): Then let's stop pretending, both of us. You came all this way for Viola? Fine. Here she is.
[sfx transform]
[transition glitch]
[hide sarah]
[show viola neutral at right]
Violet light runs over her like frost over glass. Plates bloom across her skin, a helm seals over her face, and one arm swells into an engine built for a single purpose.
Purgatory Viola stands on the bridge where Sarah threw her away. The old name has climbed back up out of the water.
[music fight]
-> the-fight

=== beat the-fight ===
title: The fight
location: A bridge over the canal — the last hour before dawn
tier: 2
summary: Metal Rouge fights Purgatory Viola while Naomi reads her weapons: an ion-accelerated arm, a high-frequency blade. Viola only wanted to sing and be happy: how are Neans any different from humans?

[bg bridge]
[music fight]
[ambience wind]
[show naomi serious at far-left]
[show metal-rouge neutral at left]
[show viola neutral at right]

Viola moves first. The deck buckles under her heel, and the distance between them is simply gone.
[sfx impact]
[transition shake]
Her fist lands where Rouge stood a breath ago. Iron plating tears like paper, and a lamp post folds over, spitting sparks, into the canal.  #dramatized
NAOMI (serious): Rouge, that arm's ion-accelerated! Every punch comes in at rail-gun speed. Don't block it. Don't be anywhere near where it lands.
Naomi's scanner stutters and chirps; numbers crawl up its screen faster than she can read them out. She reads them out anyway.  #dramatized
[sfx blade]
A thin whine climbs past the edge of hearing. From Viola's other arm a blade slides free, so fine its edge seems to blur.
NAOMI: And the blade's high-frequency. It doesn't cut so much as shiver through things. Keep your plating off that edge or it will unzip you.
[unlock fact naomi-orthmann.on-the-bridge]
[sfx blade]
[transition flash]
Rouge slips the first cut and the second. The third opens a bright line across her forearm plate, and sparks drop hissing into the puddles.  #dramatized
Rouge answers with a strike to the ribs that rings like a bell. Viola skids back along the rail, carving a furrow in the iron.  #dramatized
VIOLA: Why can't you let me be? I only wanted to sing. To stand in the light and be happy for a while. That's all. That's all any of us want.
VIOLA: They drink, they love, they lie, they get tired of who they used to be. So do we. Tell me how a Nean is any different from them. Tell me!
{saw-scar-head-robbed or saw-withdrawal} It is not an idle question. Rouge has seen what Club Canal thinks the difference is: who gets the Nectar, and who gets laughed at.  #dramatized
METAL ROUGE: I don't know the answer to that. I only know what I was sent to do.  #dramatized
NAOMI (serious): The accelerator needs a beat to spin back up between punches! Wait for the whine to drop, then go. Go straight through her!  #dramatized
[sfx impact]
[transition shake]
Viola swings again. Rouge is not there. The blow punches through the bridge's arch, and the whole span groans like a ship in a storm.  #dramatized
The whine drops. In that half-second of quiet, Rouge steps inside the blade's reach, close enough to see her own red in Viola's helm.  #dramatized
[sfx blade]
[transition flash]
One strike, straight and without ornament. The blade's hum stutters, wavers, and dies. On the horizon, the sky has begun to pale.
-> dawn

=== beat dawn ===
title: Crimson is the sound of dawn
location: A bridge over the canal — dawn
tier: 2
summary: At dawn the dying Sarah remembers that it was raining when they first met. Afterwards Rouge asks "Where next?", and Naomi answers: "Already decided."
ending: Crimson is the sound of dawn

[bg mars-dawn with dissolve]
[music ending]
[ambience wind]
[show rouge neutral at left]
[show sarah sad at center]

Dawn comes up over Canal City the colour of a struck match, then of rust, then of crimson, running down the bridge's wet iron like paint.
The violet armour has flaked away like old lacquer. What lies on the deck, head in Rouge's lap, is only Sarah: coat gone, hair full of grit.  #dramatized
SARAH (sad): It was raining, the night we met. Do you remember? It was raining so hard the whole street sounded like applause.
[unlock fact sarah-fitzgerald.last-song]
SARAH (sad): You stood in it as if nobody had ever told you to come in out of the rain. I remember thinking: that one needs a coat.  #dramatized
Rouge does not say anything clever. She never has. She answers the question as it was asked.
ROUGE: I remember. It was raining.
Sarah smiles at that, the real smile, the one from before the stage lights come up.
She tries to sing. A few notes come, low and cracked, no words to them, a tune climbing toward the light that does not reach its end.  #dramatized
[sfx heartbeat]
Then the tune stops, and there is only the wind in the bridge cables and the canal going about its business far below.
[hide sarah]
Rouge stays kneeling a while longer. Then she gets up, because there is nothing else she has been told to do.  #dramatized
{heard-hermann-cold} Up in his tower, Hermann Hayward will wake to the news, make a phone call, be rattled, and not come.  #dramatized
{saw-withdrawal} The same dawn is coming up over the worker quarters, where a woman is still waiting on a dose that nobody is bringing.  #dramatized
{saw-sarahs-case} Sarah's coat lies where she let it fall, one pocket weighed down by a slim case that nobody is going to need now.  #dramatized
[sfx footsteps]
[show naomi neutral at right]
Naomi comes up the deck with her hands in her pockets, not hurrying, and stops a polite distance away. For once, she says nothing at all.
Rouge takes a bar of chocolate from her pocket, snaps off a square and eats it, watching the sunrise as if it were a report she has to file.  #dramatized
ROUGE (flat): The sun is up. The job is done. Where next?
NAOMI (grinning): Already decided.
[unlock fact naomi-orthmann.already-decided]
NAOMI: Come on. I'll tell you over breakfast. You're paying; I've seen what you spend on chocolate.  #dramatized
[hide all]
They walk off the bridge together, two small shapes against a crimson sky. Behind them the city wakes, and somewhere a radio starts to play.
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

Metallic Rouge. Act 1: "Crimson Is the Sound of Dawn." The first of thirteen episodes.
[unlock fact act-1.title]
[unlock fact metallic-rouge.thirteen-acts]
[unlock fact metallic-rouge.tech-noir]
An original anime from studio Bones, made to mark the studio's twenty-fifth anniversary.
[unlock fact metallic-rouge.original]
[unlock fact bones.anniversary]
[unlock fact bones.known-for]
Directed by Motonobu Hori. Chief supervisor and series composition: Yutaka Izubuchi, whose last series as director, RahXephon, came some nineteen years before.
[unlock fact motonobu-hori.director]
[unlock fact yutaka-izubuchi.role]
[unlock fact yutaka-izubuchi.rahxephon]
Izubuchi's name runs deep in mecha history: mechanical designer on Mobile Police Patlabor, chief director of Space Battleship Yamato 2199.
[unlock fact yutaka-izubuchi.career]
Screenplay by Toshizo Nemoto. Character design by Toshihiro Kawamoto. Music by Taisei Iwasaki, with Yuma Yamaguchi and Towa Tei.
[unlock fact series-staff.screenplay]
[unlock fact series-staff.character-design]
[unlock fact series-staff.music]
Opening theme: "Rouge," performed by YU-KA. Ending theme: "Scarlet," performed by DAZBEE.
[unlock fact series-staff.songs]
The voices, in Japanese: Yume Miyamoto as Rouge, Tomoyo Kurosawa as Naomi, Yu Shimamura as Sarah, Hiroyuki Yoshino as the man in glasses.
[unlock fact series-cast.japanese-cast]
In the English dub: Monica Flatley as Rouge and Cassie Ewulu as Naomi.
[unlock fact series-cast.english-dub]
First broadcast on Wednesday, 10 January 2024, in Fuji TV's "+Ultra" slot at 24:55 JST; streaming first on d Anime Store and FOD from 11 January, and on Crunchyroll outside Asia.
[unlock fact broadcast.premiere]
[unlock fact broadcast.streaming]
[unlock fact broadcast.crunchyroll]
[unlock fact act-1.aired]
Next time: Act 2, "Wander in the Labyrinth." First broadcast 17 January 2024.
[unlock fact act-2.next-week]
[unlock fact act-2.title]
This has been an unofficial fan retelling. The words are ours; the story, the world and its people belong to their makers.
-> END
