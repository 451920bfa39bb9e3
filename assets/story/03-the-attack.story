// Act 1 — The attack: beats 10–14.
// DECISION 2 (end of bird-debrief) branches to hermanns-suite / rouge-on-watch / naomi-on-the-wire:
// the same night from three sides. They share one timeline:
//   Sarah at the suite window; Hermann's call about a lost shipment; Naomi sends the bird up from
//   Rouge's awning to the suite's ledge; Sarah sees the bird; the blinds come down; a shape crosses
//   the roofs and climbs; the window bursts; Sarah runs (service lift, back door, alleys); the bird
//   follows her, turns toward the shape on a ledge; a gunshot; the feed dies. Rouge arrives late.
// The routes meet at the-attack, then news-broadcast ends with DECISION 3.
// Tier 1 throughout: the attacker is only a shape with red on it; the man in glasses is unnamed.

=== beat hermanns-suite ===
title: Hermann's suite
location: Canal City — Hermann Hayward's suite, forty floors up
tier: 1
route: sarah
summary: After the show Sarah goes up to her patron's suite. Hermann is cold and possessive, and busy with a call about a lost shipment, until the window gives way and Sarah runs.

[bg hermann-suite with fade]
[hide all]
[music noir-night]
[ambience rain]
Forty floors up, the rain makes no sound. It only slides down the glass, turning the neon to running paint.
[show sarah neutral at left]
[show hermann neutral at right]
Sarah steps out of her heels by the door. Hermann watches, as if checking that she still will.  #dramatized
HERMANN (smug): The car waited forty minutes. I pay for that stage, and I didn't ask for an encore.  #dramatized
[sfx glass]
He hands her a drink without asking. The ice knocks against the crystal like something trying to get out.  #dramatized
HERMANN: Another stray, I hear. A girl who sleeps on the equipment.  #dramatized
SARAH (guarded): Everybody needs somewhere to start, Hermann.  #dramatized
HERMANN: Then stop collecting things that can be taken away from you.  #dramatized
Sarah turns to the window and hums tonight's closing number, slowed right down.  #dramatized
HERMANN: Not here. Out there you perform. Up here you're quiet.  #dramatized
[unlock fact hermann-hayward.possessive]
The humming stops. In the glass, her reflection goes on smiling a moment longer than she does.  #dramatized
[sfx phone]
[show hermann worried at right]
HERMANN (worried): Hayward. The whole shipment? Log it as spoilage, no lot numbers. And find out who hit the handover.  #dramatized
{saw-the-ledger} The lot numbers he wants kept off the books are the ones stencilled on the smugglers' crates.  #dramatized
[show sarah guarded at left]
Sarah goes to the far end of the glass, presses something small to the crook of her arm, and shuts her eyes.  #dramatized
{saw-sarahs-case} For no reason she could give, she thinks of the slim case locked away across town.  #dramatized
When she opens them, a small metal bird on the ledge is looking straight at her.  #dramatized
SARAH (guarded): Hermann. There's a bird on your window.  #dramatized
HERMANN: Then close the blinds. I'm working.  #dramatized
[music tension]
The blinds hum down. A moment later the slats bow inward, as if the night has leaned on them.
[sfx impact]
[transition shake]
The whole window goes at once: glass, blind and rain come in together.
In the gap crouches a shape, too still to be the wind, red where the neon finds its edges.
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
route: rouge
summary: Rouge keeps watch below Hermann's tower, with Naomi talking through the bird. Naomi sends the bird up to the window. Then something moves too fast, and Rouge runs toward it.

