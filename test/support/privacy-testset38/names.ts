import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** A culture typed as two `|`-separated lists (given names, family names). */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 38's own name lists, typed by hand for this set: guests, travellers, tour guides, instructors, front-desk
 * and agency staff from many countries (rare given and family names of each culture, since 37 earlier sets drew
 * from many of the same cultures). At load every name sharing a word with a PERSON label of an earlier set (or
 * the development set or corpus) is dropped, and a culture left with fewer than four of either is dropped too
 * (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  slovak: c(
    'Ľubica|Ľudovít|Svetozár|Hostislav|Slavomíra',
    'Hrnčiarová|Kollárik|Švehlíková|Chmelárová|Zvarík|Lednický|Očenášová|Mrkvička|Hriňák|Brezniak|Sýkorčin|Gavorník|Plavecký|Čížiková|Muránsky|Kútnik|Ďurdík|Bobocký|Halúzka',
  ),
  colombian: c(
    'Yeferson|Yurani|Wilmar|Duván|Marleny|Nohora|Yurleidy|Jhonier|Eidy|Brayan Stiven|Yulieth|Deisy|Harbey|Mayerly|Leidys',
    'Restrepo|Arango|Osorio|Montoya|Yepes|Grajales|Holguín|Suaza|Cañaveral|Zapata-Vanegas|Echeverri|Marulanda|Ossa|Ramírez-Gallego|Villegas',
  ),
  tigrinya: c(
    'Semhar|Habtom|Kibrom|Winta|Teklay|Efrem|Yordanos|Merhawi|Nardos|Samrawit|Fitsum|Mussie|Ariam',
    'Tesfagiorgis|Ghebreab|Woldeselassie|Araya|Gebrezgi|Habte|Weldu|Tewelde|Fessehaye|Ghebremichael|Zemichael|Tesfazion|Andemariam|Negasi|Asmerom',
  ),
  lao: c(
    'Viengkham|Sengdao|Phouvong|Manivanh|Bouasone|Khamphou|Soulivanh|Vilaykone|Anousone|Chanthala|Latsamy|Phetmany',
    'Sisombath|Keovilay|Rattanavong|Douangmala|Chanthaboury|Vilaysack|Southammavong|Keomanivong|Xayasith|Bounthavy|Sengmany|Inthirath|Phoutthavong',
  ),
  macedonian: c(
    'Goce|Trajče|Vlatko|Dimče|Kiro|Tode|Ljupčo|Blagica|Zlatko-Mite|Gorjan|Mende|Kostadinka|Trpe|Menka|Cane',
    'Stojanovski|Trajkovska|Nikolovski|Petrevska|Georgievski|Dimitrovski|Angelovska|Mitrevski|Jovanovska|Spasovski|Velkovska|Talevski|Cvetkovska|Trpkovski|Blaževska|Bogoevski|Nastevska|Kuzmanovski',
  ),
  bosnian: c(
    'Emina|Selma|Dženan|Aida|Ajla|Sanel|Elvedina|Adis|Merima|Senad|Almasa|Vedad|Šejla|Belma',
    'Mehmedović|Softić|Ibrahimović|Musić|Omerović|Salihović|Zukić|Hodžić-Pašić|Karahasanović|Spahić|Čaušević|Hasanbegović|Kapetanović|Džaferović|Mujkić|Šabanović|Alagić',
  ),
  slovenian: c(
    'Ciril|Mojca|Blaž|Gašperin|Urh|Tinkara|Jošt|Aljaž|Jerca|Tadeja|Krištof|Rožle|Meta|Lucija-Neža',
    'Pečnik|Žagar|Vrhovec|Vodopivec|Rožanc|Trebušak|Klančar|Urankar|Pungartnik|Kosmatin|Prelovšek|Brezigar|Cvetrežnik|Gorjanc|Hribernik|Mlakar-Čuk|Šubelj|Tavčar|Vrečko',
  ),
  bulgarian: c(
    'Lyubomir|Gergana|Nedyalko|Dimitrina|Sevdalin|Tsveta|Radoslav-Velin|Bozhidara|Grozdan|Veselina|Spas|Milkana|Zlatina|Traycho|Yoanna|Doncho|Penka|Kalin',
    'Zhelyazkova|Tsonchev|Popstoyanova|Bozhkov|Dragoycheva|Hristozov|Kirkova|Mitrushev|Strashimirova|Yanchulev|Voynikova|Topuzov|Chobanova|Karadzhov|Mladenova-Pencheva|Nedeva',
  ),
  lithuanian: c(
    'Dainora|Aistė|Indrė|Vilija|Linas|Skaistė|Ramūnas|Audrius|Valdas|Mantas',
    'Bagdonavičius|Raudonytė|Stankūnas|Mockutė|Dambrauskas|Gudaitienė|Liutkevičius|Šimkūnaitė|Rimkevičius|Jurgaitytė|Sabaliauskas|Norkus|Žilinskienė|Pranckevičius|Čepulis',
  ),
  latvian: c(
    'Sarmīte|Aigars|Edgars|Ilga|Normunds|Anda|Gunta|Māris|Rūdolfs|Agnese|Dzintars|Vija|Kārlis|Sandris',
    'Strautmane|Sproģis|Mežulis|Dzenis|Kļaviņa|Rozīte|Lācis|Vanaga|Šteinbergs|Dimants|Priede',
  ),
  peruvian: c(
    'Huáscar|Teófilo|Yanet|Edwin|Ruperto|Melchora|Celestino|Yesica|Abdón|Hipólito|Nilda|Grimaldo|Eusebia',
    'Choquehuanca|Yucra|Cusipuma|Layme|Huanca|Puma|Ccallo|Sucasaca|Coaquira|Villca|Ccapa|Ancco',
  ),
  amharic: c('Abiy|Yeshiwork|Misrak|Gashaw|Sisay|Genet|Ermias', 'Gebeyehu|Shiferaw|Belay|Worku-Dagne|Yimer'),
  swahili: c(
    'Khamisi|Ramadhani|Issa|Pendo|Riziki|Asha|Nuru',
    'Mwakalinga|Kisanga|Nnauye|Mkapa|Magesa|Kitwana|Mussa|Lugendo|Chacha|Mbilinyi|Mwansasu|Kapinga|Nyalandu',
  ),
  sinhala: c(
    'Ishara|Nadeeka|Sachini|Dulanjali|Hasitha|Thushari|Madushan|Pradeep-Lal|Gayani|Isuru|Sewwandi|Janith|Kumudu|Dilhani',
    'Gunathilaka|Wijesuriya|Samaraweera|Weerasinghe|Hettiarachchi|Ranasinghe|Munasinghe|Gamage|Wanniarachchi',
  ),
  thai: c(
    'Wanida|Nongnuch|Weerapong|Surachet|Sutthisak|Orathai|Krit|Jintana|Phakphum|Yupin|Kulap|Somsak',
    'Boonyarit|Sirikul|Intarasuk|Wattanachai|Ratanaporn|Phromphan|Chuenchom|Nilsuwan|Songsri|Khemthong|Meesuk',
  ),
  malay: c(
    'Nor Hidayah|Syahirah|Nabilah|Aiman|Fatin|Syafiq|Najwa|Irdina|Aqilah|Danial|Hakimi',
    'bin Saad|binti Harun|bin Kamaruzaman|bin Ghazali|binti Salleh|bin Azhar|bin Ramli|binti Mahmud|binti Taib|binti Latif',
  ),
  maori: c(
    'Matiu|Hine|Kiri|Tawhai|Waimarie|Arapeta|Tui|Kura|Hohepa|Ataahua|Mikaere|Rewi',
    'Te Whaiti|Houkamau|Tamatea|Tukukino|Tahana|Mahuika|Ngarimu|Takerei|Tipoki|Rikihana',
  ),
  breton: c('Herve|Gwenaël|Gurvan|Konogan|Armelle|Malo|Lenaïg', 'Cadiou|Guéguen|Le Dû|Coatanéa|Kerboul|Penven'),
  sorbian: c(
    'Mjertyn|Beno|Milenka|Michał|Syla|Jurko',
    'Wjenka|Kowar|Šěn|Dźisławk|Nawka|Zahrodnik|Šiman|Mróz|Kokla|Wałda|Čórlich|Róla|Rychtar',
  ),
  armenian: c(
    'Nune|Karine|Hrachya|Narek|Samvel|Lilit|Artak|Garik|Tatevik|Hayk|Sona',
    'Hovhannisyan|Abrahamyan|Danielyan|Babayan|Karapetyan|Martirosyan|Mnatsakanyan|Simonyan|Ayvazyan|Arakelyan|Yeghiazaryan',
  ),
  twi: c('Kwasi|Adoma|Serwah|Obenewaa', 'Nyantakyi|Oppong|Addo|Kyeremeh|Manu'),
  ewe: c(
    'Makafui|Eyram|Xorla|Sitsofe|Elorm|Senam|Fafa|Mawunya|Dzidzor|Korbla',
    'Ahiabor|Amedzro|Klutse|Adzah|Akpalu|Fiadzo|Agbodza|Dzamesi|Avevor|Sosu|Attipoe|Dotse|Afeti',
  ),
  hausa: c(
    'Dauda|Audu|Talatu|Ummulkhair|Ado|Saratu',
    'Garko|Yola|Zaria|Tsanyawa|Gezawa|Dawakin|Gaya|Karaye|Birnin-Kudu|Kafin-Hausa|Malumfashi|Funtua|Daura',
  ),
  somali: c(
    'Nasteexo|Abdikarim|Axmed|Yaasiin|Luul|Khadar|Ilhaan',
    'Faarax|Ciise|Hiiraal|Jimcaale|Geelle|Barre|Qaasim|Madar|Buux',
  ),
  wolof: c(
    'Rokhaya|Khady|Serigne|Abdoulaye-Bamba|Bineta|Yacine|Alioune|Ndella|Fatimata|Saliou|Adja',
    'Niang|Diouf|Sow|Dieng|Lo|Gaye|Fall|Wade|Dia|Ba|Sène|Dramé',
  ),
  pashto: c(
    'Noorullah|Rahmatullah|Zarghona|Hayatullah|Nazo|Obaidullah|Marjan|Kifayatullah|Nazia',
    'Sadozai|Ishaqzai|Momand|Kharoti|Andar|Sulaimankhel|Muhammadzai|Hotak',
  ),
  uzbek: c(
    'Bakhodir|Feruza|Nigora|Shakhnoza|Dilshod|Mokhira|Akmal|Gavhar|Sanjar|Barno|Jakhongir|Lola|Shukhrat|Dildora|Munisa|Kamoliddin',
    'Tursunov|Rakhimova|Mirzayeva|Nurmatova|Saidova|Khodjayev|Usmonova|Ismoilov|Yuldasheva|Kholmatov|Rasulova|Sobirov|Azimova|Juraev|Tashpulatova|Normurodov|Olimova|Boboyev',
  ),
  kazakh: c(
    'Dana|Aiman|Erbol|Gaukhar|Berik|Assel|Arman|Sanzhar|Togzhan',
    'Zhaksybekov|Baimukhanova|Ospanov|Zhumabayeva|Bekova|Utemuratov|Kunanbayev|Sarsenbayeva|Tulegenov|Mukhametkaliyeva|Zhunusov|Abdrakhmanova|Yessenov|Kairatova|Nurgaliyev|Smagulova|Temirkhanov',
  ),
  mongolian: c(
    'Tsetsegmaa|Oyuuntuya|Khulan|Ariunaa|Bilguun|Uuganbayar|Tuvshin|Anujin|Byambajav',
    'Bayarsaikhan|Tsogtbayar|Gankhuyag|Erdenechimeg|Nyamdavaa|Davaadorj|Badamkhand|Munkhzul|Chuluunbaatar|Tumenjargal|Luvsandorj|Bayartsetseg',
  ),
  khmer: c(
    'Sreyleak|Sokunthea|Malis|Vuthy|Chantrea|Sothea|Kunthea|Ratanak|Sreynich|Vibol|Chanmony|Samnang|Kosal|Navy',
    'Chhun|Vong|Phirun|Tep|Nuon|Chea|Hout|Khun|Ros',
  ),
  hmong: c('Kia|Pheng|Bee|Shoua|Yia|Tsua|Paj Ntaub|Kou|Txawj|Vam|Choua', 'Her|Lo|Hang|Kue|Fang|Thor|Pha|Ly|Heu'),
  maltese: c('Ġużè|Grezzju|Mattew|Ċikku|Alexia|Kelinu|Lonza|Saverju|Frenċ|Marjanna', 'Attard|Formosa|Mallia|Pace'),
  icelandic: c(
    'Sigurbjörg|Snædís|Ylfa|Ármann|Dagbjört|Fjölnir|Jökull|Kristrún|Ljótur|Marteinn|Sólrún|Torfi|Valgerður|Þorgils|Ægir',
    'Hrafnsson|Haraldsson|Sæmundsdóttir|Brynjarsson|Þórhallsson|Ketilsdóttir|Hjörleifsdóttir|Snorrason|Þráinsdóttir|Ísleifsson|Bjarnhéðinsdóttir|Hermannsson|Þórólfsdóttir',
  ),
  albanian: c(
    'Teuta|Gentian|Artan|Lumturi|Luan|Majlinda|Elira|Donika|Skënder|Ardita',
    'Hysaj|Mustafaj|Zeneli|Xhafa|Cela|Leka|Prifti|Kola|Muça|Topalli|Bejko|Kurti|Veliu|Ahmetaj|Sulejmani|Bushati|Mema',
  ),
  samoan: c('Tauiliili|Saufoi|Luamanu|Fa’atonu|Loimata', 'Toala|Leavasa|Masoe|Taetuna|Ulugia|Sila|Faalogo'),
  fijian: c(
    'Pauliasi|Mereseini|Timoci|Vasemaca|Eroni|Asenaca|Isikeli|Maika',
    'Sokiveta|Naqelevuki|Ravuvu|Tikoisuva|Matanitobua|Koroivuki|Tuidraki|Delana|Rokoduru|Vunivalu',
  ),
};

/** Short words and particles that name several cultures' names and are not counted as overlap. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'le',
  'te',
  'de',
  'bin',
  'binti',
  'abu',
  'oo',
  'lo',
  'ter',
  'du',
]);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  38,
  TYPED,
  PARTICLES,
);
