// The story block, the cast, the routes and the sound captions.
// Character images are assets/art/characters/<sprite>-<expression>.svg.

=== story ===
title: Metallic Rouge — Act 1: Crimson Is the Sound of Dawn
start: cold-open

=== character rouge ===
name: Rouge
speaker: ROUGE
sprite: rouge
expressions: neutral, blank (flat, literal, deadpan), surprised, determined, hurt (pained)
color: #e0304a
dossier: rouge-redstar

=== character metal-rouge ===
name: Metal Rouge
speaker: METAL ROUGE
sprite: metal-rouge
expressions: neutral
color: #ff2d55
dossier: rouge-redstar

=== character sarah ===
name: Sarah
speaker: SARAH
sprite: sarah
expressions: neutral, smile (smiling, warm), sad, guarded (wary), afraid (scared)
color: #e8b64c
dossier: sarah-fitzgerald

=== character viola ===
name: Viola
speaker: VIOLA
sprite: purgatory-viola
expressions: neutral
color: #a066ff
dossier: sarah-fitzgerald

=== character naomi ===
name: Naomi
speaker: NAOMI
sprite: naomi
expressions: neutral, grin (grinning, cheerful), serious (brisk)
color: #3fd0d4
dossier: naomi-orthmann

=== character bird ===
name: Naomi (through the bird)
speaker: BIRD
sprite: bird
expressions: neutral
color: #3fd0d4
dossier: naomi-orthmann

=== character hermann ===
name: Hermann
speaker: HERMANN
sprite: hermann
expressions: neutral, smug, worried
color: #9fb3c8
dossier: hermann-hayward

// The man in glasses and Jaron share one sprite, named for what the reader sees first: image URLs
// reach the page, so a file name must not say "Jaron" before the reveal.
=== character stranger ===
name: The man in glasses
speaker: MAN IN GLASSES
sprite: man-in-glasses
expressions: neutral, grin, menace
color: #8a7dff

=== character jaron ===
name: Jaron
speaker: JARON
sprite: man-in-glasses
expressions: neutral, grin, menace
color: #8a7dff
dossier: man-in-glasses

=== character scar-head ===
name: Scar Head
speaker: SCAR HEAD
sprite: scar-head
expressions: neutral, pained, angry
color: #b7a58a
dossier: scar-head

=== character nean-worker ===
name: Nean worker
speaker: NEAN WORKER
sprite: nean-worker
expressions: neutral, pained
color: #a9c7a0

=== character kevin ===
name: Kevin
speaker: KEVIN
sprite: club-staff
expressions: neutral, sneer
color: #c9a27e
dossier: club-staff

=== character staff ===
name: Club staff
speaker: STAFF
sprite: none
expressions: neutral
color: #c9a27e
dossier: club-staff

=== character bandmate ===
name: Bandmate
speaker: BANDMATE
sprite: none
expressions: neutral
color: #d9c27a

=== character smuggler ===
name: Smuggler
speaker: SMUGGLER
sprite: none
expressions: neutral
color: #8fae6b

=== character newscaster ===
name: Newscaster
speaker: NEWSCASTER
sprite: none
expressions: neutral
color: #7fb7ff

=== character voice ===
name: A voice behind the screen
speaker: VOICE
sprite: none
expressions: neutral
color: #b0a0c0

=== route rouge ===
name: Rouge's side
color: #e0304a
summary: The night as the episode shows it: the new girl backstage, the workers, the watch on Sarah.

=== route sarah ===
name: Sarah's side
color: #e8b64c
summary: Stay with the singer: her dressing room, her patron's suite, what she keeps locked away.

=== route naomi ===
name: Naomi's side
color: #3fd0d4
summary: Ride along with Rouge's support: the messenger bird's feed, files, and a very large lunch.

=== route nectar ===
name: The Nectar trail
color: #7bd66f
summary: Follow the stolen Nectar: the smugglers, the man in glasses, and the workers who pay for it.

=== captions ===
gunshot: gunshot
rain: rain
transform: armour locking into place
blade: a blade hums
static: static
footsteps: footsteps
door: a door slams
impact: a heavy blow
glass: glasses clink
phone: a phone buzzes
crowd-cheer: applause
heartbeat: a heartbeat
bird: a mechanical bird chirps
crowd: the crowd murmurs
wind: wind
