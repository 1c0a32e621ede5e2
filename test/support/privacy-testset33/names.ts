import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** A culture typed as two `|`-separated lists (given names, family names). */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 33's own name lists, typed by hand for this set: the users, reporters, creators and staff of online
 * platforms come from everywhere the platforms operate, so many cultures (rare given and family names of
 * each, since 32 earlier sets drew from many of the same cultures). At load every name sharing a word with a
 * PERSON label of an earlier set (or the development set or corpus) is dropped, and a culture left with
 * fewer than four of either is dropped too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  swedish: c(
    'Sigvard|Ingegerd|Botvid|Gullbritt|Arvedson|Ebbalena|Holmfrid|Signhild|Tyra-Lill|Vidar-Kåre',
    'Hägerström|Lindqvist-Ödman|Vikström-Rask|Blomgrenius|Stålhammar|Tjernberg|Öhrvall|Ljungkvist|Sandblom-Heed|Fjällström',
  ),
  finnish: c(
    'Aukusti|Iivari|Kyllikki|Lempi-Aune|Vieno|Sulo|Ilmatar|Helka|Urho-Kalervo|Aatu|Martta-Liisa|Toivakka',
    'Kolehmainen-Puro|Juntunen|Pitkäranta|Heikkilä-Orava|Mäkiaho|Kuusisto-Rauta|Vartiainen|Leppäniemi|Rämö|Soininvaara|Hirvisalo|Tukiainen',
  ),
  romanian: c(
    'Sânziana|Voicu|Domnica|Ilarion|Zamfira|Tiberiu|Floarea|Anghel|Safta|Radu-Ștefănel|Veturia|Dochița|Smaranda-Ilinca|Zenovia|Paraschiva',
    'Pârvănescu|Vlădăreanu|Smărăndache|Gheorghiescu|Bârsan-Dulgheru|Cârstea|Prodănescu|Drăgulinescu|Zăbavă|Moisoiu|Frunzetti|Stăncioiu',
  ),
  mexican: c(
    'Tlacaélel|Yaretzi|Mictlani|Quetzalli|Xiuhcoatl|Cuitláhuac|Iztli|Atzin|Citlalmina|Tecuichpo|Yoltzin|Anáhuac',
    'Tepoxteco|Cuauhtli|Mixcoatl|Temoltzin|Ixtlahuaca|Chalchihuitl|Popocatzin|Atlahua|Tlacotzin|Huehuetla|Cuetlaxochitl|Tezcucano',
  ),
  egyptian: c(
    'Shahenda|Abdelrahim|Nagwa|Tawfik|Samiha|Ehab|Nevine|Mamdouh|Soheir|Medhat',
    'El-Sherbiny|Abdelmaguid|Hegazy|El-Gammal|Abou-Zeid|Fathallah|Rizkallah|Zaghloul-Amin|Shoukry|Abdelsalam-Badr',
  ),
  moroccan: c(
    'Hasnae|Abdelilah|Mohcine|Ouafae|Redouane|Anouar|Nezha|Abdessamad|Ghizlane|Souad',
    'El Ouazzani|Ait Lahcen|Zniber|Bouhlal|Guessous|Sefrioui|Filali-Baba|Skalli|Kettani|Lahrichi',
  ),
  zulu: c(
    'Zenzele|Bonginkosi|Ntombizodwa|Sbongakonke|Nhlanhlayenkosi|Mphumeleli|Thulisile|Khethiwe|Sandiswa|Mlamuli|Nkosinathi|Sphesihle|Nondumiso|Ziyanda|Hlengiwe|Snenhlanhla|Mqondisi|Nqobile|Thembinkosi',
    'Mabaso-Hlongwane|Zondi|Msimang|Mavundla|Shandu|Mbatha-Nxumalo|Ngubane|Mchunu|Mhlongo|Nzimande|Bhengu|Magubane|Mdletshe|Mkhwanazi|Manqele|Mzimela|Ncwane|Msomi|Kubheka|Mabuyakhulu|Ngcamu|Madlala',
  ),
  xhosa: c(
    'Zukisa|Nomalungelo|Sinethemba|Luthando|Bulelwa|Mthunzi|Nobuhle|Zintle|Kwanele|Yonela|Athenkosi',
    'Mqhayi|Jabavu|Soga|Tshaka-Mgudlwa|Bokwe|Rubusana|Mtimkulu|Ntsikana|Gawe|Dyantyi|Nkonyeni|Qangule',
  ),
  afrikaans: c(
    'Hennie|Sarel|Annelize|Jaco|Zelda|Lourens|Bettie|Johrita',
    'Van Tonder|Du Preez|Potgieter-Nel|Erasmus-Visagie|Terblanche|Coetsee|Grobbelaar|Lötter|Rabie|Snyman',
  ),
  vietnamese: c(
    'Khuê Tú|Diệp Chi|Thiều Quang|Ánh Nguyệt|Duy Khiêm|Yến Oanh|Thụy Miên|Nhã Uyên|Kỳ Duyên|Hoàng Khởi|Khải Ca|Bội Trân|Tịnh Yên|Uyển Ly|Việt Khuê|Thư Kỳ|Hạ Vũ|Lệ Hà|Mỹ Tú|Ý Vy',
    'Ưng|Hứa|Doãn|Khương|Nghiêm|Thân|Tiêu|Bành|Quách|Giang Thục|Lê|Lý|Võ|Vũ|Tô|Hồ|Đỗ|Mã|Lò|Vi',
  ),
  filipino: c(
    'Bienvenido|Lorenza|Rogaciano|Marilou|Teodulfo|Honorata|Virgilio|Saturnino|Filomena|Epifanio|Clarissa Jean',
    'Macaspac|Dimayuga|Tabuena|Malabanan|Panganiban|Sikat|Mapagmahal|Dumalagan|Kalaw|Pinpin|Tabangcura',
  ),
  tamil: c(
    'Thenmozhi|Manimekalai|Ilango|Vetrivel|Thamarai|Kathiravan|Pugazhendhi|Yazhini|Nedunchezhian|Mathivanan|Kuzhalmozhi|Ilampirai|Poonkuzhali|Senganan|Ezhilvendhan|Nakkeeran|Vaanathi|Kavinmozhi|Mugilan',
    'Sundaramoorthy|Vadivelu|Paramasivam|Kumaraguru|Sambandam|Thirugnanam|Ayyasamy|Marimuthu|Pichaimani|Thangavelu|Sengottuvel|Nachimuthu|Kaliappan|Solaiappan|Mookkan|Thillaiappan|Ekambaram|Karmegam|Perumalsamy|Pandiarajan|Chockalingam',
  ),
  bengali: c(
    'Sharmistha|Shuvojit|Ipsita|Dwaipayan|Sudeshna|Rajarshi|Jayashree|Sayantan|Oindrila|Nabanita|Prasenjit|Debjani|Shubhrojyoti|Anwesha|Saptarshi|Rupsha|Indranil|Madhurima|Bidisha|Atanu|Chandrayee',
    'Sanyal|Lahiri|Bagchi|Haldar|Bhowmick|Kanjilal|Ghoshal|Sarbadhikari|Dastidar|Chakladar|Pyne|Roychowdhury|Kundu|Bhadra|Nandy|Pal-Chaudhuri|Barat|Bishi|Khastagir|Adhikary|Mitter',
  ),
  greek: c(
    'Polyxeni|Efstratios|Chrysovalantis|Panagoula|Aristeidis|Evdokia|Stamatis|Fotini|Prodromos|Melpomeni|Eleftheroula|Theoktisti',
    'Kourkoulakos|Zacharopoulou|Gianniotis|Barkoulas|Thymianou|Koutsogiannopoulos|Lymperopoulou|Sfakianakis|Tzanetakis|Vrettou',
  ),
  turkish: c(
    'Nilüfer|Sevgül|Erdinç|Gülbahar|Tuncay|Ayşenur|Halit|Müzeyyen|Cengizhan|Sıdıka|Kutlu',
    'Akbulutoğlu|Cömertler|Küçükyılmaz|Eskioğlu|Balcıoğlu|Tekinalp|Hacıosmanoğlu|Gökdemir|Kocabıyık|Yazıcıoğlu|Uzunhasanoğlu',
  ),
  portuguese: c(
    'Constança|Leonel|Iolanda|Martim|Benedita|Gaspar|Clementina|Vasco|Bernardim|Glória',
    'Cerqueira|Albergaria|Sequeira-Louro|Valadares|Rebelo-Pinto|Tinoco|Fontoura|Brandeirão|Vilaça|Barroqueiro|Abrunhosa',
  ),
  brazilian: c(
    'Thaís|Josenildo|Francisca Aparecida|Edilson|Luzinete|Kauã|Rosivaldo|Cleidiane',
    'Ribamar|Nóbrega|Queiroga|Maranhão|Carneiro-Leão|Pitombeira|Holanda-Cysne|Benevides',
  ),
  irish: c(
    'Bláthnaid|Fiachra|Gráinne|Colmán|Muireann|Ailbhe|Lorcán|Éabha|Tiarnán|Dervla|Ultan|Cliodhna|Fearghal|Neasa|Déaglán|Nuala|Pádraigín|Caoilfhionn|Flannán|Odhrán',
    'Ó Flaithbheartaigh|Mac Con Iomaire|Ó Gallchóir|Nic Aodha|Ó Dálaigh|Mac Fhlannchadha|Ó hEochaidh|Ní Chonghaile|Ó Máille|Mac Aonghusa|Ó Ruairc|Mac Fhionnlaoich|Ó Beoláin|Ní Ghallchobhair|Ó Cuinneagáin|Mac Suibhne|Ó Laoghaire|Ó Tuathail',
  ),
  frisian: c(
    'Hiltje|Sybren|Baukje|Eeltje|Grietje|Haije|Wiebren|Froukje|Jelmer|Tsjalling|Tjitske|Ulbe|Lolkje|Rintje|Sjoukje|Hessel|Geartsje|Oebele|Jitske|Wopke',
    'Hellinga|Posthumus|Wierda-Zijlstra|Tjeerdema|Sikkema|Westerhof|Nijdam|Sjaarda|Feitsma|Rypkema|Bergsma|Dykstra|Halbesma|Tolsma|Anema|Ykema|Reitsma|Haagsma|Elzinga|Gerbrandy',
  ),
  polish: c(
    'Wawrzyniec|Bogumiła|Sędziwój|Dobrosława|Mściwój|Gościsława|Ziemowit|Radomiła|Przybysław|Wszebora|Lechosław|Teofila|Zdzisława|Bronisława|Witosław|Hieronim|Kunegunda|Eustachy|Serafina',
    'Grzebyk|Szczygielska|Wierzbięta|Brzęczek|Kulpa-Źrebiec|Dzierżanowski|Chrząszcz|Pstrągowski|Gąsiorowska|Trzaskalska|Żółtowski|Pogorzelski|Fijałkowska|Brzezicka|Ciosek|Szelągowski|Kwaśniewicz|Gołębiowska|Sztuka|Drozdowicz|Jaszczołt',
  ),
  sicilian: c(
    'Liborio|Crocifissa|Gaspare|Nunziatina|Carmelina|Vincenzina|Ignazio|Domitilla|Tindaro|Agatina',
    'Scimemi|Lo Cascio|Bonfiglio-Randazzo|Pirrone|Cusimano|Tumminello|Spatafora|Giambalvo|Scaduto|Mangiapane',
  ),
  breton: c(
    'Blandine|Enguerrand|Domitille|Anselme|Clothilde|Gonzague|Ombeline|Sixtine|Barnabé|Philibert|Maëlenn|Goulven|Riwanon|Tudual|Gwenola|Katell|Brieuc|Azilis|Ewen',
    'Quéméneur|Le Bihan-Kerjean|Kerhervé|Plouzané|Gourvennec|Le Gall-Morvan|Jaouen|Guivarch|Cadiou|Troadec|Kermarrec|Corre|Kerdraon|Quiniou|Le Meur|Bleunven|Penhoat|Le Cam|Gloaguen',
  ),
  castilian: c(
    'Pilarica|Covadonga|Gumersindo|Teodomiro|Rosendo|Visitación|Fermín|Almudena|Nicasio|Purificación|Eufemia|Saturio|Macrina|Herminio|Crescencia|Bonifacio|Petronila|Ceferino|Leovigildo|Benilde',
    'Cienfuegos-Llano|Valdeolivas|Collantes|Peñalver|Moratalla|Villaseñor|Carbajosa|Olmedilla|Quintanilla|Arroyuelo|Valdecañas|Arévalo-Sanz|Montesinos|Barrionuevo|Cuadrillero|Ruipérez|Quiñones|Mazarrasa|Pedraza|Valladares',
  ),
  bavarian: c(
    'Pankraz|Irmingard|Zenzi|Vitus|Hildegund|Ägidius|Mechtild|Severin|Burgl|Loisl|Ottilie|Leopoldine|Aloisia|Vinzenz|Genoveva|Kunigunde|Rupprecht|Ambros|Theres|Scholastika',
    'Wildgruber|Kastenmüller|Aschenbrenner|Obermaier-Gschwendtner|Hirschvogel|Sedlmayr|Reisenauer|Pfisterer|Zollbrecht|Rottenkolber|Mittermaier|Zwiebelhofer|Hinterholzer|Kreuzpointner|Untergassmair|Schwarzfischer|Brunnhuber|Oberprieler|Hechenberger|Ramsauer|Wimbauer',
  ),
  romansh: c(
    'Ursli|Beda|Fränzi|Meinrad|Röbi|Vreneli|Balz|Seraina|Gion|Mengia|Flurina|Duri|Ladina|Curdin|Chasper|Madlaina|Jachen|Cilgia|Gian Andri',
    'Bislin|Cathomen|Caflisch|Tgetgel|Derungs|Capaul|Cadruvi|Candrian|Brunold|Sialm|Darms|Bezzola|Lansel|Biert|Semadeni|Padrun|Clavuot|Pult|Filli|Vonmoos|Könz',
  ),
  austrian: c(
    'Wastl|Ferdl|Burgi|Hias|Loisi|Zenta|Schorsch|Kathi|Rudolfine|Herlinde|Rupertus',
    'Pfandlbauer|Schnablegger|Grubmüller|Höllbacher|Wieshofer|Ebenberger|Rauchegger|Stockhammer|Lackner-Hörl|Schwarzenlander|Kaltenegger',
  ),
  telugu: c(
    'Bhanumathi|Veerabhadra|Kameswari|Sitaramaiah|Annapurna|Pardhasaradhi|Rajyalakshmi|Kodandarami|Varalakshmi',
    'Addanki|Duvvuri|Mullapudi|Kommineni|Peddireddy|Uppalapati|Ghantasala|Bhamidipati|Jonnalagadda|Garimella',
  ),
  english: c(
    'Peregrine|Araminta|Lettice|Fenwick|Theodosia|Ormond|Clemency|Hengist|Honoria|Tarquin|Eglantine|Obadiah|Wilhelmina|Jethro|Letitia|Lancelot|Griselda|Hereward|Drusilla|Ptolemy|Cressida',
    'Wrottesley|Ffoulkes|Lightbody|Satterthwaite|Gillingwater|Winterbottom|Sidebotham|Ackroyd|Etherington|Blenkinsop|Throgmorton|Pettigrew|Mountjoy|Haverstock|Fernyhough|Crookshank|Pickersgill|Entwistle|Mottershead|Wolstenholme',
  ),
  yoruba: c(
    'Oluwadamilare|Ibironke|Adetokunbo|Morenike|Oyinkansola|Akintunde|Olanrewaju|Modupeola|Ayokunle|Ireoluwa|Oluwatomisin|Adejoke',
    'Odusote|Ogundipe|Oyenuga|Ajibade|Faleti|Oladapo|Akinbiyi|Olaoye|Adeniji|Bamgbose',
  ),
  kurdish: c(
    'Rêzan|Bêrîvan|Şervan|Dilgeş|Welat|Nazdar|Jiyan|Hejar|Rûken|Berxwedan|Zerdeşt|Dilbirîn|Hêlîn|Rojîn|Dildar|Bêwar|Sîdar|Berçem|Nûdem',
    'Çiyayî|Bradostî|Mîrza|Botanî|Silêmanî|Xoşnaw|Kurdoğlu|Hesenî|Jinwar|Zaxoyî|Serhedî|Mereşî|Torî|Cizîrî|Bêcirmanî|Erdîşî|Mûşî|Xarpêtî|Sêrtî|Qersî',
  ),
  hungarian: c(
    'Gyöngyvér|Huba|Emőke|Csongor|Boglárka|Zsombor|Bendegúz|Piroska|Etelka|Tihamér|Villő|Kund|Bíborka|Zoárd|Hajna|Előd',
    'Szentgyörgyi|Bódis|Nyilasi|Füzesséry|Gulyás-Oláh|Kőrösi|Dudás|Szabadkai|Bánffy-Ürmös|Pethő|Bakonyi-Szép|Tóthfalusi|Gyarmathy|Hegyaljai|Ecsedi|Varsányi|Pálfalvi|Csengery|Zsigmondy|Losonczi',
  ),
  basque: c(
    'Iñaxio|Garbiñe|Koldobika|Amaiur|Ekaitz|Itziar|Txomin|Edurne|Gaizka|Nahikari',
    'Urkiola|Agirrezabala|Otxoa|Arregi-Iturbe|Azpeitia|Larrañaga|Mugika|Etxegarai|Zuloaga-Ibarra|Gorostiaga',
  ),
  icelandic: c(
    'Þorgerður|Hallgrímur|Sæunn|Ketill|Guðfinna|Steinþór|Ragnheiður|Þórhildur|Hrafnkell|Álfheiður',
    'Þorgeirsdóttir|Hallgrímsson|Ketilsdóttir|Steinþórsson|Guðfinnsdóttir|Vésteinsson|Ásgrímsdóttir|Þrastarson|Hrafnkelsdóttir|Sæmundsson',
  ),
  estonian: c(
    'Kalju|Tiiu|Mihkel|Leelo|Ülo|Maie|Reet|Tõnis|Kersti|Heino',
    'Kuusik|Põder|Kivilo|Lepik|Raudsepp|Jõgi|Kõiv|Tõnisson|Ojaste|Laanemets',
  ),
  amharic: c(
    'Selamawit|Abebech|Getachew|Mulugeta|Tsehay|Wubet|Birtukan|Tigabu|Zewditu|Meseret',
    'Gebremedhin|Wolde-Giorgis|Haile-Mariam|Tekle-Haimanot|Asfaw|Demissie|Alemayehu|Gebreyes|Wondimu|Tadesse-Woldu',
  ),
};

/** Particles are not name words of their own for the overlap checks. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'der',
  'de',
  'da',
  'dos',
  'mac',
  'ní',
  'nic',
  'ait',
  'con',
  'le',
  'lo',
  'el',
]);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  33,
  TYPED,
  PARTICLES,
);
