/**
 * Set 12's hand-typed name candidates per culture. names.ts drops every candidate that shares a word with
 * an earlier set (the shared words were printed by print-overlap.ts and frozen in dropped.ts).
 */
export const CANDIDATES: Record<string, { given: string[]; family: string[] }> = {
  bavarian: {
    given: ['Korbinian', 'Wastl', 'Burgl', 'Vroni', 'Xaverl', 'Kathl', 'Quirin', 'Zenzi', 'Wendelin', 'Kreszenz', 'Ambrosius', 'Notburga', 'Gangolf'],
    family: ['Haslbeck', 'Brandlhuber', 'Obermaier-Zankl', 'Stoiber-Lechner', 'Wimmesberger', 'Gschwendtner', 'Huberbauer', 'Kaltenecker'],
  },
  northGerman: {
    given: ['Hinnerk', 'Telse', 'Momme', 'Swantje', 'Boje', 'Tjark', 'Wiebke-Marit', 'Okko', 'Fokko', 'Heiko-Jelle', 'Hilke', 'Tamme'],
    family: ['Ohlsen-Tams', 'Petersilka', 'Brodersen-Kay', 'Rickmers', 'Jappsen', 'Thießen', 'Clausthal', 'Wübbenhorst'],
  },
  austrian: {
    given: ['Leopoldine', 'Ferdl', 'Resi', 'Poldi', 'Engelbert', 'Wolfi', 'Hermengild', 'Traudl', 'Gundolf', 'Rosalinde', 'Baldur', 'Theresia-Mechtild', 'Adalbert', 'Kunigunde'],
    family: ['Pfeifenberger', 'Unterweger', 'Schwarzenbacher', 'Hinteregger', 'Aigner-Fuchsluger', 'Lackner-Pichl', 'Zechmeister', 'Oberhollenzer'],
  },
  swissGerman: {
    given: ['Urs-Beat', 'Ruedi', 'Vreneli', 'Heiri', 'Seraina', 'Gian-Reto', 'Mägi', 'Fadri', 'Meinrad', 'Vreni-Lis', 'Balz', 'Ursina', 'Pirmin'],
    family: ['Zgraggen', 'Tschudin', 'Bürgisser', 'Imhasly', 'Gisler-Arnold', 'Rüegsegger', 'Schwendimann', 'Flückiger'],
  },
  romansh: {
    given: ['Men', 'Curdin', 'Ladina', 'Mengia', 'Duri', 'Nesa', 'Flurin', 'Chatrina', 'Gieri', 'Mierta', 'Jon-Armon', 'Tumasch', 'Uorschla'],
    family: ['Caflisch', 'Bezzola', 'Tscharner', 'Casutt', 'Cadonau', 'Vieli', 'Sialm', 'Derungs'],
  },
  french: {
    given: ['Anatole', 'Solange', 'Gaspard', 'Ombeline', 'Thibaud', 'Perrine', 'Aurélien', 'Clothilde', 'Anselme', 'Bérangère', 'Eudes', 'Ghislaine', 'Honorine', 'Séverin', 'Philibert'],
    family: ['Delacroix-Vautrin', 'Beaufrère', 'Lemaréchal', 'Quesnel', 'Vaillancourt', 'Desrosiers', 'Tremblay-Ouellet', 'Gauthereau', 'Vaudrey', 'Lhermitte', 'Chambonnet', 'Pétrequin', 'Saint-Aubert', 'Roussillon-Gay', 'Bouvard'],
  },
  italian: {
    given: ['Ottavio', 'Ludovica', 'Tiberio', 'Ornella', 'Settimio', 'Nives', 'Gualtiero', 'Benedetta', 'Pancrazio', 'Ermenegilda', 'Eufemia', 'Cirillo', 'Nazzareno'],
    family: ['Scaramuzza', 'Pellegatta', 'Bonomelli', 'Quagliarella', 'Zanardelli', 'Castagnoli', 'Ferrandina', 'Trombetta'],
  },
  spanish: {
    given: ['Remedios', 'Baltasar', 'Inmaculada', 'Gumersindo', 'Covadonga', 'Eusebio', 'Nieves', 'Anselmo', 'Segismundo', 'Purificación', 'Wenceslao', 'Herminia', 'Leocadia', 'Teodosio', 'Fulgencio', 'Escolástica', 'Hermenegildo', 'Aurelio-Ceferino'],
    family: ['Villalobos', 'Echeverría', 'Carrasquilla', 'Montesinos', 'Urquijo', 'Berrocal', 'Sandoval-Ruiz', 'Ibarguren', 'Zurbarán', 'Valdeolmillos', 'Arrizabalaga'],
  },
  portuguese: {
    given: ['Joaquim', 'Filomena', 'Evaristo', 'Conceição', 'Albano', 'Graciete', 'Bento', 'Ilídia', 'Adelino', 'Deolinda'],
    family: ['Magalhães', 'Quaresma', 'Figueiredo', 'Carvalhais', 'Sequeira', 'Meireles', 'Barroso-Pinto', 'Gouveia', 'Albuquerque-Sá', 'Vasconcelos', 'Carrapiço', 'Brandão'],
  },
  dutch: {
    given: ['Gerrit-Jan', 'Wietske', 'Sjoerd', 'Fenna', 'Roelof', 'Jikke', 'Hidde', 'Marrit', 'Tjitske', 'Wobbe', 'Sietske', 'Folkert', 'Ynte'],
    family: ['Hoogeveen', 'Dijkhuizen', 'Terpstra', 'Koopmans', 'Wijnaldum', 'Boersma', 'Veenstra', 'Zwartkruis', 'Oosterhuis', 'Hiemstra'],
  },
  polish: {
    given: ['Bożydar', 'Wiesława', 'Radosław', 'Jadwiga', 'Przemysław', 'Bronisława', 'Zdzisław', 'Grażyna', 'Bogumiła', 'Mścisław', 'Wojsław', 'Dobrosława', 'Lechosław', 'Sławomira', 'Gościsław', 'Wszebora', 'Bolemir', 'Świętosław'],
    family: ['Chrząszcz', 'Wróblewski', 'Szczepaniak', 'Kaczmarczyk', 'Zagórska', 'Pietrzyk', 'Olszewska', 'Grzybowski', 'Brzęczyszczykiewicz', 'Żółtowska', 'Szymczykiewicz', 'Chmielarz'],
  },
  czech: {
    given: ['Bohumil', 'Libuše', 'Vratislav', 'Jarmila', 'Čestmír', 'Blažena', 'Radek', 'Květa', 'Bořivoj', 'Drahomíra', 'Lubor', 'Vendulka'],
    family: ['Kratochvíl', 'Dvořáčková', 'Procházka-Vlk', 'Nedbal', 'Skořepa', 'Hrubešová', 'Vondráček', 'Šimůnek'],
  },
  slovak: {
    given: ['Ľubomír', 'Zuzka', 'Mariek', 'Ďurko', 'Janka', 'Ľudmila', 'Branislav', 'Oľga'],
    family: ['Hraško', 'Kollárová', 'Mináčová', 'Slobodník', 'Ďuriš', 'Hurban', 'Bielik', 'Krajčovič'],
  },
  hungarian: {
    given: ['Zsolt', 'Enikő', 'Levente', 'Csilla', 'Botond', 'Ildikó', 'Gyula', 'Réka', 'Kund', 'Emőke', 'Tihamér', 'Boglárka', 'Szilárd', 'Hajnalka'],
    family: ['Szabolcsi', 'Fekete-Kovács', 'Halmágyi', 'Vörösmarty', 'Bárdos', 'Tőkés', 'Csörgő', 'Pálfalvi', 'Gombocz'],
  },
  romanian: {
    given: ['Sorin', 'Mioara', 'Horațiu', 'Viorica', 'Traian', 'Lăcrămioara', 'Ovidiu', 'Doina', 'Voicu', 'Zamfira', 'Radu-Șerban', 'Lucreția', 'Tudorel', 'Vasilica', 'Sabinuța', 'Ghiocel', 'Petronela'],
    family: ['Popescu-Tăriceanu', 'Bălănescu', 'Dumitrescu', 'Grigoraș', 'Vlădescu', 'Munteanu', 'Cârstea', 'Țurcanu', 'Bârsan', 'Stănculescu', 'Zăvoianu'],
  },
  bulgarian: {
    given: ['Stoyan', 'Radka', 'Blagoy', 'Tsvetana', 'Kaloyan', 'Rumyana', 'Dobromir', 'Velichka'],
    family: ['Stoychev', 'Karadzhova', 'Todorinov', 'Bozhilova', 'Petkanov', 'Yordanova-Ilieva', 'Mladenov', 'Gancheva'],
  },
  serbianCroatian: {
    given: ['Dragutin', 'Višnja', 'Branimir', 'Ljiljana', 'Tihomir', 'Snježana', 'Zvonko', 'Dubravka'],
    family: ['Vukčević', 'Radovanović', 'Kovačević-Lukić', 'Bogdanović', 'Šarić', 'Matijević', 'Grubišić', 'Perišić'],
  },
  slovenian: {
    given: ['Gašper', 'Urška', 'Rok', 'Tjaša', 'Žiga', 'Nuša', 'Primož', 'Špela'],
    family: ['Kranjc', 'Zupančič', 'Vrhovnik', 'Štrukelj', 'Oblak', 'Kovačič', 'Debeljak', 'Pečnik'],
  },
  greek: {
    given: ['Stavros', 'Paraskevi', 'Evangelos', 'Chrysoula', 'Spyridon', 'Athina', 'Thrasyvoulos', 'Kalliopi', 'Charalambos', 'Polyxeni', 'Panagiotis', 'Eleftheria', 'Sotirios', 'Anastasoula', 'Themistoklis', 'Chrysanthi', 'Leonidas-Sotirios', 'Vasiliki-Eirini', 'Prodromos'],
    family: ['Papadimitriou', 'Karamanlidis', 'Tsakiris', 'Vlachogianni', 'Kouroupis', 'Efthymiou', 'Zervoudaki', 'Lambrakis', 'Hatzigeorgiou'],
  },
  turkish: {
    given: ['Oğuzhan', 'Gülsüm', 'Tarkan', 'Nurcan', 'Alparslan', 'Şükriye', 'Volkan', 'Hacer', 'Kübra', 'Muammer', 'Nesrin', 'Taylan', 'Ümran', 'Reşat'],
    family: ['Karadeniz', 'Yıldırımoğlu', 'Kocabaş', 'Tekinalp', 'Gündoğdu', 'Sarıkaya', 'Bozkurtlar', 'Aydemir', 'Karabıyık', 'Çakıroğlu', 'Tokatlıoğlu', 'Sarıgül-Kaya', 'Çavuşoğlu', 'Ağaoğlu'],
  },
  kurdish: {
    given: ['Rojhat', 'Berfîn', 'Serhildan', 'Hêvîn', 'Dilovan', 'Rewşen', 'Azad', 'Zîlan', 'Şêrko', 'Nazdar', 'Kawa', 'Hejar', 'Şîlan', 'Baran-Heval'],
    family: ['Amedî', 'Hewramî', 'Botanî', 'Zaxoyî', 'Mêrdînî', 'Soranî', 'Barzinjî', 'Xoşnaw', 'Hekarî', 'Rêbîn', 'Cizîrî', 'Dêrsimî'],
  },
  levantine: {
    given: ['Nizar', 'Rasha', 'Fadi', 'Lama', 'Wissam', 'Ghada', 'Tarek', 'Suha'],
    family: ['Haddadin', 'Khoury-Nassar', 'Abou Jaoude', 'Qassem', 'Shalhoub', 'Tannous', 'Baroudi', 'Saadeh'],
  },
  maghrebi: {
    given: ['Mourad', 'Khadija', 'Yazid', 'Naima', 'Abdelkrim', 'Siham', 'Rachid', 'Houria'],
    family: ['Benbrahim', 'Ouazzani', 'Belkacem', 'Tahiri', 'Bouzidi', 'Lamrani', 'Cherkaoui', 'Benslimane'],
  },
  persian: {
    given: ['Kourosh', 'Shirin', 'Bahram', 'Parvaneh', 'Siavash', 'Roya', 'Dariush', 'Mahtab', 'Farhad-Reza', 'Golnaz', 'Arash', 'Niloufar', 'Behrouz', 'Azadeh', 'Khosrow', 'Pegah', 'Manijeh', 'Jahangir', 'Touran'],
    family: ['Tehrani', 'Ghorbani', 'Shirazi-Nejad', 'Farahani', 'Mostafavi', 'Kermani', 'Sadeghpour', 'Esfandiari', 'Khorramabadi', 'Golestaneh', 'Behbahani', 'Ashtiani', 'Lankarani'],
  },
  afghan: {
    given: ['Ahmadullah', 'Pashtana', 'Wahidullah', 'Zarmina', 'Naqibullah', 'Malalai', 'Habibullah', 'Spozhmai'],
    family: ['Popalzai', 'Stanikzai', 'Wardak', 'Ahmadzai', 'Mohmand', 'Achakzai', 'Barakzai', 'Nuristani'],
  },
  georgian: {
    given: ['Levan', 'Nino', 'Giorgi', 'Tamari', 'Zurab', 'Ketevan', 'Vakhtang', 'Eka', 'Shalva', 'Mzia'],
    family: ['Beridze', 'Kvaratskhelia', 'Tsereteli', 'Gelashvili', 'Lomidze', 'Abashidze', 'Chkheidze', 'Japaridze', 'Chikovani', 'Dadiani', 'Mgaloblishvili'],
  },
  armenian: {
    given: ['Hovhannes', 'Anahit', 'Vardan', 'Siranush', 'Tigran', 'Lusine', 'Hrant', 'Gayane', 'Smbat', 'Zaruhi', 'Ashot', 'Nairi'],
    family: ['Petrosyan', 'Ghazaryan', 'Mkrtchyan', 'Sargsyan-Avetisyan', 'Hakobyan', 'Ter-Grigoryan', 'Avagyan', 'Hovsepyan'],
  },
  ukrainian: {
    given: ['Taras', 'Oksana', 'Bohdan', 'Solomiya', 'Yaroslav', 'Halyna', 'Ostap', 'Zoryana', 'Myroslava', 'Orest', 'Lesya', 'Vsevolod', 'Svyatoslav', 'Uliana', 'Yevheniya', 'Myron'],
    family: ['Shevchuk', 'Kovalenko-Bilyk', 'Hrytsenko', 'Tkachuk', 'Yarmolenko', 'Melnychuk', 'Savchenko', 'Zinchenko', 'Hnatyshyn', 'Polishchuk', 'Dovhanyuk'],
  },
  lithuanian: {
    given: ['Vytautas', 'Rūta', 'Gediminas', 'Aušra', 'Mindaugas', 'Dalia', 'Žygimantas', 'Jurgita'],
    family: ['Kazlauskas', 'Petrauskienė', 'Žukauskas', 'Jankauskaitė', 'Butkus', 'Stankevičius', 'Vaitkutė', 'Paulauskas'],
  },
  latvianEstonian: {
    given: ['Valdis', 'Ilze', 'Aivars', 'Liene', 'Tõnu', 'Kadri', 'Indrek', 'Piret'],
    family: ['Bērziņš', 'Kalniņa', 'Ozoliņš', 'Liepiņa', 'Tamm', 'Saar', 'Kask', 'Mägi-Rebane'],
  },
  finnish: {
    given: ['Jaakko', 'Aino', 'Eero', 'Tuulikki', 'Juhani', 'Sirkka', 'Veikko', 'Marjatta', 'Onni', 'Lempi'],
    family: ['Virtanen', 'Korhonen-Laine', 'Mäkelä', 'Heikkinen', 'Laaksonen', 'Järvinen', 'Nieminen', 'Hämäläinen'],
  },
  scandinavian: {
    given: ['Torbjørn', 'Sigrid', 'Håkon', 'Solveig', 'Gudmund', 'Ragnhild', 'Sverre', 'Åsa', 'Øyvind', 'Tordis', 'Gunnhild', 'Leiv', 'Brynjar'],
    family: ['Bjørnstad', 'Lindqvist', 'Haugland', 'Sundberg', 'Engebretsen', 'Strömgren', 'Rasmussen-Friis', 'Tjelle', 'Fjeldstad', 'Østerbø'],
  },
  icelandic: {
    given: ['Þórður', 'Guðrún', 'Hjálmar', 'Sólveig', 'Egill', 'Ragnheiður', 'Snorri', 'Vigdís'],
    family: ['Þórðardóttir', 'Hjálmarsson', 'Egilsdóttir', 'Snorrason', 'Gunnlaugsson', 'Ásgeirsdóttir', 'Halldórsson', 'Bjarnadóttir'],
  },
  irish: {
    given: ['Caoimhín', 'Saoirse', 'Donncha', 'Gráinne', 'Tadhg', 'Aoibheann', 'Cathal', 'Bríd', 'Fionnuala', 'Ruairí', 'Muireann', 'Pádraig-Óg', 'Órlaith', 'Caoilfhionn', 'Donnchadh', 'Sadhbh', 'Cianán'],
    family: ['Ó Súilleabháin', 'Mac Giolla Phádraig', 'Ní Bhriain', 'Cullinane', 'Geraghty', 'Moynihan', 'Fitzgibbon', 'Ó Dálaigh', 'Mac Conmara', 'Ó Cinnéide', 'Breathnach'],
  },
  scottishWelsh: {
    given: ['Hamish', 'Morag', 'Struan', 'Eilidh', 'Rhodri', 'Angharad', 'Iolo', 'Myfanwy', 'Lachlan', 'Catriona', 'Gwilym', 'Siân', 'Torquil', 'Ceridwen'],
    family: ['MacFarlane', 'Drummond-Hay', 'Urquhart', 'Buchanan', 'Prosser', 'Llewellyn', 'Pritchard', 'Vaughan-Bowen', 'MacLachlainn', 'Ap Rhys', 'Gruffydd', 'MacIlleathain'],
  },
  english: {
    given: ['Barnaby', 'Imogen', 'Rupert', 'Philippa', 'Crispin', 'Harriet', 'Jolyon', 'Verity', 'Peregrine', 'Araminta', 'Tarquin', 'Ottoline', 'Hengist', 'Clementine-Rose', 'Aldous', 'Jemima', 'Bartholomew'],
    family: ['Pemberton', 'Ashworth', 'Thistlewood', 'Fairbrother', 'Ramsbottom', 'Cheverton', 'Whitlock-Hale', 'Dunstable', 'Fotheringham', 'Postlethwaite', 'Greenhalgh', 'Cholmondeley', 'Winterbottom', 'Scattergood'],
  },
  yoruba: {
    given: ['Olumide', 'Folasade', 'Adebayo', 'Titilayo', 'Oluwaseun', 'Morenike', 'Babatunde', 'Ayotunde', 'Adewunmi', 'Omolara', 'Ayokunle', 'Ibukunoluwa', 'Oluwatoyin', 'Adesuwa', 'Olufunmilayo'],
    family: ['Adeyemi', 'Ogunleye', 'Akinwande', 'Fashola', 'Oyelaran', 'Adebisi-Cole', 'Olaniyan', 'Ajayi', 'Odunsi', 'Ogundipe-Lawal', 'Akinyemi', 'Babalola', 'Oyinlola', 'Olorunfemi', 'Adegboyega', 'Olatunbosun', 'Oyebanji', 'Ajibola-Ige'],
  },
  igbo: {
    given: ['Chukwuemeka', 'Ngozi', 'Ifeanyi', 'Chiamaka', 'Obinna', 'Adaeze', 'Nnamdi', 'Uchenna', 'Kelechi', 'Ugochukwu', 'Ifunanya', 'Chidiebere', 'Nkechinyere', 'Chinonso', 'Ebubechukwu', 'Obiageli'],
    family: ['Okonkwo', 'Nwachukwu', 'Eze-Okafor', 'Obiora', 'Anyanwu', 'Ikechukwu', 'Nwosu', 'Onyekachi', 'Ugwuanyi', 'Okeke-Ojiudu', 'Nnadozie', 'Ezeala', 'Umeadi', 'Nwankwo-Ude', 'Chukwuka'],
  },
  akan: {
    given: ['Kwabena', 'Akosua', 'Kofi', 'Adwoa', 'Yaw', 'Abena', 'Kwadwo', 'Efua', 'Kwame-Nkrumah', 'Afua', 'Kwaku', 'Ama-Serwaa', 'Yaa', 'Kwesi', 'Kobina-Sekyi', 'Akua-Nyarko', 'Nana-Ekua', 'Kwadjo-Antwi'],
    family: ['Asante', 'Owusu-Ansah', 'Boateng', 'Mensah', 'Ofori', 'Amponsah', 'Darko', 'Agyemang', 'Acheampong', 'Frimpong', 'Adu-Gyamfi', 'Kyeremateng', 'Osei-Tutu', 'Bonsu', 'Sarpong-Boadu', 'Ampofo-Twum', 'Kuffuor'],
  },
  somaliEthiopian: {
    given: ['Abdirahman', 'Hodan', 'Liban', 'Sagal', 'Tesfaye', 'Meseret', 'Getachew', 'Tigist', 'Ubah', 'Abdiweli', 'Hamdi', 'Yonas', 'Selamawit', 'Berhanu', 'Sahra-Ilhan', 'Mulugeta', 'Aberash', 'Ayanle', 'Habtamu'],
    family: ['Warsame', 'Jama', 'Farah-Aden', 'Hirsi', 'Bekele', 'Woldemariam', 'Tadesse', 'Haile', 'Samatar', 'Yusuf-Guled', 'Dirie', 'Gebremedhin', 'Asfaw', 'Tsegaye', 'Gebreyesus', 'Mohamud-Ugaas', 'Wolde-Giorgis', 'Xirsi'],
  },
  swahili: {
    given: ['Baraka', 'Zawadi', 'Juma', 'Neema', 'Tumaini', 'Imani', 'Jabari', 'Rehema', 'Shukuru', 'Amani', 'Faraji'],
    family: ['Mwangi', 'Otieno', 'Wanjiku', 'Kiprotich', 'Njoroge', 'Achieng', 'Mutua', 'Chepkoech', 'Kipchumba', 'Wafula'],
  },
  punjabi: {
    given: ['Gurpreet', 'Harleen', 'Jaswinder', 'Manpreet', 'Kuldeep', 'Simranjit', 'Balwinder', 'Navjot'],
    family: ['Sandhu', 'Dhillon', 'Grewal', 'Sidhu', 'Gill-Randhawa', 'Bains', 'Kang', 'Chahal'],
  },
  tamilSinhala: {
    given: ['Thiruvalluvan', 'Kavitha', 'Senthil', 'Nirosha', 'Chaminda', 'Dilrukshi', 'Prasanna', 'Anoma'],
    family: ['Ramalingam', 'Sivakumaran', 'Thevarajah', 'Jayasuriya', 'Wickramasinghe', 'Perera-Fonseka', 'Ratnayake', 'Gunawardena'],
  },
  bengali: {
    given: ['Sourav', 'Moumita', 'Arindam', 'Tanusree', 'Debashish', 'Sharmistha', 'Anirban', 'Rituparna'],
    family: ['Chattopadhyay', 'Bandyopadhyay', 'Mukherjee-Sen', 'Bhattacharjee', 'Ghoshal', 'Sengupta', 'Dasgupta', 'Chakraborty'],
  },
  chinese: {
    given: ['Jianguo', 'Xiuying', 'Zhiqiang', 'Meiling', 'Haoran', 'Yuxuan', 'Guangming', 'Shufen', 'Wenjie', 'Ruolan', 'Tianyu', 'Xinyi', 'Zixuan'],
    family: ['Ouyang', 'Zhuge', 'Sima', 'Xiahou', 'Tang', 'Feng', 'Deng', 'Luo', 'Zhangsun', 'Gongsun', 'Shangguan', 'Murong', 'Duanmu', 'Ximen', 'Huangfu', 'Zhongli'],
  },
  japanese: {
    given: ['Haruto', 'Sakura', 'Kenshin', 'Hinata', 'Daisuke', 'Tomoko', 'Ryunosuke', 'Misaki', 'Kotaro', 'Natsumi'],
    family: ['Takahashi', 'Matsumoto', 'Yamaguchi', 'Kobayashi', 'Nakamura', 'Watanabe', 'Inoue', 'Fujiwara', 'Higashiyama', 'Kuroda', 'Tsukamoto', 'Shibasaki'],
  },
  korean: {
    given: ['Minjun', 'Seoyeon', 'Jihoon', 'Eunji', 'Hyunwoo', 'Dahye', 'Taeyang', 'Sujin', 'Dohyun', 'Yerin', 'Siwoo', 'Haneul', 'Juwon'],
    family: ['Baek', 'Hwang', 'Jeong', 'Kwon', 'Seo', 'Yoon', 'Nam', 'Moon', 'Seonwoo', 'Namgung', 'Hwangbo', 'Jegal', 'Dokgo', 'Sagong', 'Seomun', 'Jangok', 'Pyeon'],
  },
  vietnamese: {
    given: ['Thanh Hương', 'Quốc Bảo', 'Ngọc Ánh', 'Minh Tuấn', 'Thu Trang', 'Đức Anh', 'Bích Ngọc', 'Văn Hùng', 'Khánh Linh', 'Hải Đăng', 'Phương Thảo', 'Trọng Nghĩa', 'Diễm Quỳnh', 'Hoàng Yến', 'Quang Vinh', 'Tuệ Nhi'],
    family: ['Nguyễn', 'Trần', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Lương', 'Tạ', 'Quách', 'Khổng', 'Ưng'],
  },
  filipino: {
    given: ['Rodelio', 'Marites', 'Jomar', 'Lorna', 'Bienvenido', 'Rowena', 'Arnel', 'Jocelyn', 'Crisanto', 'Marivic', 'Ferdinand-Jun', 'Lualhati', 'Dionisio', 'Milagros', 'Teodorico', 'Perlita', 'Zenaida', 'Macario'],
    family: ['Dimaculangan', 'Macapagal', 'Bautista-Reyes', 'Pangilinan', 'Dimagiba', 'Soriano', 'Villanueva', 'Manalastas', 'Macaraeg', 'Dimaano', 'Tolentino', 'Lacson', 'Sumulong', 'Pascual-Dizon', 'Dumlao', 'Balagtas', 'Malacañang-Cruz', 'Pagdanganan', 'Tanedo'],
  },
  indonesian: {
    given: ['Bambang', 'Sri Wahyuni', 'Agus', 'Dewi', 'Hendra', 'Ratna', 'Eko', 'Puspita', 'Wahyudi', 'Endang', 'Slamet', 'Kartini', 'Joko-Susilo', 'Ayu', 'Sudarsono', 'Wulandari', 'Bagus-Tirta'],
    family: ['Suryadi', 'Wibisono', 'Hartono', 'Setiawan', 'Kusumawati', 'Prasetyo', 'Nugroho', 'Sulistyowati', 'Simanjuntak', 'Siregar', 'Hutapea', 'Nainggolan', 'Pardede', 'Sitompul', 'Tambunan', 'Situmorang', 'Lumbantobing'],
  },
  maoriPacific: {
    given: ['Wiremu', 'Aroha', 'Tamati', 'Mereana', 'Sione', 'Losana', 'Tevita', 'Mele'],
    family: ['Te Whata', 'Ngata', 'Tapsell', 'Parata', 'Fifita', 'Tuilagi', 'Havili', 'Taufa'],
  },
  hebrew: {
    given: ['Yehuda', 'Tamar', 'Eliezer', 'Shoshana', 'Avner', 'Yael', 'Gideon', 'Michal'],
    family: ['Ben-Ami', 'Rosenzweig', 'Katzenelson', 'Hirschfeld', 'Shapira', 'Landau', 'Avraham', 'Zilberman'],
  },
  albanian: {
    given: ['Arben', 'Mirela', 'Fatmir', 'Drita', 'Ilir', 'Besjana', 'Agron', 'Valbona', 'Blerina', 'Gëzim'],
    family: ['Berisha', 'Krasniqi', 'Hoxha-Gashi', 'Shehu', 'Rexhepi', 'Kelmendi', 'Dervishi', 'Bajrami', 'Lleshi'],
  },
  basqueCatalan: {
    given: ['Iñaki', 'Itziar', 'Aitor', 'Nerea', 'Jordi', 'Montserrat', 'Pau', 'Meritxell'],
    family: ['Goikoetxea', 'Etxeberria', 'Aranburu', 'Zubizarreta', 'Puigdemont', 'Vilaró', 'Casademunt', 'Soler-Bosch'],
  },
  maltese: {
    given: ['Ġużeppi', 'Marija', 'Ċensu', 'Rożanne', 'Pawlu', 'Ġorġa', 'Wistin', 'Dorianne'],
    family: ['Camilleri', 'Xuereb', 'Grech', 'Zammit', 'Azzopardi', 'Mifsud', 'Vella-Borg', 'Farrugia'],
  },
  quebecAcadian: {
    given: ['Ghislain', 'Josée', 'Réjean', 'Ginette', 'Yvon', 'Lucie-Anne', 'Normand', 'Francine'],
    family: ['Arsenault', 'Boudreau', 'Thibodeau', 'LeBlanc', 'Cormier', 'Gallant', 'Poirier', 'Robichaud'],
  },
};

/** Name words that are not names on their own: left out of the overlap count. */
export const PARTICLES = new Set(['de', 'del', 'van', 'von', 'der', 'den', 'ter', 'te', 'ben', 'abou', 'ni', 'ó', 'mac']);
