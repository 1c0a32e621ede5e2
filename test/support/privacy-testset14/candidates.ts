/**
 * Set 14's hand-typed name candidates, by culture. Any candidate sharing a word with an earlier set's
 * PERSON label is dropped at load (names.ts), so these lists hold more than the set uses.
 */
export const CANDIDATES: Record<string, { given: string[]; family: string[] }> = {
  german: {
    given: [
      'Wiebke',
      'Gerlinde',
      'Hannelore',
      'Reinhild',
      'Ortwin',
      'Gunnar',
      'Volkmar',
      'Adelheid',
      'Roswitha',
      'Detlef',
    ],
    family: [
      'Kleinschmidt',
      'Wendeborn',
      'Rabenhorst',
      'Ostermeier',
      'Tannhäuser',
      'Lindqvist-Bauer',
      'Hollerbach',
      'Griesinger',
      'Brinkhaus',
      'Schottelius',
    ],
  },
  austrian: {
    given: ['Leopoldine', 'Ferdinand', 'Notburga', 'Engelbert', 'Walburga', 'Florian', 'Kunigunde', 'Virgil'],
    family: [
      'Pfandlbauer',
      'Haselsteiner',
      'Zehetmayr',
      'Gruberhofer',
      'Moosbrugger',
      'Strohmaier',
      'Kaltenegger',
      'Wimmersberger',
    ],
  },
  swiss: {
    given: ['Urs', 'Seraina', 'Gian-Reto', 'Mirjam', 'Flurina', 'Beat', 'Reto', 'Corsin'],
    family: ['Tschudin', 'Zgraggen', 'Bärtschiger', 'Caduff', 'Niederhauser', 'Rüegsegger', 'Vonlanthen', 'Gisler'],
  },
  english: {
    given: ['Tamsin', 'Rupert', 'Philippa', 'Barnaby', 'Imogen', 'Jocelyn', 'Crispin', 'Hermione'],
    family: ['Ashcombe', 'Threlfall', 'Pennington', 'Wainwright', 'Blakemore', 'Hartnell', 'Chudleigh', 'Fenwick'],
  },
  scottish: {
    given: ['Morag', 'Ewan', 'Iona', 'Lachlan', 'Catriona', 'Struan', 'Isla', 'Hamish'],
    family: ['Drummond', 'Farquharson', 'Urquhart', 'MacLeish', 'Sinclair-Ross', 'Buchanan', 'Lennox', 'Dalgleish'],
  },
  irish: {
    given: ['Saoirse', 'Oisín', 'Clodagh', 'Tadhg', 'Aoibheann', 'Cathal', 'Gráinne', 'Donncha'],
    family: ['Mac Giolla', 'Ó Súilleabháin', 'Breathnach', 'Cuddihy', 'Fitzgibbon', 'Mulcahy', 'Ní Bhriain', 'Tierney'],
  },
  welsh: {
    given: ['Rhiannon', 'Gethin', 'Eleri', 'Iolo', 'Nerys', 'Dafydd', 'Ffion', 'Emyr'],
    family: ['Prydderch', 'Llewellyn', 'Gruffydd', 'Bevan', 'Pritchard', 'Vaughan', 'Maddocks', 'Powys'],
  },
  french: {
    given: ['Gaëlle', 'Anatole', 'Ségolène', 'Gaspard', 'Solène', 'Aurélien', 'Bérénice', 'Thibault'],
    family: [
      'Delacroix-Vidal',
      'Rousselot',
      'Charpentier',
      'Lefebvre-Morin',
      'Beaulieu',
      'Vasseur',
      'Marchetti',
      'Dufresnoy',
    ],
  },
  quebecois: {
    given: ['Maryse', 'Ghislain', 'Jocelyne', 'Réjean', 'Sylvie-Anne', 'Gaétan', 'Nathalie', 'Yvon'],
    family: ['Tremblay-Gagnon', 'Bouchard', 'Pelletier', 'Ouellette', 'Lévesque', 'Thibodeau', 'Gauthier', 'Boisvert'],
  },
  italian: {
    given: ['Ludovica', 'Ettore', 'Ginevra', 'Ottavio', 'Benedetta', 'Raffaele', 'Costanza', 'Arnaldo'],
    family: [
      'Castiglioni',
      'Bevilacqua',
      'Sanfilippo',
      'Quagliarella',
      'Buonarroti',
      'Lombardini',
      'Pezzotti',
      'Zanardelli',
    ],
  },
  spanish: {
    given: ['Macarena', 'Íñigo', 'Rocío', 'Jacinto', 'Inmaculada', 'Baltasar', 'Almudena', 'Fermín'],
    family: ['Echeverría', 'Villalobos', 'Arrieta', 'Peñalver', 'Quintanilla', 'Barrionuevo', 'Olazábal', 'Carvajal'],
  },
  portuguese: {
    given: ['Leonor', 'Duarte', 'Inês', 'Gonçalo', 'Matilde', 'Afonso', 'Carolina', 'Tomé'],
    family: ['Magalhães', 'Figueiredo', 'Albuquerque', 'Vasconcelos', 'Sampaio', 'Quaresma', 'Brandão', 'Cerqueira'],
  },
  brazilian: {
    given: ['Thaís', 'Wellington', 'Jussara', 'Cleiton', 'Rayane', 'Edivaldo', 'Luana', 'Joelson'],
    family: ['Nascimento', 'Bittencourt', 'Guimarães', 'Cavalcanti', 'Medeiros', 'Arruda', 'Damasceno', 'Holanda'],
  },
  dutch: {
    given: ['Femke', 'Joost', 'Marieke', 'Sjoerd', 'Lieke', 'Maarten', 'Anouk', 'Wouter'],
    family: ['Verhoeven', 'Brouwer', 'Dijkstra', 'Kuipers', 'Hoogendijk', 'Schuurman', 'Veenstra', 'Terpstra'],
  },
  danish: {
    given: ['Sigrid', 'Mads', 'Ditte', 'Rasmus', 'Birgitte', 'Anders', 'Mette', 'Troels'],
    family: ['Kjærgaard', 'Østergaard', 'Mogensen', 'Dalsgaard', 'Rasmussen', 'Thygesen', 'Bundgaard', 'Skovsgaard'],
  },
  swedish: {
    given: ['Ebba', 'Torbjörn', 'Linnea', 'Gustaf', 'Malin', 'Håkan', 'Agneta', 'Viggo'],
    family: ['Sjöberg', 'Lundqvist', 'Wallgren', 'Engström', 'Bergkvist', 'Hedlund', 'Söderlind', 'Ekholm'],
  },
  finnish: {
    given: ['Aino', 'Eero', 'Tuulikki', 'Jaakko', 'Sanni', 'Ilkka', 'Kaisu', 'Pertti'],
    family: ['Kettunen', 'Heikkilä', 'Väisänen', 'Rautiainen', 'Pesonen', 'Hyvärinen', 'Karjalainen', 'Tuominen'],
  },
  icelandic: {
    given: ['Sólveig', 'Einar', 'Hrafnhildur', 'Gunnlaugur', 'Ásdís', 'Snorri', 'Bryndís', 'Kjartan'],
    family: [
      'Þorsteinsdóttir',
      'Magnússon',
      'Guðmundsdóttir',
      'Hallgrímsson',
      'Ragnarsdóttir',
      'Sveinsson',
      'Björnsdóttir',
      'Egilsson',
    ],
  },
  polish: {
    given: ['Bożena', 'Przemysław', 'Jadwiga', 'Wojciech', 'Halina', 'Zbigniew', 'Grażyna', 'Mirosław'],
    family: [
      'Wróblewska',
      'Przybylski',
      'Szczepaniak',
      'Grabowska',
      'Kaczmarczyk',
      'Zieliński',
      'Jankowiak',
      'Chmielewski',
    ],
  },
  czech: {
    given: ['Blanka', 'Radek', 'Zdeňka', 'Vojtěch', 'Jarmila', 'Bohumil', 'Libuše', 'Ctibor'],
    family: ['Dvořáková', 'Procházka', 'Kratochvíl', 'Šťastná', 'Vondráček', 'Hrubá', 'Pospíšil', 'Sýkorová'],
  },
  hungarian: {
    given: ['Erzsébet', 'Gergely', 'Zsófia', 'Levente', 'Ildikó', 'Botond', 'Katalin', 'Csaba'],
    family: ['Szabolcsi', 'Bárány', 'Halmosi', 'Kovácsné', 'Fekete', 'Vörösmarty', 'Rácz', 'Bognár'],
  },
  romanian: {
    given: ['Ioana', 'Mircea', 'Florentina', 'Sorin', 'Dorina', 'Costel', 'Anca', 'Tudor'],
    family: ['Dumitrescu', 'Ciobanu', 'Munteanu', 'Stoica', 'Păunescu', 'Bălan', 'Constantinescu', 'Vlădescu'],
  },
  croatian: {
    given: ['Vesna', 'Dražen', 'Snježana', 'Krešimir', 'Mirela', 'Zvonimir', 'Ljiljana', 'Tihomir'],
    family: ['Horvatić', 'Babić', 'Jurković', 'Kovačević', 'Marušić', 'Perković', 'Šimunović', 'Vuković'],
  },
  serbian: {
    given: ['Jelena', 'Dragan', 'Milica', 'Nemanja', 'Svetlana', 'Bojan', 'Dragana', 'Slobodan'],
    family: [
      'Đorđević',
      'Stanković',
      'Milosavljević',
      'Radovanović',
      'Obradović',
      'Lazarević',
      'Živković',
      'Stojanović',
    ],
  },
  greek: {
    given: ['Eleftheria', 'Stavros', 'Paraskevi', 'Evangelos', 'Chrysoula', 'Panagiotis', 'Theodora', 'Spyridon'],
    family: [
      'Papadopoulou',
      'Karamanlis',
      'Antoniadis',
      'Theodorakis',
      'Vlachou',
      'Mavridis',
      'Kyriakidou',
      'Economou',
    ],
  },
  turkish: {
    given: ['Gülşen', 'Ertuğrul', 'Sevda', 'Oğuzhan', 'Nurhan', 'Tarık', 'Dilek', 'Volkan'],
    family: ['Karakaya', 'Öztürkmen', 'Yıldırımoğlu', 'Bozkurt', 'Çakıroğlu', 'Erdem', 'Akgündüz', 'Taşdemir'],
  },
  kurdish: {
    given: ['Rojda', 'Dilovan', 'Berfin', 'Azad', 'Nazdar', 'Rezan', 'Hêvîn', 'Şivan'],
    family: ['Barzani', 'Zêbarî', 'Hawrami', 'Soranî', 'Amedî', 'Botanî', 'Mîrî', 'Ezîzî'],
  },
  persian: {
    given: ['Shirin', 'Kourosh', 'Parisa', 'Dariush', 'Mahsa', 'Farhad', 'Golnaz', 'Siavash'],
    family: ['Tehrani', 'Moshiri', 'Sadeghi', 'Farahani', 'Nourbakhsh', 'Esfandiari', 'Kashani', 'Rahimzadeh'],
  },
  arabic: {
    given: ['Rania', 'Tariq', 'Layla', 'Bilal', 'Yasmin', 'Hisham', 'Nour', 'Walid'],
    family: ['Al-Khatib', 'Haddad', 'Nasrallah', 'Al-Masri', 'Khoury', 'Abu-Samra', 'Barakat', 'Qasim'],
  },
  hebrew: {
    given: ['Tamar', 'Eitan', 'Noa', 'Yonatan', 'Shira', 'Avner', 'Michal', 'Gilad'],
    family: ['Ben-Ami', 'Rosenzweig', 'Shapira', 'Katznelson', 'Mizrahi', 'Peretz', 'Ashkenazi', 'Halevy'],
  },
  hindi: {
    given: ['Ananya', 'Vikram', 'Pooja', 'Rohit', 'Kavita', 'Sanjay', 'Nandini', 'Arvind'],
    family: ['Srivastava', 'Tripathi', 'Chaturvedi', 'Agarwal', 'Saxena', 'Bhatnagar', 'Dwivedi', 'Mathur'],
  },
  tamil: {
    given: ['Kaveri', 'Senthil', 'Meenakshi', 'Murugan', 'Tamilselvi', 'Karthikeyan', 'Vaishnavi', 'Elango'],
    family: ['Subramaniam', 'Ramalingam', 'Arumugam', 'Palaniappan', 'Natarajan', 'Sundaram', 'Velusamy', 'Thangavel'],
  },
  bengali: {
    given: ['Sreya', 'Arnab', 'Moumita', 'Sourav', 'Tanusree', 'Debashis', 'Rituparna', 'Subhankar'],
    family: [
      'Chattopadhyay',
      'Bandyopadhyay',
      'Mukherjee',
      'Bhattacharya',
      'Sengupta',
      'Ghoshal',
      'Dasgupta',
      'Chakraborty',
    ],
  },
  punjabi: {
    given: ['Harleen', 'Gurpreet', 'Simran', 'Jaspreet', 'Navneet', 'Manpreet', 'Amandeep', 'Kuldeep'],
    family: ['Sandhu', 'Dhillon', 'Grewal', 'Bajwa', 'Gill', 'Sidhu', 'Randhawa', 'Aulakh'],
  },
  malayali: {
    given: ['Anjali', 'Sreejith', 'Lakshmi', 'Vineeth', 'Reshma', 'Anoop', 'Divya', 'Biju'],
    family: ['Menon', 'Nambiar', 'Pillai', 'Kurup', 'Panicker', 'Warrier', 'Nair', 'Kaimal'],
  },
  chinese: {
    given: ['Xiaoling', 'Junhao', 'Meiying', 'Zhiwei', 'Yuqing', 'Haoran', 'Shuting', 'Guangming'],
    family: ['Zhou', 'Xu', 'Guo', 'Tang', 'Feng', 'Deng', 'Cao', 'Xiong'],
  },
  japanese: {
    given: ['Haruka', 'Takumi', 'Natsuki', 'Kenta', 'Ayaka', 'Shota', 'Misaki', 'Daisuke'],
    family: ['Nakagawa', 'Fujimoto', 'Hasegawa', 'Matsumura', 'Okabe', 'Kuroda', 'Shimizu', 'Takeuchi'],
  },
  korean: {
    given: ['Seo-yeon', 'Ji-hoon', 'Ha-eun', 'Min-jun', 'Su-bin', 'Dong-hyun', 'Ye-jin', 'Tae-yang'],
    family: ['Hwang', 'Jeong', 'Yoon', 'Baek', 'Shin', 'Ryu', 'Seong', 'Nam'],
  },
  vietnamese: {
    given: ['Thu Trang', 'Quang Minh', 'Ngọc Anh', 'Đức Huy', 'Bích Ngọc', 'Văn Toàn', 'Thanh Hương', 'Hoàng Long'],
    family: ['Nguyễn', 'Trần', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Lương'],
  },
  filipino: {
    given: ['Maricel', 'Rodelio', 'Jovelyn', 'Arnel', 'Rowena', 'Dindo', 'Marites', 'Efren'],
    family: ['Dimaculangan', 'Macaraeg', 'Pangilinan', 'Bautista', 'Villanueva', 'Magsaysay', 'Agbayani', 'Tolentino'],
  },
  indonesian: {
    given: ['Wulandari', 'Bambang', 'Ratna', 'Agus', 'Sri Rahayu', 'Hendra', 'Dewi', 'Joko'],
    family: ['Wibisono', 'Setiawan', 'Hartono', 'Kusumawati', 'Nugroho', 'Prasetyo', 'Susanto', 'Rahardjo'],
  },
  thai: {
    given: ['Siriporn', 'Somchai', 'Kanokwan', 'Thanawat', 'Pimchanok', 'Narongrit', 'Wipada', 'Kittisak'],
    family: ['Srisawat', 'Chaiyaphum', 'Thongchai', 'Rattanakorn', 'Wongsuwan', 'Saelim', 'Boonmee', 'Phromphan'],
  },
  yoruba: {
    given: ['Folasade', 'Oluwaseun', 'Yetunde', 'Adewale', 'Morenike', 'Babatunde', 'Titilayo', 'Olumide'],
    family: ['Adeyemi', 'Ogunleye', 'Akinwale', 'Oyelaran', 'Fashola', 'Adebanjo', 'Olanrewaju', 'Ayodele'],
  },
  igbo: {
    given: ['Chiamaka', 'Obinna', 'Adaeze', 'Chukwuemeka', 'Nneka', 'Ikenna', 'Ifeoma', 'Somtochukwu'],
    family: ['Okonkwo', 'Nwachukwu', 'Eze', 'Okafor', 'Obiora', 'Anyanwu', 'Nwosu', 'Udeh'],
  },
  ghanaian: {
    given: ['Akosua', 'Kwabena', 'Efua', 'Kofi', 'Adjoa', 'Yaw', 'Ama', 'Kwesi'],
    family: ['Asante', 'Boateng', 'Owusu', 'Ofori-Atta', 'Agyemang', 'Darko', 'Amponsah', 'Ansah'],
  },
  ethiopian: {
    given: ['Meseret', 'Tesfaye', 'Selamawit', 'Girma', 'Tigist', 'Dawit', 'Hirut', 'Yohannes'],
    family: ['Bekele', 'Gebremariam', 'Haile', 'Tadesse', 'Wolde', 'Alemu', 'Desta', 'Kebede'],
  },
  swahili: {
    given: ['Zawadi', 'Baraka', 'Neema', 'Juma', 'Rehema', 'Bakari', 'Imani', 'Jabari'],
    family: ['Mwangi', 'Otieno', 'Kamau', 'Wanjiru', 'Njoroge', 'Achieng', 'Mutua', 'Kiprono'],
  },
  somali: {
    given: ['Hodan', 'Abdirahman', 'Faduma', 'Mohamud', 'Sahra', 'Abdiweli', 'Ubah', 'Liban'],
    family: ['Warsame', 'Farah', 'Jama', 'Egal', 'Duale', 'Hirsi', 'Gedi', 'Samatar'],
  },
  maori: {
    given: ['Aroha', 'Tamati', 'Mereana', 'Wiremu', 'Ngaio', 'Rawiri', 'Huia', 'Tane'],
    family: ['Te Rangi', 'Parata', 'Tawhiri', 'Ngata', 'Horomona', 'Waititi', 'Tuhoe', 'Karaka'],
  },
  aboriginal_australian: {
    given: ['Jedda', 'Warrick', 'Kirra', 'Jarrah', 'Alinta', 'Bindi', 'Kalinda', 'Yarran'],
    family: ['Mundine', 'Yunupingu', 'Gurruwiwi', 'Marika', 'Wunungmurra', 'Tjapaltjarri', 'Namatjira', 'Goolagong'],
  },
  ukrainian: {
    given: ['Oksana', 'Taras', 'Halyna', 'Bohdan', 'Solomiia', 'Yaroslav', 'Lesia', 'Ostap'],
    family: ['Kovalchuk', 'Shevchuk', 'Bondarenko', 'Tkachenko', 'Hrytsenko', 'Melnychuk', 'Savchuk', 'Marchenko'],
  },
  lithuanian: {
    given: ['Rūta', 'Vytautas', 'Eglė', 'Mindaugas', 'Dalia', 'Arūnas', 'Jurgita', 'Darius'],
    family: [
      'Kazlauskas',
      'Petrauskienė',
      'Jankauskas',
      'Žukauskaitė',
      'Paulauskas',
      'Urbonas',
      'Butkutė',
      'Vasiliauskas',
    ],
  },
  georgian: {
    given: ['Nino', 'Giorgi', 'Tamari', 'Levan', 'Ketevan', 'Zurab', 'Eka', 'Davit'],
    family: ['Beridze', 'Kapanadze', 'Gelashvili', 'Tsiklauri', 'Lomidze', 'Chkheidze', 'Javakhishvili', 'Abashidze'],
  },
};

/** A second round, typed after only per-culture counts of the first were printed: rarer names. */
const ROUND_2: Record<string, { given: string[]; family: string[] }> = {
  german: {
    given: [
      'Irmtraud',
      'Hildegunde',
      'Wigand',
      'Edeltraut',
      'Gisbert',
      'Swantje',
      'Eckhard',
      'Waltraud',
      'Hartwig',
      'Heidrun',
    ],
    family: [
      'Hundertmark',
      'Sauerbrey',
      'Wolkenhauer',
      'Himmelreich',
      'Ziegenhagen',
      'Bräutigam',
      'Kesselring',
      'Rübsamen',
      'Schlüterbusch',
      'Dreyhaupt',
    ],
  },
  austrian: {
    given: ['Rupertine', 'Gottfried', 'Hemma', 'Pankraz', 'Irmgard', 'Sieghard', 'Theresia', 'Erhard'],
    family: [
      'Kranewitter',
      'Pfusterschmid',
      'Hinteregger',
      'Wurmbrand',
      'Zirngast',
      'Stubenvoll',
      'Kothbauer',
      'Feuchtinger',
    ],
  },
  swiss: {
    given: ['Ladina', 'Curdin', 'Annatina', 'Men', 'Chatrina', 'Duri', 'Mengia', 'Gion'],
    family: ['Cathomen', 'Tscharner', 'Zumstein', 'Schwitter', 'Imboden', 'Bundi', 'Arpagaus', 'Zwyssig'],
  },
  english: {
    given: ['Peregrine', 'Clementine', 'Ambrose', 'Euphemia', 'Lysander', 'Ottilie', 'Jolyon', 'Wilhelmina'],
    family: [
      'Fotheringham',
      'Cholmondeley',
      'Higginbottom',
      'Scattergood',
      'Wolstenholme',
      'Bagshawe',
      'Pocklington',
      'Tattersall',
    ],
  },
  scottish: {
    given: ['Ishbel', 'Torquil', 'Kirsteen', 'Gillespie', 'Ailsa', 'Somhairle', 'Marsaili', 'Ruairidh'],
    family: ['Auchinleck', 'Colquhoun', 'Menzies', 'Strachan', 'Kinnaird', 'Lamont', 'Halkett', 'Gilchrist'],
  },
  irish: {
    given: ['Fionnuala', 'Cormac', 'Éabha', 'Ruairí', 'Sadhbh', 'Fiachra', 'Bláthnaid', 'Pádraig'],
    family: ['Ó Dubhghaill', 'Mac Craith', 'Ní Fhloinn', 'Ó Ceallacháin', 'Hegarty', 'Cronin', 'Twomey', 'Scanlon'],
  },
  welsh: {
    given: ['Angharad', 'Tegid', 'Heledd', 'Gwilym', 'Lowri', 'Idris', 'Mererid', 'Caradog'],
    family: ['Tudur', 'Cadwaladr', 'Meirion', 'Prosser', 'Parry-Williams', 'Gwalchmai', 'Ellis-Thomas', 'Bowen'],
  },
  french: {
    given: ['Eudoxie', 'Barthélemy', 'Apolline', 'Honorin', 'Clotilde', 'Anselme', 'Philomène', 'Eustache'],
    family: [
      'Courtecuisse',
      'Malaterre',
      'Boisgontier',
      'Pontarlier',
      'Vautrin',
      'Chassagne',
      'Lamartinière',
      'Desrosiers',
    ],
  },
  quebecois: {
    given: ['Ginette', 'Rosaire', 'Lucienne', 'Gérald', 'Francine', 'Adélard', 'Huguette', 'Clermont'],
    family: ['Létourneau', 'Desjardins', 'Beauchemin', 'Charbonneau', 'Lamoureux', 'Robitaille', 'Gervais', 'Turcotte'],
  },
  italian: {
    given: ['Ippolita', 'Gualtiero', 'Filomena', 'Corrado', 'Serafina', 'Ermenegildo', 'Assunta', 'Leopoldo'],
    family: [
      'Scarpellini',
      'Abbondanza',
      'Tagliaferri',
      'Sciacchitano',
      'Pellegrinotti',
      'Mastrantonio',
      'Vitiello',
      'Carbonara',
    ],
  },
  spanish: {
    given: ['Remedios', 'Eusebio', 'Visitación', 'Anacleto', 'Consolación', 'Teodoro', 'Purificación', 'Hermenegildo'],
    family: ['Azcárate', 'Mendizábal', 'Garmendia', 'Valdecasas', 'Urdangarín', 'Cienfuegos', 'Sotomayor', 'Larrañaga'],
  },
  portuguese: {
    given: ['Glória', 'Aníbal', 'Conceição', 'Rui', 'Filipa', 'Nuno', 'Benedita', 'Vasco'],
    family: ['Bettencourt', 'Meireles', 'Valadares', 'Sarmento', 'Rebelo', 'Trindade', 'Godinho', 'Mascarenhas'],
  },
  brazilian: {
    given: ['Francisléia', 'Valdemir', 'Rosângela', 'Gilmar', 'Claudinéia', 'Reginaldo', 'Jucélia', 'Ademir'],
    family: ['Assunção', 'Vilela', 'Pimentel', 'Bragança', 'Amorim', 'Figueira', 'Toledo', 'Cordeiro'],
  },
  dutch: {
    given: ['Hendrikje', 'Gerrit', 'Aaltje', 'Wiebe', 'Geertruida', 'Tjeerd', 'Dieuwke', 'Sietse'],
    family: ['Hoekstra', 'Oosterhuis', 'Wijnberg', 'Zwanenburg', 'Bleeker', 'Hofstede', 'Kroes', 'Nieuwenhuis'],
  },
  finnish: {
    given: ['Vappu', 'Onni', 'Hilkka', 'Veikko', 'Ritva', 'Tapio', 'Orvokki', 'Lauri'],
    family: ['Kivimäki', 'Lehtonen', 'Honkanen', 'Puustinen', 'Saarelainen', 'Koivisto', 'Mäkelä', 'Räsänen'],
  },
  polish: {
    given: ['Wiesława', 'Bogumił', 'Jolanta', 'Czesław', 'Urszula', 'Leszek', 'Dobrosława', 'Kazimierz'],
    family: [
      'Brzęczyszczykiewicz',
      'Sienkiewiczowa',
      'Włodarczyk',
      'Kołodziej',
      'Pietrzykowska',
      'Zawadzki',
      'Gąsiorowski',
      'Mazurkiewicz',
    ],
  },
  czech: {
    given: ['Věra', 'Miroslav', 'Drahomíra', 'Lubomír', 'Květa', 'Přemysl', 'Ludmila', 'Vratislav'],
    family: ['Chalupecký', 'Hořejší', 'Koudelková', 'Zahradník', 'Štěpánek', 'Vodičková', 'Trnka', 'Bartoš'],
  },
  hungarian: {
    given: ['Piroska', 'Zoltán', 'Enikő', 'Tihamér', 'Boglárka', 'Ákos', 'Etelka', 'Szilárd'],
    family: ['Kisfaludy', 'Berzsenyi', 'Somogyi', 'Vámbéry', 'Hegedűs', 'Szentgyörgyi', 'Lengyel', 'Tóthfalusi'],
  },
  romanian: {
    given: ['Viorica', 'Radu', 'Luminița', 'Octavian', 'Mădălina', 'Horia', 'Rodica', 'Cosmin'],
    family: ['Pârvulescu', 'Zamfirescu', 'Teodorescu', 'Nistor', 'Grigoraș', 'Manolache', 'Cozma', 'Ursache'],
  },
  croatian: {
    given: ['Jasminka', 'Davor', 'Božena', 'Ratko', 'Višnja', 'Goran', 'Nevenka', 'Vinko'],
    family: ['Grgurević', 'Matijašević', 'Bošnjak', 'Radić', 'Pavletić', 'Tomljenović', 'Brajković', 'Lovrić'],
  },
  greek: {
    given: ['Kalliopi', 'Athanasios', 'Despina', 'Charalambos', 'Stamatia', 'Dimosthenis', 'Eftychia', 'Anastasios'],
    family: [
      'Chatzigeorgiou',
      'Kalogeropoulos',
      'Triantafyllou',
      'Moschopoulos',
      'Zervoudaki',
      'Papanikolaou',
      'Stathopoulou',
      'Giannakopoulos',
    ],
  },
  turkish: {
    given: ['Nilüfer', 'Kaan', 'Şükran', 'Alparslan', 'Filiz', 'Tuncay', 'Müjgan', 'Orhan'],
    family: ['Demirkıran', 'Kuşçuoğlu', 'Sarıkaya', 'Tekinalp', 'Gündoğdu', 'Karabulut', 'Eskicioğlu', 'Altınbaş'],
  },
  kurdish: {
    given: ['Jiyan', 'Serhat', 'Rûken', 'Welat', 'Gulistan', 'Baran', 'Zozan', 'Roj'],
    family: ['Mukriyanî', 'Hewlêrî', 'Silêmanî', 'Dêrsimî', 'Qazî', 'Cizîrî', 'Xanî', 'Baban'],
  },
  persian: {
    given: ['Laleh', 'Behrouz', 'Azadeh', 'Kambiz', 'Nasrin', 'Jamshid', 'Taraneh', 'Hooshang'],
    family: ['Ghaffari', 'Mirzakhani', 'Tabrizi', 'Khorasani', 'Shirazi', 'Amirkhani', 'Vahidi', 'Hosseinpour'],
  },
  arabic: {
    given: ['Ghada', 'Marwan', 'Hanan', 'Ziyad', 'Suha', 'Nabil', 'Dalal', 'Fadi'],
    family: ['Al-Zoubi', 'Tamimi', 'Shahin', 'Dajani', 'Hijazi', 'Saadeh', 'Kanaan', 'Husseini'],
  },
  hindi: {
    given: ['Shalini', 'Devendra', 'Madhuri', 'Yogesh', 'Sushma', 'Prakash', 'Vandana', 'Alok'],
    family: ['Kulshreshtha', 'Awasthi', 'Bajpai', 'Shukla', 'Pandey', 'Upadhyay', 'Rastogi', 'Mishra'],
  },
  tamil: {
    given: ['Thenmozhi', 'Sivakumar', 'Ilavarasi', 'Kumaresan', 'Malarvizhi', 'Balamurugan', 'Sudha', 'Anbalagan'],
    family: [
      'Kandasamy',
      'Muthuswamy',
      'Chidambaram',
      'Annamalai',
      'Periasamy',
      'Shanmugam',
      'Venkatesan',
      'Gopalakrishnan',
    ],
  },
  bengali: {
    given: ['Paromita', 'Sayan', 'Sharmistha', 'Anirban', 'Madhumita', 'Souvik', 'Ishita', 'Partha'],
    family: ['Gangopadhyay', 'Bagchi', 'Lahiri', 'Sanyal', 'Mitra', 'Bhowmick', 'Majumdar', 'Roychowdhury'],
  },
  punjabi: {
    given: ['Baljit', 'Harjinder', 'Rupinder', 'Tejinder', 'Sukhwinder', 'Paramjit', 'Jasleen', 'Inderjit'],
    family: ['Bains', 'Cheema', 'Khaira', 'Mann', 'Pannu', 'Toor', 'Virk', 'Chahal'],
  },
  chinese: {
    given: ['Yanfei', 'Zhenyu', 'Lihua', 'Qiang', 'Xiumei', 'Jianguo', 'Ruoxi', 'Wenbo'],
    family: ['Kong', 'Meng', 'Qiao', 'Lu', 'Shen', 'Yuan', 'Ouyang', 'Sima'],
  },
  japanese: {
    given: ['Chiharu', 'Ryosuke', 'Kaori', 'Tatsuya', 'Emiko', 'Hiroki', 'Sayuri', 'Masato'],
    family: ['Ishikawa', 'Morimoto', 'Kawaguchi', 'Sugiyama', 'Yoshida', 'Hayashibara', 'Kobayakawa', 'Tsuchiya'],
  },
  korean: {
    given: ['Eunji', 'Sanghoon', 'Hyejin', 'Kyungsoo', 'Miyoung', 'Jaewon', 'Soojin', 'Woojin'],
    family: ['Gwak', 'Bang', 'Pyo', 'Seok', 'Jang', 'Do', 'Ok', 'Chae'],
  },
  vietnamese: {
    given: ['Diệu Linh', 'Tiến Dũng', 'Khánh Vy', 'Bảo Châu', 'Phương Thảo', 'Gia Bảo', 'Mỹ Duyên', 'Trọng Nghĩa'],
    family: ['Trịnh', 'Lý', 'Quách', 'Tạ', 'Dương', 'Hà', 'Vũ', 'Mai'],
  },
  filipino: {
    given: ['Lorna', 'Rogelio', 'Rosalinda', 'Ernesto', 'Teresita', 'Danilo', 'Perlita', 'Bienvenido'],
    family: ['Lacsamana', 'Dimaano', 'Manalo', 'Sison', 'Dumlao', 'Guevarra', 'Salonga', 'Lapuz'],
  },
  indonesian: {
    given: ['Endang', 'Sutrisno', 'Kartini', 'Budiman', 'Lestari', 'Gunawan', 'Indah', 'Suharto'],
    family: ['Sastrowardoyo', 'Pangaribuan', 'Simanjuntak', 'Tanjung', 'Siregar', 'Hutapea', 'Lubis', 'Manurung'],
  },
  thai: {
    given: ['Ratchanee', 'Prasert', 'Jintana', 'Surachai', 'Malee', 'Weerapong', 'Suda', 'Chatchai'],
    family: ['Kongkaew', 'Sukprasert', 'Intharasuk', 'Bunnag', 'Charoenkul', 'Phanich', 'Saengthong', 'Kaewmanee'],
  },
  yoruba: {
    given: ['Bolanle', 'Ayodeji', 'Funmilayo', 'Kolawole', 'Omolara', 'Gbenga', 'Abimbola', 'Tunde'],
    family: ['Ogunbiyi', 'Adesanya', 'Olatunji', 'Oyebanji', 'Ajayi-Crowther', 'Ogundipe', 'Adekunle', 'Oyinlola'],
  },
  igbo: {
    given: ['Uchenna', 'Ebere', 'Nnamdi', 'Chinwe', 'Kelechi', 'Amarachi', 'Emeka', 'Ngozi'],
    family: ['Onyekachi', 'Igwe', 'Ezeani', 'Nwankwo', 'Ugwu', 'Ikechukwu', 'Okoro', 'Chukwuma'],
  },
  ghanaian: {
    given: ['Abena', 'Kwaku', 'Esi', 'Kwame', 'Afua', 'Kojo', 'Akua', 'Fiifi'],
    family: ['Appiah-Kubi', 'Opoku', 'Sarpong', 'Frimpong', 'Mensah-Bonsu', 'Quaye', 'Acheampong', 'Danquah'],
  },
  ethiopian: {
    given: ['Almaz', 'Berhanu', 'Genet', 'Mulugeta', 'Zewditu', 'Solomon', 'Mekdes', 'Abebe'],
    family: ['Woldemichael', 'Asfaw', 'Tesfamariam', 'Gebreyes', 'Ayele', 'Negash', 'Mengistu', 'Shiferaw'],
  },
  swahili: {
    given: ['Mwanaisha', 'Hamisi', 'Subira', 'Rashidi', 'Tumaini', 'Athumani', 'Halima', 'Shabani'],
    family: ['Mwakyusa', 'Kibaki', 'Chepkoech', 'Wekesa', 'Mwakilema', 'Odhiambo', 'Muthoni', 'Kiplagat'],
  },
  somali: {
    given: ['Ayaan', 'Guled', 'Ifrah', 'Yusuf', 'Nimco', 'Cabdi', 'Sagal', 'Xasan'],
    family: ['Cumar', 'Xirsi', 'Cali', 'Aadan', 'Faarax', 'Nuur', 'Cawil', 'Barre'],
  },
  maori: {
    given: ['Hinemoa', 'Hēmi', 'Kiri', 'Rangi', 'Mere', 'Pita', 'Te Aroha', 'Hōne'],
    family: ['Tipene', 'Pōmare', 'Ngāwhika', 'Rāwiri', 'Te Whata', 'Kereama', 'Hetaraka', 'Paewai'],
  },
  ukrainian: {
    given: ['Zoriana', 'Myroslav', 'Khrystyna', 'Volodymyr', 'Uliana', 'Yevhen', 'Iryna', 'Severyn'],
    family: ['Zadorozhna', 'Prokopenko', 'Lysenko', 'Dovzhenko', 'Ivasyshyn', 'Fedorchak', 'Hnatiuk', 'Yatsenko'],
  },
  georgian: {
    given: ['Mariam', 'Tornike', 'Natia', 'Irakli', 'Tamuna', 'Shota', 'Lela', 'Vakhtang'],
    family: ['Dadiani', 'Eristavi', 'Gogoladze', 'Kobakhidze', 'Sulakauri', 'Tabidze', 'Jorbenadze', 'Mgaloblishvili'],
  },
  armenian: {
    given: ['Anahit', 'Vardan', 'Lusine', 'Tigran', 'Siranush', 'Hovhannes', 'Arpi', 'Gevorg'],
    family: ['Hovsepyan', 'Mkrtchyan', 'Ghazaryan', 'Papazian', 'Karapetyan', 'Avetisyan', 'Manukyan', 'Shahinyan'],
  },
  latvian: {
    given: ['Ilze', 'Aivars', 'Baiba', 'Raimonds', 'Dace', 'Uldis', 'Inese', 'Gatis'],
    family: ['Bērziņš', 'Kalniņa', 'Ozoliņš', 'Liepiņa', 'Zariņš', 'Krūmiņa', 'Vītols', 'Balodis'],
  },
  slovak: {
    given: ['Zuzana', 'Ľubomír', 'Marcela', 'Dušan', 'Jana', 'Peter', 'Oľga', 'Igor'],
    family: ['Hlinková', 'Kollár', 'Švecová', 'Mráz', 'Baláž', 'Kučerová', 'Rusnák', 'Lehotský'],
  },
  albanian: {
    given: ['Drita', 'Arben', 'Mimoza', 'Besnik', 'Lindita', 'Fatos', 'Valbona', 'Ilir'],
    family: ['Hoxha', 'Berisha', 'Krasniqi', 'Gashi', 'Shehu', 'Kelmendi', 'Rexhepi', 'Dervishi'],
  },
  pashto: {
    given: ['Malalai', 'Zarmina', 'Wahidullah', 'Nazo', 'Hamidullah', 'Spogmai', 'Sardar', 'Lima'],
    family: ['Yousafzai', 'Durrani', 'Popalzai', 'Barakzai', 'Achakzai', 'Mohmand', 'Afridi', 'Khattak'],
  },
  sinhala: {
    given: ['Chamari', 'Nuwan', 'Dilani', 'Kasun', 'Sanduni', 'Tharindu', 'Iresha', 'Lahiru'],
    family: [
      'Wickramasinghe',
      'Jayawardena',
      'Senanayake',
      'Gunasekara',
      'Rajapaksha',
      'Dissanayake',
      'Herath',
      'Bandara',
    ],
  },
  nepali: {
    given: ['Sabina', 'Bishnu', 'Sarita', 'Ramesh', 'Anita', 'Dipendra', 'Kamala', 'Suman'],
    family: ['Shrestha', 'Gurung', 'Tamang', 'Adhikari', 'Thapa', 'Bhandari', 'Poudel', 'Magar'],
  },
  samoan: {
    given: ['Losa', 'Tavita', 'Fetu', 'Sione', 'Malia', 'Ioane', 'Leota', 'Tupe'],
    family: ['Tuilagi', 'Fuimaono', 'Leiataua', 'Aiono', 'Sapolu', 'Tuiasosopo', 'Faleolo', 'Mauga'],
  },
};

for (const [culture, more] of Object.entries(ROUND_2)) {
  const c = (CANDIDATES[culture] ??= { given: [], family: [] });
  c.given.push(...more.given);
  c.family.push(...more.family);
}
