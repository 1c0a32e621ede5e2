/** Hand-typed name candidates for set 13, before the automatic drop of words earlier sets used. */
export const CANDIDATES: Record<string, { given: string[]; family: string[] }> = {
  german: {
    given: ['Hiltrud', 'Wigbert', 'Irmtraud', 'Gerwin', 'Roswitha', 'Adelbert', 'Notburga'],
    family: ['Kreutzfeldt', 'Wendebourg', 'Hollmichel', 'Schimmelpfennig', 'Ackerknecht', 'Bräutigam', 'Quernheim'],
  },
  austrian: {
    given: ['Vinzenz', 'Rupertine', 'Gottlieb', 'Kunigunde', 'Leopoldine', 'Severin', 'Wendelin'],
    family: ['Pfandlbauer', 'Hinterleitner', 'Moosbrugger', 'Zehetgruber', 'Stockhammer', 'Kogelnik', 'Oberlechner'],
  },
  swiss: {
    given: ['Urech', 'Fridolin', 'Meret', 'Ueli', 'Rosmarie', 'Dölf', 'Vreneli'],
    family: ['Tschudin', 'Bärtschiger', 'Zgraggen', 'Imboden', 'Wyttenbach', 'Gisler', 'Schläppi'],
  },
  english: {
    given: ['Tamsin', 'Bartholomew', 'Araminta', 'Percival', 'Winifred', 'Godfrey', 'Clemency'],
    family: ['Pettigrew', 'Blenkinsop', 'Throssell', 'Attwater', 'Fairbrass', 'Hollingworth', 'Scattergood'],
  },
  scottish: {
    given: ['Isla', 'Tormod', 'Kirsteen', 'Lachlan', 'Morag', 'Ruaraidh', 'Eilidh'],
    family: ['Drummond', 'MacQuarrie', 'Urquhart', 'Menzies', 'Gillanders', 'Rattray', 'Crerar'],
  },
  welsh: {
    given: ['Gwenllian', 'Iolo', 'Ffion', 'Dafydd', 'Nerys', 'Emrys', 'Cerys'],
    family: ['Pritchard', 'Llewellyn', 'Bowen', 'Prosser', 'Gwilliam', 'Meredydd', 'Parry-Jenkins'],
  },
  irish: {
    given: ['Saoirse', 'Donncha', 'Aoibhinn', 'Cathal', 'Gráinne', 'Tadhg', 'Ríona'],
    family: ['Ó Loingsigh', 'Mac Giolla', 'Breathnach', 'Coughlan', 'Scanlon', 'Tierney', 'Ní Bhriain'],
  },
  maori: {
    given: ['Wiremu', 'Hinewai', 'Tamati', 'Aroha', 'Rāwiri', 'Mereana', 'Hemi'],
    family: ['Ngata', 'Tawhiri', 'Pomare', 'Rangihuna', 'Te Awe', 'Karaka', 'Waititi'],
  },
  samoan: {
    given: ['Sefo', 'Lagi', 'Tavita', 'Malia', 'Iosefa', 'Salote', 'Pita'],
    family: ['Tuilagi', 'Fa’asalele', 'Leota', 'Sapolu', 'Tuimavave', 'Aiono', 'Falaniko'],
  },
  tongan: {
    given: ['Siaosi', 'Mele', 'Viliami', 'Losana', 'Tevita', 'Sione', 'Ana'],
    family: ['Taufa', 'Havili', 'Kauvaka', 'Fifita', 'Tupou', 'Latu', 'Moala'],
  },
  afrikaans: {
    given: ['Marlize', 'Hendrik', 'Riana', 'Francois', 'Elsabe', 'Jacobus', 'Anneke'],
    family: ['Pienaar', 'Swanepoel', 'Oosthuizen', 'Venter', 'Du Toit', 'Steenkamp', 'Breytenbach'],
  },
  zulu: {
    given: ['Sibusiso', 'Nokuthula', 'Mandla', 'Zanele', 'Thulani', 'Lindiwe', 'Sizwe'],
    family: ['Mthembu', 'Ndlovu', 'Khumalo', 'Dlamini', 'Zungu', 'Mkhize', 'Ngcobo'],
  },
  xhosa: {
    given: ['Lwazi', 'Nosipho', 'Luthando', 'Ayanda', 'Siyabonga', 'Nomvula', 'Xolani'],
    family: ['Mqhayi', 'Mbeki', 'Qabaka', 'Sisulu', 'Mlambo', 'Ngqula', 'Mxenge'],
  },
  sotho: {
    given: ['Palesa', 'Tumelo', 'Refiloe', 'Katleho', 'Lerato', 'Teboho', 'Nthabiseng'],
    family: ['Mokoena', 'Moshoeshoe', 'Ramokgopa', 'Letsie', 'Sekhukhune', 'Mofokeng', 'Molapo'],
  },
  gujarati: {
    given: ['Hetal', 'Jignesh', 'Bhavna', 'Ketan', 'Falguni', 'Mitesh', 'Rupal'],
    family: ['Thakkar', 'Vaghela', 'Solanki', 'Parikh', 'Raval', 'Chudasama', 'Bhatt'],
  },
  tamil: {
    given: ['Kaviya', 'Senthil', 'Meenakshi', 'Arul', 'Thenmozhi', 'Ilango', 'Vaidehi'],
    family: ['Muthusamy', 'Ramalingam', 'Sundaresan', 'Periyasamy', 'Annamalai', 'Kandasamy', 'Velayutham'],
  },
  punjabi: {
    given: ['Harjeet', 'Manpreet', 'Gurdeep', 'Simran', 'Baljit', 'Navneet', 'Jaspal'],
    family: ['Dhillon', 'Sandhu', 'Grewal', 'Bains', 'Sidhu', 'Chahal', 'Randhawa'],
  },
  bengali: {
    given: ['Sharmistha', 'Anirban', 'Moumita', 'Sayan', 'Rituparna', 'Debashis', 'Tanushree'],
    family: ['Bhattacharjee', 'Sengupta', 'Mukherjee', 'Ghoshal', 'Dasgupta', 'Chowdhury', 'Majumdar'],
  },
  cantonese: {
    given: ['Wing Yee', 'Ka Ming', 'Siu Fong', 'Chun Kit', 'Mei Ling', 'Hoi Yan', 'Tsz Hin'],
    family: ['Leung', 'Cheung', 'Tsang', 'Kwok', 'Yeung', 'Mak', 'Fung'],
  },
  korean: {
    given: ['Seo-yeon', 'Dong-hyun', 'Ji-woo', 'Hyun-woo', 'Min-seo', 'Jae-won', 'Eun-ji'],
    family: ['Baek', 'Hwang', 'Jeon', 'Seo', 'Kwon', 'Yoo', 'Shin'],
  },
  japanese: {
    given: ['Haruka', 'Kenta', 'Ayumi', 'Shota', 'Natsuki', 'Ryota', 'Misaki'],
    family: ['Fujiwara', 'Nishimura', 'Takeuchi', 'Morikawa', 'Hasegawa', 'Okabe', 'Kobayashi'],
  },
  vietnamese: {
    given: ['Thu Trang', 'Quang Huy', 'Ngoc Anh', 'Duc Minh', 'Bich Ngoc', 'Van Long', 'Hoai Thu'],
    family: ['Nguyễn', 'Phạm', 'Võ', 'Đặng', 'Bùi', 'Huỳnh', 'Trịnh'],
  },
  thai: {
    given: ['Kanokwan', 'Somchai', 'Pimchanok', 'Anucha', 'Siriporn', 'Narong', 'Chutima'],
    family: ['Srisuk', 'Wongsawat', 'Chaiyaporn', 'Rattanakorn', 'Boonmee', 'Thongdee', 'Kittisak'],
  },
  filipino: {
    given: ['Maricel', 'Rodel', 'Jocelyn', 'Ariel', 'Rowena', 'Jomar', 'Lovely'],
    family: ['Dimaculangan', 'Macaraeg', 'Pangilinan', 'Bautista', 'Magsaysay', 'Dizon', 'Tolentino'],
  },
  indonesian: {
    given: ['Wahyu', 'Sri', 'Bambang', 'Indah', 'Agus', 'Ratna', 'Dewi'],
    family: ['Setiawan', 'Kusumawati', 'Prasetyo', 'Wibowo', 'Hartono', 'Suryadi', 'Lestari'],
  },
  turkish: {
    given: ['Gülşen', 'Oğuz', 'Nurhan', 'Serkan', 'Filiz', 'Tuncay', 'Sevgi'],
    family: ['Karakaya', 'Ekinci', 'Yüksel', 'Taşdemir', 'Akbulut', 'Çakır', 'Güneş'],
  },
  kurdish: {
    given: ['Rojda', 'Serhat', 'Berfin', 'Dilan', 'Zozan', 'Baran', 'Hêvî'],
    family: ['Zana', 'Botan', 'Amedi', 'Barzani', 'Xelîl', 'Dersimi', 'Cizîrî'],
  },
  persian: {
    given: ['Shirin', 'Kourosh', 'Golnar', 'Bahram', 'Parisa', 'Siamak', 'Nasrin'],
    family: ['Farahani', 'Ghorbani', 'Mousavi', 'Tehrani', 'Rahimzadeh', 'Esfahani', 'Kashani'],
  },
  levantine: {
    given: ['Rania', 'Samir', 'Lina', 'Wassim', 'Rima', 'Fadi', 'Nour'],
    family: ['Haddad', 'Khoury', 'Nassar', 'Sleiman', 'Aoun', 'Bitar', 'Chamoun'],
  },
  egyptian: {
    given: ['Hoda', 'Sherif', 'Mona', 'Tamer', 'Dalia', 'Hesham', 'Ghada'],
    family: ['Abdelrahman', 'Soliman', 'Fahmy', 'Shawky', 'Gaber', 'Ezzat', 'Mansour'],
  },
  moroccan: {
    given: ['Khadija', 'Youssef', 'Zineb', 'Hamza', 'Imane', 'Mehdi', 'Salma'],
    family: ['Benjelloun', 'El Idrissi', 'Berrada', 'Tazi', 'Alaoui', 'Bennani', 'Chraibi'],
  },
  ethiopian: {
    given: ['Selamawit', 'Tesfaye', 'Meseret', 'Dawit', 'Tigist', 'Yonas', 'Hiwot'],
    family: ['Gebremedhin', 'Tadesse', 'Woldemariam', 'Bekele', 'Alemu', 'Haile', 'Mengistu'],
  },
  somali: {
    given: ['Hodan', 'Abdirahman', 'Sahra', 'Mohamud', 'Ifrah', 'Guled', 'Ubah'],
    family: ['Warsame', 'Jama', 'Farah', 'Egal', 'Abdulle', 'Hirsi', 'Samatar'],
  },
  yoruba: {
    given: ['Adebola', 'Oluwaseun', 'Folake', 'Babatunde', 'Yetunde', 'Olumide', 'Bisola'],
    family: ['Adeyemi', 'Ogunleye', 'Akinola', 'Oyelaran', 'Fashola', 'Adebanjo', 'Olaniyan'],
  },
  igbo: {
    given: ['Chidinma', 'Obinna', 'Ngozi', 'Ikenna', 'Adaeze', 'Chukwuma', 'Ifeoma'],
    family: ['Okafor', 'Nwosu', 'Eze', 'Okonkwo', 'Onyekachi', 'Ugwu', 'Anyanwu'],
  },
  akan: {
    given: ['Akosua', 'Kwabena', 'Abena', 'Kofi', 'Yaa', 'Kwaku', 'Efua'],
    family: ['Asante', 'Boateng', 'Owusu', 'Agyeman', 'Darko', 'Ofori', 'Appiah'],
  },
  swahili: {
    given: ['Neema', 'Baraka', 'Zawadi', 'Juma', 'Rehema', 'Hamisi', 'Imani'],
    family: ['Mwakyusa', 'Kimaro', 'Mushi', 'Njoroge', 'Wanjiru', 'Otieno', 'Mwangi'],
  },
  polish: {
    given: ['Grażyna', 'Zbigniew', 'Jadwiga', 'Przemysław', 'Bożena', 'Wiesław', 'Halina'],
    family: ['Szczepański', 'Wróblewska', 'Gołębiowski', 'Kaczmarczyk', 'Przybylska', 'Żurawski', 'Chmielewska'],
  },
  czech: {
    given: ['Bohuslav', 'Libuše', 'Radek', 'Zdeňka', 'Vlastimil', 'Jarmila', 'Ctibor'],
    family: ['Procházková', 'Kratochvíl', 'Havlíček', 'Šťastná', 'Vondráček', 'Doležalová', 'Růžička'],
  },
  hungarian: {
    given: ['Zsuzsanna', 'Levente', 'Erzsébet', 'Botond', 'Ildikó', 'Gergely', 'Réka'],
    family: ['Szűcs', 'Bognár', 'Pintér', 'Fekete', 'Halász', 'Vörös', 'Lakatos'],
  },
  romanian: {
    given: ['Ioana', 'Mircea', 'Roxana', 'Sorin', 'Loredana', 'Cosmin', 'Mihaela'],
    family: ['Popescu', 'Dumitrescu', 'Stănescu', 'Vasilescu', 'Ionescu', 'Mocanu', 'Bălan'],
  },
  greek: {
    given: ['Eleftheria', 'Stavros', 'Chrysoula', 'Panagiotis', 'Despina', 'Spyridon', 'Kalliopi'],
    family: ['Papadimitriou', 'Karagiannis', 'Theodorou', 'Vlachos', 'Mavridis', 'Tsoukalas', 'Anagnostou'],
  },
  portuguese: {
    given: ['Conceição', 'Rui', 'Graça', 'Nuno', 'Fátima', 'Tiago', 'Inês'],
    family: ['Magalhães', 'Carvalho', 'Figueiredo', 'Nogueira', 'Guimarães', 'Sequeira', 'Mourão'],
  },
  mexican: {
    given: ['Guadalupe', 'Alejandro', 'Xóchitl', 'Rodrigo', 'Itzel', 'Emiliano', 'Ximena'],
    family: ['Cuauhtémoc', 'Villaseñor', 'Ocampo', 'Zavala', 'Arriaga', 'Montemayor', 'Escobedo'],
  },
  finnish: {
    given: ['Aino', 'Tapio', 'Kaisu', 'Ilkka', 'Sirpa', 'Jarmo', 'Tuulikki'],
    family: ['Hämäläinen', 'Kärkkäinen', 'Laaksonen', 'Räsänen', 'Mäkelä', 'Heikkinen', 'Kettunen'],
  },
  georgian: {
    given: ['Nino', 'Levan', 'Tamar', 'Giorgi', 'Ketevan', 'Zurab', 'Mariam'],
    family: ['Beridze', 'Kapanadze', 'Gelashvili', 'Tsiklauri', 'Lomidze', 'Javakhishvili', 'Abashidze'],
  },
  armenian: {
    given: ['Anahit', 'Tigran', 'Lusine', 'Aram', 'Siranush', 'Vardan', 'Gayane'],
    family: ['Petrosyan', 'Hovhannisyan', 'Sargsyan', 'Karapetyan', 'Ghazaryan', 'Avetisyan', 'Manukyan'],
  },
};

