/** Set 16's second round of hand-typed candidates, typed after only per-culture survivor counts were printed. */
export const CANDIDATES_2: Record<string, { given: string[]; family: string[] }> = {
  german: {
    given: ['Adelgunde', 'Wunibald', 'Hildeburg', 'Gisbert', 'Liutgard', 'Eckehard', 'Mechthild', 'Winfried'],
    family: ['Brockschmidt', 'Tiedgen', 'Hölzenbein', 'Vossgraf', 'Ruhnau'],
  },
  austrian: {
    given: ['Adalbert', 'Walburga', 'Ignaz', 'Theresia', 'Severin', 'Apollonia', 'Korbinian', 'Crescentia'],
    family: ['Pfusterschmid'],
  },
  swiss: {
    given: ['Chasper', 'Ladina', 'Men', 'Annatina', 'Duri', 'Corsin', 'Madlaina', 'Fadri'],
    family: ['Sprecher-Caflisch', 'Zimmerli'],
  },
  scottish: {
    given: ['Struan', 'Ishbel', 'Torquil', 'Seonaid', 'Ruaraidh', 'Kirsty-Ann', 'Alasdair', 'Mairead', 'Somhairle'],
    family: ['Macquarrie', 'Ogilvie-Grant', 'Dalgleish', 'Cruickshank', 'Auchterlonie', 'Fotheringham', 'Lumsden'],
  },
  english: {
    given: ['Peregrine', 'Clementine', 'Ptolemy', 'Araminta', 'Hereward', 'Ottoline', 'Jolyon', 'Perpetua'],
    family: ['Fenwick-Bright', 'Sowerbutts', 'Blennerhassett', 'Inchbald', 'Tollemache'],
  },
  welsh: {
    given: ['Heledd', 'Emyr', 'Lowri', 'Cynan', 'Eleri', 'Geraint', 'Sioned', 'Trystan', 'Carys-Mai'],
    family: ['Rhydderch', 'Gruffydd-Lloyd', 'Prosser', 'Bevan-Tudur', 'Wynne-Pryce', 'Mostyn'],
  },
  irish: {
    given: ['Fionnuala', 'Ciarán', 'Bláthnaid', 'Odhrán', 'Sadhbh', 'Diarmuid', 'Caoimhe'],
    family: ['Ó Dálaigh'],
  },
  zulu: {
    given: ['Ayanda', 'Nkosinathi', 'Sbongile'],
    family: ['Mabaso', 'Ntuli', 'Cele', 'Gumede', 'Hlongwane', 'Majola', 'Zondi', 'Msimang'],
  },
  sotho: { given: ['Mamello', 'Thabang', 'Refiloe', 'Nthabiseng'], family: ['Moloi', 'Tsotetsi'] },
  singaporechinese: { given: ['Yong Sheng', 'Li Xuan', 'Geok Choo', 'Teck Seng', 'Hwee Ling'], family: [] },
  tamil: {
    given: [
      'Thamizharasi',
      'Ponnambalam',
      'Manimegalai',
      'Sivakolundu',
      'Kalaiselvi',
      'Nedunchezhiyan',
      'Poongothai',
      'Ezhilarasan',
    ],
    family: ['Muthukumaraswamy', 'Sivagnanam', 'Thirunavukkarasu', 'Chellappan'],
  },
  punjabi: {
    given: ['Taranjot', 'Harkirat', 'Sukhmani', 'Jujhar', 'Amritpal', 'Rupinderjit', 'Gurleen', 'Inderbir'],
    family: ['Aulakh', 'Cheema-Virk', 'Sekhon', 'Bhullar', 'Toor', 'Dhillon-Pannu', 'Kahlon', 'Mangat'],
  },
  bengali: {
    given: ['Somdatta'],
    family: ['Chattopadhyay', 'Bhowmick', 'Raychaudhuri', 'Sanyal', 'Lahiri', 'Ghoshal'],
  },
  filipino: {
    given: ['Marivic', 'Rhodora', 'Jericho', 'Lualhati', 'Bayani', 'Ligaya', 'Dakila'],
    family: [
      'Manalastas',
      'Sumulong',
      'Dimagiba',
      'Pamintuan',
      'Bagatsing',
      'Lapitan',
      'Macapagal-Diwa',
      'Sarmiento-Cruz',
    ],
  },
  vietnamese: {
    given: ['Diệu Linh', 'Khánh Vy', 'Tuấn Kiệt', 'Hải Đăng', 'Mỹ Duyên', 'Gia Bảo', 'Thùy Dương', 'Quốc Thịnh'],
    family: ['Tôn Thất', 'Khúc', 'Quách', 'Âu'],
  },
  korean: {
    given: ['Ye-seul', 'Gun-woo', 'Da-bin', 'Hyeon-seok', 'Chae-won', 'Jae-beom', 'So-ra'],
    family: ['Namgung', 'Jegal', 'Seonwoo', 'Dokgo', 'Hwangbo'],
  },
  japanese: { given: ['Kazuhiko', 'Chiharu', 'Tomoyuki', 'Sayuri'], family: [] },
  turkish: { given: ['Gülizar', 'Necmettin', 'Hatice-Nur', 'Oğuzhan'], family: [] },
  kurdish: { given: ['Rêzan', 'Şêrko', 'Jînda'], family: ['Sorranî', 'Xaltî'] },
  polish: {
    given: ['Przemysław', 'Wiesława', 'Bolesław', 'Kunegunda', 'Mieczysław'],
    family: ['Grzegorczyk', 'Szczygielska', 'Brzęczyszczyk'],
  },
  czech: { given: ['Bořivoj', 'Drahomíra', 'Vlastimil', 'Blažena'], family: [] },
  hungarian: {
    given: ['Hajnalka', 'Zsolt-Bence', 'Csenge', 'Kálmán', 'Boglárka', 'Lehel', 'Enikő', 'Vazul'],
    family: ['Szőcs-Nagy', 'Bánffy', 'Kerekes', 'Gyulai'],
  },
  croatian: { given: ['Ljiljana', 'Dražen'], family: [] },
  romanian: { given: ['Voichița', 'Octavian', 'Smaranda', 'Horia'], family: ['Zăvoianu', 'Pârvulescu', 'Cârstea'] },
  greek: {
    given: ['Chrysoula', 'Evangelos', 'Panagiota', 'Aristeidis', 'Vasiliki'],
    family: ['Triantafyllou', 'Christodoulakis', 'Papageorgopoulos', 'Zervoudaki'],
  },
  italian: { given: ['Liborio', 'Assunta', 'Gennarino', 'Filomena', 'Calogero'], family: [] },
  portuguese: {
    given: ['Conceição', 'Vasco', 'Guilhermina', 'Afonso', 'Lurdes', 'Salvador'],
    family: ['Brandão', 'Meireles', 'Vasconcelos', 'Pinheiro-Gouveia'],
  },
  spanish: {
    given: ['Amparo', 'Nicanor', 'Encarnación', 'Leocadio', 'Visitación', 'Gumersindo'],
    family: ['Larrañaga', 'Ibarguren', 'Goikoetxea'],
  },
  arabic: { given: ['Marwan', 'Rasha', 'Ghassan', 'Suha', 'Bassam'], family: ['Al-Tamimi', 'Zuaiter', 'Kanaan'] },
  persian: { given: ['Roshanak', 'Siavash', 'Azadeh', 'Bijan', 'Mahtab'], family: ['Esfandiari'] },
  somali: { given: ['Ubah', 'Cawil', 'Ladan', 'Shirwac'], family: ['Galaydh', 'Dirir', 'Hiiraale', 'Wardheere'] },
  yoruba: {
    given: ['Oluwaseun', 'Morenikeji', 'Ayodele', 'Ibukunoluwa', 'Temitope', 'Olamide'],
    family: ['Abiodun-Bello', 'Ogunbiyi', 'Adesanya'],
  },
  akan: {
    given: ['Ekow', 'Ama Serwaa', 'Kwadwo', 'Akua', 'Kwesi'],
    family: ['Nkansah', 'Ofori-Atta', 'Darko-Mensah', 'Ampofo'],
  },
  amharic: {
    given: ['Mulugeta', 'Etenesh', 'Getachew', 'Almaz', 'Fasika'],
    family: ['Woldegiorgis', 'Tekle-Haimanot', 'Asfaw', 'Zewdie'],
  },
  ukrainian: {
    given: ['Orysia', 'Volodymyr', 'Zoriana', 'Ostap', 'Yevheniia'],
    family: ['Zhuravel', 'Tymoshchuk', 'Horobets', 'Kravchyshyn'],
  },
  finnish: { given: ['Sointu'], family: ['Kärkkäinen', 'Tiihonen', 'Huttunen-Oja', 'Pyykkönen'] },
  dutch: { given: ['Hendrikje', 'Bartholomeus', 'Geertruida', 'Maarten-Jan'], family: ['Ouwerkerk'] },
  nepali: { given: ['Januka', 'Hemraj', 'Pabitra', 'Tulasi', 'Bhimsen'], family: ['Dahal', 'Khadka', 'Sapkota'] },
};
