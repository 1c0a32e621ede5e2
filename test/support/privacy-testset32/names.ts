import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** A culture typed as two `|`-separated lists (given names, family names). */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 32's own name lists, typed by hand for this set: cabin crews, pilots, passengers, ground staff
 * and drone operators of aviation come from everywhere an airline flies, so many cultures (rare given
 * and family names of each, since 31 earlier sets drew from many of the same cultures). At load every
 * name sharing a word with a PERSON label of an earlier set (or the development set or corpus) is
 * dropped, and a culture left with fewer than four of either is dropped too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  turkish: c(
    'Nurşen|Tülin|Yurdagül|Cihangir|Sabahattin|Gülfidan|Erkut|Tanses|Ilgaz|Nebahat|Şahinde|Bengisu',
    'Karakavak|Dağdevirenoğlu|Eskikaya|Çamlıbelli|Gökçeada|Ilıcalı|Tepecikoğlu|Yazıcıbaşı|Kırkpınar|Ortaçeşme|Sarıgöllü|Bozdoğanlı',
  ),
  emirati: c(
    'Shamma|Humaid|Mouza|Saqr|Hessa|Khalfan|Obaid|Meera Saif|Shamsa|Ghanim|Mahra|Suhail',
    'Al Dhaheri|Al Mazrouei|Al Ketbi|Al Remeithi|Al Neyadi|Al Qubaisi|Al Mheiri|Al Suwaidi-Ghanim|Al Muhairi|Al Zaabi',
  ),
  omani: c(
    'Thuraiya|Hilal|Zuwaina|Azzan|Ruqaiya|Shinoon|Tufool|Marhoon|Jokha|Talal Humood|Hamdan|Zawan',
    'Al Harthy|Al Busaidi|Al Rawahi|Al Hinai|Al Siyabi|Al Mamari|Al Ghafri|Al Wahaibi|Al Shukaili|Al Maskari',
  ),
  marathi: c(
    'Shrikant|Vaishali|Sayali|Rohini|Mahadev|Madhavi|Ashwini Keshav|Tanmay|Gargi|Ninad|Sharvari|Omkar',
    'Paranjpe|Phadnis|Navare|Limaye|Karve|Bhave|Tilak-Godbole|Vaidya-Ketkar|Khare|Oak-Sahasrabuddhe|Athavale|Dongre',
  ),
  kannada: c(
    'Manjunatha|Sumalatha|Yathiraj|Pramila|Chandrashekaraiah|Girija Bai|Thimmappa|Nanjamma|Basavaraju|Kempamma',
    'Hiremath|Kalburgi|Shettar-Anigol|Gowdru|Doddamani|Yalagi|Kattimani|Honnalli|Byregowda|Chikkanna',
  ),
  assamese: c(
    'Bhaskarjyoti|Pranjal|Moushumi|Dhrubajyoti|Jonali|Nayanmoni|Hemanta|Kalpana Rekha|Pallab|Rimjhim',
    'Bordoloi|Hazarika-Saikia|Gogoi-Phukan|Baruah|Rajkhowa|Buragohain|Kakoti|Borthakur|Deka-Mahanta|Sonowal',
  ),
  malayalamChristian: c(
    'Tessy|Jomon|Bincy|Shijo|Rinku|Libin|Sherin Mol|Anju Treesa|Jobin|Neethu',
    'Kunnathettu|Pazhayattil|Vadakkedathu|Kattakayam|Kollamparambil|Mundackal|Edappally-Kurian|Thekkekara|Puthuparampil|Chirayath',
  ),
  yoruba: c(
    'Ifeoluwa|Mobolaji|Adewunmi|Oyindamola|Olusegun Tolu|Ibukunoluwa|Abosede|Adeolu|Titilope|Gbemisola',
    'Ojuolape|Adesanmi-Ojo|Ogunbiyi|Oyenuga|Akinsanya|Olatunbosun|Adegbite|Osinubi|Ayinde-Bello|Odunsi',
  ),
  luo: c(
    'Akoth|Okello Nyamor|Apiyo|Oloo|Aoko|Odero|Adongo|Oketch|Auma Lilian|Opiyo',
    'Ondiek|Anyona|Owuor-Ogutu|Okumu|Oginga|Aloo|Owiti|Obonyo|Nyamwaya|Ngesa',
  ),
  brazilian: c(
    'Thayná|Kauã|Gleice|Jucélia|Erinaldo|Francinete|Wesley Ruan|Joelma|Rosivaldo|Dalvanira',
    'Bitencourt-Prates|Vilaça|Assumpção|Pimentel-Queiroga|Mendonça-Furtado|Sodré|Bragança-Lins|Carneiro-Leão|Guedes-Cunha|Portela',
  ),
  japanese: c(
    'Kōtarō|Mayumi|Nanami|Yūsaku|Hinata|Kazuhiro|Aoi|Tsubasa|Shiori|Rintarō',
    'Kageyama|Shirakawa|Ichinose|Tachibana|Okuyama|Sakuraba|Mochizuki|Hanazawa|Terashima|Uchimura',
  ),
  neapolitan: c(
    'Gennarino|Assunta|Ciro|Immacolata|Pasquale|Carmela|Salvatore Enzo|Nunzia|Vincenzino|Rosaria',
    'Esposito-Iovine|Coppola|Cozzolino|Di Maio-Sarnataro|Iervolino|Sannino|Ascione|Formisano|Punzo|Vitiello',
  ),
  silesian: c(
    'Ernest|Jadwiga Hildegarda|Alojzy|Gertruda|Ryszard|Hildegarda|Konrad|Elfryda|Teodor|Rozalia',
    'Pyka|Kuśka|Mrzyk|Gawlik-Respondek|Swoboda|Pielorz|Wyrwoł|Kaptur|Pietrzyk-Gawenda|Szafranek',
  ),
  kazakh: c(
    'Aizhan|Yerbol|Madina|Nursultan Kairat|Aruzhan|Talgat|Gulmira|Zhandos|Kamila|Serik',
    'Zhumabekov|Tulegenova|Baisakalov|Omarova-Ergali|Sadvakasov|Kurmangaliyeva|Dzhaksybekov|Utepova|Amanzholov|Beisenova',
  ),
  chagga: c(
    'Ndekirwa|Esupat|Lomayani|Ndeshi|Wilbard|Mamkwe|Elikunda|Ndetaulwa|Aikande|Mbwambo',
    'Swai-Temba|Kimambo|Urassa|Mallya|Mtui|Kileo|Ngowi|Moshi-Tesha|Tarimo|Lema-Kisamo',
  ),
  igbo: c(
    'Chikadibia|Ozioma|Ogbonnaya|Ifunanya|Chibuikem|Akunna|Ekwutosi|Nwakaego|Ikenna Uzo|Ebelechukwu|Chukwunonso|Udoka',
    'Ezeigwe|Nwadiogbu|Okoronkwo-Udeh|Ekwueme|Ugochukwu-Nnaji|Obiezue|Nwokolo|Ezeanyika|Ikwuagwu|Onyemelukwe|Nwagbara|Odimegwu',
  ),
  kikuyu: c(
    'Wangeci|Kinuthia|Wamaitha|Gachoka|Nyawira|Kimemia|Wacera|Macharia Njau|Wanjugu|Gikonyo|Ngendo|Thuku',
    'Gachagua-Wamae|Kiragu|Ngatia|Munyua|Kahiga|Mathenge|Kanyotu|Gathogo|Kimotho|Wanyoike|Ndegwa-Mbiyu|Kibicho',
  ),
  korean: c(
    'Gyeong-seop|Ha-neul|Mun-yeong|Jeong-rye|Pil-seung|Sun-ok|Hyeong-gyu|Ok-bun|Chan-gyu|Mal-suk|Beom-seok|Gap-sun',
    'Byeon-Gyeong|Sa-Gong|Jegal|Hwangbo|Dokgo|Seomun|Dongbang|Yeomgyeong|Eogeum|Mangjeol|Gangjeon|Bokhyeon',
  ),
  slovak: c(
    'Ľubomíra|Svätoslav|Zdenka|Mojmír|Vieroslava|Dobroslav|Ľudmila Anna|Kvetoslav|Jaroslava|Branislav|Oľga|Pravoslav',
    'Ďurčeková|Chovanec-Páleník|Gajdošík|Hričovský|Pätoprstá|Ščepánik|Križanovičová|Hudecová-Ďuriš|Rybanský|Trebuľová|Kubányiová|Mišún',
  ),
  szekely: c(
    'Gyöngyike|Álmos|Ibolya|Előd|Boróka|Csaba Lehel|Aranka|Zsolt Barna|Kincső|Szabolcs|Villő|Hunor',
    'Ferencz-Bíró|Kolumbán|Bálint-Incze|Sántha|Gálfalvi|Orbán-Csiszér|Lukács-Demeter|Antal-Fülöp|Benedek|Györgypál|Kozma-Kedves|Tamási-Gecse',
  ),
  moldovan: c(
    'Veaceslav|Lilian Ion|Aurica|Vitalie|Zinaida|Valeriu|Eugenia|Iurie|Tatiana Ala|Serafim|Domnica|Ghenadie',
    'Ciobanu-Rusnac|Guțu|Bostan|Cojocari|Moraru-Rotari|Lungu|Plămădeală|Grosu-Botnari|Sârbu|Ceban-Pleșca|Țîbuleac|Chiriac',
  ),
  ilonggo: c(
    'Nonoy|Gemmalyn|Eulogio|Maricris|Renante|Jovelyn|Dionisio|Rosemarie|Ramoncito|Neneth|Edgardo|Leizl',
    'Dela Peña-Araneta|Ledesma|Lopez-Jalandoni|Montinola|Gonzaga-Sibunga|Tupas|Jardeleza|Esteban-Locsin|Abellon|Defensor|Trenas|Gotera',
  ),
  isan: c(
    'Boonmee|Kamphaeng|Nittaya|Somphong|Khamla|Bunsong|Daoruang|Somkhit|Phaiwan|Thongsuk|Buaphan|Chanpen',
    'Phonsawan|Sihanat|Khamsaen|Saensuk|Phimphakon|Ruangsri|Thiphakorn|Dokmaithong|Kaewmanee|Phosri|Sirichot|Namwong',
  ),
  gilaki: c(
    'Firouzeh|Hooshang|Mahtab|Manouchehr|Soudabeh|Shapour|Touran|Bijan|Mahin|Jahangir|Parvaneh|Iraj',
    'Rashtizadeh|Lahijani|Fumani|Talebpour-Gilani|Anzali|Rudsari|Masouleh|Shafti|Lashkajani|Sowmehsarai|Langarudi|Kuchesfahani',
  ),
  cajun: c(
    'Clovis|Odile|Alcide|Eulalie|Onezime|Azelie|Ulysse|Odalie|Dudley|Rosalie Eve|Evariste|Nolia',
    'Boudreaux-Thibodeaux|Guidry|Fontenot|Arceneaux|Broussard|Hebert-LeBlanc|Trahan|Mouton|Breaux|Savoie|Dugas|Landry-Babineaux',
  ),
  walser: c(
    'Benedikta|Pankraz|Ottilia|Meinrad|Verena Luzia|Gallus|Kunigunde|Fridolin|Wiborada|Leodegar|Theres|Jodok',
    'Imboden-Zumtaugwald|Lauber|Biner|Zurbriggen-Anthamatten|Supersaxo|Kalbermatten|Bumann|Imseng|Furrer-Perren|Andenmatten|Burgener|Walpen',
  ),
  vorarlberg: c(
    'Gebhard|Kreszentia|Pirmin|Mechthild|Fidelis|Luitgard|Wunibald|Adelgunde|Konradin|Irmingard|Hartmut|Thekla',
    'Bischofberger|Nachbaur|Fritsche-Hämmerle|Rhomberg|Ölz|Fussenegger|Mittelberger|Dür|Bösch-Sohm|Kaufmann-Feuerstein|Natter|Schwärzler',
  ),
  icelandic: c(
    'Guðrún Ösp|Sæmundur|Hrafnhildur|Þorvaldur|Ástrós|Eyjólfur|Sigurlaug|Bergþór|Þórhildur|Hreiðar|Vigdís Erla|Ölvir',
    'Þorvaldsdóttir|Sæmundsson|Hreiðarsdóttir|Eyjólfsson|Bergþórsdóttir|Ölvisson|Ástvaldsson|Hrafnkelsdóttir|Vésteinsson|Ingólfsdóttir|Sigurfinnsson|Guðlaugsdóttir',
  ),
  azerbaijani: c(
    'Günel|Elvin|Aytən|Rəşad|Səbinə|Vüqar|Nərgiz|Elşən|Lamiyə|Tural|Könül|Ramil',
    'Məmmədli|Hüseynzadə|Quliyev-Əliyev|Abbaslı|Nəsirova|Cəfərli|Babayeva|Rzayev|Əsgərova|Kərimli|Hacıyev|Mehdiyeva',
  ),
  quechua: c(
    'Yupanki|Killari|Sayri|Ñusta|Amaru|Kusi|Inti|Wayra|Kallpa|Nina|Waman|Sumaq',
    'Quispe-Mamani|Huamán|Ccori|Huallpa|Condori|Yupanqui|Sullca|Cusi|Ttito|Puma-Choque|Chalco|Ayma',
  ),
};

/** Particles are not name words of their own for the overlap checks. */
export const PARTICLES: ReadonlySet<string> = new Set(['al', 'mac', 'ní', 'ó', 'le', 'di', 'an', 'do']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  32,
  TYPED,
  PARTICLES,
);
