import { ROUND_2 } from './candidates2.js';
import { ROUND_3 } from './candidates3.js';

/**
 * Set 15's hand-typed name candidates, per culture. Candidates sharing a word with an earlier set
 * are dropped at load (names.ts); the writer never saw the earlier lists, only the shared words.
 */
const ROUND_1: Record<string, { given: string[]; family: string[] }> = {
  german: {
    given: ['Wiebke', 'Gunnar', 'Hiltrud', 'Detlef', 'Roswitha', 'Eckart', 'Almut', 'Reinhild'],
    family: ['Brockmöller', 'Quadflieg', 'Hüttenrauch', 'Zwilling', 'Scheidewig', 'Ockenfels', 'Tiedgen', 'Wappler'],
  },
  austrian: {
    given: ['Leopoldine', 'Engelbert', 'Hermine', 'Gottfried', 'Notburga', 'Florentin', 'Rosalia'],
    family: ['Pichlmayr', 'Stockhammer', 'Gruberbauer', 'Wimmleitner', 'Katzensteiner', 'Hörtnagl', 'Zeilinger'],
  },
  swiss: {
    given: ['Urs', 'Regula', 'Beat', 'Verena', 'Reto', 'Cornelia', 'Ueli'],
    family: ['Tschudin', 'Hürlimann', 'Gisler', 'Zgraggen', 'Brügger', 'Infanger', 'Waldispühl'],
  },
  luxembourgish: {
    given: ['Jängi', 'Mett', 'Fränz', 'Marianne', 'Romain', 'Nico', 'Josée'],
    family: ['Kieffer', 'Wagener', 'Hoscheit', 'Thill', 'Reuter', 'Kremer', 'Bettendorf'],
  },
  belgian: {
    given: ['Hubertine', 'Lambert', 'Gerlinde', 'Servais', 'Ottilie', 'Quirin', 'Alwine'],
    family: ['Kreusch', 'Heinen', 'Mreches', 'Schröder-Lentz', 'Piront', 'Radermacher', 'Bongartz'],
  },
  english: {
    given: ['Wilfred', 'Philippa', 'Godfrey', 'Rosamund', 'Barnaby', 'Imogen', 'Crispin', 'Hermione'],
    family: ['Thistlewood', 'Fairclough', 'Pemberton', 'Ashdown', 'Blenkinsop', 'Cattermole', 'Greatorex'],
  },
  scottish: {
    given: ['Lachlan', 'Isla', 'Ewan', 'Morag', 'Hamish', 'Kirsty', 'Struan'],
    family: ['Drummond', 'MacAskill', 'Urquhart', 'Sinclair', 'Buchanan', 'Lumsden', 'Gilchrist'],
  },
  welsh: {
    given: ['Gwenllian', 'Iolo', 'Eirlys', 'Rhodri', 'Angharad', 'Dafydd', 'Nia'],
    family: ['Prydderch', 'Vaughan', 'Gruffydd', 'Pugh', 'Bowen', 'Llewellyn', 'Meredith'],
  },
  irish: {
    given: ['Caoimhe', 'Donncha', 'Gráinne', 'Tadhg', 'Saoirse', 'Fiachra', 'Róisín'],
    family: ['Ó Murchú', 'Mac Giolla', 'Tierney', 'Breathnach', 'Cuddihy', 'Hennessy', 'Scanlon'],
  },
  american: {
    given: ['Dwayne', 'Shelby', 'Tucker', 'Harlan', 'Kendra', 'Brayden', 'Lorelei'],
    family: ['Whitcomb', 'Stoltzfus', 'Beauregard', 'Hollister', 'Dempsey', 'McAllister', 'Vandergriff'],
  },
  maori: {
    given: ['Wiremu', 'Aroha', 'Tamati', 'Mereana', 'Rawiri', 'Ngaio', 'Hemi'],
    family: ['Ngata', 'Tuhiwai', 'Parata', 'Waititi', 'Horomona', 'Te Kani', 'Rangihuna'],
  },
  samoan: {
    given: ['Sefo', 'Losa', 'Tavita', 'Malia', 'Ioane', 'Faatasi', 'Siaosi'],
    family: ['Leiataua', 'Tuilagi', 'Faleolo', 'Sapolu', 'Aumua', 'Tupuola', 'Mataafa'],
  },
  tongan: {
    given: ['Sione', 'Mele', 'Viliami', 'Ana', 'Tevita', 'Salote', 'Pita'],
    family: ['Fifita', 'Taufa', 'Havili', 'Kauhalalalo', 'Latu', 'Vaipulu', 'Mahe'],
  },
  polish: {
    given: ['Bożena', 'Radosław', 'Grażyna', 'Zdzisław', 'Jadwiga', 'Przemysław', 'Halina'],
    family: ['Grzybowski', 'Wróblewska', 'Szczepaniak', 'Kaczmarczyk', 'Ziółkowska', 'Pietrzak', 'Sobczyk'],
  },
  czech: {
    given: ['Bohumil', 'Libuše', 'Vojtěch', 'Radka', 'Čestmír', 'Zdeňka', 'Ctibor'],
    family: ['Hrubý', 'Kratochvílová', 'Šťastný', 'Bureš', 'Vondráček', 'Čermáková', 'Pospíšil'],
  },
  slovak: {
    given: ['Ľubomír', 'Zuzana', 'Dušan', 'Ľudmila', 'Miroslav', 'Anežka', 'Igor'],
    family: ['Hlinka', 'Kollárová', 'Šulc', 'Mráziková', 'Ondrejka', 'Bystrická', 'Kuchta'],
  },
  hungarian: {
    given: ['Zsófia', 'Levente', 'Enikő', 'Botond', 'Ildikó', 'Gyula', 'Csilla'],
    family: ['Szűcs', 'Hegedűs', 'Bodnár', 'Fekete', 'Pásztor', 'Gulyás', 'Vörös'],
  },
  romanian: {
    given: ['Ionuț', 'Mirela', 'Sorin', 'Viorica', 'Cătălin', 'Lăcrămioara', 'Ovidiu'],
    family: ['Mocanu', 'Bălan', 'Ciobanu', 'Dumitrescu', 'Zamfir', 'Cojocaru', 'Păunescu'],
  },
  bulgarian: {
    given: ['Stoyan', 'Tsvetelina', 'Lyubomir', 'Desislava', 'Kaloyan', 'Radostina', 'Boyko'],
    family: ['Zhelyazkov', 'Hristova', 'Stoychev', 'Genova', 'Kostadinov', 'Bozhilova', 'Yordanov'],
  },
  croatian: {
    given: ['Zvonimir', 'Jasna', 'Krešimir', 'Vesna', 'Tihomir', 'Snježana', 'Domagoj'],
    family: ['Kovačević', 'Babić', 'Jurišić', 'Perković', 'Grgić', 'Šimunović', 'Matijević'],
  },
  serbian: {
    given: ['Dragan', 'Slobodanka', 'Nemanja', 'Milica', 'Vukašin', 'Dragana', 'Ljubiša'],
    family: ['Nedeljković', 'Stojiljković', 'Vasiljević', 'Radosavljević', 'Milutinović', 'Ćirić', 'Obradović'],
  },
  greek: {
    given: ['Spyridon', 'Eleftheria', 'Charalambos', 'Kalliopi', 'Stavros', 'Paraskevi', 'Thanasis'],
    family: ['Papanikolaou', 'Karagiannis', 'Triantafyllou', 'Vlachou', 'Economou', 'Mavridis', 'Zervou'],
  },
  turkish: {
    given: ['Mehmet Ali', 'Gülsüm', 'Osman', 'Sevim', 'Tuncay', 'Hatice', 'Erdal'],
    family: ['Karakaya', 'Yıldırım', 'Şahin', 'Öztürk', 'Kocabaş', 'Aydoğan', 'Tekin'],
  },
  kurdish: {
    given: ['Rojda', 'Bawan', 'Nazdar', 'Shirwan', 'Hêvî', 'Dilovan', 'Berivan'],
    family: ['Barzani', 'Kurdî', 'Zaxoyî', 'Hewramî', 'Mîran', 'Botanî', 'Amedî'],
  },
  persian: {
    given: ['Farzaneh', 'Kourosh', 'Shirin', 'Behrouz', 'Golnar', 'Siavash', 'Mahnaz'],
    family: ['Tehrani', 'Farahani', 'Ghorbani', 'Mousavi', 'Khorasani', 'Esfandiari', 'Jafari'],
  },
  arabic: {
    given: ['Marwan', 'Yasmina', 'Tariq', 'Rania', 'Ibrahim', 'Nour', 'Samir'],
    family: ['Al-Khatib', 'Haddad', 'Mansour', 'Qassem', 'Shalaby', 'El-Masri', 'Barakat'],
  },
  ethiopian: {
    given: ['Tesfaye', 'Almaz', 'Getachew', 'Meseret', 'Dawit', 'Tigist', 'Yonas'],
    family: ['Bekele', 'Gebremariam', 'Haile', 'Woldemichael', 'Tadesse', 'Asfaw', 'Negash'],
  },
  somali: {
    given: ['Abdirahman', 'Hodan', 'Mahad', 'Ubah', 'Farhan', 'Sagal', 'Liban'],
    family: ['Warsame', 'Jama', 'Egal', 'Farah', 'Dirie', 'Samatar', 'Hirsi'],
  },
  yoruba: {
    given: ['Oluwaseun', 'Adebimpe', 'Babatunde', 'Folasade', 'Olumide', 'Titilayo', 'Ayodele'],
    family: ['Adeyemi', 'Ogunleye', 'Olawale', 'Fashola', 'Akintola', 'Oyelaran', 'Adewumi'],
  },
  igbo: {
    given: ['Chinedu', 'Ngozi', 'Ikenna', 'Chiamaka', 'Obinna', 'Adaeze', 'Emeka'],
    family: ['Nwosu', 'Okonkwo', 'Eze', 'Obiora', 'Nnamdi', 'Uzor', 'Anyanwu'],
  },
  ghanaian: {
    given: ['Kwabena', 'Akosua', 'Yaw', 'Efua', 'Kofi', 'Abena', 'Kwesi'],
    family: ['Asante', 'Owusu', 'Boateng', 'Ofori', 'Amoako', 'Mensah', 'Darko'],
  },
  swahili: {
    given: ['Baraka', 'Neema', 'Juma', 'Zawadi', 'Rehema', 'Imani', 'Hamisi'],
    family: ['Mwangi', 'Kamau', 'Wanjiku', 'Odhiambo', 'Otieno', 'Chege', 'Njoroge'],
  },
  zulu: {
    given: ['Sipho', 'Nomvula', 'Thabo', 'Lindiwe', 'Bongani', 'Zanele', 'Sifiso'],
    family: ['Dlamini', 'Ndlovu', 'Mkhize', 'Zungu', 'Khumalo', 'Ngcobo', 'Shabalala'],
  },
  hindi: {
    given: ['Anupama', 'Rajendra', 'Savitri', 'Dinesh', 'Kavita', 'Harish', 'Sunita'],
    family: ['Chaturvedi', 'Srivastava', 'Tripathi', 'Bhardwaj', 'Awasthi', 'Saxena', 'Dwivedi'],
  },
  tamil: {
    given: ['Senthil', 'Kalaivani', 'Murugan', 'Thenmozhi', 'Karthikeyan', 'Vasanthi', 'Elango'],
    family: ['Subramaniam', 'Ramasamy', 'Palaniappan', 'Kandasamy', 'Arumugam', 'Sivakumar', 'Natarajan'],
  },
  punjabi: {
    given: ['Gurpreet', 'Harjit', 'Manpreet', 'Jasvinder', 'Baljeet', 'Navdeep', 'Kuldeep'],
    family: ['Dhillon', 'Grewal', 'Sandhu', 'Randhawa', 'Bains', 'Gill', 'Sidhu'],
  },
  bengali: {
    given: ['Sourav', 'Moumita', 'Debashis', 'Rupa', 'Anirban', 'Tanushree', 'Partha'],
    family: ['Chattopadhyay', 'Bandyopadhyay', 'Mukherjee', 'Ghoshal', 'Sengupta', 'Bhattacharya', 'Dasgupta'],
  },
  nepali: {
    given: ['Bishnu', 'Sabina', 'Pemba', 'Laxmi', 'Dorje', 'Srijana', 'Prakash'],
    family: ['Gurung', 'Shrestha', 'Tamang', 'Magar', 'Thapa', 'Rai', 'Sherpa'],
  },
  chinese: {
    given: ['Xiuying', 'Jianguo', 'Meiling', 'Zhiwei', 'Yufang', 'Haoran', 'Lihua'],
    family: ['Zhao', 'Qian', 'Sun', 'Zhou', 'Wu', 'Zheng', 'Feng'],
  },
  cantonese: {
    given: ['Ka-Wai', 'Siu-Ming', 'Wing-Yan', 'Chun-Kit', 'Mei-Ki', 'Ho-Yin', 'Suet-Ying'],
    family: ['Leung', 'Cheung', 'Chan', 'Wong', 'Yip', 'Tsang', 'Kwok'],
  },
  japanese: {
    given: ['Haruto', 'Yui', 'Sota', 'Akane', 'Ren', 'Hinata', 'Kaito'],
    family: ['Takahashi', 'Watanabe', 'Kobayashi', 'Yoshida', 'Yamaguchi', 'Matsumoto', 'Inoue'],
  },
  korean: {
    given: ['Seo-yeon', 'Min-jun', 'Ji-woo', 'Do-yun', 'Ha-eun', 'Jun-seo', 'Su-bin'],
    family: ['Baek', 'Jeong', 'Hwang', 'Yoon', 'Shin', 'Seo', 'Kwon'],
  },
  vietnamese: {
    given: ['Thanh Hương', 'Quang Huy', 'Ngọc Lan', 'Đức Minh', 'Thu Trang', 'Văn Hải', 'Bích Ngọc'],
    family: ['Nguyễn', 'Trần', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi'],
  },
  thai: {
    given: ['Somchai', 'Malee', 'Anan', 'Pimchanok', 'Kittisak', 'Siriporn', 'Wichai'],
    family: ['Srisawat', 'Chaiyaporn', 'Wongsakul', 'Rattanakorn', 'Boonmee', 'Kaewkla', 'Thongdee'],
  },
  filipino: {
    given: ['Rowena', 'Danilo', 'Maricel', 'Rodel', 'Jocelyn', 'Arnel', 'Lorna'],
    family: ['Dimaculangan', 'Macapagal', 'Bautista', 'Panganiban', 'Villanueva', 'Magbanua', 'Dizon'],
  },
  indonesian: {
    given: ['Wahyu', 'Sri Rahayu', 'Bambang', 'Endang', 'Agus', 'Dewi', 'Hendra'],
    family: ['Wibisono', 'Suryadi', 'Hartono', 'Kusuma', 'Setiawan', 'Nugroho', 'Purnomo'],
  },
  brazilian: {
    given: ['Thiago', 'Luana', 'Rodrigo', 'Juliana', 'Caio', 'Fernanda', 'Vinícius'],
    family: ['Albuquerque', 'Cavalcanti', 'Monteiro', 'Figueiredo', 'Teixeira', 'Nogueira', 'Barbosa'],
  },
  spanish: {
    given: ['Inmaculada', 'Iñaki', 'Remedios', 'Borja', 'Montserrat', 'Gonzalo', 'Amparo'],
    family: ['Echeverría', 'Zubizarreta', 'Iglesias', 'Cifuentes', 'Arrieta', 'Villalobos', 'Quintana'],
  },
  italian: {
    given: ['Gianluca', 'Ornella', 'Ettore', 'Loredana', 'Fabrizio', 'Graziella', 'Corrado'],
    family: ['Bonaccorsi', 'Pellegrini', 'Santangelo', 'Lombardo', 'Caruso', 'Marchetti', 'Ferraioli'],
  },
  portuguese: {
    given: ['Gonçalo', 'Filipa', 'Duarte', 'Inês', 'Tiago', 'Leonor', 'Rui'],
    family: ['Magalhães', 'Sequeira', 'Carvalho', 'Antunes', 'Brandão', 'Quaresma', 'Medeiros'],
  },
  dutch: {
    given: ['Joost', 'Marieke', 'Sjoerd', 'Femke', 'Gerrit', 'Anneke', 'Wouter'],
    family: ['Hoogendoorn', 'Verbeek', 'Brouwer', 'Kuipers', 'Veenstra', 'Dijkstra', 'Timmermans'],
  },
  danish: {
    given: ['Søren', 'Mette', 'Rasmus', 'Birgitte', 'Mads', 'Karina', 'Jesper'],
    family: ['Frederiksen', 'Kjærgaard', 'Østergaard', 'Thygesen', 'Møller', 'Skovgaard', 'Bruun'],
  },
  finnish: {
    given: ['Jukka', 'Satu', 'Pekka', 'Tuula', 'Ilkka', 'Marjatta', 'Timo'],
    family: ['Häkkinen', 'Leinonen', 'Koskinen', 'Mäkelä', 'Heikkilä', 'Rantanen', 'Lehtonen'],
  },
  lithuanian: {
    given: ['Vytautas', 'Rūta', 'Gintaras', 'Aušra', 'Darius', 'Jurgita', 'Mindaugas'],
    family: ['Kazlauskas', 'Petrauskienė', 'Jankauskas', 'Žukauskaitė', 'Vasiliauskas', 'Butkienė', 'Stankevičius'],
  },
  ukrainian: {
    given: ['Bohdan', 'Oksana', 'Taras', 'Nataliia', 'Yaroslav', 'Solomiia', 'Ostap'],
    family: ['Kravchenko', 'Bondarenko', 'Tkachuk', 'Moroz', 'Lysenko', 'Hrytsenko', 'Savchuk'],
  },
  georgian: {
    given: ['Levan', 'Nino', 'Giorgi', 'Tamar', 'Zurab', 'Ketevan', 'Irakli'],
    family: ['Gelashvili', 'Beridze', 'Tsiklauri', 'Lomidze', 'Kvaratskhelia', 'Japaridze', 'Gogoladze'],
  },
  armenian: {
    given: ['Aram', 'Anahit', 'Tigran', 'Lusine', 'Hovhannes', 'Siranush', 'Vardan'],
    family: ['Petrosyan', 'Hakobyan', 'Sargsyan', 'Grigoryan', 'Avetisyan', 'Manukyan', 'Ghazaryan'],
  },
};

/** All three rounds, per culture. */
export const CANDIDATES: Record<string, { given: string[]; family: string[] }> = Object.fromEntries(
  [...new Set([...Object.keys(ROUND_1), ...Object.keys(ROUND_2), ...Object.keys(ROUND_3)])].map((c) => [
    c,
    {
      given: [...(ROUND_1[c]?.given ?? []), ...(ROUND_2[c]?.given ?? []), ...(ROUND_3[c]?.given ?? [])],
      family: [...(ROUND_1[c]?.family ?? []), ...(ROUND_2[c]?.family ?? []), ...(ROUND_3[c]?.family ?? [])],
    },
  ]),
);
