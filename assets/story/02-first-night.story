// Act 1 — First night: beats 4–9.
// DECISION 1 (in 01-prologue) branches to backstage / sarah-dressing-room / smugglers-tally;
// the routes meet again at the-bar, then bird-debrief ends with DECISION 2.
// Tier 1 throughout: Rouge's agency (the Truth Bureau) and Naomi as her support may show;
// nothing about what Sarah is, who the attacker is, or the man in glasses' name and aims.

=== beat backstage ===
title: Backstage
location: Club Canal — backstage, after the show
tier: 1
route: rouge
summary: Sarah wakes the new girl, Rouge, who has dozed off backstage; the band grumbles about Sarah's strays; a Nean worker, Scar Head, helps Rouge and is told off for it.

[bg backstage with fade]
[hide all]
[music noir-night]
[ambience crowd]
Backstage smells of hot lamps, hairspray and spilled gin. Cables lie across the boards like sleeping snakes.
[show rouge neutral at left]
Rouge is asleep sitting up on an equipment crate, hands folded, a chocolate wrapper still pinched between two fingers. She sleeps the way she stands: perfectly still.
[show sarah smile at right]
Sarah, a robe thrown over her stage gown, crouches in front of her and taps her knee twice, the way a friend knocks on a door.
SARAH (smiling): Rise and shine, new girl. The show's over. You're allowed to go home and sleep lying down, you know.
ROUGE (blank): I wasn't asleep. I was resting my eyes. Both of them.  #dramatized
BANDMATE: Another one, Sarah? You keep picking up strays, we're going to need a bigger van.
[unlock fact sarah-fitzgerald.strays]
[unlock fact club-staff.the-band]
SARAH (guarded): She's not a stray, she's staff. And she's worked harder tonight than you have all month.  #dramatized
The bandmate snorts and goes. Sarah squeezes Rouge's shoulder as she rises, leaving a trace of perfume and stage powder.
SARAH (smiling): Go home, Rouge. And eat something tonight that isn't chocolate.  #dramatized
[unlock fact rouge-redstar.companion]
[hide sarah]
Rouge gets up with an armful of cable, set lists and a box of spare bulbs.
[show kevin sneer at right]
Kevin from the bar shoulders past without slowing. The box hits the floor, and bulbs roll everywhere, tinkling like loose teeth.  #dramatized
KEVIN (sneer): Don't stand in doorways, new girl. This isn't a bus stop.  #dramatized
[show scar-head neutral at center]
A big shadow folds down beside her: Scar Head, a Nean worker as broad as a door. He gathers the bulbs in his enormous hands and breaks none of them.
SCAR HEAD: Here. Mind the cracked ones, they cut.
ROUGE: Thank you.
KEVIN (sneer): Scar Head! Did somebody ask you to play nanny? The truck's half loaded. Move it.
SCAR HEAD (pained): Yes, sir. Sorry, sir.
[unlock fact club-staff.kevin]
[unlock fact scar-head.helper]
He goes without another word. Kevin watches him leave with the quiet pleasure of a man kicking a vending machine that can't kick back.
[unlock fact club-canal.below-stairs]
Rouge looks at the spot where Scar Head knelt, then at Kevin, the way she might note the position of an exit.
[hide all]
-> stolen-nectar

=== beat stolen-nectar ===
title: Stolen Nectar
location: Club Canal — the workers' locker room behind the kitchen
tier: 1
route: rouge
summary: Scar Head's Nectar has been stolen by the human staff. A Nean worker offers him hers; he refuses, because without it she would stop and be scrapped. Rouge sees it all.

