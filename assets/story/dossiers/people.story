// Dossiers: the people of Act 1.
// Facts are short and in our own words. Tiers: 0 = in the official synopsis, 1 = in Act 1 but
// hidden by the synopsis, 2 = Act 1's twist and ending. Nothing from later episodes.
// `route id:` lines are the same fact seen from that side of the night; a fact shows the wording
// of the route the reader was on when it unlocked.
// Aliases include every spelling the seed article uses, so a reader who types it lands here.

=== dossier rouge-redstar ===
name: Rouge Redstar
category: people
aliases: Rouge, Ruju, Luju Redstar, Luju, Ruju Redstar, ルジュ・レッドスター, ルジュ
aliases tier 2: Metal Rouge
portrait: rouge-neutral

fact companion (synopsis, tier 0):
  A mysterious girl whom the singer Sarah Fitzgerald meets in Canal City and keeps at her side as her companion. The article calls her "Ruju" and "Luju Redstar".
  route rouge: Sarah wakes her backstage with two taps on the knee and, without asking much, decides to keep her close.
  route sarah: Sarah wakes the quiet new girl asleep on a flight case and, as she does with all her strays, keeps her close.
  route nectar: Nobody at the docks knows her. Up at the club she is simply the diva's new shadow, clearing glasses.
fact new-girl (episode, tier 1):
  The newest hand at Club Canal: she carries, fetches and, given a quiet corner, falls asleep.
fact deadpan (episode, tier 1):
  Flat and literal. She answers exactly the question asked, in as few words as will do, and eats when she is told to.
  route rouge: Up close she is all economy: the question asked, the answer given, nothing spare, and food eaten because she was told to.
  route sarah: Found asleep on a flight case, she explains that the case was closer. She says exactly what is asked, and not a word more.
  route nectar: Among the loud, careless staff she is the quiet one, answering exactly what is asked and doing exactly what she is told.
fact agent (episode, tier 1):
  Rouge is no stray: she is an agent with orders, working the club as cover, with Naomi Orthmann as her support. Whose agent, Act 1 does not say until the bridge.
  route rouge: The backstage job is cover. Rouge has orders and a handler, and the mechanical bird that finds her at night is her line to Naomi.
  route sarah: The girl Sarah took in reports to someone after hours: Rouge is an agent, and the club is her cover.
  route nectar: The girl clearing glasses sees more than the smugglers would like: she is an agent, with orders and a handler.
fact orders (episode, tier 1):
  She doubts Sarah is the one they are hunting, but her orders stand: stay close to the singer and find proof.
  route rouge: She has watched Sarah all night and is not convinced she is the one; the orders stand anyway: stay close, find proof.
  route sarah: Sarah woke her kindly and took her in. Rouge doubts the singer is the one they are hunting; her orders are to stay close and find proof.
  route nectar: Whatever the Nectar trade hides, Rouge doubts Sarah is part of it. Her orders are to stay close to the singer and find proof.
fact one-of-us (episode, tier 2):
  Rouge is a Nean too, as Sarah guessed on the bridge; the crimson armour she rises in leaves little doubt.
fact metal-rouge (episode, tier 2):
  Struck down by a blow meant for Sarah, she rises again armoured in crimson: Metal Rouge.
  route rouge: The new girl who took a blow meant for Sarah gets up again, armoured in crimson: Metal Rouge.
  route naomi: Her partner goes down under Jaron's blow, and Naomi's job becomes reading the fight as Rouge rises armoured in crimson: Metal Rouge.
  route nectar: The blow meant for Sarah finds Rouge instead; she rises again in crimson armour: Metal Rouge.
fact no-memory (episode, tier 2):
  When the sharpened suspect image turns out to resemble the suspect in Dr. Roy Junghardt's murder, Rouge says only that she does not remember.
  route rouge: The sharpened image looks like the one wanted for Dr. Roy Junghardt's murder. Rouge says she does not remember, and nothing more.
  route naomi: Naomi watches her as the sharpened image recalls the suspect in Dr. Roy Junghardt's murder; Rouge says she does not remember.
  route nectar: The morning's trail was Nectar; the news opens another, to Dr. Roy Junghardt's murder. Asked about it, Rouge says she does not remember.
