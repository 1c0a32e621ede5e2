import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** A culture typed as two `|`-separated lists (given names, family names). */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 37's own name lists, typed by hand for this set: tenants, landlords, owners, buyers, guests, caretakers
 * and agents in many countries, so many cultures (rare given and family names of each, since 36 earlier sets
 * drew from many of the same cultures). At load every name sharing a word with a PERSON label of an earlier
 * set (or the development set or corpus) is dropped, and a culture left with fewer than four of either is
 * dropped too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  fijian: c(
    'Ratu Epeli|Adi Litiana|Seremaia|Vilisoni|Makereta|Tevita-Lagi|Kelera|Ulaiasi|Salanieta|Josaia-Vuki|Akanisi|Pauliasi',
    'Nailatikau|Waqanivalu|Rabukawaqa|Tuilovoni|Vakaloloma|Qarikau|Ratuvou|Sokiveta|Bulivou|Veikune|Naivalurua|Dakuitoga',
  ),
  samoan: c(
    'Tuilagi|Faamanu|Leota-Sina|Malaeulu|Siueva|Tauiliili|Fuimaono|Lemalu|Pepelini|Saufoi|Moevasa|Tanielu',
    'Leiataua|Aumavae|Faleolo|Tuimavave|Seiuli|Lealaiauloto|Sapolu|Amituanai|Mulitalo|Tafuna|Fonoti|Vaovasa',
  ),
  tongan: c(
    'Sione-Lātū|Mele-Heilala|Taniela|Lesieli|Viliami-Fifita|Sālote|Tēvita|Ana-Lupe|Kalolaine|Siaosi|Lusiana|Pita-Moala',
    'Fonua-Tangitau|Kaufusi|Halaholo|Vaipulu|Tuipulotu|Maka-Kioa|Fakatava|Hufanga|Pulu-Taufa|Lolohea|Tapueluelu|Fusimalohi',
  ),
  inuit: c(
    'Aputiarjuk|Ningiuq|Qajaaq|Arnaujaq|Piita-Kuu|Sheatie|Uqsuralik|Jaaji|Killiktee|Naulaq|Tiisi|Ooloota',
    'Kunuk|Akpaliapik|Qumangaapik|Ikkidluak|Angnakak|Pudlat|Qiatsuk|Kilabuk|Nowdlak|Arnatsiaq|Evaloardjuk|Tattuinee',
  ),
  cree: c(
    'Wapastim|Miskwaabik|Kisik|Nipiy|Amisk-Lorne|Sîsîp|Kihiw|Peyasiw|Achakos|Mahihkan|Wapusk|Kinosew',
    'Bearskin|Kitchemonia|Wapachee|Mianscum|Neeposh|Coonishish|Shecapio|Matoush|Petawabano|Iserhoff|Kanatewat|Saganash',
  ),
  navajo: c(
    'Hashké|Tsosie-Ray|Nizhoni|Dezbah|Ahiga|Yanaba|Bidziil|Shandiin|Haseya|Naalnish|Sahkyo|Tséhí',
    'Yazzie-Begaye|Tsinajinnie|Bitsuie|Nakai|Dedman|Haskie|Benally-Tom|Bedonie|Yellowhair|Manygoats|Largo-Nez|Tsinnijinnie',
  ),
  hawaiian: c(
    'Keoni-Kalā|Leilani-Mahina|Kawika|Noelani|Kaʻimi|Makana|Pualani|Iolana|Kealoha|Haunani|Kanoa|Maile-Lani',
    'Kahananui|Kealamakia|Kaleikini|Apana-Ho|Nakoa|Kamakawiwo|Keawekane|Kaniho|Kahaleua|Makekau|Kapahulehua|Aiona',
  ),
  maltese: c(
    'Ġanni-Pawl|Marvic|Ċettina|Wistin|Rożalinda|Kalċidonju|Ġorġina|Nazzarena|Frans-Xand|Mikiel-Ang|Dolinda|Reġinald|Żeppi|Ninu',
    'Cuschieri-Saliba|Ellul-Mercer|Ċachia-Zammit|Vassallo-Agius|Bonavia-Refalo|Grima-Schembri|Sammut-Zerafa|Borg-Olivier|Baldacchino-Psaila|Tabone-Vella|Mamo-Grech|Scicluna-Dimech|Gatt-Ellul|Sultana-Xuereb',
  ),
  icelandic: c(
    'Hrefnhildur|Þorvarður|Sigurlaug-Ýr|Ásmundína|Bergþóra|Eysteinn|Hólmfríður|Vígdögg|Ragnvaldur|Kolfinna|Þórhalla|Heimir-Snær|Auðbjörg|Jódís',
    'Hrafnkelsdóttir|Þorgeirsson|Sigurvinsdóttir|Ingimarsson|Brynhildardóttir|Steingrímsson|Vésteinsson|Hafþórsdóttir|Guðlaugsson|Ketilbjarnardóttir|Arnþórsson|Ormarsdóttir|Eyjólfsdóttir|Grímkelsson',
  ),
  albanian: c(
    'Dritëroja|Flutra|Gjergjina|Lirijeta|Petritë|Kaltrinë|Agronjeta|Valbonë|Fatosja|Ylberina|Shpëtim|Arbërore|Mimozë|Blerim',
    'Kadarëja|Gjonbalaj|Lleshanaku|Berishaj|Dervishaj|Xhaferllari|Prendushi|Muçollari|Kryemadhi|Bytyçaj|Hasanbelliaj|Shkurtajni|Zogaj|Frashëri-Leka',
  ),
  macedonian: c(
    'Blagoja|Snežana|Trajče|Verica|Kočo|Biljana|Gjorgji|Slavica|Ilija-Tome|Menka|Zlatko|Cvetanka',
    'Trajkovski|Stojanoska|Dimovski|Nikoloska|Kostovski|Petreska|Angelovski|Janevska|Todorovski|Ristovska|Gjorgievski|Mitreska',
  ),
  bosnian: c(
    'Mirsad|Adisa|Nedžad|Sabina-Emina|Edin|Lejla|Muhamed|Amela|Haris|Selma|Elvedin|Džana',
    'Hadžiabdić|Bešlagić|Omerbašić|Kurtović|Mujkanović|Sarajlić|Halilović|Pašalić|Ćatić|Begović|Hodžić|Muratović',
  ),
  georgian: c(
    'Levaniko|Ninuca|Zurabiko|Tamriko|Vakhtangi|Ketino|Shalvaiko|Mananiko|Revazi|Ekaterine|Tengizi|Marikuna|Nodari|Khatuna',
    'Javakhadze|Tseretlishvili|Gelovani|Kvaratskheli|Abashmadze|Chkheidzishvili|Bakhtadze|Gogolauri|Meskhishvili|Lortkipanadze|Kipshidze|Japaridzishvili|Bagrationi-Mukh|Chikovani',
  ),
  armenian: c(
    'Hovsep|Anahita|Vardges|Siranoush|Gurgenik|Astghikanush|Tiratur|Lusabats|Arshakuhi|Nunufar|Mkrtum|Gayaneh|Zabel|Khoren',
    'Hakobjanyan|Ghazarosyan|Mkrtumyan|Sargsjants|Babalyan|Martirosjants|Harutjunyan|Vardazaryan|Poghossian|Ohanjanian|Tumasyan|Khachikyan|Ter-Petrosov|Gasparyants',
  ),
  twi: c(
    'Akwasiwa|Yaaba|Kwasinyo|Afuaba|Kofiwaa|Abenaa|Kwakuwa|Amankwaa|Kwadwoa|Adwoaba|Kwamena|Esinam|Obaapa|Nhyira',
    'Asantewaah|Boatemaa|Ofori-Kuragu|Oseibonsu|Mensah-Bonsu|Agyemang-Duah|Darkowaa|Owusu-Ansah|Antwi-Boasiako|Gyamfuaa|Asare-Bediako|Kyerematen|Opoku-Agyemang|Frimpong-Manso',
  ),
  ewe: c(
    'Seloame|Dzifanu|Elinam|Enyonyam|Kekelikem|Mawuena|Sedinam|Yayrato|Edinam|Senyo|Delanyo|Aseyenam|Etornam|Korku',
    'Agbenyegah|Dzokotoe|Amegashitsi|Kpodonu|Akpabliwo|Gbehonu|Adzrakuwo|Dogbevi|Tsikatanu|Kudjawuvi|Fiadzigbe|Agbemabiase|Ahiabenu|Gbedemah',
  ),
  hausa: c(
    'Aminatu|Hauwau|Lawali|Zainabu|Garbati|Rabiatu|Saniyo|Hadizatu|Balarabe|Salamatun|Danjumai|Ladidi|Inuwa|Tanimu',
    'Dankwambau|Bichiyo|Kazaurawa|Yakasaiwa|Dambazawa|Gwarzawa|Kangiwau|Tsafewa|Gusauwa|Jegawa|Zuruwa|Dutsinmawa|Danbatta|Kiruwa',
  ),
  somali: c(
    'Abdirisaq|Hodanleh|Abdiwahid|Faaduma|Mahadalle|Sahro|Cabdiqani|Ifraax|Libaan|Ubaxo|Guuleedo|Shukria|Xaawo|Cawil',
    'Warsamale|Jaamac-Gees|Cabdullaahi|Faaraxleh|Xirsiyo|Nuurow|Cilmiyo|Aadanow|Guleidow|Samatarre|Ugaasow|Dualehle|Gaashaan|Xaashi-Dirir',
  ),
  tigrinya: c(
    'Tesfay|Mebrat|Haile-Selassie|Saba|Yonas|Senait|Berhane|Tsega|Ghebre|Rahwa|Kidane|Luwam',
    'Gebremedhin|Weldemichael|Tekle|Habtemariam|Berhe|Gebrehiwet|Asfaha|Tesfamariam|Woldegiorgis|Kahsay|Negash|Hailemariam',
  ),
  wolof: c(
    'Mamadou-Dial|Ndèye-Coura|Cheikhouna|Aminata-Binta|Babacarine|Khadija-Sy|Modou-Kara|Astou-Diaw|Ousmanou|Coumba-Rokhaya|Pape-Mor|Fatou-Bintou|Sokhna|Mbaye-Gana',
    'Ndiaye-Diagne|Dioufane|Sarrène|Fayène|Mbayène|Gueyène|Ndourou|Niangane|Sèneka|Thiawène|Diengou|Mbouprou|Seck-Kébé|Ndoye-Mbengue',
  ),
  pashto: c(
    'Zarminay|Gulalaiy|Wahidyar|Spogmaiy|Sher-Khanai|Malalaiy|Rahmatyar|Palwashay|Hikmatyar|Nazoy|Zalmaiy|Shabnamay|Gulpacha|Mirwais-Jan',
    'Yousafkhel|Afridikhel|Durranizai|Khattakzai|Popalzaiy|Mohmandkhel|Shinwarizai|Achakzaiy|Barakzaiy|Niazikhel|Orakzaiy|Wardakzai|Safikhel|Tarakai',
  ),
  dari: c(
    'Farid|Mursal|Habibullah|Tahmina|Jawid|Farkhunda|Nasrin|Samiullah|Roya|Khalil|Fereshta|Mahbub',
    'Rahimi|Hashimi|Karimi|Amiri|Sadat|Nazari|Azimi|Qaderi|Ahmadzai|Sultani|Hakimi|Jalali',
  ),
  uzbek: c(
    'Dilnoza|Jasur|Malika|Bekzod|Nodira|Sardor|Gulnora|Otabek|Zarina|Sherzod|Mohira|Ulugbek',
    'Yusupova|Rakhimov|Tashkentova|Karimov|Abdullaeva|Ergashev|Nazarova|Khodjaev|Sultanova|Umarov|Mirzaeva|Saidov',
  ),
  kazakh: c(
    'Aigerimay|Nursultanbek|Danagul|Yerlanbek|Zhanarkul|Bauyrzhanbek|Saulegul|Dauletbek|Aizhankul|Askarbek|Gulnarkul|Timurlanbek|Kuralay|Zhansaya',
    'Nurpeisova-Tuleu|Abenkyzy|Zhakupbekov|Tokayuly|Seitkaliuly|Mukanuly|Baimukhambetov|Kenzhebaikyzy|Suleimenuly|Dzhaksybekuly|Ospanuly|Utemisuly|Zhubanyshev|Kassymkhanov',
  ),
  mongolian: c(
    'Batbayarmaa|Oyunchimegee|Ganboldbaatar|Sarnaichimeg|Enkhbatsaikhan|Altantsetsegmaa|Tömörsükh|Nominzul|Bold-Enkh|Tsetsegdari|Munkhbayar|Khulangoo|Ariunzaya|Gantulga',
    'Tserendorjiin|Dashdondogiin|Gankhuyagiin|Lkhagvasurengiin|Purevdorjiin|Batmunkhiin|Sukhbaatariin|Enkhtuvshingiin|Damdinsurengiin|Ochirbatiin|Byambasurengiin|Jargalsaikhaniin|Tsogtbaatariin|Naranbaatariin',
  ),
  khmer: c(
    'Sokhalina|Chanthoeun|Vuthea|Sreymao|Darareaksmey|Bophal|Pisethra|Chendaly|Rithisak|Sopheaktra|Vannaroth|Kanhchana|Sovannarith|Leakhena',
    'Chhayvann|Sokhomphal|Nhemsovann|Pheapkosal|Touchsreng|Keosophal|Oukpiseth|Prakvuthy|Hengsamrin|Cheamony|Yimsarin|Measpheap|Sumsokha|Kimsrun',
  ),
  lao: c(
    'Souksavanh|Phonesavanh|Khamla|Vilayphone|Somsanouk|Bounmy|Chanthaly|Kongsy|Phetsamone|Vanhsy|Souphanh|Malavanh',
    'Phommachanh|Sisouphanthong|Keomany|Vongphachanh|Inthavong|Khounvisith|Phanthavong|Sengsouriya|Chanthavong|Bounkhong|Siphandone|Thammavongsa',
  ),
  burmese: c(
    'Thandarmoe|Kyaw Zwar|Hnin Ei Phyu|Zaw Myo Htet|Moe Thidar|Aung Thurein|Ei Shwe Sin|Min Khant Kyaw|Nilar Htwe|Htet Aung Lin|Su Myat Noe|Myo Thant Zin|Khin Yadanar|Pyae Sone',
    'Thein Htike|Tun Lwin Oo|Win Naing Kyaw|Myint Mo Aye|Oo Yin Mon|Htun Zaw Lin|Soe Paing|Maung Maung Latt|Zaw Win Htut|Hlaing Bwar|Kyi Pyar|Naing Lin Aung|Thant Zin Phyo|Wai Yan Moe',
  ),
  hmong: c(
    'Paj Ntaub|Txooj Tuam|Maiv Kub|Xeev Yeeb|Nous Hlub|Tshoj Lwm|Yeeb Ntxhi|Npis Nyiaj|Kab Zuag|Neeb Txiaj|Paaj Tsim|Suav Ntxawm|Ntxawg Lis|Choua Lis',
    'Vaj Lauj|Xyooj Tsab|Yaj Muas|Thoj Lwm|Muas Khaab|Lis Hawj|Vwj Xyooj|Haam Yaaj|Tsaab Vaaj|Khaab Thoj|Kwm Lauj|Lauj Xyooj|Hawj Muas|Tsheej Vaj',
  ),
  sorbian: c(
    'Jurjo|Hańžka|Měrćinka|Wóršla|Bjarnatk|Madlenka|Hincko|Lejnka|Michałk|Marjanka|Pětrik|Hilžbjeta|Korla|Dorotejka',
    'Nowakec-Krawcec|Šołćina|Wjeńkec|Kralowa|Młynkowa|Brězanec|Kochankec|Wićazowa|Cyžowa|Ryćerjec|Hrjehorec|Nukowa|Zejlerowa|Šěnecka',
  ),
  breton: c(
    'Gwenaëlle-Mai|Maiwennig|Erwanig|Nolwennig|Tanguydig|Gwenolaig|Alanig|Katellig|Yannigoù|Enoraig|Riwalon|Anaigig|Morvan-Gwenn|Tudualig',
    'Le Goffic-Kerr|Kerhervéig|Le Bihannic|Guivarc’hig|Le Floc’hmoan|Kervellaig|Quéménerig|Le Gallou|Tanguyig|Le Meurig|Pennecig|Kerdraonig|Kerjean-Moal|Le Roux-Kerleau',
  ),
  sardinian: c(
    'Efisiu|Bonariedda|Gavinu|Itriedda|Antiocu|Maddalenedda|Salvadori|Graziedda|Giommariedda|Peppinedda|Baingiu|Giuannicca|Larentu|Sebustianu',
    'Pinnedda|Sannai|Deianas|Porcheddu|Murgiai|Pirastu|Mereddu|Cabrasu|Loddai|Usaiedda|Mulargia|Serradimigni|Zucca-Tronci|Sechi-Ladu',
  ),
  luxembourgish: c(
    'Jemp|Marie-Jeanne|Fernand|Josiane|Guy|Renée|Nico|Mady|Romain|Yvette|Camille|Gaston',
    'Weydert|Kieffer|Reuter|Schmit-Hoffmann|Thill|Wagener|Bettendorf|Theisen|Hilger|Krier|Goedert|Steichen',
  ),
  georgian_mountain: c(
    'Lasha|Salome|Beka|Mariam|Irakli|Natia|Davit|Lela|Gela|Tinatin|Akaki|Maia',
    'Margiani|Gvarliani|Dadeshkeliani|Kaldani|Chartolani|Khergiani|Ratiani|Gurchiani|Japaridze-Kvitsiani|Nakani|Liparteliani|Pirtskhelani',
  ),
  greek_cypriot: c(
    'Panayiotis|Eleni|Andreas|Chrystalla|Kyriakos|Loukia|Stelios|Androulla|Charalambos|Evdokia|Sotiris|Antigoni',
    'Hadjipetrou|Kyprianou|Ioannides|Christodoulides|Stylianou|Charalambous|Papadopoulou|Theodorou|Kleanthous|Neophytou|Mavrommatis|Zenonos',
  ),
};

/** Short words and particles that name several cultures' names and are not counted as overlap. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'le',
  'van',
  'der',
  'de',
  'da',
  'bin',
  'binti',
  'el',
  'ratu',
  'adi',
]);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  37,
  TYPED,
  PARTICLES,
);
