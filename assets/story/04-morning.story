// Act 1 — Morning: beats 15–18.
// DECISION 3 (end of news-broadcast) branches to withdrawal / naomi-before-noon / nectar-trail;
// all three meet at noon in naomi-meets-rouge, which hands over to naomis-reveal (05-reveal).
// Shared morning timeline: at the club the Nean worker begs Kevin for the stolen Nectar (withdrawal);
// Rouge leaves for noon; Scar Head then takes everything he owns to the docks (nectar-trail) and
// buys one dose with all of it; Naomi has been at the restaurant since before half past eleven.
// Tier 1 throughout: suspicion about Sarah, never the answer.

=== beat withdrawal ===
title: Withdrawal
location: Club Canal — the back corridor, morning
tier: 1
route: rouge
summary: In the morning the Nean worker, running out of Nectar, begs the staff to give back what they stole. They refuse. Scar Head can do nothing; Rouge watches.

[bg backstage with fade]
[hide all]
[music noir-night]
[ambience city]
Morning gets into Club Canal through the loading door: a grey wedge of light, last night's beer tacky on the boards.
Rouge has been mopping the back corridor since six. Nobody told her to stop.  #dramatized
[show nean-worker pained at left]
[show kevin sneer at right]
By the staff door the Nean worker who offered Scar Head her last dose kneels in front of Kevin, her hands shaking.
[unlock fact nean-worker.offer]
[unlock fact scar-head.robbed]
NEAN WORKER (pained): Please. Give Scar Head his Nectar back and we'll share. We'll both make it to delivery day.  #dramatized
KEVIN (sneer): Give it back, she says. Like anything in this building was ever yours.  #dramatized
He turns a stolen ampoule in the light for her to watch.  #dramatized
KEVIN: Know what one of these fetches on the dock? More than you'd fetch for parts.  #dramatized
STAFF: Careful, Kev. She'll tell the Visitors on you.  #dramatized
She reaches for it; her arm jerks, stalls, and jerks again, like a film with frames missing.
NEAN WORKER (pained): I'll work a double. I'll work a, I'll work a, I'll work a double.
She hears herself stick like a needle in a groove, and under the shaking her face is ashamed.
[unlock fact nean-worker.withdrawal]
[show scar-head angry at center]
KEVIN (sneer): Something to say, Scar Head? Go on, big man. Lift a hand.  #dramatized
Scar Head's fists close. Then the Code does what it was built for, and his eyes drop.  #dramatized
[show scar-head pained at center]
SCAR HEAD (pained): No, sir. Nothing to say, sir.  #dramatized
KEVIN: Didn't think so. Good boy.  #dramatized
[hide kevin]
[music stop]
Scar Head lifts the worker off the boards as if she weighed nothing; her fingers click on his sleeve.
NEAN WORKER (pained): Don't look like that. Everything's just going slow.  #dramatized
[show rouge neutral at right]
Rouge leans the mop against the wall, and does not look away.  #dramatized
ROUGE: How long does she have?  #dramatized
SCAR HEAD (pained): Until she stops. Then the cart comes round the back, and she goes for scrap.  #dramatized
[unlock fact neans.scrapped]
NEAN WORKER: Go on, new girl. Don't get in trouble over me.  #dramatized
ROUGE (blank): I'm not in trouble.  #dramatized
[show rouge hurt at right]
ROUGE (hurt): It's twenty to twelve. I'm meeting someone at noon.  #dramatized
At the door she looks back: Scar Head is emptying his locker onto the bench.  #dramatized
Behind him the worker hums one of Sarah's songs, thin and off-key, holding on to it the way she holds his sleeve.  #dramatized
[set saw-withdrawal]
[hide all]
-> naomi-meets-rouge

=== beat naomi-before-noon ===
title: Before noon
location: Canal City — the Chinese restaurant behind the theatre, late morning
tier: 1
route: naomi
dramatized: yes
summary: Naomi arrives early at the meeting place, orders far too much, and goes over Sarah Fitzgerald's file. Some of it stops too soon, and some of it doesn't add up.

