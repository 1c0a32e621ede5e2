import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** One culture typed as two `|`-separated lists: given names, then family names. */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 48's own name lists, typed by hand for this set: library users, readers in archive reading rooms, genealogy
 * clients and their ancestors, heirs, librarians and archivists, from many countries. None of set 45's, 46's or 47's
 * cultures. At load every name that shares a word with a PERSON label of an earlier set (or the development set or
 * corpus) is dropped, and a culture left with fewer than four of either list is dropped too (the shared
 * `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  mingrelian: c(
    'Tamriko-Chkoni|Gulikoria|Nanulishvia|Murmaneli|Datikoia|Lamaraia|Zurabikoia|Natelikoia',
    'Shengeliani|Todualia|Kvaratskhelia-Zugdidi|Chachibaia|Gvaliaia|Jgerenaia|Kharchilavaia|Sichinavaia',
  ),
  breton: c(
    'Gwenaëlig|Maïwennig|Tangiouarn|Soazigenn|Herveig|Anaïgwen|Riwalenn|Yannigou',
    'Kerbrat-Gwenn|Le Goarnigou|Penhoadic|Kervarec-Hir|Quéméneur-Bihan|Le Bihanic|Guivarc’hou|Tromeleuc',
  ),
  cornish: c(
    'Jenefer-Ros|Peranwyn|Tamsinek|Kenwynno|Morwennik|Treveth-Jory|Demelzik|Lowenna-Mai',
    'Trevithickan|Penhaligonny|Tregoningow|Polglasek|Rosewarnick|Trelawnyth|Pendarvesow|Chenoweth-Bal',
  ),
  welsh: c(
    'Angharadwy|Gruffuddyn|Eluned-Mai|Iolowerth|Heledd-Wyn|Cadfaelyn|Bethanwy|Rhodriwyn',
    'Llewelyndda|Ap Hywelog|Gwalchmaen|Pryderchog|Cadwaladrys|Meredyddon|Tudurwyn|Glyndyfrdwy',
  ),
  gaelic: c(
    'Oighrigeag|Ailpeinach|Seonagag|Dòmhnallag|Catrìonag|Tormodach|Mòrag-Ruadh|Calumachan',
    'MacLeòidich|Mac an t-Saoir|MacFhionghain|Nic Ille-Bhàin|MacAsgaill|MacRuairidh|Nic Cuithein|MacPhàidein',
  ),
  romansh: c(
    'Curdin-Gian|Mengiarda|Flurinot|Seraina-Ursla|Duriet|Anna-Tschenta|Gieriet|Linard-Chasper',
    'Caduffitsch|Tscharnerin|Vieli-Sursés|Casanova-Vals|Derungsetta|Cathomenin|Bundiöl|Sialmottin',
  ),
  sorbian: c(
    'Hańžkula|Jurjiławk|Měrćinowa|Bjarnatkec|Lěnkowina|Handrijkoc|Wóršičla|Pawołkec',
    'Nukowčikowa|Šołćinkec|Kšižankowa|Młynkowcec|Rachelkowa|Wjeńcowcec|Delańkowa|Brězankec',
  ),
  occitan: c(
    'Guilhemet|Azalaïsa|Bernadona|Amaniu|Ramondeta|Joanet-Pau|Esclarmonda|Peirotou',
    'Fabre-Ramonet|Cabrolièr|Castanhièr|Delpuèg|Roquetadas|Fenolhet|Boissonada|Pradelenc',
  ),
  maltese: c(
    'Ġużeppinella|Ċikkulin|Rożarjetta|Pawlinell|Ġannibastjan|Dwardinella|Ċensinett|Marijadolur',
    'Xuerebtalli|Camillerieħ|Farrugijaborġ|Vassallinħ|Zammitgħar|Grechsqaqi|Spiterijiet|Mifsudtalli',
  ),
  icelandic: c(
    'Hrafnhildur|Þórgunnur|Sigurbjartur|Ásgerðurina|Kolbeinnar|Vigdísarína|Eyvindur-Kári|Bergþóruna',
    'Hallgrímsdóttirin|Þorvaldsson-Kjós|Ingólfsdóttur-Vík|Sveinbjarnarson|Guðmundardóttur-Ás|Hjaltested-Breiðd|Önundarson|Skarphéðinsdóttir',
  ),
  sami: c(
    'Máretánneš|Ovllášgu|Ristenbirehtá|Jovnnaándde|Sáráellešgu|Niillasmihkká|Ingamáijáš|Ásllatšgu',
    'Sombygáldu|Gaupišjávri|Turiguovda|Eiramázejohk|Baltoohcejohk|Sarakárášjohka|Utsibuolbmát|Hættajávrášgu',
  ),
  albanian: c(
    'Drandina|Gjergjezë|Lulëzime|Shpëtimor|Mirëdita-Ana|Vjollcëza|Bardhylor|Artanëza',
    'Kastriotaj|Dukagjinaj|Gjonbalaj|Shkrelaj-Vata|Berishallari|Krasniqeri|Hotigjoni|Kelmendaj-Lek',
  ),
  armenian: c(
    'Anahitnar|Vardgesik|Siranushik|Tigranuhi|Haykanush-Ani|Mesropik|Shushanik-Lala|Gurgenik',
    'Ter-Mkrtchyanik|Avetisyanats|Hovhannisyants|Sargsyan-Gyumri|Karapetyanik|Nersisyants|Ghazaryants|Mirzoyan-Ashtarak',
  ),
  kurmanji: c(
    'Berfînê|Rêzanê|Şêrzadê|Nêrgiza-Zer|Dilşadê|Rojhatê|Hêvîdar|Welatxan',
    'Botanîzade|Hekarîzade|Zîlanperwer|Mêrdînîzade|Serhedîzade|Çiyagerî|Bedirxanzade|Amedîgerî',
  ),
  tatar: c(
    'Gölshäkär|Ildarbek|Rämzilä|Tahirjan|Alsu-Gölnur|Rafaeljan|Zölfiyä|Minnerahman',
    'Tukayeva-Kazan|Ishmöhämmätov|Gabdrakhmanova-Chally|Minnullina-Arsk|Säyfetdinov|Khäyrullina-Bua|Nurgaleyeva-Aznakay|Fäyzrakhmanov',
  ),
  kazakh: c(
    'Aigerimzhan|Nurlanbek-Ata|Gulnaraiym|Yerlanbai|Dinaraiym|Bauyrzhanuly|Saltanatkyz|Yerzhanbek',
    'Zhakupbekov-Shymkent|Tulegenkyzy|Abdrakhmanuly|Serikbayeva-Taraz|Kudaibergenuly|Omarbekkyzy|Nurpeisuly|Zhumabayeva-Oral',
  ),
  uyghur: c(
    'Mihrigülhan|Abdurehimjan|Zulpiyegül|Memtimin-Ali|Gülnisahan|Turghunjan|Rahilegül|Ablikimjan',
    'Qurbanniyaz|Tursunbaqi|Ismayilniyaz|Hoshurbaqi|Yasinniyaz|Mamutbaqi|Ablizniyaz|Nurmemetbaqi',
  ),
  tibetan: c(
    'Tseringdrölkar|Lhakpatsamchö|Dawaphüntsok|Pemayangkyi|Sonamwangdrak|Dechenlhamkyi|Norbutsewangla|Yeshechödrön',
    'Gyaltsenlhoka|Namgyalshigatse|Dorjeekhampa|Tashinyemopa|Lhundupgyantse|Rinzinchushul|Tenzindingripa|Thinleylhatse',
  ),
  sinhala: c(
    'Dilrukshika|Chamindu|Nadeeshani|Thilinagara|Sewwandika|Kasunjith|Iresha-Mali|Pasindugoda',
    'Wickramasinghege|Jayawardanage|Gunathilakage|Rajapakshege|Senanayakage|Abeysekarage|Dissanayakege|Karunaratnage',
  ),
  khmer: c(
    'Sokunthearoth|Chanthavy|Pisethrith|Sreymomny|Vannarithy|Bophadevi|Kosalvatey|Rachanaroth',
    'Chhorvanny|Sothearith|Keomuniroth|Phalkunthy|Sovannaroth|Rothanakvy|Samnangvy|Chanmonyroth',
  ),
  javanese: c(
    'Sekarwangi|Bimosaputro|Rarasati-Ayu|Wisnuwardana|Kinantiwati|Gandhangsukma|Lintangsari|Prabuwijaya',
    'Hadiwijoyo-Kartasura|Notodiningrat|Mangkusudarmo|Wiryokusumo|Sastrowardoyo-Solo|Purbonegoro|Kusumodilogo|Reksodiputro',
  ),
  tongan: c(
    'Meleilaisaane|Sionetevitaʻo|Saloteʻilupe|Lesieliʻana|Pitaʻulukau|Ofaʻimoana|Viliamitaufaʻ|Kalolineʻa',
    'Fifitaʻiloa|Tupouniua|Vainikoloʻa|Taufaʻahaufa|Havealeʻo|Loloheavavaʻu|Moengangongoha|Kaufusiʻaki',
  ),
  fijian: c(
    'Losalinemere|Sakiusavuni|Litianaadivu|Jonevuniivi|Salanietarosi|Tevitanabou|Mereonivasemaca|Inokeratuvou',
    'Vunivalutabua|Naivaluruana|Tuisawauaki|Ravuvuniyali|Matanitobuca|Naqelevukina|Seruvakulaki|Bulivuniwai',
  ),
  hawaiian: c(
    'Leilanikaʻi|Kaiholoaka|Mālielani|Keonilani-Kai|Haunaniʻole|Kamakanaʻi|Noelanimahina|Kekoakalani',
    'Kahananuiakea|Kealohalani-Puna|Nāpuaʻokalā|Kamakauwila|Kaleikinihana|Akanaʻokalani|Pualanimaka|Kealamakiaʻi',
  ),
  zulu: c(
    'Nomathembaze|Sibusisokhe|Thandekazana|Mandlakhosi|Zanelekhaya|Bonginkosini|Nokuthulazwe|Sifisokuhle',
    'Dlamini-Khumalo|Ngcobozulu|Mkhizeduma|Zungumavuso|Ntuli-Mabaso|Shabalalandlovu|Buthelezinkosi|Mthethwa-Sokhela',
  ),
  somali: c(
    'Hodanxaliimo|Cabdiraxmaannuur|Ubaxcaasha|Maxamuudfaarax|Sahraxaawo|Cabdullaahijaamac|Ifraxdeeqa|Xasanguuleed',
    'Warsamejibriil|Cilmifaaraxe|Xirsicawaale|Samatardhuux|Yuusufcaynaanshe|Guuleedbarkhad|Diriebulxane|Aadancarraale',
  ),
  tigrinya: c(
    'Selamawithiwet|Tesfamariamzgi|Mebrahtomzgi|Abrehetsenaiti|Yohanneskidanu|Letemichaelit|Ghirmaybereketu|Tsegeredait',
    'Woldegiorgisasmara|Habtemariamkeren|Tekleabmendefera|Gebrekidanadi|Berhanedekemhare|Ghebremeskelbarentu|Andemichaelmassawa|Zeremariamsenafe',
  ),
  kabyle: c(
    'Tassadit-Lla|Amaziɣ|Ldjida-Tafat|Muḥend-Ameqran|Tiziri-Nna|Aksilaṭ|Dihya-Tamazgha|Yuba-Arezqi',
    'At Yiraten-Ulmu|Ait Menguellat-Tizi|At Ɛebbas|At Weɣlis|At Jennad-Azeffun|At Yanni-Taw|At Waɛban|At Budrar-Iɣil',
  ),
  quechua: c(
    'Sumaqwayta|Illariyinti|Kusiqoyllur|Wamanamaru|Chaskañawi|Yupankirumi|Pachakutiqayar|Qoriocllo',
    'Mamaniurqu|Quispewanka|Huamanchumoq|Kusikuyllurpa|Condorcanquitupa|Apazatitiqaqa|Ccahuanapaucar|Yupanquisacsa',
  ),
  lakota: c(
    'Wichapiwinla|Tatankanajin|Wanblitokala|Mahpiyawinyan|Hehakaluzahan|Wakinyanzila|Tasinaskawin|Ptesanwinla',
    'Hehakasapala|Mahpiyaluta-Oyate|Sunkawakanla|Wanbliohitika|Cetanzila|Matohotanka|Tatewakanla|Zintkalawaste',
  ),
  navajo: c(
    'Nizhoniahiga|Hastiindibé|Asdzáántó|Shiyázhíbah|Yanabadzil|Atsidibikis|Dolinahasdzáán|Kaitsosiebah',
    'Begayetséhootsooí|Yazziechinle|Tsosienazlini|Benallyshiprock|Nezkayentabah|Etsittytuba|Bitsoiganado|Yellowhairdilkon',
  ),
};

/** Short words and particles of several cultures' names, not counted as overlap. */
export const PARTICLES: ReadonlySet<string> = new Set(['ap', 'mac', 'nic', 'an', 'at', 'ait', 'le', 'ter', 'adi']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  48,
  TYPED,
  PARTICLES,
);
