// Act 1 — Morning: episode beats 9–10.
// DECISION 3 (end of news-broadcast) branches to sarahs-morning / naomi-before-noon / nectar-trail;
// every side then sees the episode's withdrawal scene (9) and meets at noon in naomi-meets-rouge
// (10), which hands over to naomis-reveal (05-reveal).
// Shared morning timeline: before dawn Scar Head, without his stolen Nectar, starts to shake; the
// Nean worker takes everything the two of them own to the docks and it buys nothing (nectar); at
// six Rouge finds Sarah asleep in her dressing room and watches her take the slim case away
// (rouge); from a quarter past eleven Naomi waits at the restaurant with Sarah's file (naomi);
// late morning, in the back corridor, the worker begs the staff for his Nectar back (withdrawal);
// at twenty to twelve Rouge leaves for noon.
// Tier 1 throughout: suspicion about Sarah, never the answer.

=== beat sarahs-morning ===
title: Rise and shine
location: Club Canal — Sarah's dressing room, six in the morning
tier: 1
route: rouge
dramatized: yes
summary: At six Rouge comes in to work and finds Sarah asleep in her dressing room, still in last night's stage dress. Rouge wakes her and sees to her feet; Sarah will not say who the man with the umbrella was, and takes a slim case from the locked drawer before she goes.

[bg backstage with fade]
[hide all]
[music noir-night]
[ambience city]
Six in the morning. Rouge lets herself in by the loading door, the dead bird still buttoned inside her coat.
The light is on in Sarah's dressing room.
[show sarah sad at center]
Sarah is asleep in the chair in front of the mirror, still in last night's stage dress. Her bare feet are black with the street.
[show rouge neutral at left]
Rouge crouches and taps her knee twice.
ROUGE: Rise and shine.
[show sarah smile at center]
Sarah opens her eyes, sees who it is, and laughs.
SARAH (smiling): Stealing my lines now? Good. Somebody should use them.
Rouge fetches the first-aid box and a basin without being asked, and cleans Sarah's feet, one and then the other.
SARAH (sad): Something came through Hermann's window last night. Something red. I ran, and I didn't stop till I got here.
ROUGE: Did anyone help you?
SARAH (guarded): A gentleman lent me his umbrella. That's all.
She answers quickly, and not quite the question asked. Rouge notes it and says nothing.
Sarah takes a key from her glove and unlocks the drawer under the mirror. A slim black case comes out and goes into the pocket of the coat by the door.
{tried-the-drawer} It is the drawer Rouge found locked last night. Rouge keeps her eyes on the bandage.
SARAH: Don't tell Hermann I was here. Don't tell anyone.
ROUGE: Who would I tell?
SARAH (smiling): That's my girl. Go and find a mop before Kevin finds you.
[unlock fact rouge-redstar.kindness]
[unlock fact sarah-fitzgerald.locked-case]
[set saw-case-taken]
[hide sarah]
Sarah limps out by the stage door. Rouge stands alone with the dead bird in her coat, which was the someone she would tell.
[hide all]
-> withdrawal

=== beat naomi-before-noon ===
title: Before noon
location: Canal City — the Chinese restaurant behind the theatre, late morning
tier: 1
route: naomi
dramatized: yes
summary: Naomi arrives early at the meeting place, orders far too much, and goes over Sarah Fitzgerald's file and Hermann Hayward's Nectar orders. Some of it stops too soon, and some of it does not add up.

[bg chinese-restaurant with fade]
[hide all]
[music noir-night]
[ambience crowd]
Quarter past eleven. The Chinese place behind the theatre is all steam and red lacquer.
[show naomi grin at center]
Naomi has the corner booth, jasmine tea, and a waiter who has been writing for some time.
NAOMI (grin): Soup dumplings. The pan-fried ones too. Black bean noodles. A roast duck. A whole one.
[unlock fact naomi-orthmann.appetite]
The waiter asks how many people she is expecting.
NAOMI: Two. One of them eats like a bird.
She hears it as she says it, and looks for a second at the space on the table where a small metal body ought to be.
Then the file: SARAH FITZGERALD, over a publicity photo that smiles at everyone.
NAOMI (serious): Singer. Club Canal, a few years. Reviews, glowing. Lovers, one, very expensive. And before that...
Before that, nothing. Not sealed, not scrubbed: no school, no clinic, no old address. The records stop a few years back.
NAOMI: Everybody comes from somewhere, Miss Fitzgerald. Especially on Mars.
She scrolls on to Club Canal's monthly Nectar orders for its Nean staff. Hermann Hayward signs every one himself.
NAOMI (serious): A Panacea executive, signing a nightclub's Nectar orders by hand. What are you keeping an eye on, Mr Hayward?
Then the bird's last footage, one frame: a woman at a window, head bowed, sleeve pushed up. Enlarged, it is only squares of colour.
NAOMI: Suspicion isn't proof. Proof is what Rouge is for.
She opens a note headed CLUB CANAL, NECTAR STOLEN FROM NEAN STAFF, types Scar Head's name under it, and underlines it twice.
NAOMI (serious): Not our case. I said that. I say a lot of things.
At a quarter to twelve the duck arrives. The waiter eyes the empty place setting with pity.
NAOMI (grin): She'll be here. She's horribly punctual.
[set saw-naomis-file]
[hide all]
-> withdrawal

