// Dossiers: the production and broadcast of Metallic Rouge (all tier 0).
// Aliases include the seed article's spellings (Bonds, Yutaka Tadebuchi, Maze Maze, ...).

=== dossier metallic-rouge ===
name: Metallic Rouge
category: production
aliases: メタリックルージュ, Metallic Rouge anime, tech noir SF, tech noir

fact original (production, tier 0):
  An original TV anime, made by studio Bones as its 25th-anniversary project.
fact tech-noir (synopsis, tier 0):
  Billed as "tech noir SF": a world where humans and androids live side by side, and a battle over the androids' fate, centred on a girl called Rouge.
fact thirteen-acts (production, tier 0):
  Thirteen episodes, each called an "Act".

=== dossier bones ===
name: Bones
category: production
aliases: Bonds, Studio Bones, BONES, ボンズ, My Hero Academia, Bungo Stray Dogs, Eureka Seven

fact anniversary (production, tier 0):
  The animation studio behind Metallic Rouge, which it made as its 25th-anniversary original.
fact known-for (synopsis, tier 0):
  The article introduces it as the studio of My Hero Academia, Bungo Stray Dogs and Eureka Seven, and misspells its name "Bonds".

=== dossier yutaka-izubuchi ===
name: Yutaka Izubuchi
category: production
aliases: Yutaka Tadebuchi, director Yutaka Izubuchi, Izubuchi, 出渕裕, Mobile Police Patlabor, Patlabor, Space Battleship Yamato 2199, Yamato 2199, RahXephon, Rahxephon

fact role (production, tier 0):
  Chief supervisor and series composition on Metallic Rouge. The article calls him its director and misreads his name as "Yutaka Tadebuchi".
fact career (production, tier 0):
  Mechanical designer on Mobile Police Patlabor and chief director of Space Battleship Yamato 2199 (the article says "general director").
fact rahxephon (synopsis, tier 0):
  The article frames the series as his return after 19 years: RahXephon was his last series as director.

=== dossier motonobu-hori ===
name: Motonobu Hori
category: production
aliases: Hori, director

fact director (production, tier 0):
  The director of Metallic Rouge. The article does not name him and gives the title of director to Yutaka Izubuchi.

=== dossier series-staff ===
name: The staff
category: production
aliases: staff, Toshizo Nemoto, Toshihiro Kawamoto, Taisei Iwasaki, Yuma Yamaguchi, Towa Tei, YU-KA, DAZBEE, Scarlet, opening theme, ending theme

fact screenplay (production, tier 0):
  Screenplay by Toshizo Nemoto.
fact character-design (production, tier 0):
  Character design by Toshihiro Kawamoto.
fact music (production, tier 0):
  Music by Taisei Iwasaki, with Yuma Yamaguchi and Towa Tei.
fact songs (production, tier 0):
  The opening theme is "Rouge", sung by YU-KA; the ending theme is "Scarlet", by DAZBEE.

=== dossier series-cast ===
name: The cast
category: production
aliases: cast, voice cast, English dub, Yume Miyamoto, Tomoyo Kurosawa, Yu Shimamura, Hiroyuki Yoshino, Monica Flatley, Cassie Ewulu

fact japanese-cast (production, tier 0):
  In Japanese: Yume Miyamoto as Rouge, Tomoyo Kurosawa as Naomi, Yu Shimamura as Sarah, and Hiroyuki Yoshino as the man in glasses.
fact english-dub (production, tier 0):
  In the English dub: Monica Flatley as Rouge and Cassie Ewulu as Naomi.

=== dossier broadcast ===
name: The broadcast
category: production
aliases: Fuji TV, +Ultra, Ultra, d Anime Store, d Anime, FOD, Crunchyroll, premiere

fact premiere (production, tier 0):
  First broadcast on Wednesday 10 January 2024, on Fuji TV's "+Ultra" late-night slot (24:55 Japan time).
fact streaming (synopsis, tier 0):
  Streaming first on d Anime Store and FOD, from 11 January 2024.
fact crunchyroll (production, tier 0):
  Simulcast outside Asia on Crunchyroll.

=== dossier act-1 ===
name: Act 1: Crimson Is the Sound of Dawn
category: production
aliases: Act 1, Episode 1, Crimson Is the Sound of Dawn, Crimson Plays at the Dawn, Crimson sings at the dawn, 紅は暁に奏でる

fact title (production, tier 0):
  The official English title of 紅は暁に奏でる. The article's "Crimson Plays at the Dawn" and "Crimson sings at the dawn" are both loose translations.
fact aired (production, tier 0):
  Broadcast from 10 January 2024, and on d Anime Store and FOD from 11 January.
fact hidden-past (synopsis, tier 0):
  The official synopsis ends on two questions: what is Sarah's hidden past, and what is Rouge really there for?

=== dossier act-2 ===
name: Act 2: Wander in the Labyrinth
category: production
aliases: Act 2, Episode 2, Wander in the Labyrinth, Maze Maze, 逃走迷路

fact next-week (production, tier 0):
  Broadcast from 17 January 2024 on Fuji TV's "+Ultra" and other channels.
fact title (production, tier 0):
  The official English title of 逃走迷路; the article's "Maze Maze" is a loose rendering.
