import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** A culture typed as two `|`-separated lists (given names, family names). */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 35's own name lists, typed by hand for this set: passengers, drivers, members, residents and staff of
 * transport operators, taxi firms, ride-hailing and car-sharing platforms and parking services in many
 * countries, so many cultures (rare given and family names of each, since 34 earlier sets drew from many of
 * the same cultures). At load every name sharing a word with a PERSON label of an earlier set (or the
 * development set or corpus) is dropped, and a culture left with fewer than four of either is dropped too
 * (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  slovak: c(
    'Dobroslav|Ľubomíra|Vratislav|Ctibor|Radoslava|Blahoslav|Ľudmila-Xénia|Svätopluk|Drahomíra|Kvetoslav|Hostimil|Bohuslava|Ďurko|Velimír|Zorislava|Miloň|Ctislava|Radovan-Ľubor|Jarmila-Ema|Přemek',
    'Ďurčanský|Kolárovská|Vrabčeková|Hrušovský|Mikulčík|Šťastná-Bielik|Ondrejkovič|Zaťko|Krnáčová|Chudoba-Lipták|Gavurník|Šoltésová-Rybár|Kubačka|Haluzický|Pekarovičová|Dobšinský|Ščasný|Vajanský-Kmeť|Lučivjanský|Grznárová',
  ),
  slovenian: c(
    'Primož|Tjaša|Gašper|Urška|Rok-Žiga|Špela|Matevž|Nuša|Jernej|Pika|Jakec|Tilka|Boštjan-Luka|Vesna-Ajda|Anžej|Metka|Lovrenc|Zalka|Drejc|Ljudmilca',
    'Zupančič-Rebec|Kovačič|Mlakar-Hribar|Potočnik|Vrhovnik|Žnidaršič|Kastelic|Oblak-Gorjup|Cerar|Jerebic|Pungeršič|Štrukelj|Zakrajšek|Vodopivec-Tomšič|Kocjančič|Gorenšek|Brezovšek|Hrovatič|Jelenc-Kralj|Pintarič',
  ),
  bulgarian: c(
    'Tsvetelina|Bozhidar|Radostina|Yordanka|Lyubomir|Zhivko|Desislava|Kameliya|Ognyan|Stoyanka',
    'Hristoskova|Zhelyazkov|Pramatarova|Karaivanov|Tsankova|Bozhinov|Dobrevska|Yankulov|Gyaurova|Minkov-Stoev',
  ),
  lithuanian: c(
    'Žydrūnė|Vytenis|Gintarė|Algirdas-Rimas|Eglutė|Šarūnas|Daiva|Mindaugas|Rūta-Aistė|Kęstutis|Skirmantė|Vaidotas|Gražvilė|Rimgaudas|Austėja-Ona|Žygimantas|Laimutė|Girėnas|Vakarė|Tautvydas',
    'Žemaitytė|Bagdonavičius|Kazlauskienė|Paulauskas-Vaitkus|Ramanauskaitė|Jankūnas|Stankevičiūtė|Gudaitis|Vaičiulytė|Šimkus|Bružaitė|Jasiukevičius|Žukauskaitė-Rudė|Mickevičienė|Lapinskas|Dagilytė|Baltrušaitis|Norkūnienė|Juodgudis|Šliogerytė',
  ),
  latvian: c(
    'Zigfrīds|Ieva-Laima|Raimonds|Dace|Gunārs|Ilze|Valdis|Baiba|Arvīds|Lelde|Ojārs|Vizma|Aivars-Jānis|Dzintra|Imants|Rasma|Modris|Ausma|Visvaldis|Mirdza',
    'Kalniņa|Bērziņš-Ozols|Liepiņa|Krūmiņš|Zariņa|Sproģis|Vītola|Ābele|Grīnbergs|Dzenis|Ziedonis|Purvlīce|Ozoliņa-Kauliņa|Skujiņš|Tīrumniece|Pūpols|Akmentiņa|Caunītis|Kārkliņa|Dzērvīte',
  ),
  colombian: c(
    'Yurany|Wilmer|Leidy Johana|Arbey|Yeison|Nidia Esperanza|Jhon Fredy|Maryory|Duvan|Eyder',
    'Ospina Betancur|Cardona Giraldo|Zuluaga|Arbeláez|Quintero Henao|Londoño|Restrepo Úsuga|Cataño|Galeano Marín|Tabares',
  ),
  peruvian: c(
    'Yupanqui|Killari|Huaman|Sumaq|Inti Raymi|Nayra|Wayra|Ccori|Amaru|Pachacútec|Huillca|Ñusta|Achiqllay|Yanaqui|Urpi|Kusi|Sayri|Tupaq|Illari|Qhispi',
    'Quispe Mamani|Ccahuana|Huamaní|Condori|Apaza|Cusihuallpa|Taipe|Yauri|Paucar|Chuquimia|Huillcahuamán|Ccorahua|Mamani-Quispe|Huarcaya|Ticona|Sallo|Chahuara|Ccopa|Huarachi|Quillahuamán',
  ),
  amharic: c(
    'Yeshimebet|Tesfanesh|Fasika|Gizachew|Aynalem|Berhanu-Tilahun|Mekdelawit|Workneh|Tiruwork|Amsalu',
    'Wolde-Senbet|Gebre-Egziabher|Haile-Selassie|Mengistu-Ayele|Kebede-Bekele|Tefera|Zerihun|Ayalew|Asrat|Endalkachew',
  ),
  swahili: c(
    'Zawadi|Baraka|Neema|Imani|Tumaini|Rehema|Jabari|Amani-Faraji|Mwanaisha|Shukuru|Mwanahawa|Shabani|Tatu|Mosi|Sikudhani|Kheri|Mwajuma|Hamisi-Bakari|Zuhura|Chausiku',
    'Mwakyembe|Kikwete-Ngowi|Mwinyimkuu|Lyimo|Massawe|Shirima|Kimaro|Mrema|Njau|Mfinanga|Mkapa-Mwamba|Lugendo|Mchome|Kilewo|Minja|Mushi|Lema-Temba|Swai|Urassa|Kaaya',
  ),
  sinhala: c(
    'Chathurika|Dilrukshi|Nuwan|Kasun|Thilini|Pradeepa|Sandun|Iresha|Dulitha|Ruwanthi',
    'Wickramasinghe|Jayawardhana|Senanayake-Perera|Gunawardena|Rathnayake|Wijesekara|Karunaratne|Abeysekara|Dissanayake|Samarakoon',
  ),
  thai: c(
    'Sasithorn|Anuwat|Pimchanok|Thanakrit|Rattana|Kittipong|Wannapa|Supachai|Nattaya|Chaiwat|Jutharat|Thirawat|Chonlada|Phatsakorn|Kanokwan|Siriporn|Wiphawadi|Atthaphon|Pornthip|Naruemon',
    'Srisuwan|Thongchai|Rattanakosin|Boonyaratglin|Chaiyaporn|Wongsakul|Phromphan|Kaewmanee|Sukprasert|Inthanon|Phromsiri|Saengthong|Chaiyasit|Wongwiwat|Kaewprasert|Thaweesak|Pongsathorn|Sangsawang|Buakhao|Jitpanya',
  ),
  malay: c(
    'Nurul Syafiqah|Mohd Hafizuddin|Siti Khadijah|Amirul Hakim|Nur Izzati|Muhammad Firdaus|Aisyah Humaira|Khairul Anuar|Nurfarhana|Syazwan|Wan Norhafizah|Megat Iskandar|Puteri Balqis|Tengku Azrai|Raja Nurhidayah|Che Rosmawati|Nik Aflah|Syed Mukhriz|Sharifah Nadhirah|Engku Farhan',
    'bin Kamaruddin|binti Zulkifli|bin Rosli|binti Azman|bin Shamsuddin|binti Hashim|bin Rahmat|binti Ismail|bin Othman|binti Jamaluddin|bin Megat Razali|binti Che Mat|bin Nik Mahmud|binti Wan Ahmad|bin Tengku Sulaiman|binti Raja Mansur|bin Syed Hussin|binti Engku Idris|bin Abang Johari|binti Awang Kechik',
  ),
  maori: c(
    'Wiremu|Aroha|Tamati|Mereana|Hēmi|Huia|Rāwiri|Ngaio|Tūī|Whetu|Hinewai|Te Rangi|Mātiu|Pareārohi|Whaitiri|Tūkōrehu|Hinemoa-Rose|Rongomai|Kahurangi|Taiaroa',
    'Ngata|Te Huia|Pōtae|Tāwhiri|Rangihau|Te Kani|Pōmare|Parata|Tūhoe-Kereama|Waititi|Tūhiwai|Te Whata|Rāwhiti|Hōhaia|Kōpū|Ngāwhika|Te Rauparaha-Hona|Tapsell-Rēweti|Wharepapa|Pōkai',
  ),
  luxembourgish: c(
    'Jhemp|Mett|Fernand|Josée|Romain|Nicole-Marie|Gusty|Malou|Théid|Nico|Ketty|Jängi|Vic-Aloyse|Marthy|Pierrot-Jos|Lull|Fränz|Leen|Jos-Émile|Änder',
    'Wagener|Schroeder-Hoffmann|Thill|Kremer|Reuter|Meisch|Biever|Hengen|Kieffer|Feltgen|Ensch-Wiltgen|Hilgert|Kneip|Schmit-Faber|Bausch-Weydert|Feieraisen|Wirtgen|Kirpach|Greisch|Ries-Kinnen',
  ),
  sardinian: c(
    'Efisio|Bachisio|Gonario|Tonina|Salvatorica|Antioco|Giommaria|Mariangela|Peppinu|Gavinuccia|Sisinnio|Itria|Baingio|Elisea|Priamo|Ignazia|Sebastianu|Gesuina|Nanni-Fele|Grazietta',
    'Murgia|Piredda|Porcu|Sanna-Mulas|Cossu|Pinna|Deiana|Satta|Loi|Ledda|Zedda-Angioni|Mereu|Sechi|Fadda|Brundu|Tatti|Ruju|Manca-Sedda|Usai|Lecis',
  ),
  breton: c(
    'Gwenaëlle|Tanguy|Maiwenn|Erwan|Nolwenn|Yannig|Soizig|Gwendal|Anaïg|Corentin|Katell|Iwan|Goulven|Enora|Riwal|Aziliz|Gwilherm|Tiphaine-Anna|Padrig|Awen',
    'Le Gall|Kerhervé|Le Bihan|Quéméner|Guivarc’h|Le Goff|Kerdraon|Tanguy-Le Roux|Morvan|Le Floc’h|Ar Gall|Kervella|Le Menn|Quillévéré|Kernéis|Prigent-Ollivier|Gourvennec|Le Dreff|Kerjean|Tréguer',
  ),
  sorbian: c(
    'Měrćin|Jadwiga|Handrij|Božena|Jurij|Hilža|Beno|Marja|Pětr|Lubina|Měrana|Jakub-Wylem|Hanka|Michał|Ludmila-Hana|Křesćan|Wórša|Jan-Bjarnat|Madlena|Korla',
    'Nuk|Bjeńš|Kral|Wjelan|Šołta|Hajna|Zahrodnik|Rječka|Kowar|Młynk|Krawc|Wjeńka|Nowak-Kubaš|Šěn|Kósyk|Rachel-Pjech|Brězan|Nyčka|Kulmanec|Wićaz',
  ),
  georgian: c(
    'Tamar|Levan|Nino|Giorgi|Ketevan|Zurab|Maia|Davit|Tinatin|Irakli|Tsotne|Natela|Guram|Eteri|Vakhtang|Lali|Shota|Manana|Teimuraz|Nanuli',
    'Kvaratskhelia|Beridze|Lomidze|Tsiklauri|Gelashvili|Jgharkava|Mchedlishvili|Chkheidze|Abashidze|Kapanadze|Tsertsvadze|Gogoladze|Kiknadze|Khutsishvili|Jishkariani|Papuashvili|Sharashidze|Tchanturia|Gabunia-Dadiani|Pkhakadze',
  ),
  armenian: c(
    'Anahit|Vardan|Siranush|Tigran|Lusine|Hovhannes|Nune|Aram|Gayane|Ashot|Arpine|Garegin|Shushanik|Vahagn|Astghik|Sahak|Nazeli|Mushegh|Hasmik|Zaven',
    'Hakobyan|Sargsyan|Ghazaryan|Avetisyan|Manukyan|Ter-Petrosyan|Galstyan|Harutyunyan|Mkrtchyan|Zakaryan|Boghossian-Toros|Melkonyan|Yesayan|Khachaturyan|Poghosyan|Abrahamyan|Muradyan-Tatevosyan|Shahinyan|Papazian|Aghajanyan',
  ),
  faroese: c(
    'Rógvi|Sámal|Turið|Bárður|Eyðun|Sólrun|Jógvan|Hjalgrím|Guðrið|Oddvør',
    'Joensen|Poulsen|Dalsgaard|Hansen-Fossá|Mortensen|Jacobsen|Olsen-Nolsøe|Eliasen|Ellefsen|Debes',
  ),
  frisian: c(
    'Wiebren|Sjoukje|Hylke|Tsjitske|Jelmer|Grietje|Durk|Aukje|Sjoerd|Ytsje|Hiske|Oane|Baukje|Wopke|Geeske|Freark|Tsjalling|Sytske|Gerbrich|Ate',
    'Hoekstra|Dijkstra-Bouma|Wiersma|Postma|Terpstra|Bergsma|Hettinga|Kingma|Feenstra|Zijlstra|Jongbloed|Hellinga|Talsma-Visser|Wijbenga|Oosterbaan|Heeringa|Schurer|Dotinga|Lautenbach|Yntema',
  ),
  romansh: c(
    'Gion|Mengia|Duri|Ursina|Men|Flurina|Claudio|Annatina|Gieri|Seraina|Curdin|Onna|Benedetg|Mierta|Nutegn|Barla|Giusep|Neisa|Clo|Madlaina',
    'Caviezel|Casanova|Camenisch|Derungs|Cadruvi|Tscharner|Bundi|Sialm|Pitschen|Vincenz|Capaul|Tuor|Cathomen|Bezzola|Arpagaus|Caduff-Vieli|Dermont|Janett|Schmellentin|Candinas',
  ),
  welsh: c(
    'Gwenllian|Iolo|Eirlys|Rhodri|Nerys|Meirion|Angharad|Dafydd|Heulwen|Cadfan|Gwerfyl|Ithel|Bethan-Wyn|Idwal|Tegwen|Emrys|Rhiannedd|Caradog|Gwenno|Trefor',
    'ap Rhys|Prydderch|Llewelyn|Bowen|Griffiths-Rees|Pugh|Vaughan|Gwynedd|Pritchard|Meredith|Llwyd|Gwilym|Eifion|Cadwaladr|Maelor|Prosser|Bevan-Gruffydd|Parry-Tudur|Blethyn|Wynne-Ifan',
  ),
  scottish: c(
    'Eilidh|Ruaraidh|Morag|Calum|Seonaid|Tormod|Catriona|Alasdair|Ishbel|Lachlan|Fearchar|Beathag|Dòmhnall|Oighrig|Raghnall|Curstaidh|Murchadh|Peigi|Aonghas|Floireans',
    'MacLeòid|Dhòmhnallach|MacAoidh|Caimbeul|MacIllinnein|MacRath|Moireasdan|Grannd|MacNeacail|Friseal|Mac a’ Phearsain|MacGilleBhàin|Mac Fhionghain|NicLeòid|MacUalraig|Mac an t-Saoir|MacCoinnich|Siosal|MacDhùghaill|Mac Gille Bhrath',
  ),
  mongolian: c(
    'Bolormaa|Ganbaatar|Oyunchimeg|Batbayar|Enkhjargal|Tömör|Saruul|Naranbaatar|Altantsetseg|Munkh-Erdene|Khulan-Erdene|Tsetsegmaa|Bilegt|Nomin|Otgonbayar|Ariunzaya|Temuulen|Uyanga|Gerelchimeg|Batzorig',
    'Dorjsuren|Tsogtbaatar|Batkhuyag|Gansukh|Erdenebileg|Lkhagvasuren|Sükhbaatar|Ochirbat|Damdinsuren|Baatarjav|Tserendorj|Myagmarsuren|Purevjav|Bayarsaikhan|Chuluunbat|Sodnomdarjaa|Dashdondog|Enkhtuvshin|Oyuntsetseg|Ganzorig',
  ),
  yoruba: c(
    'Adebowale|Folasade|Olumide|Yetunde|Babatunde|Omolara|Ayodeji|Titilayo|Oluwaseun|Morenike|Adedoyin|Ifeoluwa|Oluwatamilore|Ayomikun|Olaoluwa|Iyanuoluwa|Adeolu|Oreoluwa|Temiloluwa|Fiyinfoluwa',
    'Adeyemi|Ogunleye|Akinwande|Olatunji|Adebayo-Oke|Fashola|Ogundipe|Oyelaran|Akintola|Adesanya|Ajibola-Ogunbiyi|Oyedepo|Adegbite|Oladimeji|Ogunsanwo|Akinyele|Fadeyi|Olaniyan|Adetunji-Bello|Ogunmola',
  ),
  albanian: c(
    'Arbër|Drita|Besnik|Lindita|Ilir|Mimoza|Fatos|Valbona|Agron|Blerta|Dritëro|Shpresa|Gëzim|Mirela|Luljeta|Bardhyl|Vjollca|Kujtim|Ermira|Pëllumb',
    'Hoxha|Krasniqi|Berisha|Shehu|Gashi|Dervishi|Lleshi|Kelmendi|Bytyqi|Rama|Çela|Dibra|Shkreli|Tafaj|Vrioni|Kastrati|Zogaj|Mehmetaj|Gjonaj|Bici',
  ),
  maltese: c(
    'Ġużeppi|Marija|Salvu|Ċettina|Ninu|Rożi|Ġorġ|Doris|Wenzu|Ġuljana|Ġanni|Karmenu|Ċensina|Żeppu|Ġulju|Nenu|Karmni|Toninu|Lela|Ġiġi',
    'Borg|Camilleri|Vella|Farrugia|Zammit|Micallef|Grech|Spiteri|Cassar|Xuereb|Buħaġiar|Darmanin|Ellul-Mercer|Muscat-Azzopardi|Gatt|Saliba|Debono|Cutajar|Mifsud-Bonnici|Caruana',
  ),
  samoan: c(
    'Tavita|Losa|Faleolo|Sina|Iosefa|Malia|Tuilagi|Fetu|Pele|Leota|Faʻafetai|Lagi|Tuiasina|Seiuli|Pouesi|Faʻamoe|Tasi|Aolele|Vaifale|Ioane',
    'Tuiasosopo|Faleomavaega|Lealaiauloto|Sapolu|Toleafoa|Aumua|Fonoti|Taufa|Soliai|Mataafa|Lemalu|Fiamē|Tuilaepa|Afamasaga|Leaupepe|Tuimavave|Aiono|Levaopolo|Masoe|Sopoaga',
  ),
  kazakh: c(
    'Aizhan|Nurlan|Gulnara|Yerlan|Dinara|Bauyrzhan|Saule|Askar|Zhanar|Daulet|Aigerim|Yerzhan|Madina|Serik|Zhuldyz|Nursultan-Bek|Akmaral|Timur-Zhan|Balzhan|Olzhas',
    'Nurpeisov|Abenova|Zhaksylykov|Tokayeva|Seitkali|Mukanova|Beisenov|Omarova|Dzhaksybekov|Kassymova|Dzhumabayeva|Kuanyshbekov|Ospanova|Sarsenbayev|Yesimova|Baimukhamedov|Zhumagulova|Iskakov|Temirkhanova|Utepbergenov',
  ),
  chamorro: c(
    'Tåsi|Guiha|Maga’håga|Påle’|Hineksa|Tåotao|Kåhan|Åmot|Hagu|Manåmko',
    'Cruz-Taitano|Mendiola|Quitugua|Aguon|Taimanglo|Cepeda|Borja-Quinata|Terlaje|Babauta|Flores-Manibusan',
  ),
  tigrinya: c(
    'Tsegereda|Habtom|Lemlem|Kibrom|Saba-Tsega|Mehari|Yohana|Berhe-Tesfom|Hiwet|Tesfalem',
    'Woldemichael|Ghebreyesus|Tesfamariam|Habteslasie|Kidane|Andemariam|Berhane|Tekeste|Weldeab|Zerai',
  ),
  manx: c(
    'Juan|Voirrey|Illiam|Kirree|Breesha|Fenella|Orry|Aalish|Chalse|Ealish',
    'Quayle|Kinvig|Qualtrough|Kermode|Corlett|Quirk|Cregeen|Kneale|Faragher|Crellin',
  ),
  kyrgyz: c(
    'Aibek|Cholpon|Nurbek|Gulmira|Kanybek|Aizada|Bakyt|Mairam|Talant|Elnura',
    'Toktogulov|Abdyldayeva|Jeenbekov|Sadykova|Akmatbekov|Isakova|Osmonaliev|Tashieva|Bolotbekov|Kasymaliyeva',
  ),
  occitan: c(
    'Bernat|Guilhèm|Azalaïs|Joan-Pèire|Mirelha|Peironèla|Ramon|Estèla|Marçal|Clamença',
    'Delpuèch|Fabre-Pelhon|Roqueta|Cabanièr|Lafont|Vidal-Rossèl|Bosquet|Mistralet|Castanhièr|Fontanilhas',
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
  'bin',
  'binti',
  'ap',
  'ter',
  'te',
  'le',
  'el',
]);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  35,
  TYPED,
  PARTICLES,
);
