/**
 * Set 16's hand-typed name candidates per culture. Candidates that share a word with an earlier set
 * are dropped at load (names.ts); nothing here was copied from another list.
 */
import { CANDIDATES_2 } from './candidates2.js';
import { CANDIDATES_3 } from './candidates3.js';

const ROUND_1: Record<string, { given: string[]; family: string[] }> = {
  german: {
    given: [
      'Hiltrud',
      'Gottlieb',
      'Waltraud',
      'Reinhold',
      'Edeltraud',
      'Siegbert',
      'Irmhild',
      'Volkmar',
      'Roswitha',
      'Detlev',
    ],
    family: [
      'Kaltenecker',
      'Wimmelbacher',
      'Ossenkopp',
      'Rübsamen',
      'Quernheim',
      'Düsterhöft',
      'Pfannstiel',
      'Lindemeyer',
      'Schwarzkugel',
      'Habermalz',
    ],
  },
  austrian: {
    given: [
      'Gerlinde',
      'Notburga',
      'Florentin',
      'Engelbert',
      'Hemma',
      'Leopoldine',
      'Bartholomä',
      'Kunigunde',
      'Wendelin',
    ],
    family: [
      'Pfeiffenberger',
      'Grubmüller',
      'Ebenbichler',
      'Hochleitner',
      'Moosbrugger',
      'Zauchner',
      'Pirchegger',
      'Stranzinger',
      'Kogelnik',
    ],
  },
  swiss: {
    given: ['Ursina', 'Mattia', 'Reto', 'Seraina', 'Gian', 'Flurina', 'Jachen', 'Mirjam', 'Beat'],
    family: [
      'Tschudin',
      'Bärtschiger',
      'Hächler',
      'Zwahlen',
      'Aebischer',
      'Rüfenacht',
      'Gygax',
      'Schnyder',
      'Wüthrich',
    ],
  },
  southtyrolean: {
    given: ['Burgl', 'Luis', 'Vroni', 'Sepp', 'Zenzi', 'Hansjörg', 'Marianna', 'Oswald'],
    family: [
      'Plankensteiner',
      'Obexer',
      'Untersulzner',
      'Gasser-Pichler',
      'Kofler-Tappeiner',
      'Messner-Runggaldier',
      'Ladurner',
      'Thaler-Prünster',
    ],
  },
  liechtensteiner: {
    given: ['Rheinberger', 'Egon', 'Vreni', 'Elmar', 'Gebhard', 'Ottilie', 'Heribert', 'Rosalinde'],
    family: ['Büchel', 'Marxer', 'Frommelt', 'Oehri', 'Kaiserer', 'Negele', 'Wohlwend', 'Quaderer'],
  },
  scottish: {
    given: ['Ailsa', 'Murdo', 'Catriona', 'Fergus', 'Iona', 'Lachlan', 'Morag', 'Hamish', 'Eilidh'],
    family: [
      'Urquhart',
      'Drummond',
      'Macaskill',
      'Lamont',
      'Strachan',
      'Menzies',
      'Buchanan',
      'Farquharson',
      'Sinclair',
    ],
  },
  english: {
    given: ['Tamsin', 'Rupert', 'Philippa', 'Crispin', 'Imogen', 'Barnaby', 'Hermione', 'Jocelyn'],
    family: ['Pennington', 'Ashcombe', 'Whitlock', 'Threlfall', 'Haverstock', 'Cottingham', 'Fairbrother', 'Loxley'],
  },
  welsh: {
    given: ['Gwenllian', 'Iolo', 'Eirlys', 'Dafydd', 'Angharad', 'Gethin', 'Nia', 'Rhodri'],
    family: ['Prydderch', 'Gwynfor', 'Llewellyn', 'Probert', 'Bowen-Jenkins', 'Vaughan', 'Pugh', 'Meredith'],
  },
  irish: {
    given: ['Siobhán', 'Cathal', 'Aoibheann', 'Donnacha', 'Gráinne', 'Tadhg', 'Orlaith', 'Ruairí'],
    family: [
      'Ó Súilleabháin',
      'Mac Cárthaigh',
      'Breathnach',
      'Ní Fhlannagáin',
      'Cosgrave',
      'Hennessy',
      'Loughnane',
      'Duignan',
    ],
  },
  afrikaans: {
    given: ['Marthinus', 'Elmarie', 'Jacobus', 'Annelize', 'Hendrik', 'Riana', 'Stoffel', 'Lizelle'],
    family: ['Oosthuizen', 'Steenkamp', 'Swanepoel', 'Vermaak', 'Badenhorst', 'Wessels', 'Grobbelaar', 'Kruger-Louw'],
  },
  zulu: {
    given: ['Sibusiso', 'Nokuthula', 'Mthokozisi', 'Zanele', 'Bongani', 'Thandeka', 'Siyabonga', 'Nompumelelo'],
    family: ['Dlamini', 'Ngcobo', 'Mkhize', 'Zungu', 'Khumalo', 'Mthembu', 'Shabalala', 'Ndlovu'],
  },
  xhosa: {
    given: ['Lwazi', 'Nosipho', 'Luvuyo', 'Asanda', 'Mzwandile', 'Ntombizodwa', 'Siphiwo', 'Yonela'],
    family: ['Mgqweto', 'Qwabe', 'Mafu', 'Dyantyi', 'Ntshona', 'Sokhela', 'Magwaza', 'Tshabangu'],
  },
  sotho: {
    given: ['Lerato', 'Tumelo', 'Palesa', 'Katleho', 'Mpho', 'Rethabile', 'Teboho', 'Lineo'],
    family: ['Mokoena', 'Motaung', 'Nthako', 'Letsie', 'Moshoeshoe', 'Rantšo', 'Mofokeng', 'Sefatsa'],
  },
  singaporechinese: {
    given: ['Wei Ling', 'Jun Hao', 'Hui Min', 'Zhi Xuan', 'Pei Shan', 'Kah Wai', 'Siew Lan', 'Boon Keng'],
    family: ['Ong', 'Teo', 'Quek', 'Sim', 'Goh', 'Koh', 'Toh', 'Yeo'],
  },
  malay: {
    given: ['Nurul', 'Haziq', 'Syafiqah', 'Faizal', 'Aisyah', 'Khairul', 'Zulaikha', 'Iskandar'],
    family: [
      'bin Osman',
      'binte Rahmat',
      'bin Jamaluddin',
      'binte Sulaiman',
      'bin Mokhtar',
      'binte Hashim',
      'bin Zainal',
      'binte Yusof',
    ],
  },
  tamil: {
    given: ['Kavitha', 'Murugan', 'Thenmozhi', 'Senthil', 'Vaishnavi', 'Karthikeyan', 'Revathi', 'Ilango'],
    family: [
      'Subramaniam',
      'Ramasamy',
      'Annamalai',
      'Thiruvengadam',
      'Palanisamy',
      'Velusamy',
      'Arumugam',
      'Kandasamy',
    ],
  },
  punjabi: {
    given: ['Gurpreet', 'Harjinder', 'Simranjit', 'Jaswinder', 'Navdeep', 'Manpreet', 'Balwinder', 'Kuldeep'],
    family: ['Grewal', 'Dhaliwal', 'Sandhu', 'Brar', 'Gill', 'Sidhu', 'Randhawa', 'Bains'],
  },
  gujarati: {
    given: ['Hetal', 'Jignesh', 'Falguni', 'Chirag', 'Bhavna', 'Ketan', 'Nayana', 'Paresh'],
    family: ['Thakkar', 'Chudasama', 'Vaghela', 'Kotecha', 'Majithia', 'Bhatt', 'Raval', 'Dholakia'],
  },
  bengali: {
    given: ['Sharmila', 'Anirban', 'Moumita', 'Debashish', 'Tanushree', 'Sayantan', 'Rituparna', 'Subhajit'],
    family: [
      'Bhattacharjee',
      'Chakraborty',
      'Mukhopadhyay',
      'Gangopadhyay',
      'Sengupta',
      'Dasgupta',
      'Bandyopadhyay',
      'Majumdar',
    ],
  },
  filipino: {
    given: ['Maricel', 'Rodelio', 'Jennalyn', 'Arnel', 'Rowena', 'Jomar', 'Lorelei', 'Danilo'],
    family: [
      'Dimaculangan',
      'Macaraeg',
      'Pangilinan',
      'Evangelista',
      'Magsaysay',
      'Dumalagan',
      'Buenaventura',
      'Tolentino',
    ],
  },
  vietnamese: {
    given: ['Thu Trang', 'Quang Huy', 'Ngoc Anh', 'Duc Minh', 'Bich Ngoc', 'Van Khoa', 'Thanh Tam', 'Hoang Long'],
    family: ['Nguyễn', 'Trịnh', 'Đặng', 'Huỳnh', 'Phạm', 'Lương', 'Võ', 'Dương'],
  },
  korean: {
    given: ['Seo-yeon', 'Min-jun', 'Ha-eun', 'Do-hyun', 'Ji-woo', 'Seung-hoon', 'Yu-na', 'Tae-yang'],
    family: ['Hwang', 'Jeong', 'Baek', 'Seo', 'Shin', 'Yoon', 'Kwon', 'Moon'],
  },
  japanese: {
    given: ['Haruka', 'Kenta', 'Misaki', 'Takumi', 'Ayane', 'Shota', 'Natsuki', 'Ryosuke'],
    family: ['Takahashi', 'Fujimoto', 'Kobayashi', 'Matsumura', 'Nishida', 'Sakaguchi', 'Hayashida', 'Ogura'],
  },
  turkish: {
    given: ['Gülsüm', 'Cengiz', 'Nurhan', 'Orhan', 'Şengül', 'Tuncay', 'Melek', 'Erdal'],
    family: ['Karakaya', 'Özdemirci', 'Bozkurt', 'Kahraman', 'Yavuzer', 'Tekinalp', 'Çelikkol', 'Aksoylu'],
  },
  kurdish: {
    given: ['Berfin', 'Rojhat', 'Zilan', 'Serhat', 'Nergiz', 'Dilovan', 'Hêvî', 'Bawer'],
    family: ['Zagrosî', 'Amedî', 'Botanî', 'Xelîl', 'Cizîrî', 'Hekarî', 'Mêrdînî', 'Bazîdî'],
  },
  polish: {
    given: ['Grażyna', 'Bogusław', 'Jadwiga', 'Zdzisław', 'Halina', 'Wiesław', 'Bożena', 'Czesław'],
    family: [
      'Wróblewski',
      'Przybylska',
      'Szczepaniak',
      'Kaczmarczyk',
      'Wojciechowska',
      'Pawlikowski',
      'Sobczak',
      'Chmielewska',
    ],
  },
  czech: {
    given: ['Bohumil', 'Libuše', 'Radek', 'Zdeňka', 'Vojtěch', 'Jarmila', 'Luboš', 'Věra'],
    family: ['Procházková', 'Kratochvíl', 'Dvořáková', 'Šimůnek', 'Hronek', 'Vondráčková', 'Kubíček', 'Sedláček'],
  },
  hungarian: {
    given: ['Zsófia', 'Levente', 'Ildikó', 'Botond', 'Erzsébet', 'Gergely', 'Piroska', 'Tihamér'],
    family: ['Kovácsné', 'Szabolcsi', 'Lakatos', 'Vörösmarty', 'Halmágyi', 'Fekete-Győr', 'Bodnár', 'Hegedűs'],
  },
  croatian: {
    given: ['Snježana', 'Zvonimir', 'Dubravka', 'Krešimir', 'Vesna', 'Tihomir', 'Mirjana', 'Domagoj'],
    family: ['Jurčević', 'Perković', 'Matijević', 'Grgić', 'Šimunović', 'Vukelić', 'Barišić', 'Žuljević'],
  },
  romanian: {
    given: ['Ioana', 'Cătălin', 'Roxana', 'Mihai', 'Luminița', 'Sorin', 'Daciana', 'Teodor'],
    family: ['Constantinescu', 'Dumitrescu', 'Ionescu-Vlad', 'Munteanu', 'Răducanu', 'Stoica', 'Ghiță', 'Bălănescu'],
  },
  greek: {
    given: ['Eleftheria', 'Stavros', 'Paraskevi', 'Charalambos', 'Despina', 'Theofilos', 'Kalliopi', 'Spyridon'],
    family: [
      'Papadopoulou',
      'Karamanlis',
      'Tsakalidis',
      'Hatzigeorgiou',
      'Vlachou',
      'Anagnostakis',
      'Kyriakidou',
      'Mavromatis',
    ],
  },
  italian: {
    given: ['Ludovica', 'Gianmarco', 'Benedetta', 'Raffaele', 'Ginevra', 'Ottavio', 'Maddalena', 'Corrado'],
    family: ['Brambilla', 'Castagnoli', 'Lombardini', 'Pellegrino', 'Scarpetta', 'Trevisani', 'Zanichelli', 'Vitale'],
  },
  portuguese: {
    given: ['Leonor', 'Gonçalo', 'Inês', 'Duarte', 'Beatriz', 'Rodrigo', 'Filipa', 'Tomás'],
    family: ['Magalhães', 'Figueiredo', 'Sequeira', 'Cerqueira', 'Azevedo', 'Quintela', 'Valadares', 'Bettencourt'],
  },
  spanish: {
    given: ['Montserrat', 'Íñigo', 'Remedios', 'Fermín', 'Inmaculada', 'Baltasar', 'Rocío', 'Eusebio'],
    family: ['Echeverría', 'Zubizarreta', 'Villanueva', 'Garrido', 'Arrieta', 'Olmedo', 'Sotomayor', 'Urrutia'],
  },
  arabic: {
    given: ['Rania', 'Tariq', 'Lubna', 'Samir', 'Hala', 'Walid', 'Dalia', 'Nabil'],
    family: ['Al-Khatib', 'Haddad', 'Nasrallah', 'Barakat', 'Qassem', 'Al-Masri', 'Shihab', 'Darwish'],
  },
  persian: {
    given: ['Shirin', 'Kamran', 'Parisa', 'Dariush', 'Nasrin', 'Farhad', 'Golnar', 'Behrouz'],
    family: ['Rahimzadeh', 'Mohammadi', 'Kazemi', 'Tehrani', 'Ghorbani', 'Sadeghi', 'Jafari', 'Hosseinpour'],
  },
  somali: {
    given: ['Hodan', 'Abdirahman', 'Sahra', 'Mahad', 'Ifrah', 'Guled', 'Nasteho', 'Abdiweli'],
    family: ['Warsame', 'Jama', 'Farah', 'Egal', 'Samatar', 'Nur', 'Dualeh', 'Abdulle'],
  },
  yoruba: {
    given: ['Adebayo', 'Folasade', 'Olumide', 'Yetunde', 'Babatunde', 'Omolara', 'Kayode', 'Titilayo'],
    family: ['Adeyemi', 'Ogunleye', 'Oyelaran', 'Akinwande', 'Fashola', 'Ojo', 'Adewale', 'Olatunji'],
  },
  akan: {
    given: ['Kwabena', 'Akosua', 'Yaw', 'Adwoa', 'Kofi', 'Abena', 'Kwaku', 'Efua'],
    family: ['Asante', 'Owusu', 'Boateng', 'Mensah', 'Appiah', 'Osei', 'Frimpong', 'Agyeman'],
  },
  amharic: {
    given: ['Tigist', 'Dawit', 'Meseret', 'Yohannes', 'Selamawit', 'Bereket', 'Hirut', 'Tesfaye'],
    family: ['Gebremedhin', 'Haile', 'Tadesse', 'Alemu', 'Bekele', 'Wolde', 'Kebede', 'Abebe'],
  },
  ukrainian: {
    given: ['Oksana', 'Taras', 'Halyna', 'Bohdan', 'Svitlana', 'Mykola', 'Lesia', 'Yaroslav'],
    family: ['Shevchuk', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Hrytsenko', 'Melnychuk', 'Lysenko', 'Savchuk'],
  },
  finnish: {
    given: ['Aino', 'Eero', 'Tuulikki', 'Lauri', 'Sirkka', 'Jaakko', 'Pirjo', 'Veikko'],
    family: ['Hämäläinen', 'Koskinen', 'Laaksonen', 'Räikkönen', 'Väisänen', 'Heikkilä', 'Mäkelä', 'Nieminen'],
  },
  dutch: {
    given: ['Femke', 'Joost', 'Marijke', 'Sjoerd', 'Anneke', 'Wouter', 'Lieke', 'Gerrit'],
    family: ['Wijnberg', 'Hoogeveen', 'Kuipers', 'Dekker', 'Brouwer', 'Veenstra', 'Schuurman', 'Meulenbelt'],
  },
  nepali: {
    given: ['Sabina', 'Prakash', 'Sarita', 'Bishnu', 'Kamala', 'Dipendra', 'Sunita', 'Ramesh'],
    family: ['Shrestha', 'Gurung', 'Tamang', 'Adhikari', 'Bhandari', 'Thapa', 'Rai', 'Karki'],
  },
  cree: {
    given: ['Wapun', 'Kisik', 'Nipin', 'Mahihkan', 'Sikwan', 'Pipon', 'Takwakin', 'Niska'],
    family: ['Saskamoose', 'Cardinal', 'Badger', 'Kakakaway', 'Ahenakew', 'Bellegarde', 'Wapass', 'Nanemahoo'],
  },
};

/** Both rounds, per culture. */
export const CANDIDATES: Record<string, { given: string[]; family: string[] }> = Object.fromEntries(
  [...new Set([...Object.keys(ROUND_1), ...Object.keys(CANDIDATES_3)])].map((k) => [
    k,
    {
      given: [ROUND_1, CANDIDATES_2, CANDIDATES_3].flatMap((r) => r[k]?.given ?? []),
      family: [ROUND_1, CANDIDATES_2, CANDIDATES_3].flatMap((r) => r[k]?.family ?? []),
    },
  ]),
);
