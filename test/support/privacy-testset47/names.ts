import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** One culture typed as two `|`-separated lists: given names, then family names. */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 47's own name lists, typed by hand for this set: applicants at embassies and consulates, citizens abroad and
 * their families, honorary consuls, consular officers, notaries and pensioners abroad, from many countries. None of
 * set 44's, 45's or 46's cultures. At load every name that shares a word with a PERSON label of an earlier set (or
 * the development set or corpus) is dropped, and a culture left with fewer than four of either list is dropped too
 * (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  basque: c(
    'Garazitxu|Haizeaxka|Oihanatxo|Iñaxiotxo|Aitzolaitz|Ekaitzeder|Maddalentxu|Unaxerdi',
    'Etxeberriarteko|Urkizubeltza|Arrizabalagoiti|Agirrezabaleta|Larrañagoitia|Olabarrietako|Zubimendiola|Gorostiagabe',
  ),
  corsican: c(
    'Ghjuvanettu|Santuccia|Paolucciu|Ghjulietta-Maria|Ornellucciu|Francescuccia|Dumenicucciu|Vannina-Rosa',
    'Santonacciolu|Pietrasantucci|Mattei-Pozzu|Ceccaldiolu|Luciani-Orsu|Filippiucciu|Rocca-Serrucci|Casanovaccia',
  ),
  ladin: c(
    'Gioanin|Ustinela|Valentinela|Tonina-Rosa|Franzeleto|Marianela-Ladina|Piereto|Ciaterinela',
    'Pescostaor|Crepazdelago|Irsaraes|Costamolines|Vallazzaor|Kostnerjoch|Demetzaor|Pitscheiderbach',
  ),
  manx: c(
    'Juanitys|Voirrey-Ann|Illiamkey|Aalishoney|Breeshey-Lou|Finlowain|Orryvane|Ealisaid',
    'Quayleorris|Kermodeway|Caineyvel|Christianskelly|Quirkeleod|Cregeenvane|Kinvigcurphey|Corlettaan',
  ),
  kashubian: c(
    'Jadwiżka|Stanisłôw|Frãcëszk|Wiktorëja|Kazmiérz|Gerardëna|Ludwikôw|Zofijka',
    'Labùdzkô|Necelowô|Kòszëczkô|Trepczëk|Cenôwka|Bòrzëszkòwskô|Majkòwskô|Drëwôrczëk',
  ),
  karelian: c(
    'Olonja|Iivanuška|Palagoi|Miikkuli|Nastoihut|Jyrkkipoika|Ondreikka|Dariassoi',
    'Kormuskuoja|Remšujev|Pahomovanlahti|Hilippovsk|Kuikkalampi|Jeršovanpelto|Timoskainen-Aunus|Lukinkainen',
  ),
  komi: c(
    'Vasöchka|Ilyaszhyv|Maryajun|Ortjoma|Yögorsi|Anjurgan|Stepöyus|Paraskevö',
    'Kanevaröv|Lytkinsikt|Nebdinskaya|Popövva|Turkinjag|Rochevyan|Vaneevkar|Savinsiktyv',
  ),
  mari: c(
    'Yalchepi|Akpatyr|Salikaiy|Oniparsh|Shaldybay|Yamblatka|Pialtemir|Kuginur',
    'Yambatrovan|Shketanyar|Olykovanur|Yuzykaynur|Chavainyal|Mosolovur|Sapaevyal|Ivukovnur',
  ),
  tuvan: c(
    'Aidyzmaa|Chechekmaa|Sholbanool|Saylykmaa|Aldynkys|Choduraa-Ool|Buyanool|Shenneemaa',
    'Oorzhakova|Mongushtaa|Saryglarova|Kuularool|Ondarkyzy|Dongakool|Khertekova|Salchakool',
  ),
  avar: c(
    'Patimatgaji|Khadizhatmagoma|Gadzhimurad|Aminatkhan|Shamilbeg|Zagidatgul|Magomedkamil|Saidatbeg',
    'Gamzatovkhan|Nurmagomedil|Aliyevkhanov|Dibirovgaji|Kurbanovil|Gasanguseyn|Omarovdibir|Magomayevkhan',
  ),
  lezgin: c(
    'Suleymanar|Emineyar|Fatimanur-Kure|Zeinabkhal|Rustamkure|Gulbikeyar|Kerimkhan-Ahty|Tagirkure',
    'Kurbanalievar|Effendiyevkure|Mirzakhanar|Gadzhibekovar|Abdullayevkhal|Shikhkerimar|Ahtynskiyar|Rasulovkure',
  ),
  abkhaz: c(
    'Astandaa|Gundalash|Adgurchba|Nanuliapa|Daurkhan|Zaurbeyia|Lanaritsa|Kiaznatdaa',
    'Ardzinbaqua|Lakobaapsh|Chachbalar|Gublialkhaz|Shamba-Aqua|Ankvabaapa|Tarbaipsh|Bganbaqua',
  ),
  svan: c(
    'Chichiko|Mzekalani|Gvantsaia|Beslanuri|Tamarlengi|Zurabiani|Natelashvi|Giorgelani',
    'Gabliani-Mestia|Japaridzeani|Pirvelani|Nigurianisvan|Gurchianiuli|Ratianiushg|Khergianiebi|Chartolaniani',
  ),
  laz: c(
    'Hasanoğlu-Lazi|Nazmiye-Mzia|Temelçuri|Fadimaşi|Rizaçkimi|Hatice-Bere|Kemalçuri|Sultanşi',
    'Bekaroğluni|Kazıroğluşi|Hopalişi|Ardeşenli-Çkim|Pazarluşi|Fındıklıçkuni|Arhavilişi|Viçeli-Ağani',
  ),
  zaza: c(
    'Heyderşêx|Zerayexanım|Wusênike|Gulistanê-Dêrsım|Mısto-Sey|Xececane|Rızaye-Pirê|Fatmaye-Gewr',
    'Pulurıcan|Xozatıcan|Mazgırtıcan|Çewlıgıcan|Pêxeyrıcan|Dêrsımıcan|Palıcan-Tıj|Licecan-Hêni',
  ),
  hazaragi: c(
    'Shukriyagul|Zahirbakhsh|Marziyajan|Ghulamsakhi|Roqiyagul|Azizbakhsh|Fereshtajan|Sakhidad',
    'Jaghoriwal|Behsudiwal|Malistaniwal|Daikundiwal|Urozganiwal|Nawuriwal|Turkmaniwal|Sangtakhtiwal',
  ),
  tulu: c(
    'Dayanandappa|Kamalakshamma|Sadashivanna|Jalajakshi-Rai|Vittaladasa|Sumithramma|Padmanabhanna|Leelavathamma',
    'Shettigaramane|Poojarythota|Kotianbettu|Salianguthu|Bangeraguthu|Kundarbettu|Amin-Padil|Suvarnabettu',
  ),
  maithili: c(
    'Sushilanand|Vidyapatiji|Kaminidevi|Hemnathjha|Rajlakshmi-Kumari|Bidyanandji|Urmilabati|Shashinathji',
    'Mishrabadha|Jhamadhuban|Thakurdarbhanga|Chaudharypur|Pathakrajnagar|Mallikpur-Jha|Kanthbari|Karnmadhu',
  ),
  ilocano: c(
    'Rosalindayo|Leopoldino|Marivicyo|Crisostomoyo|Erlindayo|Florantino-Iluko|Nenitayo|Teodulfino',
    'Agbayaniyo|Ragasakyo|Bumanlagyo|Dumlaoyo|Pascuayo|Ancheta-Laoag|Galimbaoyo|Tabuñagyo',
  ),
  kapampangan: c(
    'Guadalupena|Apolinariong|Corazonina|Macariong|Lourdesina|Eusebiong|Dolorosina|Teofilong',
    'Manalangsan|Dizonpangga|Gozunpangga|Lacsamanaan|Sicatpangga|Bondocaan|Mallaripangga|Tayagaan',
  ),
  kanuri: c(
    'Fannamiyu|Bukardami|Kellumiyu|Modumiyu|Zarabuwa|Kachallami|Yagangami|Maimunamiyu',
    'Shettimaram|Bulamaram|Kyariram|Zannaram|Goniram|Lawanram|Mustaphaminna|Abbaganaram',
  ),
  fula: c(
    'Hawwaondo|Dikkoondo|Sarataondo|Bellondo|Kummbaondo|Jariyaondo|Demboondo|Takkoondo',
    'Bobbooyeya|Jallooyeya|Baldeeyeya|Sowooyeya|Kaaneyeya|Sangareyeya|Diakiteyeya|Bahooyeya',
  ),
  luo: c(
    'Akinyiotieno|Ochiengodera|Adhiamboke|Onyangoowino|Atienoamollo|Otienoojuok|Awuorlimo|Odhiamboruto',
    'Omondimaroa|Okothnyasaye|Oduoriola|Ogutuwere|Owinoayany|Nyamwayaoko|Obuyaobiro|Ojwangseme',
  ),
  kinyarwanda: c(
    'Uwimanaliza|Mugishajuste|Ingabirekeza|Habimananesi|Umutonigeza|Niyonsengabi|Mukamanazi|Iradukundabi',
    'Nsengiyumvawe|Hakizimanawe|Bizimunguzi|Munyanezawe|Nkurunzizabe|Ndayisengawe|Uwizeyimanawe|Kayitesiwe',
  ),
  twi: c(
    'Akosuaserwaa|Kwabenaduah|Yaaasantewaa|Kofiboakye|Abenaamponsah|Kwakuagyei|Afuaboatemaa|Yawofosuhene',
    'Owusuansahwa|Boatengkyei|Asanteboadu|Agyemangduah|Oforiattah|Frimpongmaa|Amankwaatia|Darkoasare',
  ),
  lingala: c(
    'Bolingoya|Mbalankoyi|Likambolo|Elikiayamo|Nzambelina|Makabuyamo|Esengomoko|Malamubolo',
    'Mbuyamputu|Lokolongisa|Bokangamba|Ilungayamba|Mobutuwa-Kasa|Nkemboyeka|Bolambomoko|Ekandombela',
  ),
  nahuatl: c(
    'Xochitlmeyal|Cuauhtliyotl|Citlalmina|Tonatiuhcoatl|Yoloxochitl|Itzcoatlzin|Metztlimina|Ehecatlzin',
    'Tlacuilotzin|Cuetlachtzin|Ocelotlatzin|Mazatzinco|Tochtlimeca|Quauhtencoatl|Ayotzintlan|Coyotzinca',
  ),
  maori: c(
    'Aroharangi|Wiremuhana|Kahurangiana|Tamatehau|Ngaireawa|Hohepatai|Mereaniwa|Rawiritaha',
    'Tautahipuke|Ngataporoa|Whaitirirua|Parataiwhenua|Herewiniaro|Manihera-Kura|Tipenetahu|Rangihuaroa',
  ),
};

/** Short words and particles of several cultures' names, not counted as overlap. */
export const PARTICLES: ReadonlySet<string> = new Set(['jha', 'rai', 'kure']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  47,
  TYPED,
  PARTICLES,
);