[bg worker-quarters with fade]
[hide all]
[music noir-night]
[ambience city]
The locker room behind the kitchen is narrow and dented, lit by one tube that hums a note just off key. A bench, a drain, a calendar nobody turns.
[show scar-head neutral at center]
Scar Head opens his locker and looks. He moves the spare shirt, the boots, the tin cup, as if what he wants might be hiding behind them.
The little tray where he keeps his ration of Nectar is there. The ampoules are not.
[show nean-worker neutral at left]
NEAN WORKER: It's gone? All of it?
SCAR HEAD (pained): Tonight's and tomorrow's. I counted them this morning. I always count.  #dramatized
Around the corner, out of sight, two human voices laugh, too pleased with themselves. Glass clinks in a pocket. A door bangs on the alley.
[unlock fact club-staff.nectar-thieves]
[unlock fact nectar.leash]
[sfx door]
The Nean worker digs in her apron and holds out a single ampoule. The glass catches the bad light. Her hand shakes only a little.
NEAN WORKER: Take mine. Go on. I can manage a day without.
[unlock fact nean-worker.offer]
SCAR HEAD: No. You've only got the one. Go without, and you stop. And nobody restarts the ones that stop. They cart them out back and break them for parts.
[unlock fact scar-head.robbed]
[unlock fact neans.scrapped]
NEAN WORKER (pained): And what happens to you, then?
SCAR HEAD: I'm big. Big lasts longer. Put it away, before somebody sees it and takes that one too.  #dramatized
[show rouge blank at right]
In the doorway, half in shadow, Rouge has stopped with a crate of empty bottles in her arms. Neither of them has seen her. She makes no sound.
She sees the empty locker. She sees the ampoule go back into the apron, and the woman's fingers stay closed around it a moment too long.
Rouge files it away the way she files everything: who, where, how much. Then she sets the crate down without a sound and backs out.
[set saw-scar-head-robbed]
[hide all]
-> the-bar

=== beat sarah-dressing-room ===
title: Sarah's dressing room
location: Club Canal — Sarah's dressing room, after the show
tier: 1
route: sarah
dramatized: yes
summary: Alone at her mirror after the show, Sarah takes a call from Hermann, who wants her at his suite tonight. She wakes the new girl, Rouge, and locks a slim case away before she leaves.

[bg backstage with fade]
[hide all]
[music noir-night]
[ambience crowd]
The dressing room is a closet with a mirror ringed in bulbs, a third of them dead. Sarah sits before it and takes the night off one earring at a time.
[show sarah neutral at center]
Without the follow-spot she looks tired, the careful kind of tired she only lets out when the door is shut.
Flowers crowd the counter. One card, on heavy stock, carries a Panacea watermark. She doesn't open it. She knows the hand.
[sfx phone]
SARAH (guarded): Hermann. Did you hear the last number? I held that high note just for you.
HERMANN: I heard. You held it too long. People will say you're showing off, and it's my name they'll say it next to.
HERMANN: There's a car at the stage door. I want you at the suite tonight. Don't make me send someone in.
SARAH: I'd planned to sleep in my own bed for once.
HERMANN: Then plan again. Twenty minutes, Sarah.
[unlock fact hermann-hayward.lover]
[unlock fact sarah-fitzgerald.patron]
The line clicks dead before she can answer. She looks at the phone, then at the woman in the mirror, and puts the smile back on like a coat.
[hide sarah]
In the corridor she finds the new girl, Rouge, asleep sitting up on a flight case, hands folded, as tidy asleep as she is awake.  #episode
[show rouge blank at left]
[show sarah smile at right]
SARAH (smiling): Hey, sleepyhead. The show's over. Beds are softer than flight cases, I promise.  #episode
ROUGE (blank): The case was closer.
BANDMATE: She's doing it again. Sarah and her strays. One of these days one of them's going to bite.  #episode
[unlock fact sarah-fitzgerald.strays]
[unlock fact club-staff.the-band]
SARAH (guarded): Then I'll bite back. Rouge, don't hang around here on your own tonight. Stay where there are people.
[unlock fact rouge-redstar.companion]
Rouge nods once and goes. Sarah watches her a beat longer than she needs to.
[hide rouge]
Back in her room, from a garment bag at the back of the wardrobe, she takes a slim case, matte black, no longer than her forearm.
[show sarah guarded at center]
She turns it over once in her hands. Then she locks it in the drawer under the mirror, drops the key into her glove, and tries the drawer twice.
[unlock fact sarah-fitzgerald.locked-case]
[set saw-sarahs-case]
She turns out the bulbs, and the mirror goes dark with her face still in it. Outside, a car engine is running.
[hide all]
-> the-bar

=== beat smugglers-tally ===
title: The smugglers' tally
location: Canal City — the canal dock, later that night
tier: 1
route: nectar
dramatized: yes
summary: At the dock the smugglers unload Nectar crates under the eye of the man in glasses. The crates carry Panacea lot numbers, and the smugglers' ledger points to "the Panacea man", Hermann Hayward.

