// Act 1 — First night: episode beats 3–6.
// DECISION 1 (end of sarahs-stage, 01-prologue) offers a side of the hour after the show:
// sarah-dressing-room / rouges-rounds / smugglers-tally. Every side then meets the episode's own
// scenes in order: backstage (3), stolen-nectar (4), the-bar (5), bird-debrief (6), which ends
// with DECISION 2.
// Shared timeline: the curtain falls; Sarah takes Hermann's call in her room and locks a slim case
// away (sarah); meanwhile Rouge clears the house, tries the dressing-room drawer and dozes off on a
// flight case in the corridor (rouge); at the dock the smugglers unload (nectar). Sarah then wakes
// Rouge; her car takes her to Hermann's tower before the staff sit down to drink.
// Tier 1 throughout: Rouge has a handler and orders, but the agency is not named yet (see the
// Truth Bureau rule in FORMAT.md); nothing about what Sarah is, who the attacker is, or the man in
// glasses' name and aims.

=== beat sarah-dressing-room ===
title: Sarah's dressing room
location: Club Canal — Sarah's dressing room, after the show
tier: 1
route: sarah
dramatized: yes
summary: Alone at her mirror after the show, Sarah takes a call from Hermann, who wants her at his suite tonight, and locks a slim case away before she goes out to find the new girl.

[bg backstage with fade]
[hide all]
[music noir-night]
[ambience crowd]
The dressing room is a closet with a mirror ringed in bulbs, a third of them dead. Sarah takes the night off one earring at a time.
[show sarah neutral at center]
Flowers crowd the counter. One card carries a Panacea watermark. She doesn't open it. She knows the hand.
[sfx phone]
SARAH (guarded): Hermann. Did you hear? I held that last note just for you.
HERMANN: You held it too long. People will say you're showing off, and it's my name they'll say it next to.
HERMANN: There's a car at the stage door. I want you at the suite tonight.
SARAH: I'd planned to sleep in my own bed for once.
HERMANN: Then plan again. Twenty minutes.
[unlock fact hermann-hayward.lover]
[unlock fact sarah-fitzgerald.patron]
The line clicks dead. She looks at the woman in the mirror until the woman in the mirror smiles first.
From her handbag she takes a slim case: matte black, no longer than her hand.
[show sarah guarded at center]
She locks it in the drawer under the mirror, drops the key into her glove, and tries the drawer twice.
[unlock fact sarah-fitzgerald.locked-case]
[set saw-sarahs-case]
She hums two bars of tonight's closing number, stops, and turns out the bulbs.
In the corridor, on a flight case, the new girl has fallen asleep sitting up.
[hide all]
-> backstage

=== beat rouges-rounds ===
title: The new girl's rounds
location: Club Canal — the house, then the corridor behind the stage
tier: 1
route: rouge
dramatized: yes
summary: While Sarah takes her last bow, Rouge clears the Panacea tables, slips into Sarah's empty dressing room, looks at everything and takes nothing, finds one drawer locked, and falls asleep waiting in the corridor.

[bg club-stage with fade]
[hide all]
[music noir-night]
[ambience crowd]
The curtain is still swaying when Rouge comes out front with a tray.
[show rouge neutral at center]
She works the Panacea tables first. Men in good suits talk over her head.
One of them laughs that Hayward's girl held her last note for him. Another says Hayward wasn't even here to hear it.  #dramatized
Rouge stacks their glasses and carries away everything they said.
Behind the curtain the applause pulls Sarah back for one more bow. The corridor to the dressing rooms is empty.
[bg backstage with cut]
Sarah's door is not locked. Rouge lets herself in and stands still, looking.
Flowers, a card with a Panacea watermark, a robe on a hook, a dozen lipsticks lined up by colour.
She opens what opens and puts each thing back at the same angle. The hairbrush lies bristles down again, exactly as before.
The drawer under the mirror does not open. She tries it once, lightly, and lets go.
ROUGE: Locked.
A locked drawer is not proof. Forcing it would be a story the singer could tell.
[set tried-the-drawer]
Out in the corridor she sits on a flight case to wait for Sarah, hands folded.
The applause goes on through the wall. Between one breath and the next, she is asleep.
[hide all]
-> backstage

=== beat smugglers-tally ===
title: The smugglers' tally
location: Canal City — the canal dock, as the club empties
tier: 1
route: nectar
dramatized: yes
summary: At the dock the smugglers unload Nectar crates under the eye of the man in glasses. The crates carry Panacea lot numbers, and the smugglers' ledger points to "the Panacea man", Hermann Hayward.

