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
Backstage smells of hot lamps, hairspray and spilled gin.
[show rouge neutral at left]
Rouge is asleep sitting up on a flight case, hands folded, a chocolate wrapper pinched between two fingers. She sleeps the way she stands: perfectly still.
[show sarah smile at right]
Sarah, a robe over her stage gown, crouches and taps her knee twice, the way a friend knocks on a door.
SARAH (smiling): Rise and shine, new girl. Beds are softer than flight cases, I promise.
ROUGE (blank): The case was closer.  #dramatized
BANDMATE: Sarah and her strays again. One of these days one of them's going to bite.
[unlock fact sarah-fitzgerald.strays]
[unlock fact club-staff.the-band]
SARAH (guarded): Then I'll bite back.  #dramatized
SARAH (smiling): Mind my things till the car comes, Rouge. Then go home, and eat something that isn't chocolate.
[unlock fact rouge-redstar.companion]
[hide sarah]
Rouge gets up with an armful of cable and a box of spare bulbs.
[show kevin sneer at right]
Kevin from the bar shoulders past. The box hits the floor, and bulbs roll everywhere.  #dramatized
KEVIN (sneer): Don't stand in doorways, new girl.  #dramatized
[show scar-head neutral at center]
A big shadow folds down beside her: Scar Head, a Nean worker as broad as a door. He gathers the bulbs in enormous hands and breaks none.
SCAR HEAD: Here. Mind the cracked ones, they cut.
ROUGE: Thank you.
KEVIN (sneer): Scar Head! Who asked you to play nanny? The truck's half loaded. Move it.
SCAR HEAD (pained): Yes, sir. Sorry, sir.
[unlock fact club-staff.kevin]
[unlock fact scar-head.helper]
He goes. Kevin watches him leave with the quiet pleasure of a man kicking a vending machine that can't kick back.
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
The locker room behind the kitchen is narrow and dented, lit by one tube that hums just off key.
[show scar-head neutral at center]
Scar Head opens his locker and moves the spare shirt, the boots, the tin cup, as if what he wants might be hiding behind them.
The little tray where he keeps his Nectar is there. The ampoules are not.
[show nean-worker neutral at left]
NEAN WORKER: It's gone? All of it?
SCAR HEAD (pained): Tonight's and tomorrow's. I counted them this morning. I always count.  #dramatized
Around the corner, two human voices laugh, too pleased with themselves. Glass clinks in a pocket. A door bangs on the alley.
[unlock fact club-staff.nectar-thieves]
[unlock fact nectar.leash]
[sfx door]
The Nean worker digs in her apron and holds out a single ampoule. Her hand shakes only a little.
NEAN WORKER: Take mine. I can manage a day without.
[unlock fact nean-worker.offer]
SCAR HEAD: No. You've only got the one. Go without, and you stop. Nobody restarts the ones that stop. They break them for parts.
[unlock fact scar-head.robbed]
[unlock fact neans.scrapped]
NEAN WORKER (pained): And what happens to you, then?
SCAR HEAD: I'm big. Big lasts longer. Put it away, before somebody takes that one too.  #dramatized
[show rouge blank at right]
In the doorway, half in shadow, Rouge has stopped with a crate of empty bottles. Neither of them has seen her.
She sees the empty locker, and the ampoule going back into the apron, the woman's fingers closed around it a moment too long.
She files it away the way she files everything: who, where, how much. Then she backs out without a sound.
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
The dressing room is a closet with a mirror ringed in bulbs, a third of them dead. Sarah takes the night off one earring at a time.
[show sarah neutral at center]
Without the follow-spot she looks tired, the kind she only lets out when the door is shut.
Flowers crowd the counter. One card carries a Panacea watermark. She doesn't open it. She knows the hand.
[sfx phone]
SARAH (guarded): Hermann. Did you hear? I held that last note just for you.
HERMANN: You held it too long. People will say you're showing off, and it's my name they'll say it next to.
HERMANN: There's a car at the stage door. I want you at the suite tonight.
SARAH: I'd planned to sleep in my own bed for once.
HERMANN: Then plan again. Twenty minutes.
[unlock fact hermann-hayward.lover]
[unlock fact sarah-fitzgerald.patron]
The line clicks dead. She looks at the woman in the mirror and puts the smile back on like a coat.
[hide sarah]
In the corridor she finds the new girl, Rouge, asleep sitting up on a flight case, hands folded.  #episode
[show rouge blank at left]
[show sarah smile at right]
SARAH (smiling): Rise and shine, new girl. Beds are softer than flight cases, I promise.  #episode
ROUGE (blank): The case was closer.
BANDMATE: Sarah and her strays again. One of these days one of them's going to bite.  #episode
[unlock fact sarah-fitzgerald.strays]
[unlock fact club-staff.the-band]
SARAH (guarded): Then I'll bite back.
SARAH (smiling): Mind my things till the car comes, Rouge. Then go home, and eat something that isn't chocolate.  #episode
[unlock fact rouge-redstar.companion]
Rouge nods once and goes. Sarah watches her a beat longer than she needs to.
[hide rouge]
Back in her room, she takes a slim case from the wardrobe: matte black, no longer than her hand.
[show sarah guarded at center]
She locks it in the drawer under the mirror, drops the key into her glove, and tries the drawer twice.
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
An hour after the guns came down, the dock is busy again, and quieter. The smugglers work with their heads low.
Crates come up out of a barge's hold. Stencilled on each, under the grime: the Panacea mark and a lot number.
[unlock fact panacea.lot-numbers]
A crowbar bites. Inside: Nectar ampoules, fresh off the line and never meant for this dock.
[show stranger grin at center]
The man in glasses sits on a bollard, legs crossed, reading the crew's ledger like a novel he is enjoying very much.
MAN IN GLASSES (grin): Such tidy handwriting. Lot numbers, dates, and a payment every month to a single initial: "H." Who is H., I wonder?
SMUGGLER: The Panacea man. We don't say his name.
MAN IN GLASSES: Humour me.
SMUGGLER: Hermann Hayward. Crates go missing off every shipment, we find them, he takes his cut, and Panacea's books still balance.
[unlock fact hermann-hayward.trafficking]
[unlock fact smugglers.the-ledger]
MAN IN GLASSES (grin): A company man robbing his own company. How wonderfully ordinary.
SMUGGLER: Whoever hit Malik is still out there. What if they come back for the rest?
MAN IN GLASSES (menace): Then you'll be very glad of your new partner. Won't you?
Nobody asks where the old arrangement went, or how he knew to come tonight.
SMUGGLER: Twelve hundred ampoules. A day's walking for twelve hundred Neans, or a month of silk sheets for one man in a tower.
MAN IN GLASSES: Spoken like a poet. Keep loading.
He shuts the ledger and slides it inside his coat. Nobody tells him he can't keep it.
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
After closing, Club Canal belongs to the staff. Chairs go up, the neon sinks to a sulky red, and the good bottles come out.
Outside, rain has started; through the wet windows the street signs melt into smears of colour.
[unlock fact canal-city.rain]
[show kevin neutral at left]
[sfx glass]
KEVIN: To Sarah Fitzgerald! Voice like an angel, and a boyfriend with very deep pockets.
STAFF: He's Panacea, Mars branch, top floor. His lot make the stuff every Nean on this planet runs on.
[unlock fact hermann-hayward.executive]
[unlock fact hermann-hayward.lover]
[unlock fact sarah-fitzgerald.patron]
[unlock fact panacea.maker]
[unlock fact panacea.mars-branch]
[unlock fact nectar.made-by-panacea]
[show rouge blank at right]
Rouge moves between the tables, clearing glasses. Nobody looks at her. That suits her fine.
[unlock fact rouge-redstar.companion]
{saw-scar-head-robbed} She knows these laughs. An hour ago they went out the back door with Scar Head's Nectar.  #dramatized
{saw-sarahs-case} Sarah's stool at the end of the bar stands empty. Down the corridor, a drawer under a dark mirror stays locked.  #dramatized
{saw-the-ledger} At the docks Hayward is "the Panacea man", a line in a ledger. Here he is Sarah's man, and they drink to him.  #dramatized
STAFF: That big one, Scar Head. You sure he won't come looking? He could fold you in half.  #dramatized
KEVIN (sneer): Can't. None of them can. Asimov Code. A Nean can't lift a finger to a human, whatever you take off him.
[unlock fact asimov-code.obedience]
[unlock fact club-staff.kevin]
[unlock fact club-staff.nectar-thieves]
[unlock fact nectar.leash]
[unlock fact club-canal.below-stairs]
STAFF: Unless they're spying for the Visitors. My uncle says they beam everything up to the sky at night.
[unlock fact visitors.alien-power]
[unlock fact visitors.spy-joke]
[unlock fact club-staff.the-toast]
KEVIN: Your uncle thinks there are fish in the canal. Oi, new girl. You a Visitor spy?
ROUGE (blank): No. Not for the Visitors.
[unlock fact rouge-redstar.deadpan]
The table roars, and nobody notices that she never said she wasn't anybody's spy.  #dramatized
She stacks the last glasses and unties her apron.
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
Rouge steps out into the alley. The rain is fine as static, silver in the neon.
[show rouge neutral at left]
She lifts one hand and waits without looking up.
[sfx bird]
[show bird at right]
The bird drops out of the dark onto her knuckles, lenses whirring.
BIRD: Finally! Two hours on that drainpipe. I've got rain in joints I didn't know this thing had.  #dramatized
ROUGE (blank): The bird was on the drainpipe. You were eating. I can hear chewing.  #dramatized
BIRD: I was multitasking. Report, please. I'm down to my last spring roll.  #dramatized
The voice is Naomi Orthmann's, Rouge's support at the Truth Bureau, from a speaker no bigger than a seed.
[unlock fact naomi-orthmann.bird]
[unlock fact rouge-redstar.agent]
[unlock fact truth-bureau.agency]
ROUGE: I'm in, backstage. Sarah Fitzgerald is kind to the staff. Kind to me. I don't think she's the one.
BIRD: Because she tucked you in at night?
ROUGE: Because there's nothing. She sings. She argues with the band. She sends the new girl home before the rain.  #dramatized
BIRD: Nothing is exactly what good cover looks like. Now, her patron, Hermann Hayward.
BIRD: Some of Panacea's Nectar leaves his warehouses without paperwork. Why does a man like that keep a singer so close?  #dramatized
[unlock fact hermann-hayward.trafficking]
[unlock fact hermann-hayward.in-the-file]
{saw-the-ledger} In a stolen ledger, it is already written down in very neat handwriting.  #dramatized
{saw-scar-head-robbed} ROUGE: The staff stole a worker's Nectar tonight. Another offered him hers. He refused.  #dramatized
{saw-scar-head-robbed} BIRD: Noted. Not our case, Rouge. Not tonight.  #dramatized
BIRD: Orders. Stay close to Sarah. Find me proof, one way or the other. Understood?
[unlock fact rouge-redstar.orders]
ROUGE (determined): Understood.
BIRD: Tomorrow, face to face. Noon, behind the theatre. I'll order for two. Possibly four.
ROUGE (blank): Noon. Behind the theatre. I'll be there at noon.
At the alley's mouth, a black car slides away from the stage door, Sarah a shadow in the back seat.  #dramatized
* Go with Sarah to Hermann's suite -> hermanns-suite
* Keep watch with Rouge -> rouge-on-watch
* Listen in with Naomi -> naomi-on-the-wire
