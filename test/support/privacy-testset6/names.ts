/**
 * Test set 6's own name lists, typed by hand for this set (no faker, no npm list): given names and
 * family names of 39 cultures. Candidates sharing a name word with sets 1 to 5, the development set or
 * the corpus were replaced (overlap.ts), so most are rarer names, as real staff and client lists hold many.
 */
export interface Culture {
  given: string[];
  family: string[];
}

export const CULTURES: Record<string, Culture> = {
  german: {
    given: ["Folkert", "Detlev", "Volkhard", "Heilwig", "Edelgard", "Brunhilde", "Okko", "Tjark"],
    family: ["Hümmelgen", "Brockhagen", "Zeisberg", "Ohlendorf", "Kranewitter", "Sauerbier", "Tüffers", "Gaßmöller", "Pfennigwerth", "Dörrhöfer", "Quakernack", "Schwertfeger", "Klingebiel", "Ossenkopp", "Hülsewede", "Brinkhege", "Vogelsänger", "Mückenhaupt"],
  },
  austrian: {
    given: ["Notburga", "Engelbert", "Kreszenz", "Walburga", "Gottfried", "Theres", "Ignaz", "Rupertine", "Vinzenz", "Hermine", "Pankraz", "Aloisia", "Mechthild"],
    family: ["Pichlmayr", "Grasböck", "Leitgeb", "Stadlhuber", "Wimmreuter", "Haslinger", "Trummer", "Zwölfer", "Hinterleitner", "Pröglhöf", "Edlinger-Moosbrugger", "Strohmaier"],
  },
  swiss: {
    given: ["Gian", "Flurina", "Mirjam", "Corsin", "Ursina", "Men", "Ladina", "Duri", "Chasper", "Margrit", "Fadri"],
    family: ["Zumbühl", "Caflisch", "Bärtschiger", "Wyrsch", "Gisler", "Andermatt", "Schnyder", "Bundi", "Cadruvi", "Niederhauser", "Stäubli", "Arnold-Tuor"],
  },
  dutch: {
    given: ["Gijs", "Wietske", "Douwe", "Jildou", "Bauke", "Sietske", "Tjitske", "Ype", "Geertruida", "Hessel", "Marrit", "Evert-Jan", "Aukje"],
    family: ["Hoogendijk", "Veenstra", "Terpstra", "Koopmans", "Brouwershaven", "Stolk", "Dekkers", "Zijlstra", "Hettinga", "Bakema", "Rozendaal"],
  },
  flemish: {
    given: ["Wannes", "Griet", "Bavo", "Jorre", "Fien", "Warre", "Hanne", "Lowie", "Wiebe", "Kobe", "Ine", "Seppe"],
    family: ["Vandeputte", "Verhaeghe", "Desmet", "Van Acker", "Deprez", "Cauwenberghs", "Moerman", "Baert", "Vanhoutteghem", "Declercq", "Goethals", "Vanderstraeten"],
  },
  french: {
    given: ["Gaëlle", "Fulbert", "Sixtine", "Gonzague", "Lancelot", "Ysaline", "Gratien", "Léontine", "Anselme", "Perrine", "Hippolyte"],
    family: ["Rouquette", "Lafargue", "Chabrol", "Poitevin", "Huet", "Dutertre", "Ravenel", "Castagnède", "Mauduit", "Bellanger-Sauvé", "Prudhomme"],
  },
  italian: {
    given: ["Tancredi", "Saverio", "Ermenegildo", "Filomena", "Gaspare", "Assunta", "Nazzareno", "Girolamo", "Eufemia", "Calogero", "Gesualdo"],
    family: ["Pellegatti", "Scognamiglio", "Ferraiuolo", "Buonocore", "Di Pietrantonio", "Zanardelli", "Quaglia", "Sbarbaro", "Mastroianni-Lupo", "Cuccurullo"],
  },
  spanish: {
    given: ["Borja", "Eulalia", "Jacinto", "Gorka", "Itziar", "Maitane", "Xabier", "Edurne", "Ander", "Leire"],
    family: ["Arrizabalaga", "de la Fuente", "Quiroga", "Barrachina", "Carbonell", "Azkarate", "Olabarrieta", "Etxeberria", "Mendizábal", "Aldekoa", "Gabilondo"],
  },
  portuguese: {
    given: ["Joaquim", "Benedita", "Lourenço", "Constança", "Afonso", "Teresinha", "Bernardim", "Leonilde", "Bartolomeu", "Brites"],
    family: ["Sequeira", "Baptista", "Trindade", "Quintela", "Fragoso", "Veloso", "Brás", "Meireles", "Morgado", "Carrapiço"],
  },
  brazilian: {
    given: ["Thaís", "Everaldo", "Jussara", "Cleber", "Edvaldo", "Gilmar", "Marinalva", "Genivaldo", "Deuzuita"],
    family: ["Damasceno", "Arruda", "Jatobá", "Maranhão", "Pessoa", "Aragão", "Loureiro", "Macedo-Bastos", "Quixadá", "Bandeira"],
  },
  polish: {
    given: ["Ludwik", "Bolesław", "Eugenia", "Czesław", "Stanisława", "Wawrzyniec", "Teodozja", "Janusz", "Bronisława"],
    family: ["Grabowska", "Przybylski", "Zawadzka", "Bielecki", "Brzęczyszczykiewicz", "Ślusarczyk", "Jędrzejczak", "Pietrzykowska", "Żebrowski"],
  },
  czech: {
    given: ["Zdeňka", "Vojtěch", "Blanka", "Ondřej", "Libuše", "Přemysl", "Dagmar", "Bohumil", "Jaroslava", "Vítězslav", "Ludmila", "Kvido"],
    family: ["Procházka", "Kratochvíl", "Doležalová", "Vondráček", "Šťastný", "Kopecká", "Havlíček", "Bartoš", "Hrubešová", "Chalupecký", "Zeman", "Nedvědová"],
  },
  ukrainian: {
    given: ["Zoriana", "Yarema", "Bohdana", "Myroslava", "Bohdanna", "Ivanna", "Yurko", "Hanusia", "Nazar", "Stepanida"],
    family: ["Kovalchuk", "Melnychuk", "Savchuk", "Moroz", "Ostapchuk", "Voloshyn", "Pylypenko", "Kravets", "Dovzhenko"],
  },
  russian: {
    given: ["Yevgeny", "Stanislav", "Rostislav", "Yaroslava", "Feofan", "Kapitolina", "Innokenty", "Praskovya"],
    family: ["Belousov", "Shcherbakova", "Gorelova", "Zhuravlev", "Lavrentiev", "Rybakov", "Kolokoltsev", "Verkhovskaya", "Pestryakov", "Zaitseva", "Bogomolov"],
  },
  romanian: {
    given: ["Mircea", "Codruța", "Dorin", "Luminița", "Anca", "Ovidiu", "Ileana", "Tudorel", "Horia", "Smaranda"],
    family: ["Dumitrescu", "Stănescu", "Vlăduț", "Mureșan", "Ardeleanu", "Vâlcea", "Pârvulescu", "Lupșa", "Zamfirescu", "Oprișan"],
  },
  greek: {
    given: ["Harilaos", "Stamatia", "Lambros", "Sotirios", "Despoina", "Theofilos", "Charalampos", "Evdokia"],
    family: ["Theodorakopoulou", "Economou", "Mavridis", "Antoniadou", "Liakos", "Konstantopoulos", "Karamanlidou", "Stathopoulos", "Galanis"],
  },
  turkish: {
    given: ["Şule", "Oğuz", "Dilek", "Yasemin", "Orhan", "Fadime", "Cengizhan", "Nebahat", "Sabiha", "Muzaffer"],
    family: ["Yıldırımoğlu", "Çetinkaya", "Bozkurt", "Akgündüz", "Türkoğlu", "Ergüven", "Dağdelen", "Altıparmak", "Eskici", "Uysalel"],
  },
  kurdish: {
    given: ["Serhat", "Zozan", "Rêbaz", "Sorxwîn", "Şêrko", "Nazdar", "Hejar", "Bêrîvan", "Diyar"],
    family: ["Zebari", "Hawrami", "Botani", "Soran", "Kurdi", "Dersimi", "Bradosti", "Pirbal", "Baban", "Jaff"],
  },
  arabic: {
    given: ["Samir", "Ghada", "Munir", "Ziad", "Hisham", "Bushra", "Anwar", "Rima", "Wael", "Suhad"],
    family: ["al-Masri", "Abu-Ghazaleh", "el-Tayeb", "Qassem", "al-Sharif", "Tuqan", "bin Mahfouz", "Shaheen", "el-Naggar"],
  },
  persian: {
    given: ["Negar", "Bijan", "Shahrzad", "Manouchehr", "Taraneh", "Homayoun", "Pouneh", "Khosrow"],
    family: ["Jahanbakhsh", "Kashani", "Behbahani", "Kiarostami", "Zarrinkamar", "Pourmohammadi", "Nikpour", "Eskandari-Fard"],
  },
  indian: {
    given: ["Lavanya", "Harish", "Sharmila", "Ritu", "Chaitanya", "Bhavna", "Hrithika", "Yogendra", "Padmini", "Tushar", "Nirupama"],
    family: ["Malhotra", "Iyengar", "Bhattacharya", "Venkatesan", "Bandyopadhyay", "Khandelwal", "Ranganathan", "Sabharwal", "Purohit-Sane"],
  },
  tamil: {
    given: ["Karthikeyan", "Murugan", "Selvi", "Elango", "Ilavarasi", "Pugazhendhi", "Vetrivel", "Kanimozhi"],
    family: ["Ramasamy", "Palaniappan", "Natarajan", "Chockalingam", "Periyasamy", "Muthiah", "Manickavasagam", "Ilangovan", "Thangavelu", "Marimuthu"],
  },
  chinese: {
    given: ["Junhao", "Yutong", "Shufen", "Jingyi", "Wenbo", "Yanqiu", "Baohua", "Lihong", "Chunmei", "Dejun"],
    family: ["Sima", "Gongsun", "Kuang", "Ning", "Jiao", "Cen", "Lian", "Xiahou", "Duanmu"],
  },
  vietnamese: {
    given: ["Bích", "Khuê", "Thục", "Vỹ", "Trọng Nghĩa", "Hữu Lộc", "Vĩnh Phát", "Quế Chi", "Thiện Nhân"],
    family: ["Nguyễn", "Trần", "Võ", "Bùi", "Đỗ", "Tạ", "Lâm", "Thân"],
  },
  korean: {
    given: ["Jihoon", "Donghyun", "Yeonwoo", "Chaewon", "Gaeun", "Hyeongjun", "Eunbyul", "Yujin"],
    family: ["Gu", "Eom", "Yeo", "Ok", "Gil", "Ha", "Dokgo", "Sim", "Chu"],
  },
  japanese: {
    given: ["Haruki", "Sayaka", "Kenta", "Ryosuke", "Chihiro", "Daisuke", "Akane", "Shunsuke", "Tomoharu"],
    family: ["Morimoto", "Nakagawa", "Okada", "Hasegawa", "Kobayashi", "Uchimura", "Higashiyama", "Kitamura", "Sakaguchi", "Mizoguchi", "Tokunaga", "Hoshino"],
  },
  yoruba: {
    given: ["Fiyinfoluwa", "Omotolani", "Eniola", "Ajibola", "Olamiposi", "Tiwalade", "Oreoluwa", "Adeolu", "Ololade", "Oyindamola"],
    family: ["Adesanya", "Bamgbose", "Ogunbiyi", "Adebanjo", "Akindele", "Olaniyan", "Ilori", "Akinsanmi"],
  },
  igbo: {
    given: ["Chinwendu", "Ogechukwu", "Ikenna", "Nnenna", "Chibuzo", "Tobenna", "Ugonna", "Chinaza"],
    family: ["Ibe", "Ezeokafor", "Nwankwere", "Obiechina", "Onuoha", "Ihejirika", "Okpara", "Ezenwa", "Nwokoye"],
  },
  ghanaian: {
    given: ["Kwaku", "Yaa", "Araba", "Paapa", "Kakra", "Panyin", "Kweku", "Nii Lante"],
    family: ["Quartey-Papafio", "Ansong", "Bekoe", "Kyekyeku", "Amponsah", "Nketia", "Ocansey", "Brenya", "Adomako"],
  },
  ethiopian: {
    given: ["Tsion", "Tewodros", "Biniam", "Mekdes", "Zewditu", "Fikru", "Eyerusalem", "Mulugeta"],
    family: ["Woldemariam", "Asfaw", "Demissie", "Abera", "Lemma", "Yilma", "Zewde", "Teferra"],
  },
  somali: {
    given: ["Sahra", "Idil", "Cawo", "Najma", "Mursal", "Ayaan", "Shamso", "Deeqa"],
    family: ["Osman", "Ugaas", "Gurey", "Shirdon", "Yuusuf", "Caynaanshe", "Waabeeye", "Dirir", "Aadan"],
  },
  filipino: {
    given: ["Danilo", "Marites", "Bong", "Romualdo", "Ligaya", "Bienvenido", "Corazon", "Nenita", "Rogelio", "Imelda"],
    family: ["Dela Cruz", "Macaraeg", "Villareal", "Soriano", "Magsaysay", "Lacsamana", "Agbayani", "Dumalagan", "Ilagan"],
  },
  indonesian: {
    given: ["Sri", "Sutrisno", "Yulianti", "Joko", "Endang", "Sukarti", "Wiwik", "Purwanto", "Sulastri"],
    family: ["Kusumawati", "Lestari", "Simanjuntak", "Siregar", "Tanjung", "Hutapea", "Manurung", "Pardede"],
  },
  thai: {
    given: ["Kittisak", "Anurak", "Prayuth", "Wilaiwan", "Surachai", "Rungnapa", "Wanchai", "Supaporn", "Thitima"],
    family: ["Wongsakul", "Sukprasert", "Kaewmanee", "Phromsuwan", "Chantarasak", "Intharasombat", "Sirivadhana", "Pongpanich", "Siriwattana"],
  },
  scandinavian: {
    given: ["Sigrún", "Audun", "Tormod", "Gunvor", "Sveinung", "Haldis", "Sølvi", "Tryggve"],
    family: ["Bergstrøm", "Sæther", "Nyberg", "Gudmundsdóttir", "Kvalheim", "Ødegård", "Sundqvist", "Tveitevåg", "Rønneberg"],
  },
  irish_scottish: {
    given: ["Morag", "Ultan", "Diarmuid", "Pádraig", "Mairéad", "Colmán", "Aoibheann", "Saoirse", "Cormac"],
    family: ["O'Donovan", "MacAskill", "McLaughlin", "Cullinane", "Ó Murchú", "Ó Ceallaigh", "Breathnach", "MacFadyen"],
  },
  english: {
    given: ["Clement", "Tabitha", "Winifred", "Lancelot", "Jemima", "Horatio", "Petronella", "Algernon"],
    family: ["Haverford", "Cottrell", "Brampton", "Lockyer", "Glossop", "Applegarth", "Nettleship", "Goodbody"],
  },
  hungarian: {
    given: ["Boglárka", "Csaba", "Enikő", "Ildikó", "Botond", "Réka", "Zsolt", "Hajnalka", "Tihamér"],
    family: ["Szabolcsi", "Kovácsházy", "Németh", "Fekete", "Lukácsi", "Hegedűs", "Balogh", "Vörösmarty", "Csonka", "Pálffy", "Sziládi", "Gyöngyösi"],
  },
  georgian_armenian: {
    given: ["Nino", "Levan", "Tamar", "Giorgi", "Ketevan", "Zurab", "Anahit", "Hovhannes", "Lilit", "Armen", "Siranush", "Tigran"],
    family: ["Beridze", "Kapanadze", "Tsereteli", "Lomidze", "Javakhishvili", "Gogoladze", "Petrosyan", "Hakobyan", "Avetisyan", "Sargsyan", "Ghukasyan", "Mkrtchyan"],
  },
};
