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
Forty floors up, the rain makes no sound. It only slides down the glass wall of the suite and turns the neon of Canal City into slow, running paint.
[show sarah neutral at left]
[show hermann neutral at right]
Sarah steps out of her heels by the door, as she always does. Hermann watches, as he always does, as if checking that she still will.  #dramatized
HERMANN: Twenty minutes, I said. The car waited forty.  #dramatized
SARAH (smile): The room wanted one more song. I gave them a short one, and came straight here. Ask your driver.  #dramatized
HERMANN (smug): The room is mine. The stage is mine. So the encore was mine too, and I didn't ask for it.  #dramatized
[sfx glass]
He pours two drinks and puts one in her hand without asking. The ice knocks against the crystal like something trying to get out.  #dramatized
HERMANN: I hear you've found another stray. A girl who sleeps on the equipment.  #dramatized
SARAH (guarded): She works hard when she's awake. Everybody needs somewhere to start, Hermann.  #dramatized
HERMANN: What you need is to stop collecting things that can be taken away from you.  #dramatized
Sarah turns to the window so he won't see her face. Almost to herself, she begins to hum tonight's closing number: low and warm, the melody slowed right down.  #dramatized
HERMANN: Not here. Out there you perform. Up here you're quiet.  #dramatized
[unlock fact hermann-hayward.possessive]
The humming stops. In the glass, her reflection goes on smiling a moment longer than she does.  #dramatized
[sfx phone]
[show hermann worried at right]
HERMANN (worried): Hayward. How much? The whole shipment?  #dramatized
HERMANN: Log it as spoilage in transit. Nothing leaves the branch, no lot numbers, no reports. And find out who hit the handover. Tonight.  #dramatized
{saw-the-ledger} The lot number he reads into the phone is the one stencilled on the smugglers' crates at the dock. Panacea's Mars branch, feeding the black market by hand.  #dramatized
[show sarah guarded at left]
Sarah goes to the far end of the glass, back to the room. She takes something small from her clutch, pushes up her sleeve, presses it to the crook of her arm, and shuts her eyes.  #dramatized
{saw-sarahs-case} For no reason she could give, she thinks of the slim case locked in a drawer across town.  #dramatized
When she opens her eyes, a bird sits on the ledge outside: small, metal, beaded with rain, its head tilted to look straight at her.  #dramatized
SARAH (guarded): Hermann. There's a bird on your window. Forty floors up, in this weather.  #dramatized
HERMANN: Then close the blinds. I'm working.  #dramatized
He touches the desk himself. The blinds hum down, and the bird, the rain and the city vanish behind grey slats.  #dramatized
[music tension]
Then the slats bow inward, as if the night has leaned on them.
[sfx impact]
[transition shake]
The whole window goes at once. Glass, blind and rain come in together, and the wind strips every paper off Hermann's desk.
In the ragged gap a shape crouches against the dark, too still to be the wind. Wherever the neon from below touches its edges, it shines red.
[show sarah afraid at left]
HERMANN (worried): Security! Somebody get up here! Security!  #dramatized
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
Rain falls on the boulevard in straight grey lines. Under the awning of a shuttered pharmacy, Rouge stands exactly where she was told to stand.  #dramatized
[show rouge blank at left]
Across the street the tower climbs into the cloud: forty floors, one window lit at the very top. Sarah went up two hours ago.  #dramatized
[sfx bird]
[show bird neutral at right]
The bird sits on the awning's rail, water beading on its wings, its head turning in small, exact ticks, like the second hand of a clock.
BIRD: Status report. And don't just say "wet".  #dramatized
ROUGE (blank): Wet. Four guards in the lobby. One car on the garage ramp, engine off. The lit window hasn't changed.  #dramatized
BIRD: I said don't say wet. Hang on. Sorry, that was a noodle. Go on.  #dramatized
ROUGE (blank): You're eating.  #dramatized
BIRD: I'm thinking. Thinking sounds like eating. It's a well-known phenomenon.  #dramatized
ROUGE: If someone wanted Sarah, this would be a bad place to try. The lobby is guarded. The suite is forty floors up.  #dramatized
BIRD: Which is exactly where I'd try it. Stay close to her, remember? You're a hundred and twenty metres from close.  #dramatized
BIRD: You can't go up there without a reason. I can. I'm putting an eye on that window. Stay put, and don't get bored.  #dramatized
ROUGE (blank): I don't get bored.  #dramatized
[sfx bird]
[hide bird]
The bird drops off the rail, catches the wind and climbs the face of the tower in short bright hops, ledge to ledge, until the rain swallows it.  #dramatized
Now there is only the rain. Rouge counts the drips falling from the corner of the awning, because they are there to be counted.  #dramatized
At the top of the tower, the lit window turns grey. Blinds.  #dramatized
[music tension]
[show rouge surprised at left]
Then something crosses the roofline of the next building: low, dark, edge to edge in less time than it takes one drip to fall.  #dramatized
It doesn't seem to jump the gap. It is simply on the tower, already climbing, a darkness against the lit glass with a glint of red where the neon catches it.  #dramatized
ROUGE (determined): Naomi. Something is going up the tower.  #dramatized
Nobody answers. The bird is forty floors above her, and so, nearly, is the thing.  #dramatized
[sfx impact]
[transition shake]
High overhead the top window bursts. A moment later glass comes down with the rain, glittering, rattling off the awning like a handful of thrown coins.  #dramatized
Rouge is already moving: not towards the lobby and its four guards, but around the block, towards the back streets where anyone running would have to come out.  #dramatized
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
Three streets from the tower, a small grey car sits at the kerb with its engine off and its windows fogged from the inside.
[show naomi neutral at center]
Naomi balances a carton of noodles on one knee and a tablet on the other. A second carton, dumplings, mostly gone, rides the dashboard.
On the tablet, the bird's feed: the underside of an awning, rain in straight lines, and Rouge in profile, soaked and perfectly unbothered.
The little speaker crackles. "Wet," says Rouge, and Naomi sighs through a mouthful of noodles.
In a second window, Hermann Hayward's file. Executive, Panacea, Mars branch. Patron of Club Canal, and of its singer.
NAOMI (serious): Nectar lost in transit every quarter, always a little, always signed off by you. You're very unlucky, Mr Hayward, or very organised.
[unlock fact hermann-hayward.possessive]
She decides on organised, and spears a dumpling to celebrate.
She wipes her fingers and leans into the microphone.
NAOMI: You can't go up there without a reason. I can. I'm putting an eye on that window. Stay put, and don't get bored.
[sfx bird]
The feed lurches skyward: the tower's wet flank sliding past, ledge after ledge, the street shrinking to a string of lights below.
At the top the bird settles on a ledge. Behind the glass, a warm room: a desk, and a man on the phone with his back turned.
The glass is thick, and the microphone catches only fragments of his voice. "Whole shipment." "Spoilage." "Find out who."
NAOMI (grin): Lost something, have we? Keep talking. Say a name.
At the far end of the glass stands Sarah Fitzgerald, sleeve pushed up, something small pressed to the crook of her arm, eyes shut, head bowed.
NAOMI (serious): Sarah? What are you doing?
The lens whirs as it focuses. Sarah's eyes open, and she looks straight into it.
NAOMI: Don't look at me. Don't look at me. She's looking at me.
The blinds slide down. Grey slats fill the screen, and nothing else.
NAOMI (serious): Rude.
[music tension]
Then a shadow passes between the bird and the glass, so close it fills the whole frame, and is gone before the autofocus can find it.
[sfx impact]
[transition glitch]
The feed tumbles: glass, rain, a smear of red, the city upside down. The bird rights itself in the wind and dives down the tower's side.
At the bottom a service door bangs open, and a barefoot woman in a soaked stage dress runs out into the back streets. The bird follows.
NAOMI: Rouge! She's out the back! Rouge, the back!
She is shouting at a windscreen. Her only voice is the bird, and the bird is nowhere near Rouge.
An alley. A doorway. Something crouched on a ledge above it. The frame swings as the bird banks, turning up towards the ledge.
[sfx gunshot]
[transition flash]
A gunshot, flat and close.  #episode
[sfx static]
[transition glitch]
Then static: grey snow, hissing, on the tablet in her lap.  #episode
[unlock fact naomi-orthmann.bird-lost]
NAOMI: No. No, no, come on. Come on.
She restarts the link, and again. The signal light stays dark. The noodles go cold on her knee, and for once Naomi doesn't eat.
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
Forty floors go by in a service lift that smells of bleach. Then a steel door bangs open at the bottom and Sarah is out in the rain.  #dramatized
[show sarah afraid at center]
She is barefoot, her stage dress soaked black in three steps. She runs the way the back streets run: downhill, towards the canal, away from the light.
Above her, something keeps pace along the rooftops. Never quite in sight: only the scrape of it on wet metal and, now and then, a red glint against the cloud.
{saw-the-attacker} It moves the way it moved on the face of the tower: too fast, and never in a straight line. Up close, it is no clearer.  #dramatized
{heard-hermann-cold} What she hears as she runs, absurdly, is Hermann's voice: things that can be taken away from you.  #dramatized
She ducks into a doorway under a dead sign and presses her back against the steel. Rain pours off the lintel in front of her like a bead curtain.  #dramatized
On a ledge across the alley, it crouches. For one heartbeat she sees it whole: a figure plated like something out of an arena, red wherever the neon finds it, perfectly still.  #dramatized
[sfx heartbeat]
SARAH (afraid): Red, all of it. Like a gladiator in the old arenas. A Red Gladiator.
[unlock fact red-gladiator.the-name]
A small bright shape swoops past her shoulder, a metal bird that has followed her down, and climbs towards the ledge.  #dramatized
[sfx gunshot]
[transition flash]
A gunshot cracks down the alley, flat and loud in the wet air. Sarah flinches so hard her head knocks against the door.
Up by the ledge, the little bird jerks, folds, and drops out of the air into the gutter, sparking once.
[unlock fact naomi-orthmann.bird-lost]
{heard-the-feed-die} Three streets away, on a tablet in a fogged car, the picture turns to grey snow.  #dramatized
When she dares to look again, the ledge is empty. Rain runs off it in a thin silver thread.
[music noir-night]
She waits until her breathing is her own again. Then footsteps come unhurried through the puddles, and an umbrella tilts over her head.  #dramatized
[show sarah guarded at left]
[show stranger grin at right]
MAN IN GLASSES (grin): Such a voice, out on a night like this without a coat. This city doesn't deserve you, Miss Fitzgerald.  #dramatized
SARAH (guarded): What do you want?  #dramatized
MAN IN GLASSES: Only to hold the umbrella. And to hear what you saw. You have the look of a woman who has just named something.  #dramatized
SARAH (guarded): Something red. That's all you're getting from me tonight.  #dramatized
MAN IN GLASSES (menace): Red is a busy colour on Mars. After a night like this I'd keep my friends close, Miss Fitzgerald, and count them carefully.  #dramatized
[unlock fact jaron-fate.manner]
He lifts the umbrella away, bows as if to a full house, and strolls off into the rain. When Sarah steps out, the street is empty.  #dramatized
[unlock fact jaron-fate.approaches-sarah]
[unlock fact sarah-fitzgerald.attacked]
[hide all]
[show rouge blank at center]
By the time Rouge finds the right alley, the third of three, it is empty. Only the rain, a doorway, and something small and broken in the gutter.  #dramatized
She lifts the bird out of the water. Its lens is dark. One wing hangs by a wire.  #dramatized
ROUGE (blank): Naomi.  #dramatized
No answer. Rouge folds the wing in, tucks the bird inside her coat, and looks up at the empty rooftops for a long time.  #dramatized
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
Two in the morning. The rain has thinned to a mist, and the big screens over the canal go on talking to streets with nobody in them.  #dramatized
[sfx static]
NEWSCASTER: Police are asking for help after a killing in Canal City overnight. The victim has not been named.  #dramatized
NEWSCASTER: A suspect was caught on a security camera near the scene. Investigators warn that the footage is badly degraded.  #dramatized
Behind the newscaster the picture holds: a figure smeared by rain and motion, its outline torn by interference, its face a block of crawling pixels.
Below the screen a night-shift Nean sweeping the walkway stops to look up, remembers he isn't allowed to stop, and sweeps on.  #dramatized
[show rouge blank at center]
Under an awning stands Rouge, with a dead bird inside her coat, watching the blur until the bulletin moves on to the weather.  #dramatized
{saw-the-attacker} The shape on the screen is too broken to be sure of anything. Still, something in the way it stands looks like the thing on the tower.  #dramatized
[hide all]
[bg hermann-suite with fade]
[music noir-night]
[ambience wind]
Across the city the wind comes straight into Hermann's suite through a wall that is mostly plastic sheeting now. Security men crunch over the glass in silence.  #dramatized
[show hermann worried at center]
Hermann stands with his back to the damage. The same bulletin plays on his wall screen. He holds the phone so hard his knuckles have gone white.  #dramatized
HERMANN (worried): The suspect on the news. I'm looking at it. Blurred or not, that is what came through my wall tonight. The very same.
HERMANN (worried): Whatever they're hunting didn't stop at one killing. It came here as well. Up here. To me.
[unlock fact hermann-hayward.rattled]
HERMANN: And find Sarah. I don't care where she's gone or what she says. I want to know where she is, and I want to know by morning.  #dramatized
[unlock fact hermann-hayward.possessive]
{heard-hermann-cold} He says her name the way he said "shipment" earlier: like something that belongs to him and has gone missing.  #dramatized
HERMANN (worried): Then get me a list of everyone who knew I'd be here tonight. Everyone. Yes, her too.  #dramatized
He ends the call and stands in the wind, watching the blur on the screen as if it might turn round and look back at him.  #dramatized
[hide all]
Dawn is a few hours off, and by noon everyone in this story has somewhere to be.
* Stay at the club with Rouge -> withdrawal
* Go ahead with Naomi to the noon meeting -> naomi-before-noon
* Follow the Nectar -> nectar-trail