/** A second round typed after the first drop left these lists short (only counts were printed). */
const MORE: Record<string, { given: string[]; family: string[] }> = {
  german: { given: ['Gundolf', 'Edeltraut', 'Reinmar', 'Swanhild', 'Hartlieb', 'Ortrun'], family: [] },
  austrian: {
    given: ['Ignaz', 'Walburga', 'Florian-Jodok', 'Notker', 'Hermagoras', 'Zäzilia', 'Pankraz'],
    family: ['Gschwandtner', 'Pichlmayr', 'Hufnagl', 'Leutgeb'],
  },
  swiss: { given: [], family: ['Rüegsegger', 'Aebischer', 'Hänggeli', 'Schwarzentrub'] },
  english: { given: ['Ottoline', 'Peregrine', 'Jocasta', 'Aurelian', 'Hermione-Rose', 'Crispin'], family: [] },
  scottish: { given: ['Catriona', 'Somhairle', 'Seonag', 'Ailig', 'Beathag'], family: [] },
  welsh: {
    given: ['Heledd', 'Gruffydd', 'Angharad', 'Tegid', 'Mererid'],
    family: ['Cadwaladr', 'Gwynfor-Rees', 'Pughe', 'Bevan-Tudur'],
  },
  irish: {
    given: ['Fionnuala', 'Diarmuid', 'Caoimhe', 'Pádraigín', 'Toirdhealbhach'],
    family: ['Ó Ceallacháin', 'Mac Conmara', 'Ní Dhubhghaill', 'Ó Cinnéide'],
  },
  maori: { given: ['Whetu', 'Pania', 'Ihaka', 'Kahurangi', 'Tipene'], family: [] },
  tongan: {
    given: ['Sifa', 'Lupe', 'Feleti', 'Ofa', 'Semisi'],
    family: ['Vaipulu', 'Kaufusi', 'Tonga-Fusi', 'Veikune'],
  },
  tamil: {
    given: ['Tamizhselvi', 'Manikandan', 'Kalaivani', 'Sivaguru', 'Pugazhendhi'],
    family: ['Ponnusamy', 'Chinnasamy', 'Thangavelu', 'Arumugasamy', 'Marimuthu'],
  },
  punjabi: { given: [], family: ['Gahunia', 'Dhaliwal-Brar', 'Pannu', 'Cheema-Toor', 'Aulakh'] },
  bengali: { given: [], family: ['Bandyopadhyay', 'Gangopadhyay', 'Chattopadhyay', 'Sarkar-Roy', 'Bhowmick'] },
  korean: {
    given: ['Seung-hoon', 'Ha-eun', 'Yeon-woo', 'Da-bin', 'Gyu-ri', 'Tae-yang'],
    family: ['Gong', 'Maeng', 'Byeon', 'Seok', 'Tak', 'Pyo'],
  },
  japanese: {
    given: ['Chihiro', 'Tomoharu', 'Sayuri', 'Kazunori', 'Mitsuki'],
    family: ['Higashiyama', 'Kuroiwa', 'Shimazaki', 'Tsukamoto', 'Uchiyama'],
  },
  vietnamese: {
    given: ['Thanh Thuy', 'Gia Bao', 'Khanh Linh', 'Minh Triet', 'Phuong Vy'],
    family: ['Lưu', 'Quách', 'Thái', 'Tạ', 'Kiều'],
  },
  thai: {
    given: ['Rattana', 'Pornthip', 'Thanawat', 'Wannisa'],
    family: ['Sukprasert', 'Phongphanit', 'Chansiri', 'Kaewkhiao', 'Saengthong'],
  },
  filipino: {
    given: ['Rhodora', 'Edgardo', 'Marites', 'Jerwin', 'Analyn'],
    family: ['Macapagal', 'Buenaventura', 'Sison', 'Lacson', 'Ilagan'],
  },
  indonesian: {
    given: ['Sulistyowati', 'Hendrawan', 'Purnamasari', 'Joko', 'Nurhayati'],
    family: ['Wijayakusuma', 'Sasongko', 'Nugroho', 'Handayani', 'Rahardjo'],
  },
  turkish: { given: ['Gökhan', 'Berrin', 'Ayten', 'Volkan'], family: ['Kahraman', 'Erdoğdu', 'Tekinalp'] },
  kurdish: {
    given: ['Şirin', 'Rêzan', 'Azad', 'Nêrgiz', 'Bêrîvan', 'Welat'],
    family: ['Hewrami', 'Mukriyani', 'Soranî', 'Badînî', 'Zaxoyî'],
  },
  persian: { given: ['Farnaz', 'Behzad', 'Mahsa', 'Arash'], family: ['Shirazi-Nejad', 'Golestani', 'Khorramshahi'] },
  levantine: { given: ['Joumana', 'Ghassan'], family: [] },
  ethiopian: {
    given: ['Birtukan', 'Getachew', 'Mahlet', 'Abebe', 'Tsion', 'Kebede'],
    family: ['Gebreyesus', 'Wondimu', 'Asfaw', 'Demissie', 'Tessema', 'Zewdie'],
  },
  somali: {
    given: ['Fadumo', 'Cabdi', 'Xaawo', 'Maxamed', 'Nimco', 'Cumar'],
    family: ['Cabdullaahi', 'Xuseen', 'Warfaa', 'Guuleed', 'Ducaale', 'Cigaal'],
  },
  yoruba: {
    given: ['Titilayo', 'Adewale', 'Morenike', 'Ayodele'],
    family: ['Ogunbanjo', 'Akinwunmi', 'Oyebanji', 'Adesanya', 'Olatunji'],
  },
  igbo: {
    given: ['Nneka', 'Ebuka', 'Chiamaka', 'Uchenna', 'Nkechi', 'Emeka'],
    family: ['Nwachukwu', 'Obiora', 'Ezeokafor', 'Nnamdi-Okoro', 'Umeh'],
  },
  akan: {
    given: ['Adwoa', 'Yaw', 'Afua', 'Kwadwo', 'Akua', 'Kwasi'],
    family: ['Sarpong', 'Antwi', 'Amponsah', 'Opoku', 'Nyarko', 'Acheampong'],
  },
  swahili: { given: ['Mwanaisha', 'Saidi', 'Tumaini', 'Rashidi'], family: ['Mwakilema', 'Shirima', 'Lyimo'] },
  polish: {
    given: ['Mieczysław', 'Jadwiga-Maria', 'Bogumiła', 'Czesław', 'Wiesława'],
    family: ['Grzybowska', 'Szczygieł', 'Pietrzykowski'],
  },
  czech: { given: ['Drahomíra', 'Bořivoj', 'Květoslava', 'Čestmír'], family: ['Kubíčková', 'Ptáček', 'Hrubešová'] },
  hungarian: { given: ['Boglárka', 'Csongor', 'Hajnalka', 'Zsombor'], family: [] },
  romanian: {
    given: ['Sânziana', 'Petruța', 'Dorin', 'Ovidiu'],
    family: ['Teodorescu', 'Munteanu-Ghiță', 'Zamfirescu'],
  },
  greek: {
    given: ['Paraskevi', 'Charalambos', 'Vasiliki', 'Theofilos', 'Evangelia'],
    family: ['Konstantinidis', 'Chatzigeorgiou', 'Xanthopoulos', 'Kyriakidou'],
  },
  portuguese: {
    given: ['Leonor', 'Gonçalo', 'Benedita', 'Duarte'],
    family: ['Vasconcelos', 'Meireles', 'Quaresma', 'Baptista-Lopes'],
  },
  finnish: { given: ['Kyllikki', 'Eero-Pekka', 'Marjukka'], family: ['Pitkänen', 'Ylönen', 'Kauppinen'] },
  georgian: {
    given: ['Tinatin', 'Shota-Giorgi', 'Eka', 'Nugzar'],
    family: ['Chkheidze', 'Mgaloblishvili', 'Kvaratskhelia', 'Dadiani'],
  },
  armenian: { given: ['Hasmik', 'Ashot', 'Nune', 'Gevorg'], family: ['Mkrtchyan', 'Harutyunyan'] },
};
for (const [c, v] of Object.entries(MORE)) {
  CANDIDATES[c].given.push(...v.given);
  CANDIDATES[c].family.push(...v.family);
}

