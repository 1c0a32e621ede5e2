// Set 13 first: its names module reads the earlier sets at load, which must not start inside this cycle.
import '../privacy-testset13/index.js';
import { letterWordOverlap } from '../earlier-test-sets.js';

/**
 * Set 23's own name lists, typed by hand for this set (Latin transcriptions): given and family names
 * of many cultures, chosen apart from set 22's. Every name that shares a word with a PERSON label of
 * an earlier set, the development set or the corpus is dropped at load (`cultures()`); a culture left
 * with fewer than four given or family names is dropped altogether.
 */
export interface Culture {
  given: readonly string[];
  family: readonly string[];
}

const TYPED: Record<string, Culture> = {
  faroese: {
    given: ['Rógvi', 'Sjúrður', 'Turið', 'Eyðun', 'Bárður', 'Guðrið', 'Jóannes', 'Sunneva'],
    family: ['Joensen', 'Poulsen', 'Dalsgaard', 'Hammershaimb', 'Djurhuus', 'Niclasen', 'Olsen á Fløtti', 'Mikkelsen'],
  },
  sami: {
    given: ['Áilu', 'Máret', 'Ánde', 'Elle', 'Niillas', 'Biret', 'Jovnna', 'Sárá'],
    family: ['Somby', 'Gaup', 'Utsi', 'Balto', 'Sara', 'Eira', 'Turi', 'Mienna'],
  },
  frisian: {
    given: ['Tsjerk', 'Wopke', 'Hiltsje', 'Sjoukje', 'Jelle', 'Gerlof', 'Tjitske', 'Baukje'],
    family: ['Hettema', 'Wadman', 'Sybesma', 'Bouma', 'Dykstra', 'Terpstra', 'Hoekstra', 'Altena'],
  },
  romansh: {
    given: ['Gion', 'Duri', 'Mengia', 'Flurina', 'Curdin', 'Ladina', 'Men', 'Seraina'],
    family: ['Caduff', 'Cathomen', 'Casanova', 'Derungs', 'Tuor', 'Vincenz', 'Darms', 'Cavelty'],
  },
  ladin: {
    given: ['Tone', 'Ojep', 'Rosmarie', 'Lujia', 'Franzl', 'Hilda', 'Iaco', 'Netta'],
    family: ['Dapunt', 'Kostner', 'Pescosta', 'Irsara', 'Crazzolara', 'Complojer', 'Vallazza', 'Insam'],
  },
  aromanian: {
    given: ['Tachi', 'Sterie', 'Zoița', 'Mitrache', 'Varvara', 'Nacu', 'Tuli', 'Cola'],
    family: ['Caragiani', 'Papahagi', 'Dimonie', 'Cuvata', 'Gica', 'Nicolaidi', 'Belimace', 'Muşi'],
  },
  gagauz: {
    given: ['Todur', 'Mariya', 'Petri', 'Dimitri', 'Kostaki', 'Stepanida', 'Yanaki', 'Olga', 'Vasi', 'Tanasi', 'Koça'],
    family: ['Zanet', 'Kurudimov', 'Marunevich', 'Kapaklı', 'Chakir', 'Kara', 'Formuzal', 'Dobrioglo'],
  },
  crimeanTatar: {
    given: ['Reşat', 'Ayşe', 'Bekir', 'Lenara', 'Eldar', 'Zarema', 'Ruslan', 'Esma'],
    family: ['Çubarov', 'Kırımlı', 'Ablaev', 'Seitbekirov', 'Umerov', 'Memetov', 'Bilyalov', 'Aliev'],
  },
  bashkir: {
    given: [
      'Zaki',
      'Gulshat',
      'Salawat',
      'Aygul',
      'Ilshat',
      'Zulfiya',
      'Rinat',
      'Alsu',
      'Timerbay',
      'Yumabika',
      'Kinzyabay',
      'Gaynislam',
    ],
    family: ['Validi', 'Yulayev', 'Kireyev', 'Mazhitov', 'Ishmurzin', 'Bikbov', 'Nurgaliev', 'Sultangulov'],
  },
  kalmyk: {
    given: ['Badma', 'Bairta', 'Erdni', 'Kermen', 'Sanal', 'Delgir', 'Mergen', 'Ayana', 'Nimgir', 'Bembya', 'Kishta'],
    family: ['Ochirov', 'Gorodovikov', 'Kugultinov', 'Dordzhiev', 'Mukhlaev', 'Basangov', 'Erdniev', 'Sangadzhiev'],
  },
  sakha: {
    given: [
      'Aital',
      'Sardaana',
      'Ayaal',
      'Kyunnei',
      'Nyurgun',
      'Tuyaara',
      'Erchim',
      'Saina',
      'Keskil',
      'Dygyn',
      'Chagylgan',
      'Kuorsunaakh',
      'Tuskul',
    ],
    family: ['Oyunsky', 'Ammosov', 'Tarabukin', 'Kulakovsky', 'Nikiforov', 'Gotovtsev', 'Sivtsev', 'Okoneshnikov'],
  },
  buryat: {
    given: [
      'Bair',
      'Sesegma',
      'Zorigto',
      'Darima',
      'Tsyren',
      'Erzhena',
      'Bato',
      'Sayana',
      'Dugar',
      'Balzhima',
      'Zhargal',
    ],
    family: ['Dorzhiev', 'Tsydypov', 'Namsaraev', 'Zhamsuev', 'Dashinimaev', 'Batomunkuev', 'Tsybikov', 'Bal'],
  },
  tuvan: {
    given: ['Aidys', 'Choduraa', 'Aldyn', 'Sailyk', 'Ochur', 'Chechek', 'Buyan', 'Aianmaa'],
    family: [
      'Mongush',
      'Oorzhak',
      'Kuular',
      'Saryglar',
      'Ondar',
      'Sat',
      'Dongak',
      'Khovalyg',
      'Kuzhuget',
      'Sedip',
      'Dopchun',
    ],
  },
  kyrgyz: {
    given: ['Azamat', 'Aizada', 'Bektur', 'Cholpon', 'Nurlanbek', 'Gulzat', 'Ulan', 'Begimai'],
    family: ['Abdyldaev', 'Temirkulov', 'Jumabaeva', 'Sydykov', 'Toktogulov', 'Mambetaliev', 'Osmonov', 'Sarybaev'],
  },
  turkmen: {
    given: ['Merdan', 'Ogulgerek', 'Batyr', 'Jeren', 'Serdar', 'Aýna', 'Döwlet', 'Maýsa'],
    family: [
      'Orazgeldiyev',
      'Annaberdiyev',
      'Gurbanmyradov',
      'Hojamuhammedov',
      'Berdiyev',
      'Atayeva',
      'Kakabayev',
      'Nurmuhammedov',
    ],
  },
  uyghur: {
    given: ['Ilham', 'Mihrigul', 'Abdukerim', 'Gulnar', 'Perhat', 'Zulpiye', 'Memet', 'Reyhangul'],
    family: ['Tohti', 'Tursun', 'Qadir', 'Imin', 'Hoshur', 'Abliz', 'Yasin', 'Niyaz'],
  },
  tajik: {
    given: ['Farrukh', 'Manizha', 'Sherali', 'Dilrabo', 'Firdavs', 'Nilufar', 'Bahrom', 'Tahmina'],
    family: ['Rahmonov', 'Nazarova', 'Sharipov', 'Davlatov', 'Qodirov', 'Safarova', 'Mirzoev', 'Jurayev'],
  },
  pashtun: {
    given: ['Zarlasht', 'Wahidullah', 'Spozhmai', 'Gulalai', 'Shinwari', 'Nangyalai', 'Palwasha', 'Zmarai'],
    family: [
      'Achakzai',
      'Popalzai',
      'Mohmand',
      'Yousafzai',
      'Kakar',
      'Afridi',
      'Durrani',
      'Barakzai',
      'Jadran',
      'Mangal',
      'Zadran',
      'Ghilzai',
      'Tanai',
      'Shilmani',
    ],
  },
  kurmanji: {
    given: ['Rojhat', 'Berfin', 'Dilovan', 'Hêvî', 'Zinar', 'Rojda', 'Azad', 'Zelal'],
    family: ['Botan', 'Zaxoyî', 'Amedî', 'Hesko', 'Bedirxan', 'Cizîrî', 'Şemo', 'Barzani'],
  },
  avar: {
    given: ['Magomed-Rasul', 'Patimat', 'Gadzhi', 'Zagidat', 'Shamil', 'Aminat', 'Gasan', 'Muslimat'],
    family: ['Gamzatov', 'Magomedova', 'Khiriyasulov', 'Dibirov', 'Omarov', 'Kurbanova', 'Saidov', 'Nurmagomedov'],
  },
  chechen: {
    given: ['Dzhokhar', 'Zelimkhan', 'Zulay', 'Aslanbek', 'Madina', 'Turpal', 'Kheda', 'Apti'],
    family: ['Dudaev', 'Yandarbiev', 'Mutsuraev', 'Baysarov', 'Elmurzaev', 'Khasiev', 'Dzhabrailov', 'Tsaraev'],
  },
  abkhaz: {
    given: ['Daur', 'Nelli', 'Astamur', 'Gunda', 'Beslan', 'Amra', 'Temur', 'Lana'],
    family: ['Ardzinba', 'Bagapsh', 'Chachba', 'Lakoba', 'Gumba', 'Ankvab', 'Khajimba', 'Tarba'],
  },
  laz: {
    given: ['Mirza', 'Nazlı', 'Hasan Helimişi', 'Ruhiye', 'Cemil', 'Melek', 'Ziya', 'Hamiyet'],
    family: ['Koçiva', 'Xoxa', 'Tandilava', 'Bucaklişi', 'Hopali', 'Ardeşenli', 'Kemalpaşalı', 'Lazoğlu'],
  },
  malayalam: {
    given: ['Unnikrishnan', 'Sreelakshmi', 'Vineeth', 'Aswathy', 'Jithin', 'Nimisha', 'Prajeesh', 'Anjali'],
    family: ['Panicker', 'Kurup', 'Nambiar', 'Thampi', 'Menon', 'Pillai', 'Kaimal', 'Varghese'],
  },
  telugu: {
    given: ['Venkatesh', 'Sravani', 'Chaitanya', 'Lavanya', 'Srinivasulu', 'Haritha', 'Rambabu', 'Keerthana'],
    family: ['Yarlagadda', 'Kommineni', 'Gollapudi', 'Velagapudi', 'Bhogadi', 'Pinnamaneni', 'Tadepalli', 'Chebrolu'],
  },
  odia: {
    given: ['Subhashree', 'Debasis', 'Itishree', 'Biswajit', 'Sasmita', 'Pradyumna', 'Lopamudra', 'Manas'],
    family: ['Mohapatra', 'Panigrahi', 'Samantaray', 'Pattnaik', 'Behera', 'Mishra', 'Routray', 'Senapati'],
  },
  assamese: {
    given: ['Bhupen', 'Jonali', 'Hiren', 'Pranjal', 'Dipanjali', 'Zubeen', 'Nilakshi', 'Rituraj'],
    family: [
      'Bordoloi',
      'Hazarika',
      'Gogoi',
      'Saikia',
      'Barua',
      'Phukan',
      'Bhuyan',
      'Kalita',
      'Dowerah',
      'Borgohain',
      'Rajkhowa',
      'Chaliha',
    ],
  },
  sindhi: {
    given: ['Jethanand', 'Kavita', 'Hiranand', 'Bhagwanti', 'Lachman', 'Sushila', 'Dayaram', 'Rupa'],
    family: ['Advani', 'Lalwani', 'Mirchandani', 'Jagtiani', 'Hiranandani', 'Bhambhani', 'Wadhwani', 'Vaswani'],
  },
  sinhala: {
    given: ['Dilshan', 'Chamari', 'Kasun', 'Nadeesha', 'Thilina', 'Sandamali', 'Lahiru', 'Ishara'],
    family: [
      'Wickramasinghe',
      'Jayawardena',
      'Gunawardena',
      'Rajapaksha',
      'Senanayake',
      'Dissanayake',
      'Ekanayake',
      'Herath',
    ],
  },
  tibetan: {
    given: [
      'Tenzin',
      'Dolkar',
      'Lobsang',
      'Pema',
      'Tsering',
      'Yangchen',
      'Sonam',
      'Dawa',
      'Ngawang',
      'Chokyi',
      'Jampa',
      'Kelsang',
    ],
    family: ['Norbu', 'Gyatso', 'Wangmo', 'Dhondup', 'Lhamo', 'Tashi', 'Choedon', 'Phuntsok'],
  },
  khmer: {
    given: [
      'Sopheap',
      'Vannak',
      'Sreymom',
      'Rithy',
      'Chantha',
      'Sokha',
      'Bopha',
      'Piseth',
      'Sovannara',
      'Chenda',
      'Rattanak',
    ],
    family: ['Chhay', 'Sokhom', 'Touch', 'Heng', 'Ouk', 'Kheang', 'Sam', 'Prak', 'Nhem', 'Mao', 'Chum', 'Yim', 'Sorn'],
  },
  lao: {
    given: [
      'Souphanouvong',
      'Keo',
      'Bounmy',
      'Chanthaly',
      'Somsanouk',
      'Vilayvanh',
      'Phetsamone',
      'Noy',
      'Thongsavanh',
      'Khamphoui',
      'Vongphachanh',
      'Souksavanh',
    ],
    family: ['Phommachanh', 'Sisavath', 'Vongsay', 'Keomany', 'Inthavong', 'Douangdara', 'Sayavong', 'Chanthavong'],
  },
  batak: {
    given: ['Togar', 'Rumondang', 'Parlindungan', 'Tiurma', 'Hotman', 'Rosmauli', 'Bonar', 'Tiominar'],
    family: [
      'Sitompul',
      'Simanjuntak',
      'Hutapea',
      'Siregar',
      'Panjaitan',
      'Sihombing',
      'Lumbantobing',
      'Nainggolan',
      'Hutabarat',
      'Tampubolon',
      'Marpaung',
      'Silalahi',
      'Pangaribuan',
    ],
  },
  minangkabau: {
    given: ['Rangkayo', 'Yulinar', 'Darmansyah', 'Nurhayati', 'Ferizal', 'Rahmi', 'Syafrizal', 'Mardiah'],
    family: [
      'Chaniago',
      'Piliang',
      'Tanjung',
      'Koto',
      'Sikumbang',
      'Jambak',
      'Caniago',
      'Malayu',
      'Pisang',
      'Sumagek',
      'Mandahiliang',
      'Bodi',
      'Guci',
    ],
  },
  ilocano: {
    given: [
      'Bannawag',
      'Rosalinda',
      'Florencio',
      'Marites',
      'Teodulo',
      'Lorna',
      'Ariel',
      'Gemma',
      'Segundino',
      'Pacita',
      'Estrelita',
      'Valentin',
    ],
    family: ['Agbayani', 'Ramiscal', 'Pacis', 'Bumanglag', 'Ulep', 'Domingo', 'Tabangcura', 'Rabago'],
  },
  maori: {
    given: ['Wiremu', 'Aroha', 'Rāwiri', 'Mere', 'Tamati', 'Huia', 'Hēmi', 'Ngaio'],
    family: ['Ngata', 'Tawhiao', 'Parata', 'Pōmare', 'Rangihau', 'Te Rangi', 'Wharepapa', 'Tūhoe'],
  },
  samoan: {
    given: ['Tuilagi', 'Malia', 'Faleolo', 'Sefo', 'Leota', 'Sina', 'Tavita', 'Fetu'],
    family: ['Tuiasosopo', 'Aiono', 'Faalogo', 'Leiataua', "Salave'a", 'Matagi', 'Soifua', 'Fonoti'],
  },
  yoruba: {
    given: ['Oluwaseun', 'Adebisi', 'Folake', 'Babatunde', 'Temitope', 'Ayodele', 'Morenike', 'Kehinde'],
    family: ['Adeyemi', 'Ogunleye', 'Fashola', 'Akinwande', 'Olatunji', 'Oyelaran', 'Adesanya', 'Bankole'],
  },
  igbo: {
    given: ['Chidubem', 'Ngozi', 'Obinna', 'Adaeze', 'Ikenna', 'Chinwe', 'Emeka', 'Ifeoma'],
    family: ['Okonkwo', 'Nwachukwu', 'Eze', 'Obi', 'Okafor', 'Anyanwu', 'Ezeani', 'Nnaji'],
  },
  hausa: {
    given: ['Aminu', 'Zainab', 'Bashir', 'Hadiza', 'Sani', 'Rakiya', 'Umaru', 'Binta', 'Ladidi', 'Kabiru', 'Hauwa'],
    family: ['Dantata', 'Kwankwaso', 'Gwarzo', 'Kano', 'Sokoto', 'Bichi', 'Danjuma', "Yar'Adua"],
  },
  somali: {
    given: [
      'Cabdi',
      'Hodan',
      'Maxamed',
      'Faadumo',
      'Cawil',
      'Sahra',
      'Yuusuf',
      'Ubax',
      'Xaliimo',
      'Cumar',
      'Shamso',
      'Caasha',
      'Gacal',
    ],
    family: ['Warsame', 'Cabdulle', 'Xasan', 'Jaamac', 'Nuur', 'Faarax', 'Guuleed', 'Cilmi'],
  },
  amharic: {
    given: ['Tewodros', 'Meseret', 'Abebe', 'Selamawit', 'Getachew', 'Tsehay', 'Yohannes', 'Almaz'],
    family: ['Haile', 'Gebremariam', 'Desta', 'Tesfaye', 'Wolde', 'Mengistu', 'Bekele', 'Alemu'],
  },
  malagasy: {
    given: [
      'Hery',
      'Voahangy',
      'Tsiry',
      'Fara',
      'Rivo',
      'Lalao',
      'Mamy',
      'Noro',
      'Haingo',
      'Fanja',
      'Tojo',
      'Mialisoa',
    ],
    family: [
      'Rakotomalala',
      'Randriamampionona',
      'Razafindrakoto',
      'Andrianarivo',
      'Ravelojaona',
      'Rasoanaivo',
      'Ramanantsoa',
      'Rajaonarison',
    ],
  },
  shona: {
    given: [
      'Tendai',
      'Rudo',
      'Tapiwa',
      'Chipo',
      'Farai',
      'Nyasha',
      'Tatenda',
      'Kudzai',
      'Rutendo',
      'Fadzai',
      'Munyaradzi',
      'Tsitsi',
      'Chengetai',
    ],
    family: ['Chigumba', 'Mapfumo', 'Mutasa', 'Chinamasa', 'Makoni', 'Nyathi', 'Chiwenga', 'Mudzuri'],
  },
  xhosa: {
    given: [
      'Lwazi',
      'Nomvula',
      'Sipho',
      'Zanele',
      'Luthando',
      'Ntombi',
      'Mandla',
      'Thandeka',
      'Vuyolwethu',
      'Sibabalwe',
      'Unathi',
      'Phumza',
      'Athenkosi',
    ],
    family: ['Mbeki', 'Nqakula', 'Dlamini', 'Sisulu', 'Mkhize', 'Gqubule', 'Ngcobo', 'Mahlangu'],
  },
  kabyle: {
    given: ['Idir', 'Tassadit', 'Lounès', 'Djura', 'Amar', 'Ouardia', 'Mouloud', 'Taos'],
    family: ['Ait Menguellet', 'Matoub', 'Mammeri', 'Amrouche', 'Feraoun', 'Ait Ahmed', 'Haroun', 'Oulhadj'],
  },
  quechua: {
    given: ['Inti', 'Killa', 'Wayra', 'Sumaq', 'Amaru', 'Nina', 'Yupanqui', 'Qori'],
    family: ['Mamani', 'Quispe', 'Huamán', 'Condori', 'Ccahuana', 'Huallpa', 'Apaza', 'Ticona'],
  },
  aymara: {
    given: ['Willka', 'Phaxsi', 'Mallku', 'Warmi', 'Achachila', 'Urpi', "Jach'a", 'Thaki'],
    family: ['Choque', 'Limachi', 'Chambi', 'Poma', 'Cutipa', 'Mayta', 'Tarqui', 'Yujra'],
  },
  haitian: {
    given: ['Wesner', 'Yolette', 'Jeanty', 'Marjorie', 'Fritznel', 'Guerline', 'Ketly', 'Wilner'],
    family: [
      'Dorsainvil',
      'Pierre-Louis',
      'Célestin',
      'Desrosiers',
      'Toussaint',
      'Jean-Baptiste',
      'Fleurimond',
      'Estimé',
    ],
  },
  maltese: {
    given: ['Ġorġ', 'Marija', 'Ċensu', 'Rita', 'Pawlu', 'Ġużeppa', 'Wenzu', 'Tereża'],
    family: [
      'Borg',
      'Camilleri',
      'Farrugia',
      'Zammit',
      'Vella',
      'Galea',
      'Mifsud',
      'Grech',
      'Xuereb',
      'Spiteri',
      'Cassar',
      'Buttigieg',
      'Azzopardi',
      'Schembri',
    ],
  },
  corsican: {
    given: ['Ghjuvan', 'Santa', 'Petru', 'Marie-Dominique', 'Ghjacumu', 'Ceccè', 'Anghjulu', 'Maria Ghjuvanna'],
    family: ['Pieri', 'Luciani', 'Colonna', 'Santoni', 'Filippi', 'Poggioli', 'Mattei', 'Casabianca'],
  },
  galician: {
    given: [
      'Xosé',
      'Uxía',
      'Xoán',
      'Iria',
      'Brais',
      'Antía',
      'Roi',
      'Sabela',
      'Anxo',
      'Olalla',
      'Xiana',
      'Breixo',
      'Mauro',
    ],
    family: ['Castelao', 'Otero', 'Pedrayo', 'Vilariño', 'Rivas', 'Ferrín', 'Seoane', 'Cunqueiro'],
  },
  occitan: {
    given: ['Joan-Pèire', 'Azalaïs', 'Bernat', 'Mirèlha', 'Estève', 'Clamença', 'Guilhèm', 'Alienòr'],
    family: ['Mistral', 'Lafont', 'Manciet', 'Delpastre', 'Roqueta', 'Castan', 'Bodon', 'Boissier'],
  },
  manx: {
    given: ['Juan', 'Voirrey', 'Illiam', 'Ealish', 'Fynlo', 'Breeshey', 'Orry', 'Aalin'],
    family: ['Quayle', 'Kermode', 'Kinvig', 'Corlett', 'Cregeen', 'Qualtrough', 'Faragher', 'Kewley'],
  },
  cornish: {
    given: ['Jowan', 'Tamsin', 'Peder', 'Kerensa', 'Hedra', 'Jago', 'Morwenna', 'Kitto'],
    family: ['Trevithick', 'Penhaligon', 'Polglase', 'Tregenza', 'Nancarrow', 'Rosewarne', 'Trewin', 'Pendarves'],
  },
  karakalpak: {
    given: ['Berdakh', 'Ajiniyaz', 'Gulnara', 'Saparbay', 'Qurbanbike', 'Orazbay', 'Aqbota', 'Jiyenbay'],
    family: [
      'Qalimbetov',
      'Ayimbetov',
      'Seytnazarov',
      'Kamalov',
      'Utepbergenov',
      'Jumamuratov',
      'Pirnazarov',
      'Dawletmuratov',
    ],
  },
  nogai: {
    given: ['Kazybiy', 'Suyunbike', 'Edige', 'Karashash', 'Musa-Biy', 'Aktolgan', 'Orak', 'Janbike'],
    family: [
      'Kurmanaliev',
      'Kapaev',
      'Ismailov-Nogai',
      'Sikaliev',
      'Bekmurzaev',
      'Yusupov-Tav',
      'Kereytov',
      'Dzhanibekov',
    ],
  },
  kumyk: {
    given: ['Irchi', 'Zuhra', 'Alimpasha', 'Bariyat', 'Ibragimpasha', 'Sainat', 'Kazaki', 'Ummupazil'],
    family: ['Kazak', 'Salavatov', 'Atabaev', 'Akavov', 'Bammatov', 'Temirbulatov', 'Shikhaliev', 'Dzhanmurzaev'],
  },
  balkar: {
    given: ['Kaisyn', 'Tanzilya', 'Kerim', 'Fatimat', 'Berdi', 'Zalina', 'Azret', 'Lyaysan'],
    family: ['Kuliev', 'Mechiev', 'Otarov', 'Tebuev', 'Gemuev', 'Zalikhanov', 'Kudaev', 'Malkonduev'],
  },
  mari: {
    given: ['Olyk', 'Salika', 'Akpars', 'Yalche', 'Kugerge', 'Pampalche', 'Osyp', 'Shymaval'],
    family: ['Ipai', 'Shketan', 'Chavain', 'Molotov-Marla', 'Yamberdov', 'Ezhov-Kuzhnur', 'Tanygin', 'Suvorkin'],
  },
  erzya: {
    given: ['Kirdyazh', 'Inyaz', 'Kastorka', 'Litova', 'Tyushtya', 'Pureshka', 'Viryava', 'Siyazhar'],
    family: ['Abramov-Kirdyan', 'Doronin', 'Kemaykin', 'Saldaykin', 'Pinyasov', 'Kshumaev', 'Mokshin', 'Vedyashkin'],
  },
  khakas: {
    given: ['Pyotr-Taskyn', 'Chalbak', 'Akpelek', 'Tayakh', 'Khyrlan', 'Chibek', 'Kyrgys', 'Altynai'],
    family: ['Katanov', 'Kokov', 'Tutatchikov', 'Butanaev', 'Chebodaev', 'Topoev', 'Kuzhakov', 'Sunchugashev'],
  },
  zaza: {
    given: ['Seyidxan', 'Zerîn', 'Hawar', 'Gulê', 'Mehmed Elî', 'Nêrgiz', 'Kemalê', 'Suzê'],
    family: ['Dersimij', 'Çewlig', 'Pîran', 'Palo', 'Xarpêt', 'Licê', 'Hênî', 'Gêxî'],
  },
  meitei: {
    given: ['Thoiba', 'Memcha', 'Ibomcha', 'Leirik', 'Tombi', 'Sanatombi', 'Ibochouba', 'Thoibi'],
    family: [
      'Ningthoujam',
      'Laishram',
      'Khundrakpam',
      'Wahengbam',
      'Thokchom',
      'Moirangthem',
      'Sagolsem',
      'Khangembam',
    ],
  },
  khasi: {
    given: ['Banteilang', 'Iadaiahun', 'Kyrshanlang', 'Ibapynshai', 'Wanphrang', 'Dapbiang', 'Phrangsngi', 'Lakyntiew'],
    family: ['Lyngdoh', 'Kharkongor', 'Syiem', 'Nongrum', 'Marbaniang', 'Kharbuli', 'Warjri', 'Mawlong'],
  },
  gaelic: {
    given: ['Eilidh', 'Ruairidh', 'Mòrag', 'Calum', 'Seonag', 'Tormod', 'Catrìona', 'Dòmhnall'],
    family: [
      'MacNeacail',
      'MacLeòid',
      'Caimbeul',
      'MacAoidh',
      'Moireasdan',
      'MacIlleathain',
      'Dòmhnallach',
      'Siosalach',
    ],
  },
};

