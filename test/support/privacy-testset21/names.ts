// Set 13 first: its names module reads the earlier sets at load, which must not start inside this cycle.
import '../privacy-testset13/index.js';
import { keptCultures } from '../earlier-test-sets.js';

/**
 * Set 21's own name lists, typed by hand for this set (Latin transcriptions): given and family names
 * of 65 cultures. Every name that shares a word with a PERSON label of an earlier set, the
 * development set or the corpus is dropped at load (`cultures()`); a culture left with fewer than
 * four given or family names is dropped altogether.
 */
export interface Culture {
  given: readonly string[];
  family: readonly string[];
}

const typed = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

const TYPED: Record<string, Culture> = {
  sorbian: typed(
    'Hańža|Jurij|Měrćin|Wórša|Handrij|Lenka|Bosćan|Madlena',
    'Krawc|Šołta|Wjelan|Hórnik|Kubaš|Nowak-Njechorński|Rychtaŕ|Bjeńš',
  ),
  galician: typed(
    'Xosé|Uxía|Brais|Antía|Iago|Sabela|Breixo|Xiana',
    'Outeiro|Castiñeiras|Vilariño|Rivadulla|Seoane|Carballeira|Fandiño|Louzao',
  ),
  corsican: typed(
    'Ghjuvanni|Maria-Santa|Petru|Ghjulia|Paulu|Lisandra|Saveriu|Marcu',
    'Santoni|Leca|Colonna|Pietri|Ceccaldi|Paoli|Casanova|Luciani',
  ),
  friulian: typed(
    'Meni|Rosute|Toni|Vigjute|Zuan|Nine|Bepi|Line',
    'Cozzarolo|Tonutti|Zorzenon|Candolini|Pittana|Cragnolini|Sbrizzai|Missana',
  ),
  occitan: typed(
    'Joan|Mirelha|Peire|Blanca|Ramon|Ostau|Guilhem|Lisa',
    'Vidal|Roqueta|Fabre|Castanhier|Bonafos|Sicard|Cabanas|Puech',
  ),
  kashubian: typed(
    'Jan|Bernadeta|Tomôsz|Gertruda|Karol|Hilda|Edmund|Wanda',
    'Konkel|Bieszk|Formela|Labuda|Kreft|Lewandowski|Gliszczyński|Pipka',
  ),
  aromanian: typed(
    'Taki|Anastasia|Goga|Yiorgu|Sterya|Mita|Zica|Dina',
    'Caragiani|Papahagi|Cuşa|Zuca|Balamaci|Mulca|Tacu|Nica',
  ),
  gagauz: typed(
    'Todur|Tatiana|Dimitri|Varvara|Stepan|Elena|Mihail|Irina',
    'Chiosa|Uzun|Kara|Tülüş|Topal|Kanar|Kösä|Dimoglu',
  ),
  crimeantatar: typed(
    'Server|Zera|Mustafa|Lenara|Enver|Elmaz|Reşat|Aliye',
    'Çubarov|Cemilev|Ablayev|Seitablayev|Kurtseitov|Bekirova|Umerov|Osmanov',
  ),
  chuvash: typed(
    'Ilemben|Nalpi|Tagir|Salampi|Ukhsay|Marine|Ataman|Ilpek',
    'Yakovlev|Ashmarin|Ivanova-Kasanova|Sespel|Mishshi|Khuzangay|Agivar|Yuman',
  ),
  udmurt: typed(
    'Kuzebay|Ashalchi|Kuzma|Aktash|Trokai|Pislegi|Lyudmila|Ivan',
    'Gerd|Oki|Vereshchagin|Pozdeev|Vakhrusheva|Kuliev|Bushmakin|Korepanov',
  ),
  latgalian: typed(
    'Jezups|Anna|Donats|Regina|Staņislavs|Genovefa|Boļeslavs|Zuzanna',
    'Ločmele|Bernāns|Kuzmins|Ūzuls|Seiksts|Zeļčs|Kemps|Trasuns',
  ),
  ewe: typed(
    'Kodzo|Afi|Komla|Ama|Yao|Dzifa|Selorm|Elikem',
    'Agbeko|Kudjawu|Tsikata|Agbenyega|Dzidzienyo|Gbedemah|Ahiable|Kpodo',
  ),
  fula: typed(
    'Hamadou|Aissatou|Boubacar|Mariama|Oumarou|Djenabou|Saïdou|Kadiatou',
    'Bah|Diallo|Sow|Barry|Baldé|Jalloh|Ka|Tall',
  ),
  marathi: typed(
    'Aniket|Sayali|Mandar|Ketaki|Omkar|Rutuja|Shantanu|Pradnya',
    'Deshpande|Kulkarni|Joshi|Gokhale|Apte|Phadke|Karandikar|Sathe',
  ),
  cebuano: typed(
    'Jericho|Lovely|Dodong|Inday|Rolando|Marites|Junrey|Cherry Mae',
    'Cabahug|Alcoseba|Pacaña|Remollo|Ybañez|Lapitan|Tumulak|Cuizon',
  ),
  guarani: typed(
    'Arasy|Tupã|Jasy|Kuarahy|Ñeambiu|Yvoty|Ara|Rembe',
    'Benítez Ocampos|Villalba|Giménez Báez|Ayala|Cáceres|Ortiz Duarte|Melgarejo|Aquino',
  ),
  mapuche: typed(
    'Lautaro|Ayelén|Millaray|Nahuel|Relmu|Licán|Huenchu|Rayén',
    'Huenchumilla|Painemal|Catrileo|Ñancupil|Millapán|Curaqueo|Huaiquimil|Lemunao',
  ),
  inuit: typed(
    'Aputsiaq|Naja|Inuk|Paninnguaq|Malik|Ivalo|Qillaq|Arnaq',
    'Kleist|Lynge|Motzfeldt|Berthelsen|Kristiansen|Olsvig|Egede|Petersen-Heilmann',
  ),
  cherokee: typed(
    'Wilma|Sequoyah|Awinita|Kanuna|Talitha|Galilahi|Tsali|Ahyoka',
    'Mankiller|Swimmer|Sixkiller|Soap|Walkingstick|Hummingbird|Sanders-Oosahwe|Goingsnake',
  ),
  avar: typed(
    'Patimat|Gadzhimurad|Aishat|Shamil|Khadizhat|Saigid|Zagidat|Omarasxab|Raisat',
    'Gamzatov|Dibirova|Magomedaliev|Khizriev|Akhyadov|Tagirbekov|Chupalaev|Gusengadzhiev|Abakarova|Nurmagomedova',
  ),
  lezgian: typed(
    'Effendi|Zulfiya|Gadzhibek|Meryem|Kurban|Selimat|Nadir|Ruslanbek|Agabala',
    'Kapiev|Alibekov|Kurbanaliev|Ramazanova|Mirzebekov|Shakhbazov',
  ),
  ossetian: typed(
    'Soslan|Zalina|Aslanbek|Madina|Khetag|Fatima|Taimuraz|Dzerassa|Batraz|Alana',
    'Kokoev|Dzagoev|Gazzaev|Tekhov|Kulumbegov|Dzhioev|Khugaev|Tedeev|Gabaraev|Bitarov',
  ),
  mingrelian: typed(
    'Murtaz|Manana|Gocha|Natela|Zaza|Eteri|Beso|Tsiala|Kakhaber|Lali',
    'Zhvania|Gamsakhurdia|Kvaratskhelia|Chanturia|Gegechkori|Shengelia|Tsulaia|Jikia|Kobalia|Todua',
  ),
  svan: typed(
    'Chichiko|Ketevan|Beknu|Mikheil|Ushguli|Gela|Nestan|Goderdzi|Dali',
    'Nijaradze|Gabliani|Ioseliani|Margiani|Pirveli|Kaldani|Japaridze|Chartolani|Kvitsiani|Gulbani',
  ),
  bashkir: typed(
    'Salawat|Gulnaz|Timerbulat|Alsou|Ilgiz|Zukhra|Rinat|Aigul|Mustay|Gulshat',
    'Yulayev|Karim|Bikbay|Gaynullin|Sultangareev|Yumaguzhin|Kinzyabulatov|Ishmukhametov|Galiakhmetov|Baimuratov',
  ),
  sakha: typed(
    'Aisen|Sardaana|Nyurgun|Aitalina|Ergis|Kuyaana|Timir|Sahaaya|Erel|Nyurguyana',
    'Oyunsky|Kulakovsky|Ellyay|Nikiforova-Myrylaan|Neustroev|Sleptsov|Boskonnov|Ammosova|Chirkov',
  ),
  buryat: typed(
    'Bair|Sesegma|Dorzhi|Tuyana|Zorigto|Dulma|Bato|Oyuuna|Aldar|Erzhena',
    'Tsydenov|Dashiev|Zhamsuev|Budaev|Namzhilov|Batomunkuev|Tsyrenova|Dugarzhapov|Radnaeva|Bazarsadaev',
  ),
  kalmyk: typed(
    'Basang|Tsagan|Erdni|Kermen|Mutul|Ailsa|Badma|Bulgun|Okon|Delyash',
    'Kugultinov|Dzhimbinov|Badmaev|Ochirov|Erdniev|Mandzhiev|Sangadzhiev|Lidzhiev|Ubushaeva|Basanova',
  ),
  komi: typed(
    'Kallistrat|Yogor|Nadezhda|Vittor|Agniya|Illya|Marpa|Vasyli|Anis',
    'Zhakov|Lytkin|Kuratov|Yelkin|Rochev|Kanev|Chuprov|Terentyeva|Pystin',
  ),
  mari: typed(
    'Olyk|Savi|Yyvan|Altynay|Kudryash|Selvi|Akpatyr|Unavi|Kugu',
    'Chavain|Shketan|Mikay|Eshpay|Aivenikov|Palantay|Yuzykain|Orai',
  ),
  erzya: typed(
    'Syres|Kulyo|Vezhai|Ineshke|Tuzai|Sharkan|Pokshai|Kemal|Ravzhe',
    'Kvitka|Kemkin|Vedyashkin|Sharonov|Tsygankin|Devin|Mosin|Zhuravlev|Sirotkin',
  ),
  walloon: typed(
    'Djhan|Mareye|Colas|Babète|Tchantchès|Djosef|Guiyôme|Tonî|Nanesse|Houbert',
    'Wérotte|Dumbî|Hacquin|Tchèstê|Remacle|Gobiet|Laffineur|Houyoux|Delhasse',
  ),
  luxembourgish: typed(
    'Jempi|Marie-Paule|Nico|Josée|Gilles|Mett|Gust|Pitt|Romy',
    'Weydert|Kremer|Hoffelt|Thill|Schroeder|Bettendorf|Kinsch|Pauly',
  ),
  cimbrian: typed(
    'Bortolo|Menega|Jakom|Gaitàn|Gelsa|Istor|Bertile|Arminio|Nani',
    'Slaviero|Frigo|Rigoni|Gheller|Pozza|Tonezzer|Cappellari|Lobbia',
  ),
  arberesh: typed(
    'Gjergj|Drandafille|Zef|Mërija|Kolë|Prenda|Nikollë|Shtjefni|Lek|Dila',
    'Skanderbeg|Variboba|Bellusci|Cucci|Stassi|Schirò|Matranga|Barbaci|Chetta',
  ),
  ainu: typed(
    'Ekashi|Menoko|Kayano|Shigeru|Tokuhei|Kotoe|Yukie|Imekanu|Kuwa|Tasuke',
    'Chiri|Kannari|Hokuto|Kaizawa|Urakawa|Kitahara|Sunazawa|Tahara|Nukishio',
  ),
  okinawan: typed(
    'Chōbin|Kamado|Seishō|Ushi|Chōkō|Tsuru|Kamadu|Mōshi|Ryōshin',
    'Chinen|Kyan|Higa|Tamaki|Nakandakari|Shimabukuro|Arakaki|Uehara|Kinjō|Kakazu',
  ),
  chamorro: typed(
    'Vicente|Dolores|Kiko|Chai|Kika',
    'Taitano|Camacho|Quinata|Borja|Sablan|Tenorio|Manibusan|Aguon|Duenas',
  ),
  palauan: typed(
    'Ngiraked|Dirrengul|Tommy|Iluches|Kuniwo|Bilung|Sabino|Ebil|Kempis|Ngirchoteot',
    'Remengesau|Toribiong|Ngiraingas|Oiterong|Tellames|Ngirmang|Rengiil|Sugiyama|Ngiratkel',
  ),
  marshallese: typed(
    'Kunio|Litokwa|Iroij|Jurelang|Kessai|Bwimej|Limenka|Lijon',
    'Kabua|Zedkaia|Tomeing|Lemari|Eknilang|Anjain|Langidrik|Matayoshi|Jetnil',
  ),
  kiribati: typed(
    'Teburoro|Ueantabo|Taneti|Tebao|Ioteba|Kaboua|Teuea|Baraniko|Ruatu',
    'Tito|Tong|Maamau|Awira|Tabuka|Kirata|Teinamati|Taoaba|Timeon|Ietaake',
  ),
  tahitian: typed(
    'Teva|Hinano|Manutea|Vaimiti|Tehaamoana|Raiatea|Hiti|Teiva|Poerava',
    'Tetuanui|Flosse-Teura|Temaru|Tauhiro|Teriitahi|Tehei|Maitere|Pouira|Tuheiava|Raapoto',
  ),
  fijian: typed(
    'Sitiveni|Unaisi|Jone|Mereoni|Osea|Pita|Ateca',
    'Rabuka|Qarase|Tuisawau|Vunibobo|Nailatikau|Ganilau|Bainimarama|Waqanivalu|Kubuabola|Seruvakula',
  ),
  kanuri: typed(
    'Falmata|Bukar|Yagana|Kyari|Modu|Goni|Kellu',
    'Shettima|Zulum|Ngileruma|Kachalla|Maina|Kolo|Mongonu|Dikwa|Bulama',
  ),
  tiv: typed(
    'Terver|Mwuese|Iorwuese|Doosuur|Aondona|Nguemo|Tersoo|Msughter|Orduen|Seember',
    'Akume|Tarka|Iyorchia|Gemade|Ortom|Ayua|Agber|Tyoden|Shaagee',
  ),
  kabyle: typed(
    'Lounès|Tassadit|Idir|Djamila|Matoub|Ouiza|Amar|Taous|Mouloud',
    'Mammeri|Aït Menguellet|Ferhat|Haroun|Amrouche|Ouali|Hamiche|Mezdad|Abdelli|Iguerbouchène',
  ),
  chaga: typed(
    'Nderumaki|Ndesambuka|Mrema|Mkunde|Kimaro|Ndekirwa|Eliamini|Lyimo|Ndelalutsa|Mamkwe',
    'Swai|Massawe|Shirima|Mushi|Temba|Urassa|Tarimo|Kimaryo|Mallya|Lema',
  ),
  luo: typed(
    'Atieno|Ochieng|Akinyi|Otieno|Adhiambo|Omondi|Awino|Onyango|Apiyo|Odhiambo',
    'Oduya|Okoth|Obura|Ogot|Anyona|Owino|Nyong’o|Oloo|Ayieko|Ouko',
  ),
  bemba: typed(
    'Chanda|Mwansa|Bwalya|Mulenga|Chileshe|Musonda|Kasonde|Mutale|Chisanga|Chipasha',
    'Kapwepwe|Chiluba|Mwanawasa|Katongo|Lungu|Sata|Chitalu|Mumba|Kapembwa',
  ),
  sotho: typed(
    'Thabo|Palesa|Tumelo|Lerato|Katleho|Nthabiseng|Teboho|Mpho|Rethabile|Limpho',
    'Moshoeshoe|Letsie|Mokhehle|Mosisili|Thabane|Majoro|Sekhonyana|Lekhanya|Phoofolo|Ntsekhe',
  ),
  herero: typed(
    'Kuaima|Ueitjiua|Hosea|Maherero|Tjimbundu|Kazenambo|Uaatjo|Vetaruhe|Zeraua|Katjiteo',
    'Riruako|Kavari|Tjiriange|Kaure|Muharukua|Kandjii|Tjikuua|Katjavivi|Hange|Kaendo',
  ),
  ilocano: typed(
    'Bonifacio|Milagros|Rogelio|Leonila|Perla|Crisanto|Teodora|Florante|Apolonia',
    'Agbayani|Pagaduan|Ragasa|Cabanilla|Rabago|Bumanglag|Ulep|Tagatac|Pascua|Ballesteros',
  ),
  sundanese: typed(
    'Asep|Euis|Ujang|Neneng|Dadang|Iis|Cecep|Nining|Yayat|Enok',
    'Sumarna|Suryana|Permana|Hidayat|Kusnadi|Sutisna|Rukmana|Wiradinata|Koswara|Suhendar',
  ),
  minangkabau: typed(
    'Datuak|Upiak|Sutan|Rangkayo|Malin|Nurhayati|Rustam|Yusnidar|Zainal|Syofiani',
    'Piliang|Chaniago|Koto|Tanjung|Sikumbang|Jambak|Caniago|Simabua|Guci|Melayu',
  ),
  batak: typed(
    'Togar|Rumondang|Bonar|Tiurma|Maruli|Romauli|Parlindungan|Nurmala|Halomoan|Tiarma',
    'Simanjuntak|Sitompul|Hutapea|Panjaitan|Siregar|Nainggolan|Pardede|Situmorang|Lumbantobing|Sihombing',
  ),
  balinese: typed(
    'Wayan|Made|Nyoman|Ketut|Putu|Kadek|Komang|Gede|Luh',
    'Sukarta|Mertha|Astawa|Pujawan|Suardana|Sudarsana|Widnyana|Ardana|Swastika|Juliartha',
  ),
  hakka: typed(
    'Ah-Fook|Siew-Lan|Kon-Sin|Mei-Fong|Chin-Loong|Yoke-Ling|Foo-Seng|Kwai-Ying|Thong-Hin|Moi-Lin',
    'Liew|Thien|Voon|Phang|Khiu|Fui|Loi|Hiew',
  ),
  pashto: typed(
    'Zarmina|Gulalai|Wali|Sher Khan|Malalai|Bacha|Spogmay|Ajmal|Zarlasht|Nangyalai',
    'Yousafzai|Afridi|Durrani|Achakzai|Khattak|Mohmand|Shinwari|Orakzai|Popalzai|Barakzai',
  ),
  sindhi: typed(
    'Sassui|Dodo|Marvi|Sorath|Lilan|Chanesar|Suhni|Punhun|Moomal|Rano',
    'Soomro|Talpur|Jatoi|Junejo|Pirzada|Khuhro|Chandio|Mahar|Shar',
  ),
  tulu: typed(
    'Koti|Chennaya|Siri|Abbakka|Kantabare|Boodabare|Kalkuda|Kallurti|Agolu|Mudda',
    'Poojary|Bangera|Suvarna|Kotian|Salian|Karkera|Kunder|Kanchan|Mendon',
  ),
  khasi: typed(
    'Iaineh|Banteilang|Ibadahun|Wanbor|Ewanrida|Rapborlang|Iohborlang|Daphibanri|Shanbor|Hamebatei',
    'Lyngdoh|Kharkongor|Nongrum|Syiemlieh|Marbaniang|Rymbai|Kharbuli|Mawlong|Nongbri|Warjri',
  ),
  mizo: typed(
    'Lalthanhawla|Zoramthangi|Lalduhoma|Vanlalruati|Zothanpuia|Lalremruati|Lalrinawma|Malsawmtluangi|Vanlalhmangaiha|Lalnunmawii',
    'Sailo|Chhangte|Hnamte|Ralte|Khiangte|Pachuau|Fanai|Hmar|Renthlei|Tochhawng',
  ),
  newar: typed(
    'Siddhi|Bhaktalaxmi|Jagat|Pun Devi|Rajbhai|Chiniya|Hira Ratna|Kesari|Tej Ratna|Dhanmaya',
    'Tuladhar|Kansakar|Bajracharya|Maharjan|Manandhar|Dangol|Pradhananga|Ranjitkar|Sthapit',
  ),
  rapanui: typed(
    'Hotu|Tiare|Mahatu|Vaitea|Tuki|Uka|Hotus|Petero|Rangi',
    'Pakarati|Atan|Tepano|Haoa|Teao|Ika|Tuko|Paoa|Nahoe',
  ),
};

/** Particles a family name may hold; not counted as name words of their own. */
export const PARTICLES: ReadonlySet<string> = new Set(['de', 'dal', 'aït', 'ait', 'van', 'von']);

export const { words, cultures, sharedWithEarlierSets, keptCounts } = keptCultures(21, TYPED, PARTICLES);
