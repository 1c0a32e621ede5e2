import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** A culture typed as two `|`-separated lists (given names, family names). */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 39's own name lists, typed by hand for this set: policyholders, claimants, witnesses, brokers, loss
 * adjusters, custodians and counsel from many countries (rare given and family names of each culture, since 38
 * earlier sets drew from many of the same cultures). At load every name sharing a word with a PERSON label of an
 * earlier set (or the development set or corpus) is dropped, and a culture left with fewer than four of either is
 * dropped too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  georgian: c(
    'Tornike|Gocha|Bachana|Nodar|Eteri|Manana|Tsiala|Shota|Revaz|Guranda|Mamuka|Tamriko',
    'Lortkipanidze|Mchedlidze|Gogoladze|Tsiklauri|Kharebava|Natroshvili|Jorbenadze|Tabatadze|Kiknadze|Sulakvelidze|Chanturia|Kobakhidze',
  ),
  kazakh: c(
    'Yersultan|Akmaral|Nurbolat|Tolkyn|Zhandos|Kuanysh|Bakytzhan|Moldir|Aruzhan|Dariga',
    'Kudaibergenov|Temirkhanova|Orazbayeva|Tulegenov|Iskakova|Zhakupbekov|Baitursynov|Mukhametkali|Smagulova|Kenzhebek',
  ),
  uzbek: c(
    'Zarnigor|Shahnoza|Sardorbek|Umida|Farrukh|Ravshan|Zilola|Lochinbek|Mavluda|Dilafruz',
    'Yuldashev|Rakhimova|Mirzayeva|Abdurakhmonov|Xolmatova|Qodirov|Norqulova|Ismatullayev|Toshpulatov|Sayfiddinova',
  ),
  pashto: c(
    'Gulmakai|Sherbaz|Lalpacha|Nazbibi|Zarghuna|Tor Jan|Badam Gul|Mashal',
    'Mandokhel|Tarakai|Babakarkhel|Kharoti|Sapi|Wazirzada|Muqbil|Tarin-Zazai',
  ),
  dari: c(
    'Nahid|Freshta|Wahid|Mursal|Parwana|Sohrab|Homaira|Ramin',
    'Samadi|Herawi|Mojaddedi|Yaftali|Ghorbandi|Panjshiri|Badakhshi|Andarabi',
  ),
  burmese: c(
    'Ei Thinzar|Htet Arkar|Phyu Sin|Thet Paing|Yadanar|Khin Sabai|Wint Yamone|Nay Chi',
    'Kyawswa|Thiha|Htoo|Zeyar|Phyo|Linn|Thwin|Nyunt',
  ),
  tongan: c(
    'Sioeli|Taniela|Kaufusi|Heilala|Lotomo|Tevitaleka|Meleane|Fekitoa',
    'Kaufana|Tuakalau|Fonohema|Vakameilalo|Pahulu|Tangitau|Hufanga|Mateaki',
  ),
  inuit: c(
    'Qajaq|Aningaaq|Nivi|Kunuk|Paninnguaq|Ulloriaq|Saqqaq|Tupaarnaq',
    'Amarualik|Ittusardjuat|Nungaq|Kuptana|Qillaq|Arnatsiaq|Tigullaraq|Qaunaq',
  ),
  cree: c(
    'Sikwan|Piyesis|Wapistan|Nikamon|Kimiwan|Pahpew|Kiskisiw|Mistatim',
    'Whiskeyjack|Moosomin|Nepoose|Sewepagaham|Okimasis|Wolfleg|Kanapathi|Napope',
  ),
  navajo: c(
    'Ahiga|Haseya|Tahoma|Sani|Naalnish|Ayasha|Chee|Hastiin',
    'Bedonie|Largo|Silversmith|Haskie|Nakaidinae|Todacheenie|Attakai|Tsosie-Harvey',
  ),
  hawaiian: c(
    'Kealohilani|Makanani|Kanoelani|Keakealani|Hokulani|Kaimana|Lokelani|Kaupena',
    'Kanahele|Kamaunu|Keomaka|Naone|Kaniho|Kepoo|Kaleikini|Kanoho',
  ),
  wolof: c(
    'Binetou|Mame Diarra|Saliou|Ndèye Astou|Badara|Maguette|Gorgui|Daba',
    'Niang|Samb|Mbacké|Thiaw|Diakhaté|Ndiaye-Mbodj|Lo-Kandji|Cissé-Dione',
  ),
  somali: c(
    'Farhiya|Abdirashid|Mukhtar|Ikran|Sagal|Abdikarim|Nimco|Xaawo',
    'Abdille|Hirsi-Nuur|Cabdulle|Shirdoon|Xuseen|Gedi|Samatar|Afrax',
  ),
  luxembourgish: c(
    'Nicky|Gaston|Romain|Aloyse|Marcelle|Jängi|Poldi|Trëss',
    'Wagener|Steichen|Olinger|Thilges|Wohlfart|Biever|Mathekowitsch|Kirsch-Ries',
  ),
  sardinian: c(
    'Itriedda|Antoneddu|Grazieddu|Sebastiana|Giuannicu|Mintonia|Larentu|Pretu',
    'Zucca|Mastinu|Demurtas|Scanu|Carboni-Loi|Spanu|Manca-Sotgiu|Cadoni',
  ),
  quechua: c(
    'Sisa|Urpi|Nina|Tupac|Kallpa|Pawkar|Intiraymi|Huayta',
    'Huarancca|Cutipa|Quispetupa|Chuctaya|Paucar|Ccasani|Huallpa|Mayta',
  ),
  zulu: c(
    'Sbongiseni|Nhlakanipho|Khethiwe|Mondli|Qondile|Phumzile|Langelihle|Thembinkosi',
    'Mchunu|Gumede|Mabaso|Ngema|Mdletshe|Hadebe|Mngadi|Khanyile',
  ),
  malagasy: c(
    'Tsiry|Njaka|Harilala|Onja|Mahefa|Tojo|Nirina|Fetra',
    'Rakotoarisoa|Ravoninjatovo|Andrianasolo|Razafimahefa|Rasolofoniaina|Randrianjatovo|Rajaonarivelo|Ratsimbazafy',
  ),
  tamil: c(
    'Kathiravan|Poongodi|Elangovan|Nilavazhagi|Thamizhselvi|Maran|Kuzhali|Ezhilarasan',
    'Vellaisamy|Sivagnanam|Karuppiah|Ilango-Raja|Manickavasagam|Sengottaiyan|Alagappan|Veerappan',
  ),
  tibetan: c(
    'Tsewang|Dechen|Lobsang|Palden|Kalsang|Choeying|Jampa|Dolma',
    'Lhundup|Tsultrim|Drakpa|Gyurme|Nyima|Samten|Tenpa|Jigme',
  ),
  basque: c(
    'Oihana|Jokin|Amaiur|Ekaitz|Leire|Xabier|Haizea|Iñigo',
    'Zabaleta|Mendizabal|Arregi|Elorriaga|Iturbe|Ugalde|Azpiazu|Garmendia',
  ),
  faroese: c(
    'Beinta|Eirikur|Sámal|Hjørdis|Tróndur|Ragnhild|Bogi|Elin',
    'Djurhuus|Mortensen|Patursson|Højgaard|Reinert|Sólsker|Lamhauge|Jacobsen-Berg',
  ),
  welsh: c(
    'Tegwen|Owain|Angharad|Emrys|Heledd|Meirion|Lowri|Gwilym',
    'Cadwaladr|Pryce|Lloyd-Rees|Tudur|Gwynedd|Maddocks|Preece|Probert',
  ),
  tatar: c(
    'Ilnur|Alsu|Rustem|Gulnara|Ildar|Leysan|Marat|Ramilya|Aydar|Chulpan',
    'Khairullin|Galiullina|Minnikhanov|Sabirova|Gabdrakhmanov|Fattakhova|Valiullin|Zakirova',
  ),
  guarani: c(
    'Arasy|Yerutí|Tupasy|Mainumby|Irupé|Kerana|Jeguaka|Aguará',
    'Acosta-Portillo|Zárate|Insfrán|Mendieta|Benegas|Florentín|Riquelme-Duarte|Oviedo',
  ),
  tahitian: c(
    'Raiarii|Tehani|Marama|Hoata|Teriitua|Vaea|Toanui|Rahiti',
    'Tehei|Tuheiava|Ariitai|Rauzy|Teamotuaitau|Mauri|Teriipaia|Tinirauarii',
  ),
  xhosa: c(
    'Sipho|Nolitha|Ntsikelelo|Yonela|Mzwandile|Nosipho|Akhona|Vuyani',
    'Magwentshu|Ndzimande|Tshangana|Mahlathi|Mgoqi|Sogoni|Bobotyana|Mbambo',
  ),
  mongolian: c(
    'Naranbaatar|Oyunchimeg|Bolormaa|Erdenebileg|Tsolmon|Gerelmaa|Munkhtsetseg|Bayasgalan',
    'Dashdondog|Lkhagvasuren|Batjargal|Tumurbaatar|Nergui|Enkhtaivan|Dorjsuren|Ochirbat',
  ),
  armenian: c(
    'Mher|Nairi|Hasmik|Arshavir|Satenik|Ashot|Lusine|Vazgen',
    'Ter-Ghevondyan|Muradyan|Tadevosyan|Zakaryan|Mkrtchyan|Melikyan|Gasparyan|Hakobjanyan',
  ),
  albanian: c(
    'Lirie|Dardan|Kaltrina|Rrezarta|Fisnik|Valbona|Arbër|Hajrie',
    'Rexhepi|Haxhiu|Ymeri|Tahiri|Osmani|Bytyqi|Rugova|Sejdiu',
  ),
  yakut: c(
    'Aital|Sardaana|Ayaal|Kyunney|Tuyaara|Erchim|Nyurgun|Sahaaya',
    'Nikiforov-Kyrgys|Skryabina|Ammosov|Everstova|Danilova-Tumat|Kononova-Aiyy|Sivtsev|Struchkova',
  ),
  buryat: c(
    'Bair|Dulma|Tsyren|Arjuna|Soyol|Bato|Seseg|Zorikto',
    'Dashinimaev|Tsydenova|Badmaev|Rinchinova|Zhamsuev|Budaeva|Tsybikov|Namsaraeva|Tsyrempilova|Garmaeva|Gomboev|Dugarzhapov',
  ),
  marshallese: c(
    'Kilon|Jiemi|Lijon|Bwiro|Neijon|Ronjon|Likiej|Limwij',
    'Kabua|Lanki|Jetnil-Kijiner|Langidrik|Zackhras|Heine-Loeak|Anjain|Jibas|Lokeijak|Kattil|Jorbon|Bejang|Laninvelik',
  ),
  tetum: c(
    'Lurdes|Mau-Bere|Bui-Kiak|Olandina|Rai-Lau|Ximenes|Madalena-Bui|Aquelina',
    'Soares-Amaral|Guterres-Lobato|Belo-Pinto|Mau-Hodu|Ximenes-Belo|Fatima-Lay|Noronha-Tilman|Lay-Hornai',
  ),
  mapuche: c(
    'Ayelen|Millaray|Nahuel|Rayen|Lautaro|Amankay|Huenu|Licanray',
    'Huenchullan|Painemal|Catrileo|Millapan|Lincoqueo|Quilaqueo|Ancalaf|Curinao',
  ),
  oromo: c(
    'Chaltu|Gadaa|Obsa|Hawi|Lelise|Boru|Roba|Tolera|Ayantu|Chaltu-Dabessa|Waqtola|Kumsa',
    'Gemechu|Bultum|Dinsa|Jarso|Bedasso|Tufa|Negasa|Dhaba|Gudeta|Waqjira|Dabessa|Galgalo',
  ),
  kinyarwanda: c(
    'Uwase|Mugisha|Ineza|Gatete|Umutoni|Shema|Iradukunda|Kalisa',
    'Nshimiyimana|Uwimana-Gatera|Habyarimana|Mukamana|Ndayisaba|Niyonsenga|Tuyishime|Bizimungu',
  ),
  kikuyu: c(
    'Wanjiru|Kamau|Njeri|Gitau|Wairimu|Karanja|Nyambura|Muthoni',
    'Kiarie|Gachanja|Wambugu|Ndung’u|Mwangi-Gatheru|Kinuthia|Njoroge-Kamau|Gikonyo',
  ),
  shona: c(
    'Tatenda|Rutendo|Tinashe|Chipo|Farai|Nyasha|Tafadzwa|Kudzai',
    'Mutasa|Chiwenga|Moyo-Ndlovu|Mhlanga|Chitepo|Makoni|Mapfumo|Chigumba',
  ),
  nahuatl: c(
    'Citlali|Xochitl|Cuauhtli|Tonatiuh|Itzel|Yoltzin|Metztli|Tlaloc|Ehecatl|Tepiltzin|Atzimba|Nenetzin|Cuetlachtli',
    'Tepoz|Xicoténcatl|Cuauhtémoc-Ruiz|Tlapanco|Ixtepan|Ocotlán|Tzompa|Xolalpa',
  ),
  ilocano: c(
    'Dalisay|Ligaya|Bayani|Maganda|Lualhati|Dakila|Tala|Amihan|Liwayway|Sampaguita|Marikit|Mutya',
    'Ragasa|Agbayani|Galacgac|Pascua-Tabios|Lagmay|Agustin-Bumanglag|Tabangcura|Ulep',
  ),
  kannada: c(
    'Chandrashekar|Shwetha|Manjunath|Pavithra|Basavaraj|Roopa|Girish|Sowmya',
    'Gowda-Hegde|Kulkarni|Shetty-Rai|Hiremath|Patil-Desai|Bhat-Kedilaya|Hegde|Kamath|Belliappa|Puttaswamy|Siddaramaiah|Nanjundappa',
  ),
  kurdish: c(
    'Sozdar|Hejar|Dilbirîn|Şêrko|Nêrgiz|Rêber|Jiyan|Xebat',
    'Hakkarî|Soran|Mîrzayî|Berwarî|Xoşnaw|Şemdînan|Dêrsimî|Biradost',
  ),
};

/** Short words and particles that name several cultures' names and are not counted as overlap. */
export const PARTICLES: ReadonlySet<string> = new Set(['le', 'de', 'oo', 'ana', 'nez', 'tun', 'ara']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  39,
  TYPED,
  PARTICLES,
);
