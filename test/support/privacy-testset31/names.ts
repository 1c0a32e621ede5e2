import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** A culture typed as two `|`-separated lists (given names, family names). */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 31's own name lists, typed by hand for this set: the crews, passengers, owners and officials of
 * shipping are international, so many seafaring nations (rare given and family names of each, since 30
 * earlier sets drew from many of the same cultures). At load every name sharing a word with a PERSON
 * label of an earlier set (or the development set or corpus) is dropped, and a culture left with fewer
 * than four of either is dropped too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  tagalog: c(
    'Dioscoro|Maritoni|Crispulo|Rosalinda Joy|Teofisto|Marivic|Hermogenes|Leonisa|Wenceslao|Lualhati',
    'Dimagiba|Macaraeg-Sisante|Pangaliman|Dimalanta|Batumbakal|Manalansan|Lacanilao|Tolentino-Bunagan|Magsombol|Sumagaysay',
  ),
  visayan: c(
    'Jerwin|Gemma Lyn|Rustico|Analiza|Ferdinand Jun|Cherrylou|Nonito|Rhodora|Elpidio|Janrey',
    'Cabahug|Tumulak|Ybañez-Lapinig|Alcoseba|Bacalso|Pepito-Cañete|Lumayag|Dagatan|Sumampao|Abellanosa',
  ),
  ilocano: c(
    'Benigno|Perlita|Cresencio|Zenaida|Apolinario|Lilibeth|Segundino|Imelda Ruth',
    'Agbayani|Pagaduan|Ragasa|Tabaquero|Ulep|Dumlao|Rabago|Galapon-Ayson',
  ),
  javanese: c(
    'Suparman|Endang Sri|Wahyudi|Sulastri|Bambang Tri|Ratnaningsih|Sugiyanto|Winarti|Joko Priyo|Tumini',
    'Prasetyo-Nugroho|Wibisono|Sastrowardoyo|Hadiwijoyo|Kusumaningrum|Purwanegara|Notosusanto|Mangunkusumo|Djojohadikusumo|Suryodiningrat',
  ),
  batak: c(
    'Torang|Romauli|Parlindungan|Hotmaida|Bonar|Lamtiur|Sahat|Rotua',
    'Simanjuntak-Hutapea|Sihombing|Pardede|Siregar-Lumbantobing|Hutabarat|Napitupulu|Situmorang|Panggabean',
  ),
  konkani: c(
    'Agapito|Filomeninha|Cajetano|Santana Rosinha|Ignacinho|Piedade|Lourencinho|Brazilia',
    'Colaco-Fondekar|Mascarenhas-Quadros|Lobo-Sequeira|Faleiro-Cotta|Barretto-Loyola|Gracias-Dourado|Noronha-Cabral|Furtado-Remedios',
  ),
  malayali: c(
    'Sreekumar|Bindhu|Unnikrishnan|Sheeba|Jayachandran|Sumangala|Ratheesh|Ambili',
    'Kizhakkedathu|Puthenveettil|Chakkalackal|Thekkumthala|Madathiparambil|Vattakunnel|Pulimoottil|Karimpanal',
  ),
  tamil: c(
    'Thirunavukkarasu|Kalaivani|Muthuvel|Valarmathi|Palaniappan|Senthilvadivu|Ilanchezhian|Pushpalatha',
    'Arunachalasamy|Karuppannan|Veerabahu|Chellamuthu|Ramanathapillai|Subbarayalu|Manickavelu|Periyakaruppan',
  ),
  ukrainian: c(
    'Bohdana|Oksentiy|Tarasiy|Lesyk|Yaromyr|Halyntsia|Ostapiy|Zorianka',
    'Kravets-Sydoruk|Hnatyshyn|Pylypchuk-Horb|Tkachenko-Ilnytska|Kovalyshak|Shevchyshyn|Bondaruk-Yatsiv|Ivashkevych',
  ),
  russian: c(
    'Vsemil|Yevpraksiya|Gennadiya|Zinoviy|Arkhip|Lyubomila|Innokenty|Agafya',
    'Zhuravlenko|Pozdeyeva|Shchukarev|Verkhoglyad|Lomtatidze-Orlova|Kudryavkin|Sinichkina|Belozertsev',
  ),
  kashubian: c(
    'Jarosłówk|Genowéfa|Kazmierz|Otylka|Zbëszk|Leokadëjô|Bernat|Rozalëjô',
    'Kwidzyńsczi|Grubba-Hinc|Ostrowskô|Bieszkòwô|Narlochòwô|Wenta-Kòrthòwô|Klińszczi|Miotkòwô',
  ),
  polish: c(
    'Włodzisław|Bożydar|Grzymisław|Wiesłanka|Kazimiera Teofila|Teodora Róża|Zdziebor|Danisława',
    'Dziedzicka-Gołąbek|Pawlikowska-Ćwik|Skrzypczyk|Wojtaszczyk|Kołodziejska-Żak|Szczepańczyk|Wnukowska|Brzeziński-Kuć',
  ),
  dalmatian: c(
    'Tonći|Marija Dolores|Jure|Anka|Frane|Nediljka|Ivica|Zdravka',
    'Bašić-Palković|Grubišić|Jurjević|Vuletić|Buljubašić|Lozovina|Kalebić|Dujmović',
  ),
  montenegrin: c(
    'Vuksan|Milena|Radoje|Stana|Blažo|Jelica|Vukašin|Ljubica',
    'Vujošević|Radulović-Perović|Bećir|Mijušković|Kaluđerović|Ražnatović|Đukanović|Zeković',
  ),
  greek: c(
    'Charalampia|Kalliroi|Panagiota Eleni|Evangelos-Ioannis|Spyridoula|Paraskevoula|Stylianos-Markos|Chrysanthi',
    'Theodorakopoulou|Vassilakopoulos|Kapetanogiannis|Papadimitrakis|Chatzigeorgiadis|Mavrogiannopoulos|Tsakiridis-Lampou|Karamanolakis',
  ),
  cypriot: c(
    'Andreas Loizos|Androulla|Kyriakos|Panayiota|Christakis|Loukia|Neophytos|Eftychia',
    'Hadjiloizou|Kyprianou-Mavros|Theophanous|Christodoulides|Ioannides-Pitta|Solomonides|Hadjipetrou|Constantinou-Zenios',
  ),
  maltese: c(
    'Ċensinu|Rikardu|Ġużeppina|Tumasina|Dorotea|Grazzjella|Ninu|Pawlina',
    'Bezzina|Tabone|Xerri|Gauci|Mercieca|Pullicino|Bugeja|Caruana-Scicluna|Vella-Haber|Borg-Cardona',
  ),
  burmese: c(
    'Saw Eh Htoo|Naw Paw Wah|Sai Kham Leik|Nang Seng Hom|Maung Thiha Zaw|Ma Yadanar|Ko Pyae Sone|Daw Hnin Si',
    'Thiha Kyaw|Ye Naung|Pyae Phyo|Wai Yan Moe|Nay Lin Thu|Zin Mar Aung|Hein Htet Zaw|Yadanar Soe',
  ),
  hokkien: c(
    'Boon Huat|Siew Choo|Teck Soon|Bee Geok|Chin Huat|Geok Choo|Kok Wah|Swee Lian',
    'Tay Kheng|Goh Chok|Quek Siew|Seah Boon|Tan Kah|Neo Swee|Lim Cheng|Ang Bee',
  ),
  vietnamese: c(
    'Hạo Nhiên|Thục Quyên|Tường Vy|Khôi Nguyên|Diễm Kiều|Nhật Hào|Quế Chi|Bảo Khang',
    'Khổng|Ông|Giáp|Lạc|Mạc|Khúc|Văn Thị Ngà|Tôn Thất',
  ),
  fante: c(
    'Kwesi Nyarko|Efuwa|Kobbina|Arabaa|Kojo Essel|Esiaba|Ekowbina|Adwoa Aba',
    'Essumang|Quansah-Bonsu|Brew-Hammond|Acquaye|Ghartey-Sam|Amissah-Bentil|Sey-Quaye|Ephson-Mills',
  ),
  ijaw: c(
    'Tamunoemi|Ebiere|Diepreye|Preye|Timipre|Tarila|Boma|Ebikabowei',
    'Alamieyeseigha|Ekpemupolo|Dikibo|Okorotie|Seiyefa|Tonye-Briggs|Agbedi|Pereotubo',
  ),
  latvian: c(
    'Ivars|Dzintra|Raimonds|Skaidrīte|Aldis|Mudīte|Valdis Jānis|Ausma',
    'Ziediņš|Krūmiņa-Vītola|Liepiņš|Sniķere|Dombrovskis-Ābele|Puriņa|Grīnbergs|Jaunzeme',
  ),
  norwegian: c(
    'Torbjørg|Gunnvor|Åsmund Olav|Solvår|Eivinn|Ragnvald|Halvor Ivar|Sigrunn Tove',
    'Fjellstad-Rønneberg|Nordbø|Skogseth-Eide|Vågsholm|Kvalvik|Haugsvær|Brekkestø|Stavenesbø',
  ),
  dutch: c(
    'Teunisje|Aafke|Gerbrand|Hendrika Maaike|Klaasje|Geesje|Wubbe|Trijntje Mien',
    'Schuitema|Kwakernaak|Bootsma-Vinkesteijn|Kuiperij|Zeevalk|Haverhoek|Stuurwold|Visschedijk',
  ),
  capeVerdean: c(
    'Arlinda|Djénabu|Nhela|Zuleika|Adelina|Odetinha|Ildeberto|Mirelda',
    'Tavares-Lopez|Spencer-Fortes|Evorinha|Fortes-Silva|Semedo-Pina|Brito-Andradinha|Lima-Delgadinho|Varela-Rocha',
  ),
  galician: c(
    'Xosé Ramón|Uxiña|Braisiño|Antiña|Anxiño|Iriña|Xurxiño|Sabeliña',
    'Outeiriño|Piñeiro-Laguna|Castiñeiras|Bouzada|Regueiriño|Seoane-Mouriz|Cabaleiriño|Otero-Vilariño',
  ),
  ligurian: c(
    'Baciccia|Nicolò|Teresa Maria|Gerolamo|Bianca|Stefano|Lazzaro|Giacomina',
    'Parodi-Schiaffino|Canepa|Garbarino|Bozzo|Repetto|Costaguta|Lavarello|Ansaldo-Traverso',
  ),
  georgian: c(
    'Nineli|Tamriko|Revazi|Ekaterine|Davitia|Manoni|Gulnara|Tornike',
    'Jorbenadze|Qurdadze|Nadiradze|Gelovani|Tchanturia|Okujava|Zhghenti|Khomasuridze',
  ),
  ikiribati: c(
    'Teekabu|Tebwebwe|Kaboua|Teretia|Ioane|Nei Bauro|Tetaake|Kiatoa',
    'Tabwebweiti|Taoaba|Karoua|Tekeraoi|Rimon|Teburoro|Kaitara|Bwebwenibure',
  ),
  sylheti: c(
    'Abdul Muqit|Rahima|Shamsul|Jahanara|Moinul|Rokeya|Nurul Haque|Anowara',
    'Chowdhury-Miah|Uddin|Talukder|Mazumder|Laskar|Sarkar-Ali|Bhuiyan|Khondokar',
  ),
};

/** Particles are not name words of their own for the overlap checks. */
export const PARTICLES: ReadonlySet<string> = new Set(['van', 'der', 'de', 'da', 'dos', 'thị', 'văn', 'nei']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  31,
  TYPED,
  PARTICLES,
);