=== beat nectar-trail ===
title: The price of Nectar
location: Club Canal's locker room, then the canal dock, before dawn
tier: 1
route: nectar
dramatized: yes
summary: Before dawn, with Scar Head starting to shake, the Nean worker takes everything the two of them own down to the docks to buy him one dose of Nectar. Since the shipment was hit, it is not nearly enough.

[bg worker-quarters with fade]
[hide all]
[music noir-night]
[ambience city]
The workers' locker room, four in the morning.
[show scar-head pained at right]
Scar Head sits on the bench with his hands between his knees, holding them still. They will not stay still.
[show nean-worker neutral at left]
NEAN WORKER: Let me give you mine.
SCAR HEAD (pained): No. Keep it. I said no last night, and I'm not saying it again.
[unlock fact scar-head.withdrawal]
So she takes what is in his locker instead: a thin fold of scrip, work gloves, a wristwatch that stopped years ago. With her own, it is everything they own, and it fits in one apron pocket.
[hide all]
[bg canal-dock with fade]
[ambience wind]
[music tension]
At the canal dock, fog sits low on the water. Nervous men guard an empty barge; last night's crates are gone.
[show nean-worker neutral at center]
{saw-the-ledger} Not one Panacea lot number is left on the dock. The smugglers' tally counts nothing now.
SMUGGLER: The club's girl. Bit early for shopping, isn't it?
NEAN WORKER: One dose. For a friend. He's running down.
She sets their things on a crate one at a time, the watch last, carefully.
SMUGGLER: A dose was sixty last week. Since somebody took the whole shipment out from under us, it's two hundred, and I've six left.
A guard snorts: the watch doesn't even tick.
NEAN WORKER (pained): It did once.
SMUGGLER: Here's the joke. Panacea makes this by the vat, and a human doesn't need it. To you it's the difference between a morning and the scrapyard, so it's priced like one.
[unlock fact neans.scrapped]
[unlock fact smugglers.the-price]
[unlock fact scar-head.buys-nectar]
SMUGGLER: And our new partner in the round glasses went after the crates and hasn't come back. So: come back with four times that.
She gathers the things up again, the watch last.
NEAN WORKER: Thank you, sir.
She says it because she was made to, and because she was raised on it, and there is no telling where one stops and the other starts.
There is one other door she can knock on, and it belongs to the people who took his Nectar in the first place.
[set followed-the-nectar]
[hide all]
-> withdrawal

=== beat withdrawal ===
title: Withdrawal
location: Club Canal — the back corridor, late morning
tier: 1
episode: 9
summary: By late morning Scar Head, without his Nectar, is shaking at the limit of his strength. The Nean worker begs the staff to give back what they stole. They refuse, and she can only hold on to him.