[bg canal-dock with fade]
[hide all]
[music tension]
[ambience wind]
An hour after the guns came down, the dock is busy again, and quieter than before. The smugglers work with their heads low, glancing at the black water.
Crates come up out of a barge's hold, hand over hand. Stencilled on each, under the grime: the Panacea mark and a lot number, neat as a barcode.
[unlock fact panacea.lot-numbers]
A crowbar bites; a lid gives. Inside, in factory foam, lie rows of Nectar ampoules, fresh off the line and never meant for this dock.
[show stranger grin at center]
The man in glasses sits on a bollard, legs crossed, reading the crew's ledger by lamplight like a novel he is enjoying very much.
MAN IN GLASSES (grin): Such tidy handwriting. Lot numbers, dates, and a payment every month to someone you only call "P.M." Who is P.M., I wonder?
SMUGGLER: The Panacea man. We don't say his name.
MAN IN GLASSES: Humour me. Just this once.
SMUGGLER: Hayward. Hermann Hayward. Crates go missing off every shipment, we find them, he takes his cut, and Panacea's books still balance.
[unlock fact hermann-hayward.trafficking]
[unlock fact malik-smugglers.the-ledger]
MAN IN GLASSES (grin): A company man robbing his own company. How wonderfully ordinary.
SMUGGLER: Whoever hit our contact is still out there. What if they come back for the rest?
MAN IN GLASSES (menace): Then you'll be very glad of your new partner. Won't you?
He lets that hang. Nobody asks where the old arrangement went, or how he knew to come tonight.
SMUGGLER: Twelve hundred ampoules. A day's walking for twelve hundred Neans, or a month of silk sheets for one man in a tower.
MAN IN GLASSES: Spoken like a poet. Keep loading.
He shuts the ledger with a soft clap and slides it inside his coat. Nobody tells him he can't keep it.
[unlock fact jaron-fate.manner]
[set saw-the-ledger]
Across the water, the sign over Club Canal goes dark one letter at a time.
[hide all]
-> the-bar

=== beat the-bar ===
title: The bar
location: Club Canal — the bar, after closing
tier: 1
summary: After closing, the human staff toast Sarah and her patron, a Panacea big shot; they boast that the Asimov Code keeps Neans obedient and joke that Neans spy for the Visitors, while Rouge clears glasses.

[bg club-bar with fade]
[hide all]
[music noir-night]
[ambience rain]
After closing, Club Canal belongs to the staff. Chairs go up on tables, the neon sinks to a sulky red, and the good bottles come out from under the bar.
Outside, rain has started, a fine hiss on the windows that melts the street signs into smears of colour.
[unlock fact canal-city.rain]
[show kevin neutral at left]
[sfx glass]
KEVIN: To Sarah Fitzgerald! Voice like an angel, and a boyfriend with very deep pockets.
STAFF: Deeper than deep. He's Panacea, Mars branch, top floor. His lot make the stuff every Nean on this planet runs on.
[unlock fact hermann-hayward.executive]
[unlock fact hermann-hayward.lover]
[unlock fact sarah-fitzgerald.patron]
[unlock fact panacea.maker]
[unlock fact panacea.mars-branch]
[unlock fact nectar.made-by-panacea]
KEVIN (sneer): So mind your manners. Her man could buy this club with his loose change and not notice.  #dramatized
[show rouge blank at right]
Rouge moves between the tables with a tray, clearing glasses. Nobody looks at her. That suits her fine.
[unlock fact rouge-redstar.companion]
{saw-scar-head-robbed} She knows these laughs. She heard them an hour ago, going out the back door with Scar Head's Nectar.  #dramatized
{saw-sarahs-case} Sarah's stool at the end of the bar stands empty. Down the corridor, a drawer under a dark mirror stays locked.  #dramatized
{saw-the-ledger} Hayward. At the docks he is "the Panacea man" in a ledger; here he is Sarah's man. Either way, voices drop when they say it.  #dramatized
STAFF: That big one, though. Scar Head. You sure he won't come looking? He could fold you in half.  #dramatized
KEVIN (sneer): Can't. None of them can. Asimov Code, wired in at the factory. A Nean can't lift a finger to a human, whatever you take off him.
[unlock fact asimov-code.obedience]
[unlock fact club-staff.kevin]
[unlock fact club-staff.nectar-thieves]
[unlock fact nectar.leash]
[unlock fact club-canal.below-stairs]
STAFF: Unless they're spying for the Visitors. My uncle says they see everything and beam it all up to the sky at night.
[unlock fact visitors.alien-power]
[unlock fact visitors.spy-joke]
[unlock fact club-staff.the-toast]
KEVIN: Your uncle thinks there are fish in the canal. Oi, new girl. You a Visitor spy?
ROUGE (blank): No. Not for the Visitors.
[unlock fact rouge-redstar.deadpan]
The table roars. Kevin slaps the bar, delighted, and nobody notices that she never said she wasn't anybody's spy.  #dramatized
She stacks the last glasses and unties her apron without a word.
[sfx glass]
KEVIN: Another round! To the diva, to the Code, and to everything staying exactly the way it is.  #dramatized
[hide all]
-> bird-debrief

