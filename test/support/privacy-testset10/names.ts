/**
 * Test set 10's own name lists, typed by hand (no package, no earlier set): given and family names of
 * 35 cultures, chosen to be less common. About three times as many candidates were typed; every one sharing a word with a PERSON label of an
 * earlier set, the development set or the corpus was dropped (overlap.ts lists only the shared words).
 */
export const CULTURES: Record<string, { given: readonly string[]; family: readonly string[] }> = {
  german: {
    given: ['Irmhild', 'Reinbold', 'Gebhard', 'Friedegund', 'Traudel', 'Sigisbert', 'Ingomar'],
    family: [
      'Brösamle',
      'Hammacher',
      'Stoltefuß',
      'Wippermann',
      'Eickhoff-Larisch',
      'Kneißl',
      'Vogelsänger',
      'Kettelhack',
    ],
  },
  austrian: {
    given: ['Hias', 'Kajetan', 'Cäcilia', 'Romed', 'Gundula', 'Virgil', 'Hildegund', 'Ambros'],
    family: [
      'Zottl',
      'Gruber-Hasenöhrl',
      'Untersweg',
      'Pfusterschmid',
      'Kranebitter',
      'Haslwanter',
      'Moosbrugger',
      'Tschurtschenthaler',
    ],
  },
  swiss: {
    given: ['Gian-Andri', 'Nuot', 'Men', 'Mengia', 'Annatina', 'Töni', 'Cilgia'],
    family: ['Caduff', 'Zimmerli', 'Bärtschi', 'Cathomen', 'Nüesch', 'Egloff', 'Jenatsch'],
  },
  turkish: {
    given: ['Dilruba', 'Kayhan', 'Gülbahar', 'Nurhayat', 'Yiğitcan', 'Müjgan', 'Türkan', 'Oktay'],
    family: ['Eskicioğlu', 'Tepebaşı', 'Demirkol', 'Bayraktaroğlu', 'Ulusoy'],
  },
  kurdish: {
    given: ['Berfîn', 'Nesrîn', 'Welat', 'Hêlîn', 'Dilşa', 'Kendal'],
    family: ['Zilanî', 'Berwarî', 'Goyî', 'Dêrşewî', 'Hesenî', 'Mîrkan'],
  },
  arabic: {
    given: ['Ruqayya', 'Sundus', 'Hanadi', 'Qusay', 'Muntasir', 'Wijdan', 'Anmar'],
    family: ['al-Shammari', 'el-Sawy', 'Tarabishi', 'Nuseibeh', 'Khouloussi', 'Mouaddab', 'Sarraj-Kabbani'],
  },
  persian: {
    given: ['Nilufar', 'Bardia', 'Esfandiar', 'Kamyar'],
    family: ['Ghorbanzadeh', 'Mirsepassi', 'Tabatabai', 'Kashanipour', 'Vahdati', 'Sharifinia', 'Jahanbegloo'],
  },
  chinese: {
    given: ['Jinhua', 'Qiaolian', 'Xiulan', 'Shaowei', 'Lanying'],
    family: ['Gou', 'Ouyangxu', 'Dongfang', 'Wenren', 'Taishi'],
  },
  vietnamese: {
    given: ['Trọng Nghĩa', 'Trường Giang', 'Cẩm Tú', 'Tường Vi', 'Nhật Hào', 'Vũ Phong'],
    family: ['Lưu', 'Ưng', 'Lục', 'Hứa'],
  },
  korean: {
    given: ['Seung-gi', 'Sol-bi', 'Yun-chae', 'Sae-byeok', 'Hanbit', 'Ara-dam'],
    family: ['Ha-Yeon', 'Ryang', 'Yeop', 'Gam', 'Dae-Pyeong', 'Seomun'],
  },
  japanese: {
    given: ['Tomoe', 'Ryūnosuke', 'Isamu', 'Koharu', 'Teppei', 'Fuyumi', 'Shūsaku', 'Wakana'],
    family: ['Kuwabara', 'Shimazaki', 'Ōtsuka', 'Hirasawa', 'Nagahama', 'Fujimaki', 'Kōno'],
  },
  tamil: {
    given: [
      'Senthilnathan',
      'Aravindan',
      'Mugilan',
      'Tamizhselvi',
      'Elamaran',
      'Nilavazhagi',
      'Senguttuvan',
      'Thamizhmaran',
    ],
    family: ['Arumugam', 'Nagarathinam', 'Muthukumaraswamy', 'Chinnappan', 'Sengottaiyan', 'Kalyanasundaram'],
  },
  indian: {
    given: ['Aarohi', 'Ishaani', 'Kabir-Raj', 'Tejasvi'],
    family: ['Gokhale', 'Tamhankar', 'Bhandarkar', 'Lokhande', 'Jhunjhunwala'],
  },
  polish: {
    given: ['Ludmiła', 'Eugenia', 'Ziemowit', 'Mieczysława', 'Jarogniew'],
    family: ['Przybylski', 'Ziółkowska', 'Mazurkiewicz', 'Pstrągowski', 'Szymborek', 'Gwiazdowicz', 'Kwiatkiewicz'],
  },
  ukrainian: {
    given: ['Bohdana', 'Levko', 'Zakhar', 'Orysia'],
    family: ['Derkach', 'Honcharenko', 'Symonenko', 'Khomenko-Lysak', 'Pidhirnyi', 'Stetsiuk', 'Yavorivska'],
  },
  russian: {
    given: ['Yevdokiya', 'Anfisa', 'Evpraksiya', 'Lukyan'],
    family: ['Lebedeva', 'Chernyshov', 'Zhukovskaya', 'Prokhorov', 'Sukhanova', 'Yermolov', 'Tikhomirov'],
  },
  romanian: {
    given: ['Rodica', 'Liviu', 'Cezar', 'Floarea', 'Mioara', 'Rozalia'],
    family: ['Murgoci', 'Vlădulescu', 'Hângănuț', 'Popârlan', 'Scărlătescu', 'Drăgulinescu', 'Gheorghiță-Bran'],
  },
  greek: {
    given: ['Agapi', 'Fotios', 'Artemisia', 'Sotirios'],
    family: [
      'Kontogiannis',
      'Vlachaki',
      'Kyriakidou',
      'Kalogeropoulou',
      'Chatzimichail',
      'Xenakou',
      'Triantafyllidis',
      'Lambropoulou',
    ],
  },
  italian: {
    given: ['Ercole', 'Nicoletta', 'Filiberto', 'Cosimo', 'Brunella', 'Ippolito', 'Crocefissa'],
    family: ['Quaranta', 'Lo Presti', 'Sbarbaro', 'Pellizzari'],
  },
  spanish: {
    given: ['Eulalia', 'Leocadio', 'Tiburcio', 'Herminia', 'Pancracio'],
    family: ['Cienfuegos', 'Olabarría', 'Lizarraga', 'Ybarra-Mendía', 'Arizmendi'],
  },
  brazilian: {
    given: ['Iracema', 'Jurema', 'Aparecido', 'Cleonice', 'Valdomiro', 'Ivonete', 'Rosicleide', 'Claudionor'],
    family: ['do Amaral', 'Peixoto', 'Camargo', 'Rabelo-Prates', 'Ximenes'],
  },
  french: {
    given: ['Honoré', 'Gwenaëlle', 'Philibert', 'Athénaïs'],
    family: ['Lacombe', 'Delaunay', 'Fontanel', 'Vautrin', 'Chauvière', 'Rochefort'],
  },
  dutch: {
    given: ['Annelies', 'Hendrikje', 'Jelmer', 'Siebe', 'Tjitske'],
    family: ['van der Wiel', 'ten Cate', 'van Rijswijk', 'Bakhuizen', 'Oosterveld', 'de Graaff'],
  },
  scandinavian: {
    given: ['Torstein', 'Bodil', 'Arnstein', 'Hjørdis'],
    family: ['Fjellstad', 'Bergsland', 'Åkerlund', 'Skjæveland', 'Rødsten'],
  },
  finnish: {
    given: ['Aino', 'Veikko', 'Kaisu', 'Oskari', 'Sanni', 'Jouko'],
    family: ['Kivimäki', 'Rantanen', 'Peltoniemi', 'Salminen', 'Laaksonen', 'Heikkilä'],
  },
  yoruba: {
    given: ['Adeoluwa', 'Iyanuoluwa', 'Eniolorunda', 'Morolake', 'Kolawole-Tunji'],
    family: ['Olatunbosun', 'Adegbenro', 'Osunkoya', 'Onigbinde', 'Omotosho', 'Ajiboye-Lawal'],
  },
  igbo: {
    given: ['Chukwuemelie', 'Ifeanyichukwu', 'Nneamaka', 'Ugochinyere'],
    family: ['Ezeudu', 'Nwokolobia', 'Ezeanyaeche', 'Onwuzurike'],
  },
  ghanaian: {
    given: ['Ohenewaa', 'Konadu', 'Agyeiwaa', 'Dufie', 'Oforiwaa'],
    family: ['Osei-Tutu', 'Baffour-Awuah', 'Sakyi-Djan', 'Obeng-Fosu', 'Twumasi-Ankrah', 'Amankwah-Dua'],
  },
  ethiopian: {
    given: ['Bezawit', 'Tesfamichael', 'Yodit', 'Girmachew', 'Lemlem'],
    family: ['Gebreyohannes', 'Tekletsadik', 'Ayalew', 'Tsegaye-Work', 'Wondimagegnehu', 'Habtemariam'],
  },
  somali: {
    given: ['Abshir', 'Caasha', 'Ridwaan', 'Ikraan', 'Mukhtaar-Cali', 'Suldaan'],
    family: ['Dhoorre', 'Warfaa', 'Cilmi', 'Xaaji'],
  },
  filipino: {
    given: ['Lorelei', 'Luzviminda', 'Teodorico', 'Maripaz', 'Honorato', 'Crisanto'],
    family: ['Villaroman', 'Manalang', 'Tuazon', 'Magbanua', 'Quiambao'],
  },
  indonesian: {
    given: ['Bagus', 'Gilang', 'Adhitya', 'Citra', 'Sekarayu'],
    family: ['Wirawan', 'Setiabudi', 'Hadiwijaya', 'Tjokrodiningrat'],
  },
  thai: {
    given: ['Waraporn', 'Nuanchan', 'Anuwat', 'Sirinthip', 'Phongsak', 'Kriangsak', 'Jiraporn', 'Theerawat'],
    family: ['Srisawat', 'Saengthong', 'Thammasiri', 'Chantharasri', 'Phetprasert', 'Inthanon', 'Bunnag-Lert'],
  },
  irish: {
    given: ['Pádraigín', 'Róisín', 'Toirdhealbhach', 'Máirtín', 'Proinsias'],
    family: ['MacGiolla', 'McEldowney', 'Mulcahy', 'Ó Dónaill'],
  },
  british: {
    given: ['Hengist', 'Ethelinda', 'Morwenna', 'Lowenna', 'Ysolde', 'Tobiah', 'Marmaduke', 'Euphemia'],
    family: ['Pennyfeather', 'Woodhouse', 'Lumley', 'Entwistle', 'Oakeshott', 'Bellingham-Smythe'],
  },
};

/** Name particles, not counted as name words. */
export const PARTICLES = new Set([
  'van',
  'der',
  'den',
  'ten',
  'de',
  'la',
  'le',
  'del',
  'della',
  'lo',
  'do',
  'da',
  'dos',
  'von',
  'zu',
  'al',
  'el',
  'bin',
  'ben',
  'ibn',
  'bint',
  'ní',
  'mac',
  'mc',
  'ó',
  'o',
]);