[bg canal-dock with fade]
[hide all]
[music tension]
[ambience wind]
While the club across the water empties, crates come up out of a barge's hold. Stencilled on each: the Panacea mark and a lot number.
[unlock fact panacea.lot-numbers]
A crowbar bites. Inside: Nectar ampoules, fresh off the line and never meant for this dock.
[show stranger grin at center]
The man in glasses sits on a bollard, legs crossed, turning the pages of the crew's ledger with one finger.
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
He shuts the ledger and slides it inside his coat. Nobody tells him he can't keep it.
[unlock fact man-in-glasses.manner]
[set saw-the-ledger]
Across the water, the last of Club Canal's crowd spills out under the sign.
[hide all]
-> backstage

=== beat backstage ===
title: Backstage
location: Club Canal — backstage, after the show
tier: 1
episode: 3
summary: Sarah wakes the new girl, Rouge, who has dozed off backstage; the band grumbles that Sarah keeps taking in strays; a Nean worker, Scar Head, helps Rouge and is berated for it.

[bg backstage with fade]
[hide all]
[music noir-night]
[ambience crowd]
[show rouge neutral at left]
Rouge is asleep sitting up on a flight case, hands folded. She sleeps the way she stands: perfectly still.
[show sarah smile at right]
Sarah, a robe over her gown, crouches and taps her knee twice.
SARAH (smiling): Rise and shine, new girl. Beds are softer than flight cases, I promise.
ROUGE (blank): The case was closer.  #dramatized
BANDMATE: Sarah and her strays again. One of these days one of them's going to bite.
[unlock fact sarah-fitzgerald.strays]
[unlock fact club-staff.the-band]
SARAH (guarded): Then I'll bite back.  #dramatized
SARAH (smiling): Mind my things till the car comes, Rouge.
SARAH: And then go home, and eat something that isn't chocolate.  #dramatized
[unlock fact rouge-redstar.companion]
{saw-sarahs-case} Among the things to be minded: a drawer with a slim case in it, and the key in Sarah's glove.  #dramatized
{tried-the-drawer} Rouge nods. Among the things to be minded is a drawer she already knows is locked.  #dramatized
[hide sarah]
Rouge gets up with an armful of cable and a box of spare bulbs.
[show kevin sneer at right]
Kevin from the bar shoulders past. The box hits the floor, and bulbs roll everywhere.  #dramatized
KEVIN (sneer): Don't stand in doorways, new girl.  #dramatized
[show scar-head neutral at center]
A big shadow folds down beside her: Scar Head, a Nean worker twice her width. He gathers the bulbs in enormous hands and breaks none.
SCAR HEAD: Here. Mind the cracked ones, they cut.
ROUGE: Thank you.
KEVIN (sneer): Scar Head! Who asked you to play nanny? The truck's half loaded. Move it.  #dramatized
SCAR HEAD (pained): Yes, sir. Sorry, sir.
[unlock fact club-staff.kevin]
[unlock fact club-staff.kevin-in-our-telling]
[unlock fact scar-head.helper]
[unlock fact club-canal.below-stairs]
He goes. Rouge looks at the spot where Scar Head knelt, then at Kevin, and keeps both.  #dramatized
[hide all]
-> stolen-nectar

=== beat stolen-nectar ===
title: Stolen Nectar
location: Club Canal — the workers' locker room behind the kitchen
tier: 1
episode: 4
summary: Scar Head's Nectar has been stolen by the human staff. A fellow Nean worker offers him hers; he refuses, because without it she would stop and be scrapped. Rouge, passing with a crate, overhears.

[bg worker-quarters with fade]
[hide all]
[music noir-night]
[ambience city]
The locker room behind the kitchen is narrow and dented, lit by one tube that hums off key.
[show scar-head neutral at center]
Scar Head opens his locker and moves the spare shirt, the boots, the tin cup, as if what he wants might be behind them.
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
In the doorway, with a crate of empty bottles, Rouge has stopped. Neither of them has seen her.  #dramatized
She takes in the empty locker, and the ampoule going back into the apron, the fingers closed around it a moment too long. Then she backs out without a sound.  #dramatized
[hide all]
-> the-bar

=== beat the-bar ===
title: The bar
location: Club Canal — the bar, after closing
tier: 1
episode: 5
summary: After closing, the human staff toast Sarah and her patron, a Panacea big shot; they boast that the Asimov Code keeps Neans obedient and joke that Neans spy for the Visitors, while Rouge clears glasses.

