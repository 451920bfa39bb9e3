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
Morning gets into Club Canal through the loading door: a grey wedge of light, dust turning in it, last night's beer gone tacky on the boards.
Rouge has been mopping the back corridor since six. Nobody told her to stop.  #dramatized
[show nean-worker pained at left]
[show kevin sneer at right]
By the staff door the Nean worker, who offered Scar Head her last dose, kneels in front of Kevin. Her hands will not stay still.
[unlock fact nean-worker.offer]
[unlock fact scar-head.robbed]
NEAN WORKER (pained): Please. You don't even need it. Give Scar Head his back, and we'll share, and we'll both make it to delivery day.  #dramatized
KEVIN (sneer): Give it back, she says. Like it was ever yours. Like anything in this building was ever yours.  #dramatized
He takes one of the stolen ampoules from his jacket and holds it up to the light, turning it, letting her watch it turn.  #dramatized
KEVIN: Know what one of these fetches on the dock this week? More than you'd fetch for parts. I checked.  #dramatized
STAFF: Careful, Kev. She'll tell the Visitors on you.  #dramatized
Laughter from the bar. She reaches for the ampoule; her arm jerks halfway, stalls, and jerks again, like a film with frames missing.
NEAN WORKER (pained): I'll work a double. Two doubles. I'll work a, I'll work a, I'll work a double.
The words catch and repeat, a needle stuck in a groove. She hears it herself. Her face, underneath the shaking, is ashamed.
[unlock fact nean-worker.withdrawal]
[show scar-head angry at center]
Scar Head comes out of the storeroom, big enough to block the light from the loading door.  #dramatized
KEVIN (sneer): Something to say, big man? Go on. Say it. Lift a hand. I'll wait right here.  #dramatized
Scar Head's fists close. The corridor waits. Then the Code does what it was built to do, and his eyes go to the floor.  #dramatized
[show scar-head pained at center]
SCAR HEAD (pained): No, sir. Nothing to say, sir.  #dramatized
KEVIN: Didn't think so. Good boy.  #dramatized
He pockets the ampoule and strolls off to the bar, whistling.  #dramatized
[hide kevin]
[music stop]
Scar Head kneels and gathers the worker off the boards as if she weighed nothing. Her fingers click against his sleeve, trying to hold on.
NEAN WORKER (pained): Don't look like that. It's only slow. Everything's just going slow.  #dramatized
[show rouge neutral at right]
Rouge leans the mop against the wall. She stands in the wedge of light and does not look away.  #dramatized
ROUGE: How long does she have?  #dramatized
SCAR HEAD (pained): Without Nectar? Until she stops. Then they bring the cart round the back, and she goes for scrap with the rest.  #dramatized
[unlock fact neans.scrapped]
NEAN WORKER: You're Sarah's new girl. Go on, you've got work. Don't get yourself in trouble over me.  #dramatized
ROUGE (blank): I'm not in trouble.  #dramatized
The worker tries to laugh. It comes out as a stutter and a click, and she turns her face into Scar Head's shoulder so nobody has to see.  #dramatized
Rouge looks at the door Kevin left by. Then at the clock above it: twenty to twelve.  #dramatized
[show rouge hurt at right]
ROUGE (hurt): I have to go. I'm meeting someone at noon.  #dramatized
At the door she looks back once. Scar Head is emptying his locker onto the bench: a fold of scrip, an old watch that doesn't tick.  #dramatized
Behind him the worker has begun to hum, thin and off-key: one of Sarah's songs, held onto the way she holds onto his sleeve.  #dramatized
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
Quarter past eleven. The Chinese place behind the theatre is all steam, red lacquer and the clatter of a kitchen that has never fully closed in its life.
[show naomi grin at center]
Naomi has the corner booth, a pot of jasmine tea, and the full attention of a waiter who has been writing for some time.
NAOMI (grin): The soup dumplings. The pan-fried ones too, they're different. Black bean noodles. Half a roast duck. No, a whole one.
[unlock fact naomi-orthmann.appetite]
The waiter asks, politely, how many people she is expecting.
NAOMI: Two. One of them eats like a bird.
She hears it as she says it. The grin slips, and for a second she looks at the empty space on the table where a small metal body ought to be.
NAOMI (grin): And sesame balls. Bring those first. I'm not an animal.
The bird's last eleven seconds of footage are saved on her tablet. She doesn't open them. Not before food.
Instead she opens another file. SARAH FITZGERALD, across the top, over a publicity photo that smiles at everyone.
NAOMI (serious): Singer. Club Canal, a few years. Reviews, glowing. Lovers, one, very expensive. And before that, we have...
Before that, nothing. Not sealed, not scrubbed. There is simply no before: no school, no clinic, no old address. The records stop a few years back, dead.
NAOMI: Everybody comes from somewhere, Miss Fitzgerald. Even on Mars. Especially on Mars.
The food starts to arrive. She eats with one hand and scrolls with the other, shuffling dishes round the table like pieces on a board.
Then the Nectar numbers. Panacea's Mars branch supplies Club Canal for its registered Nean staff, every month, on Hermann Hayward's signature.
NAOMI (serious): Eleven Neans on the club's books. Twelve rations on the invoice. Every single month. So where does number twelve go?
She puts a dumpling down uneaten, which for Naomi is something close to an alarm.
A skim, probably. A favour for someone. A rounding error Hermann likes the look of. Or...
NAOMI: Or nothing. Suspicion isn't proof. Proof is what Rouge is for.
She circles the twelfth line anyway, twice, then scrolls back through the bird's file to the one frame she keeps returning to: a woman at a window, eyes shut.
She closes it and picks the dumpling back up.
At a quarter to twelve the duck arrives, glossy and enormous, and the waiter looks at the empty place setting with open pity.
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
summary: Scar Head empties his locker and takes everything he owns down to the docks to buy one dose of Nectar for the Nean worker. Malik tells him what it costs.

