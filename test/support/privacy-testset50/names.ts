import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** One culture typed as two `|`-separated lists: given names, then family names. */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 50's own name lists, typed by hand for this set: recruits, reservists, conscripts and civilian servants,
 * veterans and their next of kin, service spouses, contractors and the staff of careers offices and veterans'
 * services, from many countries. None of the main cultures of sets 46 to 49. At load every name that shares a word
 * with a PERSON label of an earlier set (or the development set or corpus) is dropped, and a culture left with fewer
 * than four of either list is dropped too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  frisian: c(
    'Hiskjeltsje|Tsjalliene|Wopkehiddo|Sjoerdtsje|Baukjemarie|Haitsmerke|Jeltsjebrecht|Oebeliene',
    'Hoekstrawerf|Terpsmaoen|Dykstrahúzen|Boersmafenne|Wijbengahiem|Sikkemastate|Haismaleane|Feitsmawâld',
  ),
  asturian: c(
    'Xuacuninu|Covadonguina|Pelayín-Nel|Xosefinuca|Nolonchu|Alballina|Firminín|Rosinuca-Ana',
    'Vallinielles|Fernándinez-Tinéu|Cangasbusto|Llanesquin|Sariegollanu|Pravianeru|Riosaeru|Cabranesín',
  ),
  aragonese: c(
    'Chuaquineta|Chorchet|Marieta-Chusé|Pabolet|Ixabelona|Chuanet|Rosalbeta|Mingolet',
    'Sobrarbeño|Ansotanera|Chistavinos|Benascaire|Biescasota|Panticosera|Tellaixet|Sallentau',
  ),
  friulian: c(
    'Gjovanutute|Tunisut|Catinute-Lise|Meniut|Pieruciute|Bepuzzut|Mariutine|Checutin',
    'Cjargnelut|Tumieçat|Glemonute|Rivignanot|Spilimbergjel|Çividalut|Palmarins|Codroipanis',
  ),
  walloon: c(
    'Djôsefene|Tchantchès-Li|Mareyinne|Djuliyin|Houbertine|Colasse-Fra|Djåkline|Bietrumé',
    'Dårdenneyes|Houyoûlet|Fagnårdeye|Crahayeux|Thiriårt-Bôs|Pirotiaux-Mw|Lahayewé|Gilsouleye',
  ),
  luxembourgish: c(
    'Jängelchen|Fränzi-Marie|Mäischel|Léinchen|Jhempiko|Kätty-Nëss|Pierchen-Jos|Trëndel',
    'Weyrichkaul|Hoffmannsbaach|Thillsmillen|Kremerschleid|Schmitzbësch|Wagnerhaff|Reuterkopp|Majerusmuer',
  ),
  pontic: c(
    'Prodromoula|Kyriakitsa-Ana|Efstathoulis|Sofitsaki|Lazaroudis|Parthenitsa|Savvoudakis|Evterpoula',
    'Trapezoundiadis|Matsoukoglou|Kerasountidou|Santalidaki|Ordouloglou|Tripolitsidis|Kromnitidou|Imeroglakis',
  ),
  burmese: c(
    'Thazinmyat|Kyawzwarhtet|Hninsandar|Aungkhantmin|Ei-Phyuthwe|Zawlinnaing|Nandarkyi|Myomintheint',
    'Thetpaingoo|Htunnyeinmaw|Khinsabaisoe|Wunnahlaing|Yadanarmoe|Sittnaingtun|Phyothazinwai|Kaunghtetlin',
  ),
  newar: c(
    'Lumanti-Bajra|Sujitmaharjan|Rajinadhakhwa|Pratikshya|Bijayaman|Sarbadhika|Ujjwalaman|Nhuchhemaya',
    'Shakyabahal|Tuladharkot|Maharjantol|Bajracharyaju|Shresthamana|Prajapatitol|Manandharju|Chitrakarbahal',
  ),
  igbo: c(
    'Chiamakanwa|Obinnaeze|Ngozichukwu|Ifeanyichim|Adaobiora|Kelechimma|Uchennaka|Nnekachiom',
    'Okonkwoeze|Nwachukwuora|Obiechinam|Anyanwuchi|Ezeokafor|Onwuemenyi|Nnamdiokoli|Chukwuemelie',
  ),
  shona: c(
    'Tatendaishe|Rutendomuchi|Tinotendashe|Chiedzamuyi|Farairoro|Kudzaishemo|Nyashadzai|Tapiwanashe',
    'Mudzingwadzi|Chiwenganyika|Mutasatombo|Marufumavi|Chikurumbira|Gumbomadzi|Nyamadzawo|Makoniwenzi',
  ),
  yoruba: c(
    'Oluwaseunfunmi|Adebimpeola|Temitopefola|Ayodejiola|Folasadetemi|Oluwatimiro|Abimbolaaro|Babatundeyo',
    'Adeyemiolu|Ogunlesiaro|Olatunjibi|Akinwandeyo|Odunsiola|Fashanuyemi|Adebayoile|Oyelaranmi',
  ),
  tswana: c(
    'Kagisoleng|Boitumelong|Tshepisodi|Lesedimotse|Oratilwemo|Kitsoleng|Onalenna-Pula|Tumisanglo',
    'Mogorosimotse|Seretsekgosi|Masireleng|Moloitswe|Kgositsile-Bo|Ramotswedi|Motsumiwa|Sebeleleng',
  ),
  oromo: c(
    'Chaltuuboontu|Gammachiis|Hawiiboorii|Lalisaafoo|Tolasaagaa|Meseretuu|Obsinaan|Fayisaagaa',
    'Gudinaaboru|Kumsaabalee|Tafarraawa|Dirribaasaa|Waaqoonadu|Abdiisaaboo|Gamtaaleeyi|Bultumee',
  ),
  samoan: c(
    'Faʻamoetauloa|Sinaʻitulī|Tavitaloto|Leotelesia|Maʻafalaniu|Tuilagivale|Fetuʻuilea|Seiuliʻana',
    'Leavasaʻilua|Tauiliʻiliʻi|Faleolomalo|Tuimalealiʻi|Sapolutaʻua|Amituanaʻia|Lauofotuʻa|Salaivaopu',
  ),
  telugu: c(
    'Venkatalakshmi|Srinivasulu-Ch|Padmavathamma|Ramakoteswar|Sowjanyasri|Nagarjunudu|Bhargavisri|Mallikarjunudu',
    'Kotagiriraju|Gummadivalli|Nelluriswamy|Pothinenivari|Tummalapalli|Kanumurivari|Yarlagaddavari|Chennupativari',
  ),
  kannada: c(
    'Shivarudrappa|Girijamma-Ka|Basavarajappa|Sharadambike|Manjunathaiah|Kaveriamma|Siddalingaiah|Hemavathidevi',
    'Hosamaniyavar|Kodagurappa|Belagavikar|Hunsurmath|Chikkamagalur|Haverimath|Davanagerappa|Kolarappagol',
  ),
  malayalam: c(
    'Sreekuttyamma|Unnikrishnette|Ammukuttyamma|Sreejithettan|Lekshmikutty|Balachandranpilla|Anupamakutty|Radhakrishnette',
    'Pallikkaraveettil|Kizhakkedath|Thekkumkoottil|Vadakkedathu|Puthenpurayil|Kunnathumadom|Chirayilkizhakke|Edappallyveedu',
  ),
  marathi: c(
    'Dnyaneshwarrao|Sayalitai|Pandurangrao|Mrunmayitai|Shrikantrao|Ashwinitai|Gajananrao|Pradnyatai',
    'Deshpandekar|Kulkarnipatil|Joshiwadekar|Gokhalepure|Apteshinde|Bhosalewadi|Ranadivekar|Thakrewadi',
  ),
  punjabi: c(
    'Gurleenpreet|Harjotinder|Simranjeetkaur|Manpreetpal|Navjotinder|Jaskiranpreet|Amritpalinder|Sukhmanjot',
    'Dhaliwalkot|Grewalpura|Sandhuwala|Gillkalan|Brarmajra|Sidhukhurd|Randhawapind|Cheemakalan',
  ),
  erzya: c(
    'Ineshkiputaz|Vedyavaaza|Tyushtyanek|Kastorovka|Litovaazava|Purgineniy|Azoravaiva|Viryavaava',
    'Syuldyaykin|Mokshanyakin|Ravoltsyava|Kemlyaykina|Sivchayev-Er|Tyurnyaykin|Ardatovkina|Lyambirskaya',
  ),
  buryat: c(
    'Bayarmaadyn|Tsyrendorzho|Dulmazhapova|Bair-Dashiin|Sesegmaanai|Zhargalsaikhan|Tuyanadashi|Balzhinimaa',
    'Dorzhievdoo|Tsybikovaagin|Badmaevtsyr|Dashinimaevaa|Sanzhievbair|Gomboevtsyr|Zhamsuevdash|Budaevsaikh',
  ),
  evenki: c(
    'Ilkanikaa|Oskelkaan|Nyurgunai|Ayakanda|Delgekaan|Ulikitan|Tygdikaa|Amakaanai',
    'Udygirkan|Nyumngakin|Kaplingirkan|Gaulchekaan|Yanigirkan|Momolkaan|Ekonkaanik|Bulegirkan',
  ),
  nenets: c(
    'Ngaravako|Yaptunaiko|Serteyako|Khudinayko|Yevkoptuna|Syaduyako|Nyadmaiko|Pyrertako',
    'Khudiyanyadma|Laptanderko|Yaptikyana|Serotettoko|Okotettoko|Pyrerkayana|Vanuitoko|Nyaruiko',
  ),
  yupik: c(
    'Cungauyar|Angalkuq-Ma|Nanugaq|Ciuliaqatuk|Qaluyaaq|Tuntuqaq|Arnaqulluk|Maklagaq',
    'Nanugaqerk|Qissunamiut|Cevv-Arnaq|Kuigpagmiut|Tununermiut|Akulmiutaq|Qinarmiutaq|Nunivaarmiut',
  ),
  cherokee: c(
    'Ahyokawa|Galelohi|Tsalagiwe|Adsilaya|Wahyaya-Te|Awiusdi|Dayunisi|Tsiyahli',
    'Wahnenauhi|Oconostota|Atagahiyu|Kanaluhdi|Nuyagiwe|Sequoyahwe|Talitsihi|Tsunegunyi',
  ),
  aymara: c(
    'Wiñaymarka|Illampuyu|Ch’uqichinchay|Sisamayu|Tupakatari-Wi|Wara-Wara|Inkillay|Qhanamayu',
    'Mamaniqullu|Quispejawira|Chuquimiaa|Huanqueru|Kunturiri|Apazachuxña|Ticonapampa|Condoriwara',
  ),
  riffian: c(
    'Thiziriyya|Mimounhar|Tlaytmas|Aghilasen|Thanirtmas|Amezianhar|Tafsutmas|Mohandiyyen',
    'Aarabouhd|Belhadjroun|Ouriaghelt|Boutaibarif|Temsamanit|Azghenghanit|Benaissaouj|Imzourenit',
  ),
  sesotho: c(
    'Palesamoeti|Lerato-Mpho|Thabangmoeti|Nthabisengoe|Tumelomokete|Relebohileng|Katlegomore|Lineo-Mosa',
    'Mokhethiloe|Letsieleng|Moshoeshoena|Lerotholikhe|Sekhonyanama|Mokhehlena|Nqosaboeng|Makhetholeng',
  ),
  venda: c(
    'Mpfarisenimu|Rudzanindi|Tshilidzinwa|Livhuwanima|Ndivhuwodzi|Khathutshelo-Mu|Mashudunwa|Rotondwamu',
    'Nemakhavhani|Ramabulana-Tho|Netshiavhani|Mphephuvhani|Tshivhasevhi|Nemutandani|Ravele-Mukho|Nethengwevhi',
  ),
};

/** Short words and particles of several cultures' names, not counted as overlap. */
export const PARTICLES: ReadonlySet<string> = new Set(['li', 'fra', 'mw', 'ka', 'nel', 'ana', 'jos', 'ch', 'te']);

export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  50,
  TYPED,
  PARTICLES,
);