/** Particles a family name may hold; not counted as name words of their own. */
export const PARTICLES: ReadonlySet<string> = new Set(['le', 'di', 'de', 'da', 'del', 'te', 'ait', 'mac']);

const overlap = letterWordOverlap(23, TYPED, PARTICLES);
export const words = overlap.words;

let kept: Record<string, Culture> | undefined;

/** The typed cultures without the names earlier sets used; cultures left too thin are dropped. */
export function cultures(): Record<string, Culture> {
  if (kept) return kept;
  const shared = new Set(overlap.sharedWithEarlierSets().shared);
  const clean = (names: readonly string[]) => names.filter((n) => !words(n).some((w) => shared.has(w)));
  kept = {};
  for (const [name, c] of Object.entries(TYPED)) {
    const given = clean(c.given);
    const family = clean(c.family);
    if (given.length >= 4 && family.length >= 4) kept[name] = { given, family };
  }
  return kept;
}

/** Which words of `names` (default: the lists as kept) earlier sets hold. */
export function sharedWithEarlierSets(names?: string[]): { shared: string[]; total: number } {
  if (names) return overlap.sharedWithEarlierSets(names);
  const all = Object.values(cultures()).flatMap((c) => [...c.given, ...c.family]);
  return overlap.sharedWithEarlierSets(all);
}

/** How many typed names each culture keeps (for the writer: counts only, no earlier names). */
export function keptCounts(): Record<string, string> {
  const all = cultures();
  return Object.fromEntries(
    Object.entries(TYPED).map(([k, c]) => [
      k,
      all[k] ? `${all[k].given.length}/${c.given.length} ${all[k].family.length}/${c.family.length}` : 'dropped',
    ]),
  );
}

/** Every kept name, for the writer to pick hand-written names from. */
export function keptNames(): string[] {
  return Object.values(cultures()).flatMap((c) => [...c.given, ...c.family]);
}