[bg worker-quarters with fade]
[hide all]
[music noir-night]
[ambience city]
The workers' locker room behind the kitchen. One tube light humming just off key. On the bench, wrapped in a coat that isn't hers, the Nean worker shakes.
[show nean-worker pained at left]
This morning she begged the staff for the stolen Nectar back, and they kept it.  #episode
[unlock fact nean-worker.withdrawal]
[unlock fact scar-head.robbed]
Kevin laughed while she asked. Everyone heard.
[show scar-head neutral at right]
Scar Head opens his locker and empties it onto the bench: a thin fold of scrip, a good pair of work gloves, and a wristwatch that stopped years ago.
It is everything he owns. All of it together takes up less room than one of his hands.
NEAN WORKER (pained): Don't. Whatever you're thinking, don't. They'll dock you. They'll find a reason.
SCAR HEAD: They never need one.
[hide all]
[bg canal-dock with fade]
[ambience wind]
[music tension]
At the canal dock the fog sits low on the water. Crates wait under tarpaulin where last night's deal went bad, and the men guarding them are nervous.
[show scar-head neutral at center]
{saw-the-ledger} Scar Head knows the stencil on the nearest crate: the same Panacea lot number the smugglers were counting over in the dark.
MALIK: You're the club's big one. Scar Head. Bit early in the day to be shopping, isn't it?
SCAR HEAD: One dose. For a friend. She's running down.
He sets his things on a crate one at a time: the scrip, the gloves, and last, carefully, the watch.
MALIK: That's forty, maybe. A dose went for sixty last week. Since somebody hit the handover it's two hundred, and the gentleman in glasses decides who gets any at all.
SMUGGLER: Watch doesn't even tick.
SCAR HEAD (pained): It did once.
MALIK: Here's the joke, big man. Panacea makes this stuff by the vat. To them, one dose is a rounding error. To me, to any human, it's nothing. We don't need it.
MALIK: To you it's the difference between a morning and the scrapyard. So it's priced like one.
[unlock fact neans.scrapped]
Malik looks at the pile for a long moment. Then he sweeps all of it, scrip, gloves and watch, into a sack, and sets one ampoule in the middle of the empty crate.
MALIK: Everything you've got. Today, that's the price. Don't come back tomorrow, it'll be higher.
[unlock fact scar-head.buys-nectar]
[unlock fact malik-smugglers.the-price]
Scar Head closes his hand around the ampoule, gently, the way he gathered up the spilled bulbs backstage without breaking one.
[unlock fact scar-head.helper]
SCAR HEAD: Thank you, sir.
He says it because he was made to say it, and because he means it, and it is impossible to tell where one stops and the other starts.
[hide scar-head]
He goes back up into the fog at a run. It is a quarter to twelve, and across the water a woman in a locker room is going slow.
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
At twelve o'clock exactly, Rouge Redstar walks into the Chinese restaurant behind the theatre, still damp at the shoulders from a rain that stopped hours ago.  #dramatized
The corner booth is impossible to miss: dumplings in towers, a whole duck, three kinds of noodles, and somewhere behind it all, a woman with chopsticks.
[unlock fact naomi-orthmann.appetite]
[show naomi grin at left]
[show rouge blank at right]
NAOMI (grin): Rouge Redstar! Sit, sit. Naomi Orthmann. I'm your support. Intelligence, hardware, logistics and, as of today, lunch.
[unlock fact naomi-orthmann.support]
ROUGE (blank): You sound like the bird.  #dramatized
NAOMI: The bird sounds like me. Important difference. I'm the original, it's the cover version.  #dramatized
Rouge sits and looks at the table as if counting it. It turns out she is counting it.  #dramatized
ROUGE (blank): Fourteen dishes. Is anyone else coming?  #dramatized
NAOMI: Nope. Seven each. Well, nine for me. Ten. Don't audit my lunch.  #dramatized
{saw-naomis-file} The waiter, passing, gives Rouge a look of deep relief. The second place setting has finally been justified.  #dramatized
Rouge reaches into her coat and sets the bird down between the duck and the noodles: its lens dark, one wing on a wire, smelling faintly of gutter.  #dramatized
[show naomi serious at left]
NAOMI (serious): Oh. Oh, my poor baby. Three weeks to build you, and you end up in a gutter. You deserved a lot better.  #dramatized
{heard-the-feed-die} Last night she sat in a fogged car and listened to it go. For a moment she doesn't say anything at all.  #dramatized
ROUGE: I got there late. I didn't see what brought it down.  #dramatized
Naomi wraps the bird in a clean napkin with surprising care and tucks it into her bag.  #dramatized
NAOMI (grin): Funeral later. Now eat. You look like you live on tap water and orders.  #dramatized
Rouge picks up one dumpling, eats it, and puts her chopsticks down. Task complete.  #dramatized
NAOMI: ...More than that.  #dramatized
Rouge eats a second dumpling. She puts her chopsticks down again.  #dramatized
NAOMI: Is that a joke? Are you doing a joke at me?  #dramatized
ROUGE (blank): You said more than that. Two is more than one.  #dramatized
NAOMI (grin): Fine. New order: keep eating until I stop talking. That could take all afternoon.  #dramatized
That, Rouge can work with. She starts on the noodles with the steady concentration of someone defusing them.  #dramatized
{saw-withdrawal} Between mouthfuls she reports that a worker at the club is running out of Nectar, and the staff are keeping what they stole. Naomi's chopsticks stop.  #dramatized
{followed-the-nectar} NAOMI (serious): Black-market Nectar has more than tripled overnight, by the way. Somebody is squeezing the docks since that handover got hit.  #dramatized
NAOMI (serious): Right. Your singer. Tell me about Sarah Fitzgerald.  #dramatized
ROUGE (blank): She sings. She takes in strays. Last night something came through a window for her, and she ran.  #dramatized
[unlock fact sarah-fitzgerald.strays]
NAOMI (serious): All true. Now let me tell you about something she does that she doesn't do on stage.  #dramatized
[unlock fact naomi-orthmann.informant]
Naomi pushes the duck aside, wipes her fingers, and lays a tablet flat between them. Rouge leans in exactly as far as the tablet, and no further.  #dramatized
[hide all]
-> naomis-reveal