[bg club-bar with fade]
[hide all]
[music noir-night]
[ambience rain]
After closing, Club Canal belongs to the staff. Chairs go up, and the good bottles come out. Outside, rain has started.
[unlock fact canal-city.rain]
Sarah's stool at the end of the bar stands empty. Her car came for her an hour ago.  #dramatized
[show kevin neutral at left]
[sfx glass]
STAFF: To Sarah Fitzgerald! Voice like an angel, and a fella with very deep pockets.
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
She knows one of these laughs. An hour ago it went out the back door with Scar Head's Nectar.  #dramatized
{saw-sarahs-case or tried-the-drawer} Down the corridor, a drawer under a dark mirror stays locked.  #dramatized
{saw-the-ledger} At the docks Hayward is "the Panacea man", a line in a ledger. Here he is Sarah's man, and they drink to him.  #dramatized
KEVIN: That big one, Scar Head. You sure he won't come looking? He could fold us in half.  #dramatized
STAFF: Can't. None of them can. Asimov Code. A Nean can't lift a finger to a human, whatever you take off him.
[unlock fact asimov-code.obedience]
[unlock fact club-staff.kevin]
[unlock fact club-staff.nectar-thieves]
[unlock fact nectar.leash]
[unlock fact club-canal.below-stairs]
STAFF: Unless they're spying for the Visitors. My uncle says they beam everything up to the sky at night.
[unlock fact visitors.alien-power]
[unlock fact visitors.spy-joke]
[unlock fact club-staff.the-toast]
KEVIN (sneer): Your uncle thinks there are fish in the canal. Oi, new girl. You a Visitor spy?  #dramatized
ROUGE (blank): No. Not for the Visitors.  #dramatized
[unlock fact rouge-redstar.deadpan]
The table roars, and nobody notices that she never said she wasn't anybody's spy.  #dramatized
[sfx glass]
KEVIN: Another round! To the diva, to the Code, and to everything staying exactly the way it is.  #dramatized
[hide all]
-> bird-debrief

=== beat bird-debrief ===
title: Debrief by bird
location: Canal City — the alley behind Club Canal, night, rain
tier: 1
episode: 6
summary: The messenger bird finds Rouge: Naomi, her support, talks through it. Rouge doubts Sarah is the target; they discuss Hermann Hayward; Naomi's orders are to stay close to Sarah, find proof, and meet at noon behind the theatre.

[bg canal-city-night with fade]
[hide all]
[ambience rain]
[music noir-night]
Rouge steps out into the alley, where the rain is fine as static.
[show rouge neutral at left]
She lifts one hand and waits without looking up.
[sfx bird]
[show bird at right]
The bird drops out of the dark onto her knuckles, lenses whirring.
BIRD: There you are. Two hours on that drainpipe. I've got rain in joints I didn't know this thing had.  #dramatized
The voice is Naomi Orthmann's, Rouge's support on this job, from a speaker no bigger than a seed. Who they work for, neither of them says aloud.
[unlock fact naomi-orthmann.bird]
[unlock fact rouge-redstar.agent]
BIRD: Report.  #dramatized
ROUGE: I'm in, backstage. Sarah Fitzgerald is kind to the staff. Kind to me. I don't think she's the one.
BIRD: Because she tucked you in at night?
ROUGE: Because there's nothing. She sings. She sends the new girl home before the rain.  #dramatized
{tried-the-drawer} ROUGE: One drawer in her dressing room is locked. I didn't force it. Locked isn't proof.  #dramatized
BIRD: Nothing is exactly what good cover looks like. Now, her patron, Hermann Hayward.
BIRD: Panacea's Nectar leaves his warehouses without paperwork. Why does a man like that keep a singer so close?  #dramatized
[unlock fact hermann-hayward.trafficking]
[unlock fact hermann-hayward.in-the-file]
{saw-the-ledger} In a ledger down at the docks, it is already written down, in very neat handwriting.  #dramatized
ROUGE: The staff stole a worker's Nectar tonight. Another offered him hers. He refused.  #dramatized
BIRD: It isn't our case, Rouge.  #dramatized
BIRD: Write it down anyway. Names, times, who laughed. Somebody should.  #dramatized
BIRD: Orders. Stay close to Sarah. Find me proof, one way or the other. Understood?
[unlock fact rouge-redstar.orders]
ROUGE (determined): Understood.
BIRD: Tomorrow, face to face. Noon, behind the theatre. There's a Chinese place; I'll order for two. Possibly four.
ROUGE: Noon. Behind the theatre.
Up the street, Hermann Hayward's tower climbs into the cloud, one window lit at the top. Sarah went up there an hour ago.  #dramatized
* Up in Hermann's suite with Sarah -> hermanns-suite
* Keep watch with Rouge -> rouge-on-watch
* Listen in with Naomi -> naomi-on-the-wire
