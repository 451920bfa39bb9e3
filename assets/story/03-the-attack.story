// Act 1 — The attack: episode beats 7–8.
// DECISION 2 (end of bird-debrief) branches to hermanns-suite / rouge-on-watch / naomi-on-the-wire:
// the same minutes from three sides. They share one timeline:
//   Sarah at the suite window; Hermann's call about a lost shipment; Naomi sends the bird up from
//   Rouge's awning to the suite's ledge; Sarah, back to the room, does something with her sleeve;
//   she sees the bird; the blinds come down; a shape crosses the roofs and climbs; the window
//   bursts; Sarah runs; the bird follows her, turns toward the shape on a ledge; a gunshot; the feed
//   dies. Rouge arrives late.
// The routes meet at the-attack, then news-broadcast ends with DECISION 3.
// Tier 1 throughout: the attacker is only a shape with red on it; the man in glasses is unnamed;
// what Sarah does at the window stays unexplained until Naomi's reveal. Sarah knows the man in
// glasses (she deals with him, as the confessional later says) and the reader can see that she does.

=== beat hermanns-suite ===
title: Hermann's suite
location: Canal City — Hermann Hayward's suite, forty floors up
tier: 1
episode: 7
route: sarah
summary: Up in her patron's suite, Hermann is cold and possessive, and busy with a call about a lost shipment; Sarah turns away to the window for a private moment, until the window gives way and she runs.

[bg hermann-suite with fade]
[hide all]
[music noir-night]
[ambience rain]
Forty floors up, the rain makes no sound. It only slides down the glass.  #dramatized
[show sarah neutral at left]
[show hermann neutral at right]
HERMANN (smug): The car waited forty minutes. I pay for that stage, and I didn't ask for an encore.  #dramatized
[sfx glass]
He pours her a drink she didn't ask for.  #dramatized
HERMANN: Another stray, I hear. A girl who sleeps on the equipment.  #dramatized
SARAH (guarded): Everybody needs somewhere to start, Hermann.  #dramatized
HERMANN: Then stop collecting things that can be taken away from you.  #dramatized
Sarah turns to the window and hums tonight's closing number.  #dramatized
HERMANN: Not here. Out there you perform. Up here you're quiet.  #dramatized
[unlock fact hermann-hayward.possessive]
[sfx phone]
[show hermann worried at right]
HERMANN (worried): Hayward. The whole shipment? Log it as spoilage, no lot numbers. And find out who hit the handover.  #dramatized
{saw-the-ledger} The lot numbers he wants kept off the books are the ones stencilled on the smugglers' crates.  #dramatized
[show sarah guarded at left]
While he talks, Sarah goes to the far end of the glass with her back to the room. She pushes up one sleeve and bows her head over something in her palm.
She stands very still with her eyes shut, until her shoulders come down. Hermann does not ask.  #dramatized
{saw-sarahs-case} For no reason she could give, she thinks of the slim case in the drawer across town.  #dramatized
When she opens her eyes, a small metal bird on the ledge is looking straight at her.  #dramatized
SARAH (guarded): Hermann. There's a bird on your window.  #dramatized
HERMANN: Then close the blinds. I'm working.  #dramatized
[music tension]
The blinds hum down. A moment later the slats bow inward, as if the night has leaned on them.
[sfx impact]
[transition shake]
The whole window goes at once. In the gap crouches a shape, red where the neon finds its edges.
[show sarah afraid at left]
HERMANN (worried): Security!  #dramatized
Sarah doesn't scream. She drops the glass, finds the door with her bare feet, and runs.
[set heard-hermann-cold]
[hide all]
-> the-attack

=== beat rouge-on-watch ===
title: On watch
location: Canal City — the street below Hermann's tower, in the rain
tier: 1
episode: 7
route: rouge
dramatized: yes
summary: Rouge keeps watch below Hermann's tower, with Naomi talking through the bird. Naomi sends the bird up to the window. Then something moves too fast, and Rouge runs toward it.