fact kindness (dramatized, tier 1):
  In our telling she is kind in practical ways, without being asked: she cleans and bandages Sarah's feet the morning after the attack, and helps a failing Nean to a bench. (Our dramatisation.)
relation sarah-fitzgerald: watches her, under orders (fact orders)
relation truth-bureau: works for (fact truth-bureau.agency)

=== dossier sarah-fitzgerald ===
name: Sarah Fitzgerald
category: people
aliases: Sara Fitzgerald, Sarah, Sara, Fitzgerald, diva of Club Canal, サラ・フィッツジェラルド
aliases tier 2: Viola Keen, Purgatory Viola, Viola
portrait: sarah-neutral

fact singer (synopsis, tier 0):
  A singer who performs on stage in Canal City; at Club Canal she is the diva, and the room goes quiet when she sings.
fact strays (episode, tier 1):
  She has a habit of taking in strays, and her band grumbles about it; the newest is Rouge.
  route rouge: The band mutters that Sarah keeps collecting strays. Rouge, woken by her backstage, is the latest.
  route sarah: She knows what the band says about her and her strays. She wakes the sleeping new girl anyway, and keeps her.
  route nectar: Everyone at the club knows it: the diva takes in strays, and the quiet new girl is only the latest.
fact patron (synopsis, tier 0):
  Her patron and lover is Hermann Hayward, an executive of Panacea's Mars branch.
  route rouge: The staff toast her and brag about her patron, a Panacea big shot: Hermann Hayward.
  route sarah: When Hermann Hayward calls, she goes. He is her patron, her lover, and a man who likes to own things.
  route nectar: At the docks he is "the Panacea man" in a ledger; at the club's bar they toast him as Sarah's patron.
fact attacked (synopsis, tier 0):
  After the show, while she is with Hermann, an attacker strikes; she escapes, and a mysterious man approaches her.
  route rouge: Out in the rain, Rouge hears the glass come down. By the time she finds the right alley, Sarah has escaped and a stranger has come and gone.
  route sarah: The window bursts, something crouches in the gap, and Sarah runs barefoot into the rain. When it is over, a stranger finds her.
  route naomi: Through her bird, Naomi sees it only in pieces: the suite, the attacker, Sarah running. Then the picture dies, and a stranger finds Sarah.
fact locked-case (dramatized, tier 1):
  Before she leaves for Hermann's suite she locks a slim case away where no one will look. (Our dramatisation.)
  route rouge: She keeps a slim case in a locked drawer under her mirror; the morning after the attack she takes it with her and asks Rouge to tell no one. (Our dramatisation.)
fact viola-keen (episode, tier 2):
  Sarah has been injecting Nectar: she is a Nean, almost certainly the Immortal Nine member Viola Keen, "Purgatory Viola".
  route rouge: The woman whose feet Rouge bandaged this morning injects Nectar: she is a Nean, almost surely Viola Keen, "Purgatory Viola".
  route naomi: Naomi's file said it between the lines; now she says it aloud. Sarah injects Nectar, so she is a Nean: almost surely Viola Keen, "Purgatory Viola".
  route nectar: The Nectar trail ends at the diva. Sarah injects it: she is a Nean, almost certainly the Immortal Nine's Viola Keen, "Purgatory Viola".
fact the-leak (episode, tier 2):
  She leaked the Nectar shipment to the man in glasses, Jaron, in exchange for a promise of freedom from Alter.
  route rouge: The singer Rouge was told to watch did betray the shipment: she leaked it to Jaron for a promise of freedom from Alter.
  route naomi: What Naomi can only suspect, the confessional confirms: Sarah leaked the shipment to Jaron, who promised her freedom from Alter.
  route nectar: The deal the smugglers lost was sold out by Sarah. She leaked the shipment to Jaron for his promise of freedom from Alter.
fact the-bridge (episode, tier 2):
  On a bridge where she says she threw her old self away, she asks Rouge to stay with her.
  route rouge: On the bridge Sarah asks the new girl to stay. This, she says, is where she threw her old self away.
  route naomi: While Naomi closes in, Sarah stands on the bridge where she threw her old self away and asks Rouge to stay.
  route nectar: Far from the docks, on the bridge where she says she left her old self, Sarah asks Rouge to stay.
