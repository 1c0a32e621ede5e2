import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** One culture typed as two `|`-separated lists: given names, then family names. */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 45's own name lists, typed by hand for this set: customers of cleaning firms and window cleaners, tenants and
 * owners whose caretakers, chimney sweeps and pest controllers call, households booking bulky-refuse collection,
 * cleaners, caretakers and sweeps themselves, from many countries. None of set 42's, 43's or 44's cultures. At load
 * every name that shares a word with a PERSON label of an earlier set (or the development set or corpus) is dropped,
 * and a culture left with fewer than four of either list is dropped too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  frisian: c(
    'Tjitske|Haukelina|Jeltsje|Sjoerdtje|Oebeltsje|Wybrig|Hiltjemke|Douwina',
    'Hoekstrawei|Dijkstraet|Rinsmastra|Tjallingsma|Feenstrawyk|Oosterhoffma|Bouwmeesterstra|Wijbengama',
  ),
  walloon: c(
    'Djôsèf|Maryîye|Djåke|Houbiert|Ådelîne|Françwèze|Lorintine|Nicolåy',
    'Dèl Vaux-Tchèna|Sprimonteûs|Hènaufay|Tchèrdjî|Wårnî|Lambôtin|Houyoûs|Djupîlier',
  ),
  friulian: c(
    'Vigjut|Ghitute|Tonine|Bepin-Zuan|Catinute|Pieric|Lussie|Meniute',
    'Cjargnel|Furlanut|Zuanutt|Cosseanin|Pitassat|Tonizzut|Zamparut|Floreanin',
  ),
  asturian: c(
    'Xuanín|Xosefina|Pinín|Colasina|Xicu|Rosalinda-Xuana|Telva|Nolón',
    'Fernándezín|Cueliguín|Valdesoto|Menéndezina|Llaviana|Pumarín|Caldonesa|Xiroína',
  ),
  luxembourgish: c(
    'Jängi|Mimmi-Léi|Nicky-Pier|Théisi|Gusti|Marieke-Jang|Fränzi|Tessy-Lou',
    'Schmitzeler|Wagnerbour|Feltgesch|Kremerhaff|Thillesch|Hoffmannsdall|Reulandesch|Bettendorffer',
  ),
  latgalian: c(
    'Jezups|Vaclavs-Boņs|Ontons|Ļuce|Zuze|Tekla-Anna|Donots|Vorvara',
    'Laizāns|Broks-Pūrs|Sprūģis|Dūšs|Tabinas|Zeilis-Kuorps|Rancāns|Čeksts',
  ),
  chechen: c(
    'Zelimkhanoy|Markhaaz|Aslambekoy|Kheda|Lechi-Vakh|Zulaykhat|Ruslanoy|Aminat',
    'Dudurkaev|Ismaildaev|Tsaroev|Basnukaev|Gaitukaev|Vakhidov-Bers|Edilsultanov|Yandarbiev',
  ),
  circassian: c(
    'Nalbiyko|Satanay|Kazbechko|Dakhirey|Aslanchery|Fatimatka|Zaurbiy|Mariyetka',
    'Khatkoshe|Teuchezh|Bzhassoshe|Shkhalakho|Nekhayko|Tlekhuche|Kuizhe|Berzeghko',
  ),
  karakalpak: c(
    'Berdaqjan|Ayimxan|Tolibay|Gulnaraxan|Jiyenbay|Aqsungul|Qudaybergen|Nawbaxar',
    'Ajiniyazov|Qosbergenov|Seytmuratov|Jumabayuli|Kamalovuli|Utepbergen|Nurabullayev|Qalliyev',
  ),
  turkmen: c(
    'Myratgeldi|Ogulbabek|Batyrmyrat|Jemalbibi|Annageldi|Selbinaz|Hojamyrat|Ogulnabat',
    'Orazmyradowa|Berdimyradow|Garajayew|Nurberdiyewa|Atajanowa|Hallyyew|Begmyradow|Saparmyradowa',
  ),
  buryat: c(
    'Bayarma|Dashinima|Sesegma|Tsyren-Dorzho|Erzheni|Balzhinima|Sayana|Zhargal',
    'Tsydenzhapov|Dashidondokov|Badmaevsky|Ayurzhanaev|Tsybikzhapova|Gombozhapov|Bazarsadaev|Dorzhievna',
  ),
  newar: c(
    'Rajbhai|Sumitramaiju|Pushpalal|Lalmaiju|Bekhaman|Chinimaiya|Tejratna|Jujubhai',
    'Shakyabajra|Tuladharju|Maharjanbhai|Bajracharyaju|Pradhananga|Kansakarju|Shresthacharya|Tamrakarju',
  ),
  konkani: c(
    'Suvarninha|Prabhakarbab|Rukminibai|Vithobabab|Shantabai|Mangeshbab|Yeshubai|Sadashivbab',
    'Naiktondkar|Kamatkar|Prabhudesai|Shirodkarin|Gaonkarin|Velinkarin|Sardessaibab|Kundaikarin',
  ),
  telugu: c(
    'Venkatalakshmi|Srinivasulu|Nagamanikya|Subbarayudu|Satyavathamma|Ramachandrudu|Kanakadurgamma|Pullaiah',
    'Yarlagaddaiah|Kotamarthi|Pasupuleti|Chilukuriya|Bommireddi|Vallabhaneni|Gudivadaiah|Nandamuriah',
  ),
  malayalam: c(
    'Kunjumolamma|Sreedharanunni|Thankamaniyamma|Kochuvareed|Ammukuttiyamma|Chackochan|Leelamaniyamma|Kuttappanunni',
    'Puthenveettil|Kizhakkedathu|Padinjarethil|Vadakkemuri|Thekkumkattil|Kollamparambil|Mundackalmattom|Chittilappilly',
  ),
  shan: c(
    'Saihseng|Nangkham|Saimong|Nanghseng|Saitun|Nangmo|Saihkham|Nangoo',
    'Hsengkeo|Kham-Lao|Tunhseng|Monglai|Hsipawng|Lawksawk|Namkham|Kengtawng',
  ),
  balinese: c(
    'Wayanita|Madeyasa|Nyomanita|Ketutika|Putuwidi|Kadekasri|Gedeyana|Komangita',
    'Sudiartha|Suardhana|Wirawana|Astawaman|Mertajiwa|Purnamaswari|Swastikayasa|Dharmaputri',
  ),
  bugis: c(
    'Andi-Tenri|Besseleng|Petta-Lolo|Daeng-Sikki|Tenriajeng|Baso-Ogi|Wattangseng|Indoqsengeng',
    'Arungpone|Pammana|Sidenreng|Ajangale|Lamappaselle|Tellumpoccoe|Watampone|Cenrana',
  ),
  tetum: c(
    'Domingasinha|Mausiri|Lurdesinha|Bililoi|Ameuchi|Rosalinasinha|Boaventura|Atoibere',
    'Ximenesio|Soaresinho|Fatumeta|Laclubar|Belaquio|Samalaran|Tilmanio|Uatucarbau',
  ),
  samoan: c(
    'Fa’asaleleaga|Tuiasosopo|Manaia-Sina|Falaniko|Malietau|Sefulu-Tasi|Lealaiauloto|Taulapapa',
    'Leiataua|Tuimaleali’ifano|Fonoti|Sapolu|Aiono|Lemalu|Seiuli|Toleafoa',
  ),
  yoruba: c(
    'Adebusolami|Oluwatoyosi|Ayodeleoye|Folasayomi|Oyinkansolami|Babatundeoye|Morenikeji|Temitopeola',
    'Adeyemi-Ogunbiyi|Oladipupo-Ajayi|Fagbemiola|Akinwandeola|Olanrewajuoye|Ogundipeola|Adebayo-Fashola|Ajibolaoye',
  ),
  igbo: c(
    'Chinwendumma|Ikechukwuoma|Adaezeoma|Obinnaoma|Ngozichukwu|Chukwuemekaoma|Uchennaoma|Amarachioma',
    'Okonkwo-Nnadi|Nwachukwuoma|Eze-Okafor|Ugwuanyioma|Onyekachioma|Obiorahoma|Nnamdioma|Okeke-Ibe',
  ),
  shona: c(
    'Tendaimoyo|Rutendoyashe|Tatendamoyo|Nyashadzashe|Farayimoyo|Tapiwanashe|Kudakwashemo|Chipochashe',
    'Mutasamoyo|Chigumbura|Makoniyashe|Nyathimoyo|Mapfumoyashe|Chiwengamo|Mudzingwa|Zvobgomoyo',
  ),
  oromo: c(
    'Gemechisa|Chaltuuti|Lalisaa|Obsinaa|Dhugaasaa|Hawiiti|Tolosaa|Bontuuti',
    'Gudinaa|Jaarsoo|Dinqisaa|Abdiisaa|Fayyisaa|Gurmeessaa|Hundeessaa|Wirtuu',
  ),
  tswana: c(
    'Boitumelong|Kgomotsego|Onalenna|Tshepisong|Masego-Lela|Kagisong|Lesedinyana|Ompheletse',
    'Mogapi-Kgosi|Sebogodi|Motsumi|Kgosietsile|Mmolawa|Tlhabanelo|Ramotswe|Phiri-Mosweu',
  ),
  aymara: c(
    'Quispillu|Wilaqullu|Katarina|Mallkuchi|Sayrita|Ururi|Tupakuchi|Lurpita',
    'Mamani-Qhispi|Choquewanka|Limachi|Quisbert|Apazawanka|Condoriqullu|Huarachi|Yupanquiri',
  ),
  zapotec: c(
    'Biuldani|Xhunaxi|Guiebeeu|Bidxaani|Nisadani|Beeloxha|Xquendani|Guendaruxi',
    'Lopezdiaa|Matusbiaa|Santiagoxhi|Ortizbene|Martinezguie|Regalaxhi|Jimenezbiaa|Toledoxhi',
  ),
  assyrian: c(
    'Shamiram|Ninwaya|Sargonaya|Atouraya|Ashurina|Nahrainaya|Ramsinaya|Shlimunaya',
    'Odishoaya|Benyaminaya|Khoshabaya|Yonanaya|Warda-Beth|Shimunaya|Khamisaya|Bit-Marduk',
  ),
  gilaki: c(
    'Golbanoo|Mirzakuchik|Parvaneh|Ahmadkhaleh|Nasrinbanoo|Rahimkhaleh|Shokoofeh|Yousefkhaleh',
    'Lahijaninejad|Rashtipour|Fumanizadeh|Anzalichi|Rudsarinejad|Masulehpour|Siahkalnejad|Talishchi',
  ),
};

/** Short words and particles of several cultures' names, not counted as overlap. */
export const PARTICLES: ReadonlySet<string> = new Set(['le', 'ri', 'de', 'dèl', 'ma', 'fa', 'ta', 'la', 'ra']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  45,
  TYPED,
  PARTICLES,
);