[bg rainy-street with fade]
[hide all]
[music noir-night]
[ambience rain]
Under a pharmacy awning, in the rain, Rouge stands exactly where she was told to stand.
[show rouge blank at left]
Across the street the tower climbs into the cloud, one window lit at the top.
[sfx bird]
[show bird neutral at right]
The bird sits on the awning's rail, its head ticking round a notch at a time.
BIRD: Status.
ROUGE: Four guards in the lobby. The lit window hasn't changed. A grey car three streets back has had its engine running for an hour.
BIRD: That one's me. Good. Now stop noticing me and start noticing her.
BIRD: Stay close to her, remember? You're a hundred and twenty metres from close. I'm putting an eye on that window.
[sfx bird]
[hide bird]
The bird climbs the tower ledge by ledge until the rain swallows it.
Rouge counts the drips falling from the awning, because they are there to be counted.
At the top of the tower, the lit window turns grey. Blinds.
[music tension]
[show rouge surprised at left]
Then something crosses the next roofline, low and dark, faster than one drip can fall.
It is simply on the tower, already climbing, a glint of red where the neon catches it.
ROUGE (determined): Naomi. Something is going up the tower.
Nobody answers. The bird is forty floors up, and so, nearly, is the thing.
[sfx impact]
[transition shake]
High overhead the top window bursts. Glass comes down with the rain.
Rouge is already moving, around the block to the back streets where anyone running would have to come out.
[set saw-the-attacker]
[hide all]
-> the-attack

=== beat naomi-on-the-wire ===
title: On the wire
location: Canal City — a parked car, three streets from the tower
tier: 1
episode: 7
route: naomi
dramatized: yes
summary: From a parked car, with takeout and Hermann Hayward's file, Naomi watches the night through her messenger bird, until the feed shows chaos, a gunshot, and then nothing.

[bg rainy-street with fade]
[hide all]
[music noir-night]
[ambience rain]
Three streets from the tower, a small grey car sits at the kerb, fogged from the inside.
[show naomi neutral at center]
Naomi has takeout on one knee and a tablet on the other: the bird's feed, and Hermann Hayward's file.
NAOMI (serious): Nectar lost in transit every quarter, always signed off by you. You're very unlucky, Mr Hayward, or very organised.
[unlock fact hermann-hayward.possessive]
She decides on organised.
[sfx bird]
The feed lurches up the tower to a ledge at the top. Behind the glass, a man on the phone, his back turned.
The microphone catches only fragments. "Whole shipment." "Spoilage." "Find out who."
NAOMI (serious): Lost something, have we? Say a name.
At the far end of the glass, Sarah Fitzgerald stands with her back half to the room, one sleeve pushed up, head bowed, eyes shut.
NAOMI (serious): Sarah? What are you doing?
Sarah's eyes open, and she looks straight into the lens.
NAOMI: Don't look at me. Don't look at me. She's looking at me.
The blinds slide down. Grey slats fill the screen.
NAOMI (grin): Rude.
[music tension]
Then a shadow fills the frame, and is gone.
[sfx impact]
[transition glitch]
The feed tumbles: glass, rain, a smear of red. Far below, a barefoot woman in a stage dress runs for the back streets. The bird follows.
NAOMI: Rouge! She's out the back!
An alley. Something crouched on a ledge. The bird banks up towards it.
[sfx gunshot]
[transition flash]
A gunshot, flat and close.  #episode
[sfx static]
[transition glitch]
Then static: grey snow on the tablet in her lap.  #episode
[unlock fact naomi-orthmann.bird-lost]
NAOMI: No. No, no, come on.
She restarts the link, and again. The light stays dark. For a long minute she just holds the tablet.
NAOMI (serious): Three weeks to build, one shot to lose. Fine. I'll find out whose shot it was.
[set heard-the-feed-die]
[hide all]
-> the-attack

=== beat the-attack ===
title: The Red Gladiator
location: Canal City — the back streets below the tower, in the rain
tier: 1
episode: 7
summary: Sarah flees the attacker into the rain. A gunshot; Naomi's bird is destroyed; Sarah names what she saw the Red Gladiator. When it has gone, a man in glasses finds her, and she knows him.

