// Dossiers: the world of Act 1: terms, factions and places.
// Tiers: 0 = in the official synopsis, 1 = in Act 1 but hidden by the synopsis, 2 = Act 1's twist
// and ending. Nothing from later episodes. Aliases include the seed article's spellings.

// ---------------------------------------------------------------- terms

=== dossier neans ===
name: Neans
category: terms
aliases: Nean, Nairn, ネアン, androids, android

fact androids (synopsis, tier 0):
  Androids who live alongside humans. The article calls them "Nairn"; the episode's name is Nean.
fact labour (episode, tier 1):
  On Mars they do the hard, dirty work, and are treated less like people than like property.
fact need-nectar (synopsis, tier 0):
  A Nean cannot live without Nectar; the drug keeps its body running.
fact scrapped (episode, tier 1):
  A Nean whose Nectar runs out stops, and a stopped Nean is scrapped. That is why Scar Head will not take a friend's dose.
  route rouge: Rouge hears it said plainly backstage: without Nectar a Nean stops, and then it is scrapped.
  route nectar: The smugglers' stock is somebody's life: a Nean without Nectar stops, and a stopped Nean is scrapped.

=== dossier nectar ===
name: Nectar
category: terms
aliases: ネクタル, the drug, life-support drug

fact life-support (synopsis, tier 0):
  The drug that keeps Neans alive; they cannot do without it.
fact made-by-panacea (synopsis, tier 0):
  It is made by the Panacea corporation.
fact smuggled (synopsis, tier 0):
  It is also smuggled and trafficked; in Act 1 someone attacks the smugglers.
fact leash (episode, tier 1):
  Whoever holds a Nean's Nectar holds the Nean. At Club Canal the human staff simply take it.
  route rouge: Backstage Rouge sees how it works: the staff take the workers' Nectar, and the workers can do nothing about it.
  route sarah: Out of the diva's sight, her club runs on it: the human staff take the Neans' Nectar because they can.
  route nectar: On the docks it is money; backstage at the club it is a leash, and the staff hold it.

=== dossier asimov-code ===
name: The Asimov Code
category: terms
aliases: Asimov Code, Asimov's Code, the Code, Asimov

fact obedience (episode, tier 1):
  A rule built into Neans that keeps them from defying humans. The club's staff boast that it keeps Neans obedient.
fact no-killing (episode, tier 1):
  Under it, a Nean cannot kill a human being, whatever the reason.

=== dossier red-gladiator ===
name: The Red Gladiator
category: terms
aliases: Red Gladiator, Gladiator

fact the-name (episode, tier 1):
  What Sarah calls the attacker who strikes while she is at Hermann's suite.
  route sarah: Running through the rain, Sarah gives the thing that attacked her a name: the Red Gladiator.
  route rouge: Whatever Rouge was running toward, Sarah has a name for it: the Red Gladiator.
  route naomi: In the last seconds before her bird goes down, Sarah stares up at the ledge and names the thing the Red Gladiator.
fact staged (episode, tier 2):
  Whatever Sarah believed she saw, Jaron later admits the attack at the suite was his, meant to push her into acting.

// ---------------------------------------------------------------- factions

=== dossier panacea ===
name: Panacea
category: factions
aliases: Panacea Corporation, Panacea corp, Panacea Mars branch, Mars branch, パナケア・コーポレーション, パナケア

fact maker (synopsis, tier 0):
  The corporation that manufactures Nectar, the drug every Nean needs to live.
fact mars-branch (synopsis, tier 0):
  Its Mars branch counts Hermann Hayward among its executives.
fact lot-numbers (dramatized, tier 1):
  Its lot numbers turn up on the smugglers' crates, so the black-market Nectar is Panacea's own. (Our dramatisation.)
relation nectar: makes it (fact nectar.made-by-panacea)

=== dossier truth-bureau ===
name: The Truth Bureau
category: factions
aliases: Truth Bureau, Aletheia, the Bureau

fact agency (episode, tier 2):
  The agency Rouge works for, with Naomi as her support. Act 1 names it once, when Jaron sneers at Rouge on the bridge. The English subtitles call it Aletheia.
  route rouge: Rouge's employers get a name at last, from the man who knocked her into the canal: the Truth Bureau (Aletheia in the English subtitles).
  route naomi: Naomi never says aloud who she and Rouge work for. Jaron does: the Truth Bureau (Aletheia in the English subtitles).
  route nectar: The man who took over the smugglers' deal knows exactly who Rouge works for: the Truth Bureau (Aletheia in the English subtitles).
fact dog (episode, tier 2):
  Jaron knows it, and despises it: he sneers at Rouge as a Truth Bureau dog.

=== dossier immortal-nine ===
name: The Immortal Nine
category: factions
aliases: Immortal Nine, Immortal 9, the Nine, the Immortals

fact rogue-neans (episode, tier 2):
  A band of rogue Neans. Naomi believes Sarah is one of them: Viola Keen, "Purgatory Viola".
fact losses (episode, tier 2):
  Two of them, Nius and Achillus, are already dead; Jaron blames "the red one".
fact alter (episode, tier 2):
  They belong to a group called Alter.
relation alter: belong to it (fact alter)

=== dossier alter ===
name: Alter
category: factions
aliases: the Alter group

fact group (episode, tier 2):
  The group the Immortal Nine belong to.
fact freedom (episode, tier 2):
  What Jaron promised Sarah in return for the shipment was freedom from Alter.

=== dossier visitors ===
name: The Visitors
category: factions
aliases: Visitors, Visitor

fact alien-power (episode, tier 1):
  An alien power, named in Act 1 only in passing, in the staff's talk at the bar.
fact spy-joke (episode, tier 1):
  The club's staff joke that Neans spy for the Visitors.

// ---------------------------------------------------------------- places

=== dossier mars-2128 ===
name: Mars, 2128
category: places
aliases: Mars, 2128, the red planet

fact setting (synopsis, tier 0):
  Mars in the year 2128, where humans and androids live side by side.
fact dawn (episode, tier 1):
  The episode opens over red, dusty Mars, with Neans at hard labour under a messenger bird's flight.

=== dossier canal-city ===
name: Canal City
category: places
aliases: キャナルシティ

fact city (synopsis, tier 0):
  The city on Mars where Sarah Fitzgerald performs, as the synopsis puts it. The club she sings in is Club Canal.
fact rain (episode, tier 1):
  At night it rains: neon on wet streets, and the canal dock in the dark.

=== dossier club-canal ===
name: Club Canal
category: places
aliases: the club, Canal club, Canal

fact venue (episode, tier 1):
  The club where Sarah sings and is called its diva; the synopsis only says she performs in Canal City.
fact below-stairs (episode, tier 1):
  Backstage, Nean workers do the heavy lifting while the human staff give orders and drink at the bar.
  route rouge: Rouge works the back of the house: Neans carry the weight, and the human staff give the orders.
  route sarah: Sarah's stage floats above it, but the club runs on Neans hauling in the back while the human staff drink.
  route nectar: Away from the docks the club runs the same way: its Nean workers carry everything, and its human staff give the orders.