[bg chinese-restaurant with fade]
[hide all]
[music noir-night]
[ambience crowd]
Quarter past eleven. The Chinese place behind the theatre is all steam, red lacquer and the clatter of a kitchen that never closes.
[show naomi grin at center]
Naomi has the corner booth, jasmine tea, and a waiter who has been writing for some time.
NAOMI (grin): Soup dumplings. The pan-fried ones too, they're different. Black bean noodles. Half a roast duck. No, a whole one.
[unlock fact naomi-orthmann.appetite]
The waiter asks how many people she is expecting.
NAOMI: Two. One of them eats like a bird.
She hears it as she says it, and looks for a second at the space where a small metal body ought to be.
NAOMI (grin): And sesame balls. Bring those first. I'm not an animal.
Then the file: SARAH FITZGERALD, over a publicity photo that smiles at everyone.
NAOMI (serious): Singer. Club Canal, a few years. Reviews, glowing. Lovers, one, very expensive. And before that...
Before that, nothing. Not sealed, not scrubbed: no school, no clinic, no old address. The records stop a few years back.
NAOMI: Everybody comes from somewhere, Miss Fitzgerald. Especially on Mars.
Dumplings arrive. Eating with one hand, she scrolls to the Nectar Hermann Hayward signs over to Club Canal's Nean staff every month.
NAOMI (serious): Eleven Neans on the books. Twelve rations on the invoice. So where does number twelve go?
She puts a dumpling down uneaten, which for Naomi is close to an alarm.
A skim. A favour. A rounding error Hermann likes the look of. Or...
NAOMI: Or nothing. Suspicion isn't proof. Proof is what Rouge is for.
She circles the twelfth line twice anyway. Then, from the bird's last footage, one frame: a woman at a window, eyes shut.
At a quarter to twelve the duck arrives, glossy and enormous. The waiter eyes the empty place setting with open pity.
NAOMI (grin): She'll be here. She's the punctual type. Horribly punctual.
[set saw-naomis-file]
[hide all]
-> naomi-meets-rouge

=== beat nectar-trail ===
title: The price of Nectar
location: Club Canal's locker room, then the canal dock, late morning
tier: 1
route: nectar
dramatized: yes
summary: Scar Head empties his locker and takes everything he owns down to the docks to buy one dose of Nectar for the Nean worker. The smugglers tell him what it costs.

[bg worker-quarters with fade]
[hide all]
[music noir-night]
[ambience city]
The workers' locker room, one tube light humming off key. On the bench, in a coat that isn't hers, the Nean worker shakes.
[show nean-worker pained at left]
This morning she begged the staff for the stolen Nectar back, and they kept it.  #episode
[unlock fact nean-worker.withdrawal]
[unlock fact scar-head.robbed]
[show scar-head neutral at right]
Scar Head empties his locker onto the bench: a thin fold of scrip, work gloves, a wristwatch that stopped years ago.
It is everything he owns. All of it takes up less room than one of his hands.
NEAN WORKER (pained): Don't. They'll dock you. They'll find a reason.
SCAR HEAD: They never need one.
[hide all]
[bg canal-dock with fade]
[ambience wind]
[music tension]
At the canal dock, fog sits low on the water. Nervous men guard the few crates left; the rest of last night's shipment is gone.
[show scar-head neutral at center]
{saw-the-ledger} The nearest crate bears the Panacea lot number the smugglers counted in the dark.
SMUGGLER: The club's big one. Bit early for shopping, isn't it?
SCAR HEAD: One dose. For a friend. She's running down.
He sets his things on a crate one at a time, the watch last, carefully.
SMUGGLER: Forty, maybe. A dose was sixty last week. Since somebody hit the shipment it's two hundred, and there's hardly any left to sell.
A guard snorts: the watch doesn't even tick.
SCAR HEAD (pained): It did once.
SMUGGLER: Here's the joke. Panacea makes this by the vat, and a human doesn't need it. To you it's the difference between a morning and the scrapyard, so it's priced like one.
[unlock fact neans.scrapped]
He sweeps the pile into a sack and sets one ampoule on the empty crate.
SMUGGLER: Everything you've got. That's today's price. Tomorrow it's higher.
[unlock fact scar-head.buys-nectar]
[unlock fact smugglers.the-price]
Scar Head closes his hand around it gently, the way he gathered the spilled bulbs backstage without breaking one.
[unlock fact scar-head.helper]
SCAR HEAD: Thank you, sir.
He says it because he was made to, and because he means it, and there is no telling where one stops and the other starts.
[hide scar-head]
He runs back up into the fog. It is nearly noon, and across the water a woman in a locker room is going slow.
[set followed-the-nectar]
[hide all]
-> naomi-meets-rouge