[bg backstage with fade]
[hide all]
[music noir-night]
[ambience city]
Late morning comes into Club Canal through the loading door. Rouge has been mopping the back corridor for hours.  #dramatized
[show scar-head pained at center]
Scar Head sits against the wall by the staff door. His hands open and close on nothing; the shaking goes right through him.
[unlock fact scar-head.withdrawal]
[show nean-worker pained at left]
[show kevin sneer at right]
On her knees in front of the staff, the Nean worker who offered him her dose is begging.
[unlock fact scar-head.robbed]
NEAN WORKER (pained): Please. Give him back his Nectar. Just one. Look at him.
[unlock fact nean-worker.withdrawal]
{followed-the-nectar} She has already been to the docks. This was the only door left.  #dramatized
KEVIN (sneer): Give it back, she says. As if anything in this building was ever yours.  #dramatized
He turns a stolen ampoule in the light for her to watch.  #dramatized
KEVIN: Know what one of these fetches on the dock this week? More than the pair of you would fetch for parts.  #dramatized
Scar Head tries to stand. His arm jerks, stalls, and jerks again.
SCAR HEAD (pained): I'll work a double. I'll work a, I'll work a, I'll work a double.
He hears his voice catch and go round again, and under the shaking his face is ashamed.
KEVIN (sneer): Something to say, big man? Go on. Lift a hand.  #dramatized
Scar Head's fists close. Then the Code does what it was built for, and his eyes drop.  #dramatized
SCAR HEAD (pained): No, sir. Nothing to say, sir.  #dramatized
[hide kevin]
[music stop]
The worker pulls his arm across her shoulders. She cannot lift him. She holds on anyway.
SCAR HEAD (pained): Don't look like that. Everything's just going slow.  #dramatized
[show rouge neutral at right]
Rouge leans the mop against the wall and takes his other arm. Between them they get him to the bench.  #dramatized
ROUGE: How long does he have?  #dramatized
NEAN WORKER (pained): Until he stops. Then the cart comes round the back, and he goes for scrap.  #dramatized
[unlock fact neans.scrapped]
[show rouge hurt at right]
ROUGE (hurt): It's twenty to twelve. I'm meeting someone at noon.  #dramatized
At the door she looks back. The worker is humming one of Sarah's songs to him, thin and off-key, and he is holding on to the tune.  #dramatized
[hide all]
-> naomi-meets-rouge

=== beat naomi-meets-rouge ===
title: I'm your support
location: Canal City — the Chinese restaurant behind the theatre, noon
tier: 1
episode: 10
summary: At noon Rouge meets Naomi in person for the first time, across a meal big enough for a crew. Naomi introduces herself as her support, mourns her bird, hears about the club, and turns to Sarah.

[bg chinese-restaurant with fade]
[hide all]
[music noir-night]
[ambience crowd]
At twelve exactly, Rouge walks into the restaurant. The corner booth is impossible to miss: towers of dumplings, a whole duck, and behind it all a woman with chopsticks.  #dramatized
[unlock fact naomi-orthmann.appetite]
[show naomi grin at left]
[show rouge blank at right]
NAOMI (grin): Rouge Redstar! Naomi Orthmann. I'm your support. Intelligence, hardware, logistics and, as of today, lunch.
[unlock fact naomi-orthmann.support]
ROUGE: You sound like the bird.  #dramatized
NAOMI: The bird sounds like me. I'm the original; it was the cover version.  #dramatized
{saw-naomis-file} The waiter looks deeply relieved: the second place setting is justified.  #dramatized
Rouge sets the dead bird down between the duck and the noodles.  #dramatized
[show naomi serious at left]
NAOMI (serious): Oh, my poor baby. Three weeks to build you, and you end up in a gutter.  #dramatized
{heard-the-feed-die} She listened to it go last night. For a moment she says nothing.  #dramatized
ROUGE: I got there late. I didn't see what brought it down.  #dramatized
NAOMI (grin): Funeral later. Now eat.  #dramatized
Rouge eats one dumpling and puts her chopsticks down.  #dramatized
NAOMI: ...More than that.  #dramatized
Rouge eats a second dumpling. Chopsticks down. Naomi stares.  #dramatized
ROUGE (blank): You said more than that. Two is more than one.  #dramatized
Between mouthfuls Rouge reports the club this morning: Scar Head shaking against the wall, the staff keeping what they stole. Naomi's chopsticks stop.  #dramatized
NAOMI (serious): I'll make a call about your Scar Head. It won't be enough. I'll make it anyway.  #dramatized
{followed-the-nectar} NAOMI (serious): Black-market Nectar has more than tripled since that shipment got hit, by the way. Nobody at that club can pay it.  #dramatized
NAOMI (serious): Right. Tell me about your singer.  #dramatized
ROUGE: She sings. She takes in strays. Last night something came through a window for her, and she ran.  #dramatized
[unlock fact sarah-fitzgerald.strays]
{saw-case-taken} ROUGE: This morning she took a slim case out of a locked drawer and asked me not to tell anyone.  #dramatized
{saw-case-taken} NAOMI: And you told me.  #dramatized
{saw-case-taken} ROUGE (blank): You aren't anyone. You're the job.  #dramatized
NAOMI (serious): All true. Now let me tell you something she doesn't do on stage.  #dramatized
[unlock fact naomi-orthmann.informant]
Naomi tucks the bird away and lays a tablet between them.  #dramatized
[hide all]
-> naomis-reveal
