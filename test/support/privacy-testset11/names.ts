/**
 * Set 11's own hand-typed name lists (not from any package), uncommon names on purpose: earlier
 * writers took the common ones. Checked against sets 1–10, the devset and the corpus (overlap.ts).
 */
export const CULTURES: Record<string, { given: readonly string[]; family: readonly string[] }> = {
  german: {
    given: ['Eberwin', 'Gottlob', 'Rotraut', 'Friedbert', 'Mechtild', 'Landolf', 'Detward'],
    family: [
      'Tiedemeyer',
      'Sporleder',
      'Wessendorf',
      'Hölscher',
      'Pagenkopf',
      'Kleinschmager',
      'Ostermeier-Flögel',
      'Rutenbeck',
    ],
  },
  austrian: {
    given: ['Romedius', 'Zäzilia', 'Rupertine', 'Eligius', 'Scholastika', 'Bonifaz'],
    family: [
      'Pfurtscheller',
      'Gschwandtner',
      'Kerschbaumer',
      'Nußbaumer',
      'Aichhorn',
      'Wallnöfer',
      'Pöttinger',
      'Zehetbauer',
    ],
  },
  turkish: {
    given: ['Nurdağ', 'Gökhun', 'Tuncer', 'Birsen', 'Yiğitalp', 'Fehmi', 'Nesrin', 'Orhun'],
    family: ['Soysal', 'Başaran', 'Durmuşoğlu', 'Akgündüz', 'Türkmenoğlu', 'Gümüşdere', 'Karataşlı', 'Altınçekiç'],
  },
  arabic: {
    given: ['Jawad', 'Zuhair', 'Ibtisam', 'Shakir', 'Intisar', 'Sameeh', 'Raghda', 'Afaf'],
    family: ['Qutaishat', 'Shdeifat', 'Maraqa', 'Nusseibeh', 'Tarawneh', 'Khasawneh', 'Shawabkeh', 'Rawashdeh'],
  },
  persian: {
    given: ['Bahram', 'Manijeh', 'Simin', 'Firouzeh'],
    family: ['Niknam', 'Shahrokhi', 'Dehghanzadeh', 'Farahmandpour', 'Gharavi', 'Kashanizadeh', 'Bakhtiari', 'Moshiri'],
  },
  kurdish: {
    given: ['Evîn', 'Şiyar', 'Ciwan', 'Sozdar'],
    family: ['Dizayee', 'Sorani', 'Jaffi', 'Qaradaghi', 'Berzencî', 'Xoşnaw', 'Pişdar', 'Hewlêrî'],
  },
  chinese: {
    given: ['Shaoming', 'Huifang', 'Baoshan', 'Qiuyue', 'Dexiang', 'Jingwei'],
    family: ['Xie', 'Ruan', 'Nie', 'Yue'],
  },
  vietnamese: {
    given: ['Hanh', 'Diep', 'Loc', 'Trung Kien', 'Huu Nghia'],
    family: ['Dinh', 'Lam', 'Trinh', 'Quach', 'Luong', 'Ton That', 'Kieu', 'Dam'],
  },
  japanese: {
    given: ['Haruki', 'Ren', 'Hotaru', 'Toshiaki', 'Kazumi', 'Shinnosuke'],
    family: ['Morishita', 'Tsuchiya', 'Ogawara', 'Kuroda', 'Fujisaki', 'Yanagisawa', 'Tachibana', 'Kitazawa'],
  },
  tamil: {
    given: ['Thamarai', 'Anbarasi', 'Selvaraj', 'Ezhilarasi', 'Manimaran', 'Kumaresan'],
    family: [
      'Sivakumaran',
      'Ponnambalam',
      'Chelliah',
      'Ganesalingam',
      'Nadarajah',
      'Vaithilingam',
      'Sundaralingam',
      'Rajaratnam',
    ],
  },
  hindi: {
    given: ['Tejas', 'Kumud', 'Rajeshwari', 'Jaiveer', 'Sumitra', 'Omprakash', 'Anandi', 'Hridesh'],
    family: ['Shrivastav', 'Pandya', 'Nimbalkar', 'Goswami'],
  },
  ukrainian: {
    given: ['Stepan', 'Yevhen', 'Liubov', 'Zenoviy'],
    family: ['Levchuk', 'Marchenko', 'Onyshchenko', 'Zhuravel', 'Pavlyshyn', 'Kyrylenko'],
  },
  russian: {
    given: ['Yevgraf', 'Pelageya', 'Kapitolina', 'Prokofy'],
    family: [
      'Zakharova',
      'Lavrentyev',
      'Tikhonova',
      'Gromov',
      'Yermolayeva',
      'Sobolevskaya',
      'Prokhorov',
      'Vereshchagina',
    ],
  },
  romanian: {
    given: ['Ionela', 'Daciana', 'Petrică', 'Aurelia'],
    family: [
      'Constantinescu',
      'Ungureanu',
      'Moldovan',
      'Bărbulescu',
      'Stoicescu',
      'Lungu-Rusu',
      'Mihăilescu',
      'Drăgulescu',
    ],
  },
  greek: {
    given: ['Leonidas', 'Smaragda', 'Nektarios', 'Euthymia', 'Polychronis', 'Zoi'],
    family: [
      'Tsoukalas',
      'Vlachopoulos',
      'Koutsogiannis',
      'Stathopoulou',
      'Xanthopoulos',
      'Manolakaki',
      'Pappas-Rizos',
      'Manousakis',
    ],
  },
  italian: {
    given: ['Pierpaolo', 'Raffaele', 'Gaetano', 'Ermanno', 'Liliana'],
    family: [
      'Squillace',
      'Bertolucci',
      'Castagnoli',
      'Pellegrino',
      'Ventimiglia',
      'Zanardi',
      'Iacobelli',
      'Manfredonia',
    ],
  },
  spanish: {
    given: ['Teodoro', 'Saturnino', 'Florentino', 'Encarnación', 'Nicanor'],
    family: ['Quintanilla', 'Bustamante', 'Carrasco', 'Lozano', 'Urquiza', 'Ibarrola', 'Zubiaurre', 'Gorostiza'],
  },
  brazilian: {
    given: ['Francisca', 'Juscelino', 'Josenildo', 'Gildásio', 'Ubirajara', 'Waldemar', 'Edileuza', 'Gerivaldo'],
    family: ['Andrade-Lima', 'Damasceno', 'Cajueiro', 'Paranhos'],
  },
  french: {
    given: ['Jérôme', 'Gatien', 'Baudouin', 'Isaure', 'Bertille', 'Mahaut'],
    family: [
      'Lemaréchal',
      'Beauregard',
      'Duchemin',
      'Rouquette',
      'Du Bois de la Roche',
      'Thibaudeau',
      'Le Goff',
      'Kerbrat',
    ],
  },
  dutch: {
    given: ['Hendrikus', 'Wiebren', 'Aaltje', 'Reinier', 'Hylke', 'Jannigje'],
    family: ['Hoogeveen', 'Blokzijl', 'Wijnberg', 'Veenstra', 'van der Kooij', 'Schuurmans', 'Wolthuis', 'de Wijs'],
  },
  yoruba: {
    given: ['Iyabode', 'Olufunke', 'Akintunde', 'Adeola', 'Folarin'],
    family: ['Bamidele', 'Falodun', 'Akinyemi-Oke', 'Fadeyibi'],
  },
  igbo: {
    given: ['Uchechi', 'Somto', 'Onyinye', 'Ugochukwu'],
    family: ['Udeh', 'Ezeani', 'Ikemefuna', 'Okoroafor', 'Umeh', 'Agbasi', 'Ezeibe'],
  },
  ethiopian: {
    given: ['Aster', 'Kassahun', 'Ayele', 'Tamrat', 'Etenesh'],
    family: ['Teklemariam', 'Woldegiorgis', 'Mekonnen-Ayana', 'Gebrehiwot', 'Birhanu'],
  },
  somali: {
    given: ['Bashiir', 'Fadumo', 'Xasan', 'Cabdullaahi', 'Muno', 'Bile'],
    family: ['Ismaciil', 'Waaberi', 'Gaas', 'Guuleed', 'Qamaan', 'Ciise'],
  },
  filipino: {
    given: ['Rodelio', 'Analiza', 'Divina', 'Florante', 'Ramoncito', 'Milagros'],
    family: ['Salvador-Ocampo', 'Capistrano', 'Tumang', 'Alcantara'],
  },
  indonesian: {
    given: ['Wahyudi', 'Slamet', 'Wiryawan', 'Ponirah'],
    family: ['Kartawidjaja', 'Sembiring', 'Tambunan', 'Wirjono', 'Manurung'],
  },
  thai: {
    given: ['Wanida', 'Pranee', 'Chanida', 'Pichit', 'Nongluck'],
    family: [
      'Phongsathorn',
      'Thongdee',
      'Wongsuwan',
      'Sukhumvit-Chai',
      'Jantarasiri',
      'Ruangsri',
      'Chanthawong',
      'Sirikul',
    ],
  },
  scandinavian: {
    given: ['Gunnhild', 'Eyvind', 'Trygve', 'Ottar'],
    family: ['Kvist', 'Lindgren-Holm', 'Ødegaard', 'Skjelbred', 'Vestergaard'],
  },
  finnish: {
    given: ['Pekka', 'Kaarina', 'Jussi', 'Riikka', 'Antero', 'Helmi', 'Marjatta', 'Olavi'],
    family: ['Virtanen', 'Mäkelä-Rinne', 'Huttunen', 'Leinonen', 'Tuominen', 'Karjalainen', 'Pesonen'],
  },
  scottish: {
    given: ['Hamish', 'Iona', 'Struan', 'Ewan', 'Mhairi', 'Isla-Mae', 'Kirsty', 'Angus'],
    family: ['MacLachlan', 'Urquhart', 'McCorquodale', 'Gillespie', 'Sinclair', 'Buchanan', 'Farquharson', 'Strachan'],
  },
  pakistani: {
    given: ['Sadia', 'Imran', 'Farzana', 'Waqas', 'Nusrat', 'Junaid', 'Shazia', 'Rukhsana'],
    family: ['Chaudhry', 'Qureshi', 'Butt', 'Malik-Awan', 'Rana', 'Siddiqui', 'Bajwa', 'Gondal'],
  },
  hungarian: {
    given: ['Zoltán', 'Tibor', 'Ferenc', 'Aranka', 'Bálint', 'Mariska', 'Jolán'],
    family: ['Kertész', 'Bognár', 'Takács', 'Juhász', 'Esterházy', 'Csizmadia', 'Lukács', 'Sipos'],
  },
  georgian: {
    given: ['Giorgi', 'Ketevan', 'Vakhtang', 'Eteri', 'Revaz', 'Nodar'],
    family: ['Gelashvili', 'Beridze', 'Tsiklauri', 'Abashidze', 'Gogoladze'],
  },
  armenian: {
    given: ['Gayane', 'Astghik', 'Samvel', 'Gurgen', 'Karine'],
    family: ['Hakobyan', 'Mkrtchyan', 'Sargsyan', 'Ghazaryan', 'Manukyan', 'Harutyunyan'],
  },
  welsh: {
    given: ['Angharad', 'Gwilym', 'Eirlys', 'Iolo', 'Bethan', 'Emrys', 'Nerys', 'Tegid'],
    family: ['Llewellyn', 'Gruffydd', 'Vaughan', 'Prosser', 'Maddocks', 'Treharne'],
  },
  albanian: {
    given: ['Valbona', 'Arben', 'Mimoza', 'Besnik', 'Drita', 'Gëzim', 'Lumturie', 'Ilir'],
    family: ['Hoxhaj', 'Kelmendi', 'Berisha-Gashi', 'Krasniqi', 'Shehu', 'Dervishi', 'Lleshi', 'Mustafaj'],
  },
  croatian: {
    given: ['Zrinka', 'Tihomir', 'Vesna', 'Krešimir', 'Ljiljana', 'Dražen', 'Snježana', 'Zvonimir'],
    family: ['Brkljačić', 'Vidović', 'Šimunović', 'Tomljanović', 'Perković', 'Jurišić'],
  },
  icelandic: {
    given: ['Guðrún', 'Sigurður', 'Þórdís', 'Ragnar', 'Hrafnhildur', 'Snorri', 'Ástríður', 'Björgvin'],
    family: [
      'Guðmundsdóttir',
      'Þorsteinsson',
      'Hallgrímsdóttir',
      'Sigurjónsson',
      'Ingólfsdóttir',
      'Jóhannesson',
      'Björnsdóttir',
      'Einarsson',
    ],
  },
  bengali: {
    given: ['Rabeya', 'Shafiqul', 'Tahmina', 'Mizanur', 'Nasima', 'Anisur', 'Rezaul'],
    family: ['Chowdhury-Haque', 'Talukder', 'Bhuiyan', 'Sarkar', 'Mondal', 'Majumder', 'Sikder', 'Howlader'],
  },
  mongolian: {
    given: [
      'Oyunchimeg',
      'Batbayar',
      'Saraantuya',
      'Ganzorig',
      'Enkhjargal',
      'Tömörbaatar',
      'Narantsetseg',
      'Bolormaa',
    ],
    family: [
      'Dorjsuren',
      'Tsendsuren',
      'Gantulga',
      'Baasanjav',
      'Lkhagvasuren',
      'Purevdorj',
      'Erdenebat',
      'Sukhbaatar',
    ],
  },
  swahili: {
    given: ['Neema', 'Baraka', 'Rehema', 'Juma', 'Zawadi', 'Bahati', 'Mwanaisha', 'Tumaini'],
    family: ['Mwakyusa', 'Kipchumba', 'Njoroge', 'Wanjiku', 'Otieno', 'Mutua', 'Chepkoech'],
  },
  czech: {
    given: ['Vratislav', 'Jarmila', 'Drahomíra', 'Radim'],
    family: ['Procházková', 'Hrubeš', 'Zelenková', 'Pospíšilová'],
  },
};

/** Particles and joiners that are not names by themselves. */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'der',
  'den',
  'von',
  'zu',
  'de',
  'la',
  'del',
  'da',
  'dos',
  'al',
  'el',
  'bin',
  'ben',
  'ibn',
  'bint',
  'abu',
  'ter',
  'op',
  'mac',
  'mc',
  'ní',
  'nic',
  'ó',
]);
