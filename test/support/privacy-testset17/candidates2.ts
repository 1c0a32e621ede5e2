/** More hand-typed candidates (rarer forms), added after the first list lost most of its given names to earlier sets. */
export const MORE: Record<string, { given: readonly string[]; family: readonly string[] }> = {
  german: {
    given: [
      'Hedwiga',
      'Ortwin',
      'Sieglinde',
      'Gunthram',
      'Walburga',
      'Eckart',
      'Reinhild',
      'Dietlind',
      'Ansgar',
      'Hildegund',
    ],
    family: [],
  },
  austrian: {
    given: ['Notburga', 'Wendelin', 'Kunigunde', 'Severin', 'Rupertine', 'Leopoldine', 'Virgil', 'Afra'],
    family: ['Aichhorn', 'Pfisterer', 'Oberhollenzer', 'Kalchgruber', 'Weißenbacher', 'Stockhammer'],
  },
  swiss: {
    given: ['Fridolin', 'Verena', 'Mauriz', 'Rosmarie', 'Hansruedi', 'Theres', 'Bethli', 'Gallus'],
    family: ['Schüpbach', 'Wüthrich', 'Liechti', 'Habegger', 'Gerber-Aebi', 'Nyffenegger'],
  },
  dutch: {
    given: ['Hiltje', 'Wouter', 'Geertruida', 'Rutger', 'Jozefien', 'Maarten', 'Aaltje', 'Gijsbert'],
    family: ['Tichelaar', 'Brouwershaven', 'Zwanenburg', 'Oosterhuis', 'Kolkman', 'Vlietstra'],
  },
  english: {
    given: ['Peregrine', 'Clementine', 'Ambrose', 'Philippa', 'Fenella', 'Tobias', 'Araminta', 'Rupert'],
    family: ['Wrigglesworth', 'Pocklington', 'Southwold', 'Tattersall', 'Higginbottom', 'Ravenscroft'],
  },
  welsh: {
    given: ['Angharad', 'Tudur', 'Gwenllian', 'Emrys', 'Mererid', 'Dafydd', 'Lowri', 'Heddwyn'],
    family: ['Vaughan-Pryce', 'Gruffydd', 'Powys', 'Bowen-Lloyd', 'Trefor', 'Cadwaladr'],
  },
  scottish: {
    given: ['Catriona', 'Torquil', 'Seonaid', 'Alasdair', 'Mhairi', 'Somhairle', 'Iseabail', 'Dughall'],
    family: ['Sutherland', 'MacLachlainn', 'Strachan', 'Gillanders', 'Auchinleck', 'Carmichael', 'Rattray'],
  },
  irish: {
    given: ['Caoimhe', 'Fiachra', 'Saoirse', 'Oisín', 'Ríona', 'Colm', 'Éabha', 'Lorcan'],
    family: ['Ó Dálaigh', 'Mac Craith', 'Ní Fhlannagáin', 'Keohane', 'Scanlan', 'Hennessy', 'Ó Ceallacháin'],
  },
  american: {
    given: ['Bryson', 'Everleigh', 'Colt', 'Paisley', 'Hadley', 'Brantley', 'Oaklynn', 'Jaxtyn'],
    family: ['Vandergriff', 'Stuckey', 'Applewhite', 'Honeycutt', 'Blevins', 'Culpepper', 'Fenwick'],
  },
  mexican: {
    given: ['Yaretzi', 'Tonatiuh', 'Anahí', 'Moctezuma', 'Nayeli', 'Eréndira', 'Uriel', 'Zyanya'],
    family: ['Tlacuilo', 'Coyotl', 'Villaseñor', 'Barragán', 'Ibarra', 'Zavala'],
  },
  navajo: {
    given: ['Tsébaa', 'Ashkii', 'Bidziil', 'Haseya', 'Dezba', 'Naalnish', 'Tółání'],
    family: ['Bitsui', 'Etsitty', 'Tohannie', 'Benally-Yazhi', 'Chischilly', 'Nakai'],
  },
  aboriginal: {
    given: ['Marlee', 'Koorine', 'Warrick', 'Tjandamurra', 'Lowanna', 'Yarran', 'Merindah'],
    family: ['Djerrkura', 'Mununggurr', 'Bukulatjpi', 'Garrawurra', 'Wanambi', 'Ganambarr'],
  },
  hindi: {
    given: ['Anvesha', 'Shaurya', 'Ridhima', 'Advait', 'Mrinalini', 'Pranjal', 'Yashasvi', 'Devansh'],
    family: ['Upadhyay', 'Khandelwal', 'Pandey-Mishra', 'Kushwaha', 'Agnihotri', 'Shrivas', 'Rajpurohit'],
  },
  tamil: {
    given: ['Yazhini', 'Maran', 'Poongodi', 'Elanchezhian', 'Kayalvizhi', 'Nedunchezhiyan', 'Malarvizhi', 'Thirumaran'],
    family: ['Veerappan', 'Chellappan', 'Periyasamy', 'Alagarsamy', 'Muthukumaran', 'Ponnusamy', 'Karuppiah'],
  },
  bengali: {
    given: ['Rituparna', 'Swarnendu', 'Srabanti', 'Arijit', 'Moumita', 'Indranil', 'Sudeshna', 'Dipanjan'],
    family: ['Bandyopadhyay', 'Chattopadhyay', 'Bhowmick', 'Sarkar-Roy', 'Talukdar', 'Haldar', 'Ghoshal'],
  },
  malayali: {
    given: ['Athira', 'Nithin', 'Revathy', 'Anoop', 'Sreelakshmi', 'Arjun Dev', 'Neethu', 'Vishnupriya'],
    family: ['Chirayath', 'Edathil', 'Menon-Pillai', 'Kalarickal', 'Vettikkattil', 'Parambil'],
  },
  punjabi: {
    given: ['Jasleen', 'Tejinder', 'Rupinder', 'Kuldeep', 'Harnoor', 'Balwinder', 'Sukhmani', 'Paramvir'],
    family: ['Aulakh', 'Brar', 'Dhaliwal', 'Gill-Sekhon', 'Kahlon', 'Mangat', 'Sohal'],
  },
  kikuyu: {
    given: ['Wambui', 'Gachanja', 'Njeri', 'Muriithi', 'Wangechi', 'Kinuthia', 'Nyokabi', 'Kabiru'],
    family: ['Mbugua', 'Waweru', 'Muigai', 'Kimemia', 'Gathoni', 'Nderitu'],
  },
  swahili: {
    given: ['Tumaini', 'Subira', 'Hamisi', 'Mwanaisha', 'Rashidi', 'Zuhura', 'Shabani', 'Mwajuma'],
    family: ['Mwinyimkuu', 'Kombo', 'Makame', 'Jabiri', 'Chande', 'Hamadi'],
  },
  turkish: {
    given: ['Elif Naz', 'Kerem', 'Zeynep Su', 'Oğuzhan', 'Beren', 'Tuğrul', 'İpek', 'Barkın'],
    family: ['Kahramanoğlu', 'Eskicioğlu', 'Türkmenoğlu', 'Sarıgül', 'Akgündüz', 'Demirkıran'],
  },
  kurdish: {
    given: ['Zelal', 'Şiyar', 'Bêrîvan', 'Rêber', 'Jînda', 'Welat', 'Sozdar', 'Baran'],
    family: ['Cizîrî', 'Xelîlî', 'Ertuşî', 'Mîrzoyî', 'Şêxanî', 'Goyî'],
  },
  polish: {
    given: ['Bronisława', 'Wawrzyniec', 'Genowefa', 'Mieczysław', 'Kunegunda', 'Bolesław', 'Leokadia', 'Ludomir'],
    family: [
      'Przybyszewska',
      'Kwiatkowska-Ryś',
      'Gąsiorowski',
      'Ziółkowska',
      'Wąsowicz',
      'Śliwińska',
      'Błaszczykowski',
    ],
  },
  czech: {
    given: ['Bořivoj', 'Drahomíra', 'Přemysl', 'Jarmila', 'Vratislav', 'Blažena', 'Ctibor', 'Květoslava'],
    family: ['Hrubešová', 'Procházková-Malá', 'Řezníček', 'Dvořáková', 'Zedníček', 'Štěpánková'],
  },
  croatian: {
    given: ['Domagoj', 'Vesna', 'Branimir', 'Ljiljana', 'Hrvoje', 'Nives', 'Tvrtko', 'Dunja'],
    family: ['Kovačević-Žic', 'Horvatinčić', 'Šimunović', 'Radić', 'Lovrić', 'Bašić'],
  },
  romanian: {
    given: ['Viorica', 'Dorin', 'Lăcrămioara', 'Ovidiu', 'Florica', 'Mugurel', 'Despina', 'Tiberiu'],
    family: ['Țepeș', 'Văcărescu', 'Brâncoveanu', 'Hâncu', 'Pârvulescu', 'Cârstea'],
  },
  greek: {
    given: [
      'Kalliopi',
      'Evangelos',
      'Anastasia-Eleni',
      'Charalambos',
      'Paraskevi',
      'Dimosthenis',
      'Aikaterini',
      'Leonidas',
    ],
    family: ['Vlachopoulou', 'Kontogeorgis', 'Theodorakopoulos', 'Kalogeropoulou', 'Stamatakis', 'Papastergiou'],
  },
  italian: {
    given: ['Mariagrazia', 'Ettore', 'Filomena', 'Gennaro', 'Assunta', 'Raffaele', 'Concetta', 'Saverio'],
    family: ['Sant’Ambrogio', 'Quagliarella', 'Spadafora', 'Tagliaferri', 'Vitiello', 'Scognamiglio'],
  },
  portuguese: {
    given: ['Conceição', 'Rodrigo', 'Margarida', 'Tomé', 'Graça', 'Sebastião', 'Filipa', 'Joaquim'],
    family: ['Vasconcelos', 'Meireles', 'Brandão', 'Loureiro', 'Pinheiro', 'Gouveia'],
  },
  spanish: {
    given: ['Amaia', 'Xabier', 'Itziar', 'Gorka', 'Leire', 'Aitor', 'Edurne', 'Mikel'],
    family: ['Garmendia', 'Echeverría', 'Aldasoro', 'Lizarazu', 'Urdangarin', 'Iturriaga'],
  },
  arabic: {
    given: ['Ruqayya', 'Hamza', 'Sanaa', 'Walid', 'Ghada', 'Fadi', 'Nisreen', 'Marwan'],
    family: ['Al-Masri', 'Kanaan', 'Tamimi', 'Khoury', 'Jaber', 'Sabbagh'],
  },
  persian: {
    given: ['Roxana', 'Farzad', 'Niloufar', 'Siavash', 'Maryam-Sadat', 'Behrouz', 'Azadeh', 'Kambiz'],
    family: ['Kashani', 'Yazdani', 'Sadeghi', 'Ansari', 'Navabi', 'Zand'],
  },
  vietnamese: {
    given: ['Phượng', 'Tuấn', 'Trang', 'Minh Châu', 'Bảo', 'Diễm', 'Khoa', 'Thùy'],
    family: ['Hồ', 'Dương', 'Vũ', 'Tạ', 'Lâm', 'Châu'],
  },
  chinese: {
    given: ['Qiaoling', 'Wenbo', 'Yuting', 'Zihan', 'Lihua', 'Guowei', 'Xinyi', 'Tianyu'],
    family: ['Guo', 'Deng', 'Pan', 'Zhou', 'Luo', 'Yuan'],
  },
  japanese: {
    given: ['Chihiro', 'Takumi', 'Natsumi', 'Shota', 'Mayumi', 'Yusuke', 'Kaede', 'Haruto'],
    family: ['Yamaguchi', 'Okamoto', 'Shimizu', 'Morita', 'Ishikawa', 'Kurosawa'],
  },
  korean: {
    given: ['Soo-ah', 'Tae-yang', 'Bo-ra', 'Joon-ho', 'Chae-won', 'Gun-woo', 'Ye-rin', 'Sung-min'],
    family: ['Byun', 'Ahn', 'Ryu', 'Oh', 'Nam', 'Jang'],
  },
  filipino: {
    given: ['Analyn', 'Efren', 'Marilou', 'Reynaldo', 'Leonila', 'Crisanto', 'Jocelyn', 'Ramil'],
    family: ['Villanueva', 'Sumalinog', 'Dimaano', 'Lacson', 'Mabini', 'Tolentino'],
  },
  yoruba: {
    given: ['Oreoluwa', 'Adewale', 'Titilayo', 'Oladipupo', 'Abimbola', 'Kehinde', 'Ibukunoluwa', 'Yetunde'],
    family: ['Ogundipe', 'Adebayo-Bello', 'Oyinlola', 'Ajayi', 'Oladapo', 'Balogun'],
  },
  somali: {
    given: ['Ubah', 'Abdiqani', 'Hamdi', 'Sharmarke', 'Idil', 'Cabdi', 'Faduma', 'Ilhan'],
    family: ['Ugaas', 'Gurey', 'Cawaale', 'Xirsi', 'Shirwac', 'Dhoorre'],
  },
  hungarian: {
    given: ['Tünde', 'Gergő', 'Ildikó', 'Bence', 'Orsolya', 'Ákos', 'Noémi', 'Huba'],
    family: ['Szőke', 'Szűcs', 'Nagyváradi', 'Kisfaludy', 'Tóth-Benedek', 'Erdélyi'],
  },
  maori: {
    given: ['Kahurangi', 'Rawiri', 'Marama', 'Tane', 'Hinewai', 'Manaia', 'Anahera', 'Tipene'],
    family: ['Te Rangi', 'Kereama', 'Poutama', 'Tuhoe', 'Rangihuna', 'Whakamoe'],
  },
  luo: { given: [], family: [] },
};