[bg rainy-street with fade]
[hide all]
[music noir-night]
[ambience rain]
Rain falls on the boulevard in straight grey lines. Under a pharmacy awning, Rouge stands exactly where she was told to stand.  #dramatized
[show rouge blank at left]
Across the street the tower climbs into the cloud, one window lit at the top. Sarah went up an hour ago.  #dramatized
[sfx bird]
[show bird neutral at right]
The bird sits on the awning's rail, its head ticking round like a second hand.
BIRD: Status report. And don't just say "wet".  #dramatized
ROUGE (blank): Wet. Four guards in the lobby. The lit window hasn't changed.  #dramatized
BIRD: I said don't say wet. Hang on, a noodle's escaping.  #dramatized
ROUGE (blank): You're eating.  #dramatized
BIRD: I'm thinking. Thinking sounds like eating.  #dramatized
BIRD: Stay close to her, remember? You're a hundred and twenty metres from close. I'm putting an eye on that window. Don't get bored.  #dramatized
ROUGE (blank): I don't get bored.  #dramatized
[sfx bird]
[hide bird]
The bird climbs the tower in short bright hops, ledge to ledge, until the rain swallows it.  #dramatized
Rouge counts the drips falling from the awning, because they are there to be counted.  #dramatized
At the top of the tower, the lit window turns grey. Blinds.  #dramatized
[music tension]
[show rouge surprised at left]
Then something crosses the next roofline, low and dark, quicker than one drip can fall.  #dramatized
It is simply on the tower, already climbing, a glint of red where the neon catches it.  #dramatized
ROUGE (determined): Naomi. Something is going up the tower.  #dramatized
Nobody answers. The bird is forty floors up, and so, nearly, is the thing.  #dramatized
[sfx impact]
[transition shake]
High overhead the top window bursts. Glass comes down with the rain, rattling off the awning like thrown coins.  #dramatized
Rouge is already moving: around the block, to the back streets where anyone running would have to come out.  #dramatized
[set saw-the-attacker]
[hide all]
-> the-attack

=== beat naomi-on-the-wire ===
title: On the wire
location: Canal City — a parked car, three streets from the tower
tier: 1
route: naomi
dramatized: yes
summary: From a parked car, with takeout and Hermann Hayward's file, Naomi watches the night through her messenger bird, until the feed shows chaos, a gunshot, and then nothing.

[bg rainy-street with fade]
[hide all]
[music noir-night]
[ambience rain]
Three streets from the tower, a small grey car sits at the kerb, fogged from the inside.
[show naomi neutral at center]
Naomi has noodles on one knee and a tablet on the other. On the bird's feed, Rouge stands under an awning, soaked and unbothered.
In a second window, Hermann Hayward's file: Panacea executive, Mars branch; patron of Club Canal, and of its singer.
NAOMI (serious): Nectar lost in transit every quarter, always signed off by you. You're very unlucky, Mr Hayward, or very organised.
[unlock fact hermann-hayward.possessive]
She decides on organised, and leans into the microphone.
NAOMI: I'm putting an eye on that window. Don't get bored.
[sfx bird]
The feed lurches up the tower's wet flank to a ledge at the top. Behind the glass, a man on the phone, his back turned.
The microphone catches only fragments. "Whole shipment." "Spoilage." "Find out who."
NAOMI (grin): Lost something, have we? Say a name.
At the far end of the glass, Sarah Fitzgerald: something small pressed to the crook of her arm, eyes shut.
NAOMI (serious): Sarah? What are you doing?
Sarah's eyes open, and she looks straight into the lens.
NAOMI: Don't look at me. Don't look at me. She's looking at me.
The blinds slide down. Grey slats fill the screen.
NAOMI (serious): Rude.
[music tension]
Then a shadow fills the frame, and is gone.
[sfx impact]
[transition glitch]
The feed tumbles: glass, rain, a smear of red. Far below, a barefoot woman in a stage dress runs for the back streets. The bird follows.
NAOMI: Rouge! She's out the back!
She is shouting at a windscreen. Her only voice is the bird, and it is nowhere near Rouge.
An alley. Something crouched on a ledge. The bird banks up towards it.
[sfx gunshot]
[transition flash]
A gunshot, flat and close.  #episode
[sfx static]
[transition glitch]
Then static: grey snow on the tablet in her lap.  #episode
[unlock fact naomi-orthmann.bird-lost]
NAOMI: No. No, no, come on.
She restarts the link, and again. The light stays dark. The noodles go cold, and for once Naomi doesn't eat.
[set heard-the-feed-die]
[hide all]
-> the-attack