=== beat bird-debrief ===
title: Debrief by bird
location: Canal City — the alley behind Club Canal, night, rain
tier: 1
summary: The messenger bird finds Rouge: Naomi, her support at the Truth Bureau, talks through it. Rouge doubts Sarah is the target; they discuss Hermann Hayward; Naomi's orders are to stay close to Sarah, find proof, and meet at noon behind the theatre.

[bg canal-city-night with fade]
[hide all]
[ambience rain]
[music noir-night]
Rouge steps out of the staff door into the alley. The rain is fine as static, drawing silver lines through the neon.
[show rouge neutral at left]
She lifts one hand, palm down, and waits without looking up.
[sfx bird]
[show bird at right]
The bird drops out of the dark and settles on her knuckles, light as a folded umbrella. Its lenses whir and fix on her face.
BIRD: Finally! Two hours on that drainpipe. I've got rain in joints I didn't know this thing had.  #dramatized
ROUGE (blank): The bird was on the drainpipe. You were eating. I can hear you chewing.  #dramatized
BIRD: I was multitasking. Report, please, and make it good. I'm down to my last spring roll.  #dramatized
The voice is Naomi Orthmann's, Rouge's support at the Truth Bureau, from a speaker no bigger than a seed.
[unlock fact naomi-orthmann.bird]
[unlock fact rouge-redstar.agent]
[unlock fact truth-bureau.agency]
ROUGE: I'm in. I work backstage. Sarah Fitzgerald is kind to the staff. Kind to me.
ROUGE: I don't think she's the one.
BIRD: Because she tucked you in at night?
ROUGE: Because there's nothing. She sings. She argues with the band. She sends the new girl home before the rain.  #dramatized
BIRD: Nothing is exactly what good cover looks like. Now, her patron. Hermann Hayward, Panacea, Mars branch, the people who make every drop of Nectar on Mars.
BIRD: And some of those drops leave his warehouses without paperwork. A man like that keeps a singer like her close. I want to know why.  #dramatized
[unlock fact hermann-hayward.trafficking]
[unlock fact hermann-hayward.in-the-file]
{saw-the-ledger} Somewhere, in a stolen ledger, it is already written down in very neat handwriting.  #dramatized
{saw-scar-head-robbed} ROUGE: The staff stole a worker's Nectar tonight. Another worker offered him hers. He wouldn't take it.  #dramatized
{saw-scar-head-robbed} BIRD: Noted. Not our case, Rouge. Not tonight.  #dramatized
BIRD: Orders. Stay close to Sarah, closer than her shadow. Find me proof, one way or the other. Understood?
[unlock fact rouge-redstar.orders]
ROUGE (determined): Understood.
BIRD: Tomorrow we do this face to face. Noon, behind the theatre. There's a place with dumplings the size of your fist. I'll order for two. Possibly four.
ROUGE (blank): Noon. Behind the theatre. I'll be there at noon.
The bird shakes the rain off its wings. At the mouth of the alley, a long black car slides away from the stage door, Sarah a shadow in the back seat.  #dramatized
* Go with Sarah to Hermann's suite -> hermanns-suite
* Keep watch with Rouge -> rouge-on-watch
* Listen in with Naomi -> naomi-on-the-wire