fact last-song (episode, tier 2):
  As Purgatory Viola she fights Rouge, asking how Neans differ from humans when all she wanted was to sing and be happy. Dying at dawn, she remembers it was raining when they first met.
relation rouge-redstar: took her in as her companion (fact rouge-redstar.companion)
relation man-in-glasses: leaked the Nectar shipment to him, for a promise of freedom (fact the-leak)
relation immortal-nine: one of them, as Viola Keen (fact viola-keen)

=== dossier naomi-orthmann ===
name: Naomi Orthmann
category: people
aliases: Naomi Ortman, Naomi, Orthmann, Ortman, ナオミ・オルトマン
portrait: naomi-neutral

fact informant (synopsis, tier 0):
  A woman who appears before Rouge and gives her information about Sarah. (The article's "gives him" means Rouge, who is a girl.)
  route rouge: For Rouge she is first a voice in a mechanical bird, then a woman across a lunch table, briefing her on Sarah.
  route naomi: She has been reading Sarah's file all morning; at noon she sits down with Rouge and tells her what it says.
  route nectar: While the docks price Nectar beyond anyone's reach, she meets Rouge and passes on what she knows about Sarah.
fact bird (episode, tier 1):
  She speaks through a mechanical messenger bird, which flies over the red planet in the episode's first shot.
fact support (episode, tier 1):
  Rouge's support on the job. At noon, behind the theatre, she meets Rouge in person for the first time: "I'm your support."
  route rouge: The voice in the bird finally has a face: at noon a cheerful, bossy woman introduces herself as Rouge's support.
  route naomi: After a night behind a windscreen and a morning of files, she finally meets her partner face to face: she is Rouge's support.
  route nectar: Away from the docks, Rouge's support shows herself at last: Naomi, meeting her in person for the first time.
fact appetite (episode, tier 1):
  Always hungry. At the Chinese restaurant she orders an enormous meal and works through it while she talks.
  route rouge: Rouge is told to eat, and does; Naomi has already ordered enough for a table of six.
  route naomi: She arrives early, orders far too much for two, and starts without waiting.
  route nectar: After a morning of people who cannot afford Nectar, she orders a feast at the Chinese restaurant without a second thought.
fact bird-lost (episode, tier 1):
  During the attack on Sarah, her messenger bird is shot down.
  route rouge: Shot out of the air during the attack, the bird that carries Naomi's voice ends up broken in a gutter, where Rouge finds it.
  route sarah: A small metal bird follows Sarah down from the tower, and a gunshot drops it into the gutter: Naomi's messenger bird.
  route naomi: She watches it through the bird's own feed: a gunshot, then static. The bird is gone.
fact hunch (episode, tier 2):
  When the sharpened suspect image recalls Dr. Roy Junghardt's murder, she says she has an idea who it is.
  route rouge: Rouge says she does not remember; Naomi says she has an idea who it is.
  route naomi: She looks at the sharpened image a moment too long: she has an idea who it is.
  route nectar: The Nectar can wait. The sharpened image points to Dr. Roy Junghardt's murder, and Naomi has an idea who it is.
fact on-the-bridge (episode, tier 2):
  On the bridge she names the attacker, Jaron, and then reads Viola's weapons for Rouge: an ion-accelerated arm and a high-frequency blade.
fact already-decided (episode, tier 2):
  At dawn, after Sarah is gone, Rouge asks "Where next?" and Naomi answers that it is "Already decided."
relation rouge-redstar: her support and partner (fact support)
relation sarah-fitzgerald: investigates her (fact informant)

=== dossier hermann-hayward ===
name: Hermann Hayward
category: people
aliases: Hermann, Hayward, Herman Hayward, ヘルマン・ヘイワード
portrait: hermann-neutral

fact executive (synopsis, tier 0):
  An executive at the Mars branch of Panacea, the corporation that makes Nectar.
fact lover (synopsis, tier 0):
  Sarah's patron and lover. The article's "Sarah's mistress" is a mistranslation: Hermann is a man, and her patron.
  route rouge: To the club staff he is the diva's patron, a Panacea big shot they toast after closing.
  route sarah: He is her patron and her lover, and when he wants her at his suite, she goes.
  route nectar: The smugglers' "Panacea man" is, up at the club, the diva's patron and lover.
fact trafficking (synopsis, tier 0):
  He is involved in the Nectar trafficking.
  route rouge: Through the bird, Naomi tells Rouge what the staff's toast leaves out: Panacea's Nectar leaves his warehouses without paperwork.
  route sarah: While Sarah rides up to his tower, Naomi tells Rouge what his warehouses leak: Nectar without paperwork.
  route nectar: The smugglers call him "the Panacea man": the Nectar on their crates comes from his company, and he has a hand in its trade.
fact possessive (dramatized, tier 1):
  Cold and possessive with Sarah: he treats her as something he owns, and business calls come first. (Our reading of him.)
  route sarah: In his suite he is cool, proprietary, never quite listening, and he takes a call about a shipment while she waits.
  route rouge: Even shaken, he talks about Sarah like property gone missing: find her, and tell him by morning.
  route naomi: His file reads like the man: cold, controlled, used to owning what he pays for, Sarah included.
fact rattled (episode, tier 1):
  After the attack, on the phone, he is shaken: the attacker on the news is the same one, and it came to him too.
  route rouge: The news shows a murder suspect, blurred. On the phone Hermann says it plainly: the same one came here.
  route sarah: The man who owns rooms is afraid now. On the phone he says the killer on the news came for him too.
  route naomi: With her bird dead, Naomi never hears it: Hermann, rattled, tying the thing that came through his wall to the suspect on the news.
fact in-the-file (episode, tier 1):
  In their debrief Rouge and Naomi weigh what Hermann's part is, and how close Sarah stands to it.
  route rouge: Through the bird, Naomi and Rouge turn Hermann over: a Panacea man, Sarah's patron, and a question mark.
  route sarah: While Sarah is summoned to his suite, Rouge and Naomi are discussing him: what he knows, and what she does.
  route nectar: The smugglers' "Panacea man" is also on Naomi's mind: she and Rouge talk him over through the bird.
relation sarah-fitzgerald: patron and lover (fact lover)
relation panacea: executive at the Mars branch (fact executive)
relation smugglers: has a hand in their Nectar trade (fact trafficking)

// The id and the portrait are spoiler-free too: both reach the page (links, <img src>) before the reveal.
=== dossier man-in-glasses ===
name: The man in glasses
category: people
aliases: man in glasses, the man in glasses, mysterious man, the stranger
aliases tier 2: Jaron Fate, Jaron, Jaron of Yomi, Hell Giallon, Giallon
portrait: man-in-glasses-neutral

fact takes-over (episode, tier 1):
  A stranger in glasses who walks into a Nectar deal in the dark, after the smugglers' contact has been found dead, and takes the deal over.
fact known-to-sarah (dramatized, tier 1):
  In our telling Sarah is not surprised when he finds her in the rain: she speaks of an arrangement between them and tells him to keep away. What the arrangement is, the confessional says. (Our dramatisation.)
fact approaches-sarah (synopsis, tier 0):
  After Sarah escapes the attack, a mysterious man approaches her.
  route rouge: Rouge reaches the street too late to see it: once Sarah is clear of the attack, a man in glasses is there for her.
  route sarah: Soaked and shaking after her escape, Sarah finds a man in glasses holding an umbrella over her, as if he expected her.
  route naomi: Naomi never sees it: after Sarah's escape, a mysterious man approaches her.
fact manner (episode, tier 1):
  Courtly, theatrical and unhurried: he enjoys his own lines, bows to his audience, and never seems to be in any danger.
  route nectar: He stays while the smugglers move the crates, polite and unhurried, and nobody on the crew argues with him.
fact named (episode, tier 2):
  The man in glasses is Jaron Fate, who goes by "Jaron of Yomi" ("Hell Giallon" in the English subtitles).
  route rouge: The stranger finally has a name: Jaron, "Jaron of Yomi" ("Hell Giallon" in the English subtitles).
  route naomi: The man in glasses is Jaron, "Jaron of Yomi" ("Hell Giallon" in the English subtitles), and Naomi will say it to his face.
  route nectar: The man who took over the smugglers' deal is Jaron, "Jaron of Yomi" ("Hell Giallon" in the English subtitles).
fact confession (episode, tier 2):
  In a confessional he says Sarah leaked the shipment to him for his promise of freedom from Alter, blames "the red one" for the stolen Nectar and the deaths of Nius and Achillus, and resolves to strike first because Sylvia suspects Sarah.
  route nectar: The stolen Nectar, he says, is the red one's doing, as are the deaths of Nius and Achillus. Sarah leaked him the shipment for a promise of freedom from Alter; Sylvia suspects her, so he will strike first.
fact wrong-one (episode, tier 2):
  On the bridge he strikes at Sarah and hits Rouge instead, admits he was the attacker at Hermann's suite, pushing Sarah, and sneers at Rouge as a Truth Bureau dog.
  route rouge: His blow lands on Rouge: the wrong one. He admits the attack at the suite was his, to push Sarah, and calls Rouge a Truth Bureau dog.
  route naomi: The blow hits Rouge, not Sarah, and Naomi arrives to name him. He owns the attack at the suite and calls Rouge a Truth Bureau dog.
  route nectar: The smugglers' man in glasses hits Rouge by mistake, admits he staged the attack on Sarah at the suite, and calls Rouge a Truth Bureau dog.
fact adieu (episode, tier 2):
  When Metal Rouge stands up, he leaves with a flourish, calling it showtime and bidding Viola adieu.
relation smugglers: took over their deal (fact takes-over)
relation sarah-fitzgerald: promised her freedom, then struck at her (fact confession)
relation rouge-redstar: calls her a Truth Bureau dog (fact wrong-one)

=== dossier scar-head ===
name: Scar Head
category: people
aliases: Scarhead, the big Nean
portrait: scar-head-neutral

fact helper (episode, tier 1):
  A big, quiet Nean worker at Club Canal. He helps the new girl Rouge backstage and is berated for it.
  route rouge: When Rouge's box of bulbs goes flying, the big Nean gathers them up without breaking one, and is shouted at for it.
  route nectar: Back at the club, while the smugglers count crates, the big Nean helps the new girl pick up her bulbs, and is shouted at for it.
  route sarah: In the corridor, while Sarah's car waits, the big Nean helps the new girl pick up her bulbs, and is shouted at for it.
fact robbed (episode, tier 1):
  The club's human staff steal his Nectar. The female Nean worker offers him hers; he refuses, because without it she would stop and be scrapped.
  route rouge: From a doorway Rouge overhears it: his Nectar stolen, a fellow worker offering hers, and his refusal, because without it she would stop and be scrapped.
  route nectar: Stolen Nectar is not only a dock business: the club's staff took Scar Head's, and when a friend offered hers, he would not take it.
fact withdrawal (episode, tier 1):
  By the next morning, without his Nectar, he is in withdrawal: shaking, stalling, at the limit of his strength.
fact buys-nectar (dramatized, tier 1):
  Before dawn, with him already shaking, the Nean worker takes everything the two of them own to the smugglers to buy him one dose. It is not enough. (Our dramatisation.)
relation rouge-redstar: helps her backstage (fact helper)

=== dossier club-staff ===
name: Club Canal's staff
category: people
aliases: Kevin, the staff, club staff, the bartenders, bartender, the band, bandmate, the bandmates
portrait: club-staff-neutral

fact kevin (episode, tier 1):
  Kevin is one of Club Canal's human staff, named in the episode.
fact kevin-in-our-telling (dramatized, tier 1):
  In this retelling Kevin is the loudest of the staff: he knocks Rouge's box of bulbs flying, berates Scar Head for helping her, and keeps the stolen Nectar. The episode does not say which of the staff did these things. (Our dramatisation.)
fact the-band (episode, tier 1):
  Sarah's bandmates grumble that she keeps taking in strays.
  route rouge: A bandmate complains within Rouge's hearing: another stray for Sarah's collection.
  route sarah: Sarah hears the band's old complaint about her strays and wakes the sleeping new girl anyway.
fact nectar-thieves (episode, tier 1):
  The human staff help themselves to the Nean workers' Nectar; Scar Head's is taken.
  route rouge: Rouge watches what the staff think a Nean is owed: nothing. They take Scar Head's Nectar.
  route sarah: Out of the diva's sight, the staff who toast her steal Nectar from the Nean workers.
  route nectar: Smugglers are not the only thieves of Nectar: the club's staff steal it from their own Nean workers.
fact the-toast (episode, tier 1):
  At the bar they toast Sarah and her patron, a Panacea big shot, boast that the Asimov Code keeps Neans obedient, and joke that Neans spy for the Visitors.
  route rouge: Rouge clears their glasses while they toast Sarah's Panacea patron, praise the Asimov Code and joke that Neans spy for the Visitors.
  route sarah: After the show they raise glasses to the diva and her Panacea patron, then laugh that the Asimov Code keeps Neans in line and that Neans spy for the Visitors.
  route nectar: Over drinks they boast about the diva's Panacea patron and the Asimov Code, and joke that Neans spy for the Visitors, not knowing who is listening.
relation scar-head: steal his Nectar (fact scar-head.robbed)

=== dossier nean-worker ===
name: The Nean worker
category: people
aliases: female Nean, Nean woman, Nean worker, the worker
portrait: nean-worker-neutral

fact offer (episode, tier 1):
  A tired, kind Nean who works at the club. When Scar Head's Nectar is stolen, she offers him hers.
  route rouge: Rouge sees a tired woman hold out her own Nectar to Scar Head without a second thought.
fact withdrawal (episode, tier 1):
  In the morning she begs the staff, on her knees, to give Scar Head's Nectar back, and when they refuse she can only hold on to him.
  route nectar: She has already tried the docks. The staff who stole his Nectar are the last door she can knock on, and it stays shut.
relation scar-head: offers him her dose, begs for his (fact offer)

=== dossier smugglers ===
name: The Nectar smugglers
category: people
aliases: the smugglers, smugglers, Nectar smugglers, the smuggler, Malik

fact attacked (synopsis, tier 0):
  Smugglers of Nectar who are attacked by someone, as the synopsis puts it.
fact new-partner (episode, tier 1):
  With their contact gone, a stranger in glasses takes over the deal.
fact malik (dramatized, tier 1):
  In our telling the dead contact is Malik, a smuggler the episode names: the stranger claims to speak for him and lies about his fate. (Our dramatisation.)
fact the-ledger (dramatized, tier 1):
  Moving the crates afterwards, the crew find Panacea lot numbers on them and talk nervously of "the Panacea man". (Our dramatisation.)
fact the-price (dramatized, tier 1):
  To the smugglers, Nectar is a price, and since the shipment was hit it has soared: everything Scar Head and his friend own will not buy one dose. (Our dramatisation.)

=== dossier roy-junghardt ===
name: Dr. Roy Junghardt
category: people
aliases: Roy Junghardt, Junghardt, Dr. Junghardt

fact murdered (episode, tier 2):
  A researcher of Neans who was murdered. The cleaned-up image of the suspect on the news resembles the suspect in his case.
  route rouge: The news ties the suspect image to his murder, and Rouge says only that she does not remember.
  route naomi: His murder is the case the sharpened image points back to, and Naomi has an idea who the suspect is.
  route nectar: Far from the docks, the news names him: a murdered Nean researcher, whose suspect the sharpened image resembles.

=== dossier nius-achillus ===
name: Nius and Achillus
category: people
aliases: Nius, Achillus

fact dead (episode, tier 2):
  Two members of the Immortal Nine who have already been killed. Jaron blames "the red one" for their deaths.

=== dossier sylvia ===
name: Sylvia
category: people
aliases: Silvia

fact suspects-sarah (episode, tier 2):
  A name from the confessional: Sylvia suspects Sarah, which is why Jaron wants to strike first.
relation sarah-fitzgerald: suspects her (fact suspects-sarah)