=== beat the-attack ===
title: The Red Gladiator
location: Canal City — the back streets below the tower, in the rain
tier: 1
summary: Sarah flees the attacker into the rain. A gunshot; Naomi's bird is destroyed; Sarah names what she saw the Red Gladiator. When it has gone, a man in glasses finds her.

[bg rainy-street with fade]
[hide all]
[music tension]
[ambience rain]
A service lift that smells of bleach, a steel door, and Sarah is out in the rain.  #dramatized
[show sarah afraid at center]
Barefoot, her stage dress soaked black in three steps, she runs downhill, away from the light.
Above her something keeps pace along the rooftops: the scrape of it on wet metal, a red glint against the cloud.
{saw-the-attacker} It moves the way it moved on the tower: too fast, never in a straight line.  #dramatized
{heard-hermann-cold} What she hears as she runs, absurdly, is Hermann: things that can be taken away from you.  #dramatized
She ducks into a doorway under a dead sign. Rain pours off the lintel like a bead curtain.  #dramatized
On a ledge across the alley it crouches. For one heartbeat she sees it whole: plated, red wherever the neon finds it.  #dramatized
[sfx heartbeat]
SARAH (afraid): Red, all of it. Like a gladiator in the old arenas. A Red Gladiator.
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
MAN IN GLASSES (grin): Out on a night like this without a coat, Miss Fitzgerald? This city doesn't deserve you.  #dramatized
SARAH (guarded): What do you want?  #dramatized
MAN IN GLASSES: Only to hold the umbrella. You have the look of a woman who has just named something.  #dramatized
SARAH (guarded): Something red. That's all you're getting tonight.  #dramatized
MAN IN GLASSES (menace): Red is a busy colour on Mars. I'd keep my friends close, and count them carefully.  #dramatized
[unlock fact jaron-fate.manner]
He bows as if to a full house and strolls off into the rain.  #dramatized
[unlock fact jaron-fate.approaches-sarah]
[unlock fact sarah-fitzgerald.attacked]
[hide all]
[show rouge blank at center]
When Rouge finds the right alley, it is empty but for something small and broken in the gutter.  #dramatized
She lifts the bird out. Its lens is dark; one wing hangs by a wire.  #dramatized
ROUGE (blank): Naomi.  #dramatized
No answer. She tucks the bird inside her coat and looks up at the empty rooftops.  #dramatized
[hide all]
-> news-broadcast

=== beat news-broadcast ===
title: The suspect on the screen
location: Canal City — the public screens, small hours; Hermann's suite
tier: 1
summary: In the small hours every screen in Canal City runs the same story: a murder, and a suspect whose image is too distorted to recognise. In his wrecked suite, Hermann is on the phone, shaken: it is the same one, and it came for him too.

[bg news-screen with fade]
[hide all]
[music tension]
[ambience city]
Two in the morning. The rain has thinned to mist, and the big screens over the canal talk to empty streets.  #dramatized
[sfx static]
NEWSCASTER: Police are asking for help after a killing in Canal City overnight.  #dramatized
NEWSCASTER: A suspect was caught on camera near the scene, though the footage is badly degraded.  #dramatized
Behind the newscaster the picture holds: a figure smeared by rain and motion, its face a block of crawling pixels.
Below, a night-shift Nean sweeping the walkway stops to look up, remembers he isn't allowed to stop, and sweeps on.  #dramatized
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
{heard-hermann-cold} He says her name the way he said "shipment" earlier: something of his that has gone missing.  #dramatized
HERMANN (worried): Then get me a list of everyone who knew I'd be here tonight. Everyone. Yes, her too.  #dramatized
He ends the call and watches the blur as if it might turn round and look back at him.  #dramatized
[hide all]
Dawn is a few hours off, and by noon everyone in this story has somewhere to be.
* Stay at the club with Rouge -> withdrawal
* Go ahead with Naomi to the noon meeting -> naomi-before-noon
* Follow the Nectar -> nectar-trail