/** Cultures added in the second round. */
Object.assign(CANDIDATES, {
  icelandic: {
    given: ['Guðrún', 'Þórólfur', 'Sigurlaug', 'Hallgrímur', 'Ragnheiður', 'Steingrímur', 'Vigdís'],
    family: [
      'Þorvaldsdóttir',
      'Hjaltested',
      'Brynjólfsson',
      'Ásgeirsdóttir',
      'Kjartansson',
      'Thorarensen',
      'Egilsdóttir',
    ],
  },
  basque: {
    given: ['Itziar', 'Gorka', 'Amaia', 'Iñaki', 'Nerea', 'Aitor', 'Edurne'],
    family: ['Etxeberria', 'Goikoetxea', 'Urrutikoetxea', 'Zubizarreta', 'Aranburu', 'Olabarrieta', 'Iturriaga'],
  },
  maltese: {
    given: ['Carmelina', 'Ġużeppi', 'Rita-Marie', 'Salvu', 'Marthese', 'Ninu', 'Doris'],
    family: ['Cutajar', 'Xuereb', 'Zammit-Cordina', 'Camilleri', 'Farrugia', 'Grech', 'Mifsud'],
  },
  albanian: {
    given: ['Drita', 'Arben', 'Mirela', 'Ilir', 'Valbona', 'Besnik', 'Lindita'],
    family: ['Hoxhaj', 'Kelmendi', 'Berisha', 'Gjoka', 'Dervishi', 'Krasniqi', 'Shehu'],
  },
  lao: {
    given: ['Souksavanh', 'Khamphet', 'Vilayvanh', 'Bounmy', 'Chanthaly', 'Somphone', 'Keophet'],
    family: ['Phommachanh', 'Sisoulath', 'Vongphachanh', 'Keomany', 'Inthavong', 'Souvannavong', 'Sayavong'],
  },
  khmer: {
    given: ['Sopheap', 'Vuthy', 'Chanthou', 'Rithy', 'Sreymom', 'Bunthoeun', 'Kalyan'],
    family: ['Chhim', 'Sokhom', 'Ouk', 'Prak', 'Meas', 'Heng', 'Chhay'],
  },
  mongolian: {
    given: ['Oyunchimeg', 'Batbayar', 'Enkhjargal', 'Ganbold', 'Altantsetseg', 'Munkhbat', 'Sarangerel'],
    family: ['Tserendorj', 'Dashdondog', 'Purevsuren', 'Batsaikhan', 'Ochirbat', 'Jargalsaikhan', 'Lkhagvasuren'],
  },
  nepali: {
    given: ['Sabina', 'Bishnu', 'Kamala', 'Prakash', 'Sunita', 'Dipendra', 'Anjali'],
    family: ['Shrestha', 'Gurung', 'Tamang', 'Bhandari', 'Adhikari', 'Magar', 'Thapaliya'],
  },
  sinhala: {
    given: ['Nilmini', 'Chaminda', 'Dilrukshi', 'Lasantha', 'Thilini', 'Mahinda', 'Sanduni'],
    family: ['Wickramasinghe', 'Jayawardena', 'Senanayake', 'Gunawardena', 'Ratnayake', 'Weerasekara', 'Dissanayake'],
  },
  malagasy: {
    given: ['Voahangy', 'Hery', 'Lalao', 'Rivo', 'Hanitra', 'Tojo', 'Fanja'],
    family: [
      'Rakotomalala',
      'Randrianarisoa',
      'Rasoanaivo',
      'Andriamanjato',
      'Razafindrabe',
      'Rabearivelo',
      'Ravelomanana',
    ],
  },
  fijian: {
    given: ['Litia', 'Jone', 'Adi', 'Waisale', 'Mereoni', 'Semi', 'Salanieta'],
    family: ['Naivalu', 'Tuisawau', 'Rabuka', 'Qarase', 'Vunibaka', 'Nadolo', 'Ratuva'],
  },
  quechua: {
    given: ['Yupanqui', 'Killari', 'Inti', 'Sisa', 'Amaru', 'Nayra', 'Kusi'],
    family: ['Huaman', 'Quispe', 'Mamani', 'Condori', 'Choque', 'Ccori', 'Huillca'],
  },
  shona: {
    given: ['Tatenda', 'Rudo', 'Farai', 'Chipo', 'Tendai', 'Nyasha', 'Kudakwashe'],
    family: ['Mutasa', 'Chigumba', 'Makoni', 'Chinotimba', 'Mukandatsama', 'Gumbo', 'Zvobgo'],
  },
  tswana: {
    given: ['Kagiso', 'Boitumelo', 'Onalenna', 'Thabo', 'Kelebogile', 'Mpho', 'Tshepiso'],
    family: ['Masire', 'Molefhe', 'Seretse', 'Kgosietsile', 'Motlhabane', 'Sebego', 'Ramotswa'],
  },
  venda: {
    given: ['Mashudu', 'Ndivhuwo', 'Rendani', 'Takalani', 'Mpfariseni', 'Fulufhelo', 'Livhuwani'],
    family: ['Netshitenzhe', 'Mudau', 'Ramabulana', 'Nemakonde', 'Tshikovhi', 'Mphephu', 'Ravele'],
  },
  tsonga: {
    given: ['Hlulani', 'Nyiko', 'Tsakani', 'Vongani', 'Ntsako', 'Rirhandzu', 'Khensani'],
    family: ['Baloyi', 'Chauke', 'Maluleke', 'Mathebula', 'Shirinda', 'Ngobeni', 'Hlungwani'],
  },
  hausa: {
    given: ['Hadiza', 'Aminu', 'Zainab', 'Sani', 'Binta', 'Lawal', 'Hauwa'],
    family: ['Danjuma', 'Yar’Adua', 'Bichi', 'Kurfi', 'Gwarzo', 'Dankwambo', 'Shekarau'],
  },
  wolof: {
    given: ['Aminata', 'Moustapha', 'Ndèye', 'Cheikh', 'Khady', 'Ousmane', 'Astou'],
    family: ['Ndiaye', 'Diop', 'Faye', 'Sarr', 'Mbaye', 'Thiam', 'Gueye'],
  },
  uzbek: {
    given: ['Dilnoza', 'Rustam', 'Gulnora', 'Sherzod', 'Malika', 'Jasur', 'Nodira'],
    family: ['Karimova', 'Tashkentov', 'Rakhimov', 'Yusupova', 'Ergashev', 'Nazarova', 'Abdullayev'],
  },
  pashto: {
    given: ['Malalai', 'Zarmina', 'Wazhma', 'Khushal', 'Spozhmai', 'Ajmal', 'Palwasha'],
    family: ['Yousafzai', 'Durrani', 'Khattak', 'Mohmand', 'Afridi', 'Wardak', 'Popalzai'],
  },
});