=== beat naomi-meets-rouge ===
title: I'm your support
location: Canal City — the Chinese restaurant behind the theatre, noon
tier: 1
summary: At noon Rouge meets Naomi in person for the first time, across a meal big enough for a crew. Naomi introduces herself as her support, mourns her bird, orders Rouge to eat, and turns to Sarah.

[bg chinese-restaurant with fade]
[hide all]
[music noir-night]
[ambience crowd]
At twelve exactly, Rouge walks into the restaurant behind the theatre.  #dramatized
The corner booth is impossible to miss: towers of dumplings, a whole duck, and behind it all a woman with chopsticks.
[unlock fact naomi-orthmann.appetite]
[show naomi grin at left]
[show rouge blank at right]
NAOMI (grin): Rouge Redstar! Naomi Orthmann. I'm your support. Intelligence, hardware, logistics and, as of today, lunch.
[unlock fact naomi-orthmann.support]
ROUGE (blank): You sound like the bird.  #dramatized
NAOMI: The bird sounds like me. I'm the original; it's the cover version.  #dramatized
ROUGE (blank): Fourteen dishes. Is anyone else coming?  #dramatized
NAOMI: Nope. Seven each. Well, nine for me. Ten. Don't audit my lunch.  #dramatized
{saw-naomis-file} The waiter looks deeply relieved: the second place setting is justified.  #dramatized
Rouge sets the bird down between the duck and the noodles, lens dark, smelling faintly of gutter.  #dramatized
[show naomi serious at left]
NAOMI (serious): Oh, my poor baby. Three weeks to build you, and you end up in a gutter.  #dramatized
{heard-the-feed-die} She listened to it go last night. For a moment she says nothing.  #dramatized
ROUGE: I got there late. I didn't see what brought it down.  #dramatized
NAOMI (grin): Funeral later. Now eat. You look like you live on tap water and orders.  #dramatized
Rouge eats one dumpling and puts her chopsticks down. Task complete.  #dramatized
NAOMI: ...More than that.  #dramatized
Rouge eats a second dumpling. Chopsticks down. Naomi stares.  #dramatized
ROUGE (blank): You said more than that. Two is more than one.  #dramatized
NAOMI (grin): New order: keep eating until I stop talking. That could take all afternoon.  #dramatized
{saw-withdrawal} Between mouthfuls she reports the worker at the club, out of Nectar while the staff keep what they stole. Naomi's chopsticks stop.  #dramatized
{followed-the-nectar} NAOMI (serious): Black-market Nectar has more than tripled since that shipment got hit, by the way.  #dramatized
NAOMI (serious): Right. Tell me about your singer.  #dramatized
ROUGE (blank): She sings. She takes in strays. Last night something came through a window for her, and she ran.  #dramatized
[unlock fact sarah-fitzgerald.strays]
NAOMI (serious): All true. Now let me tell you something she doesn't do on stage.  #dramatized
[unlock fact naomi-orthmann.informant]
Naomi tucks the bird away and lays a tablet between them. Rouge leans in exactly as far as the tablet, and no further.  #dramatized
[hide all]
-> naomis-reveal