[bg rainy-street with fade]
[hide all]
[music tension]
[ambience rain]
[show sarah afraid at center]
Barefoot, her stage dress soaked black in three steps, Sarah runs downhill, away from the light.  #dramatized
Above her something keeps pace along the rooftops: the scrape of it on wet metal, a red glint against the cloud.
{saw-the-attacker} It moves as it moved on the tower: too fast, never in a straight line.  #dramatized
{heard-hermann-cold} What she hears as she runs, absurdly, is Hermann: things that can be taken away from you.  #dramatized
She ducks into a doorway. On a ledge across the alley it crouches, and for one heartbeat she sees it whole: plated, red.  #dramatized
[sfx heartbeat]
SARAH (afraid): Red, all of it. A gladiator out of the old arenas. A Red Gladiator.
[unlock fact red-gladiator.the-name]
A small metal bird swoops past her shoulder and climbs towards the ledge.  #dramatized
[sfx gunshot]
[transition flash]
A gunshot cracks down the alley. The little bird jerks, folds, and drops into the gutter, sparking once.
[unlock fact naomi-orthmann.bird-lost]
{heard-the-feed-die} Three streets away, a tablet in a fogged car turns to grey snow.  #dramatized
[music noir-night]
When Sarah dares to look again, the ledge is empty, and an umbrella is tilting over her head.  #dramatized
[show sarah guarded at left]
[show stranger grin at right]
MAN IN GLASSES (grin): Out on a night like this without a coat, Miss Fitzgerald?  #dramatized
She is not surprised to see him. That is the first strange thing.  #dramatized
SARAH (guarded): You said nobody would come near me.  #dramatized
MAN IN GLASSES: And nobody did. Something did. Let's not quarrel over nouns.  #dramatized
SARAH (guarded): Keep your side of our arrangement, and keep away from me.  #dramatized
MAN IN GLASSES (menace): Red is a busy colour on Mars, my dear. Count your friends. Count them twice.  #dramatized
[unlock fact man-in-glasses.manner]
[unlock fact man-in-glasses.known-to-sarah]
He tips the umbrella to her in a small bow and strolls off into the rain, leaving her to the weather.  #dramatized
[unlock fact man-in-glasses.approaches-sarah]
[unlock fact sarah-fitzgerald.attacked]
[hide all]
[show rouge blank at center]
When Rouge finds the right alley, it is empty but for something small and broken in the gutter.  #dramatized
She lifts the bird out. Its lens is dark; one wing hangs by a wire.  #dramatized
ROUGE (hurt): Naomi.  #dramatized
No answer. She tucks the bird inside her coat and looks up at the empty rooftops.  #dramatized
[hide all]
-> news-broadcast

=== beat news-broadcast ===
title: The suspect on the screen
location: Canal City — the public screens, small hours; Hermann's suite
tier: 1
episode: 8
summary: In the small hours every screen in Canal City runs the same story: a murder, and a suspect whose image is too distorted to recognise. In his wrecked suite, Hermann is on the phone, shaken: it is the same one, and it came for him too.

[bg news-screen with fade]
[hide all]
[music tension]
[ambience city]
Two in the morning. The big screens over the canal talk to empty streets.  #dramatized
[sfx static]
NEWSCASTER: Police are asking for help after a killing in Canal City overnight.  #dramatized
NEWSCASTER: A suspect was caught on camera near the scene, though the footage is badly degraded.  #dramatized
Behind the newscaster the picture holds: a figure smeared by rain and motion, its face a block of crawling pixels.
[show rouge blank at center]
Under an awning, a dead bird inside her coat, Rouge watches the blur until the weather comes on.  #dramatized
{saw-the-attacker} The shape is too broken to be sure of, but something in how it stands recalls the thing on the tower.  #dramatized
[hide all]
[bg hermann-suite with fade]
[music noir-night]
[ambience wind]
Across the city, wind blows into Hermann's suite through a wall of plastic sheeting.  #dramatized
[show hermann worried at center]
Hermann stands with his back to the damage, the same bulletin on his wall screen, gripping the phone.  #dramatized
HERMANN (worried): The suspect on the news. Blurred or not, that is what came through my wall tonight. The very same.
HERMANN (worried): It didn't stop at one killing. It came here as well. To me.
[unlock fact hermann-hayward.rattled]
HERMANN: And find Sarah. I want to know where she is by morning.  #dramatized
[unlock fact hermann-hayward.possessive]
{heard-hermann-cold} He says her name in the same voice he used for "shipment": something of his that has gone missing.  #dramatized
HERMANN (worried): And get me a list of everyone who knew I'd be here tonight. Everyone. Yes, her too.  #dramatized
[hide all]
Dawn is a few hours off, and by noon everyone in this story has somewhere to be.
* Go back to the club with Rouge -> sarahs-morning
* Go ahead with Naomi to the noon meeting -> naomi-before-noon
* Follow the Nectar -> nectar-trail
