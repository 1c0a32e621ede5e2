import { keptCultures, type TypedCulture } from '../earlier-test-sets.js';

export type Culture = TypedCulture;

/** A culture typed as two `|`-separated lists (given names, family names). */
const c = (given: string, family: string): Culture => ({ given: given.split('|'), family: family.split('|') });

/**
 * Set 29's own name lists, typed by hand for this set. At load every name sharing a word with a
 * PERSON label of an earlier set (or the development set or corpus) is dropped, and a culture left
 * with fewer than four of either is dropped too (the shared `keptCultures` rules).
 */
const TYPED: Record<string, Culture> = {
  yoruba: c(
    'Adebimpe|Olawunmi|Ifeoluwa|Temitope Ayo|Oluwafemi|Abimbola|Damilare|Omotola|Kehinde|Iyabode|Oluwakemi|Adetokunbo|Ayomikun|Oluwadarasimi|Morolake|Ibukunoluwa|Adesewa|Tiwalade|Omobolanle|Eniola',
    'Odunsi|Akintola-Ige|Oyebanji|Adesanya|Olagunju|Ogunbiyi|Fadahunsi|Adekunle-Oke|Akinyemi|Olaniyan|Oyinlola|Ashiru|Oyewumi|Adeniran|Fagbemi|Ogunmola|Oyeyemi|Adegoke|Alabi|Ojelabi',
  ),
  igbo: c(
    'Ifeanyichukwu|Chinwendu|Amarachi|Somtochukwu|Ugochi|Kosisochukwu|Nnamdi Ebere|Oluchi|Chukwuemeka|Ogechi|Ebubechi|Nwakaego|Chizaram|Ozioma|Kenechukwu|Munachiso|Nkiruka|Udoka|Chetachi|Obiageli',
    'Okwuosa|Nwankwo-Obi|Ezenwa|Chukwurah|Onwuachi|Iheanacho|Okoroafor|Mbanefo|Umeadi|Nwabueze|Ejiofor|Obiechina|Ozoemena|Ekwueme|Nwokolo|Okeke|Okpara|Onuoha|Ugwuanyi|Achebe',
  ),
  kikuyu: c(
    'Wairimu|Njoki|Kiarie|Wangari|Muthoni|Gichuru|Nduta|Kahiga|Wanjeri|Macharia|Nyokabi|Kinuthia',
    'Gitau|Njuguna|Kamande|Wachira|Ndung’u|Gatheru|Mureithi|Kiragu|Wainaina|Githaiga|Karanja-Wamae|Ndirangu',
  ),
  luo: c(
    'Achieng|Otieno|Akinyi|Odhiambo|Adhiambo|Okoth|Atieno|Ochieng|Awino|Owino|Anyango|Omondi|Apiyo|Akoth|Onyango|Ojwang|Nyar Alego|Auma|Oguta|Awuor',
    'Oduya|Onyango-Ajwang|Ochola|Obura|Okello|Owuor|Nyamweya|Oloo|Otieno-Abiero|Ouko|Odero|Opiyo|Oginga|Kisera|Ongoro|Adongo|Omolo|Ogola|Oyugi|Kadenge',
  ),
  tagalog: c(
    'Maricar|Jonalyn|Arnel|Rowena|Gilbert|Analyn|Reynaldo|Teresita|Danilo|Corazon Luz|Florante|Imelda Joy|Marivic|Jericho|Lorelei|Rhodora|Ernesto|Luzviminda|Crisanto|Dolores Rhea',
    'Manalastas|Dimagiba|Sumulong|Catacutan|Malabanan|Villaruel|Macaraeg|Panganiban-Cruz|Sarmiento|Lumbres|Dalisay|Magsino|Dumalagan|Tuazon|Bagatsing|Guevarra|Javellana|Quiambao|Sison|Laurel',
  ),
  cebuano: c(
    'Jessa Mae|Rodelio|Kimberly Ann|Junrey|Mylene|Rommel|Lovely Grace|Jovito|Ailyn|Nonoy|Rhea Mae|Jerwin|Cherrylyn|Arvin|Gemma|Randolph',
    'Cabahug|Lapingcao|Alcoseba|Sumalinog|Ybañez|Pepito-Cañete|Tabada|Gabutan|Ramasola|Ouano|Sanchez-Cuizon|Lumapas|Bacalso|Abellanosa|Villamor|Tumulak',
  ),
  tamil: c(
    'Kayalvizhi|Thamizharasan|Yazhini|Ilango|Poongodi|Senthamarai|Arivazhagan|Mugilan|Thenmozhi|Valarmathi|Kathiravan|Nilavazhagi|Kalaiselvi|Sundaravel|Amudha|Velmurugan|Tamilselvi|Elangovan',
    'Chidambaranathan|Palaniappan|Muthukumaran|Sivasubramaniam|Annamalai|Ramanathan-Pillai|Thirunavukkarasu|Vairamuthu|Kandasamy|Ponnusamy|Ilangovan|Meenakshisundaram|Sundaralingam|Nagarajan|Venkatachalam|Subbiah|Arumugam|Periyasamy',
  ),
  gujarati: c(
    'Hetal|Jignesh|Falguni|Hardik|Bhavika|Chintan|Nirali|Ketan|Dhwani|Parth|Urvashi|Mehul',
    'Zaveri|Thakkar|Dholakia|Kothari-Vora|Majmudar|Pandya|Trivedi|Bhatt-Jani|Parikh|Mankad|Shroff|Desai-Gandhi',
  ),
  kannada: c(
    'Spoorthi|Raghavendra|Chaitra|Manjunath|Sahana|Prajwal|Vinutha|Shreyas|Pallavi|Girish|Deepika Rao|Nagaraj',
    'Hegde|Shetty-Kamath|Gowda|Bhat|Kulkarni-Hegde|Puttaswamy|Nadig|Udupa|Karanth|Aithal|Holla|Mallya',
  ),
  malayalam: c(
    'Aswathy|Sreejith|Athira|Vishnu Prasad|Anjali Menon|Nikhil|Revathy|Arjun Das|Keerthana|Sujith|Lakshmi Priya|Jithin|Nimisha|Sarath|Greeshma|Anoop|Parvathy|Rejith',
    'Panicker|Kurup|Nambiar|Pillai-Menon|Thampi|Kaimal|Varghese|Edathil|Puthenveettil|Chandrasekharan|Kunjumon|Ezhuthachan|Kuttappan|Mundackal|Thekkedath|Kottarathil|Elamana|Chirayath',
  ),
  odia: c(
    'Subhashree|Debasis|Sasmita|Pradyumna|Itishree|Biswajit|Lipsa|Santosh|Jyotirmayee|Prabhat|Sonali|Chinmaya|Bandita|Sudhansu|Pragyan|Manaswini',
    'Mohapatra|Panigrahi|Sahoo|Pattnaik|Behera|Mishra-Dash|Tripathy|Nayak|Swain|Rath|Samantaray|Senapati|Jena|Routray|Mahapatra|Dalai',
  ),
  turkish: c(
    'Beril|Tolga|Ecesu|Onur|Ezgi|Kaan|Damla|Barış|Gizem|Umut|Sıla|Emre',
    'Karaosmanoğlu|Yılmazer|Türkmen|Akbulut|Erdoğdu|Kocabaş|Sarıgül|Bayraktar|Özkaya|Uysal|Gündoğdu|Tekin',
  ),
  brazilian: c(
    'Thaís|Rodrigo|Larissa|Thiago|Bruna|Vinícius|Fernanda|Leandro|Juliana|Gustavo|Tatiane|Caio|Jéssica|Wellington|Raíssa|Anderson|Daiane|Kleber',
    'Albuquerque|Cavalcanti|Nascimento|Figueiredo|Bezerra|Vasconcelos|Moreira|Pinheiro|Magalhães|Siqueira|Rezende|Queiroz|Guimarães|Aragão|Brandão|Sobral|Rangel|Assunção',
  ),
  mexican: c(
    'Ximena|Itzel|Emiliano|Guadalupe|Citlali|Jesús Alberto|Yesenia|Eréndira|Brenda|Abraham|Marisela|Alonso',
    'Zepeda|Villaseñor|Arreola|Cervantes|Olvera|Sandoval|Barragán|Tinajero|Escobedo|Quintanilla|Ochoa|Valenzuela',
  ),
  nahuatl: c(
    'Tonatiuh|Xochitl|Cuauhtémoc|Yaretzi|Tlaloc|Nayeli|Citlalli|Ehecatl|Atzin|Tenoch',
    'Xicoténcatl|Tecuapetla|Cuautle|Tlatelpa|Tepoxtecatl|Ixtlilxóchitl|Tlacuilo|Coyotl|Tezozómoc|Papalotl',
  ),
  singaporeChinese: c(
    'Wei Ling|Jun Hao|Hui Min|Zhi Hao|Shu Fen|Kai Xiang|Xin Yi|Jia Hui|Boon Keng|Pei Shan|Chee Wai|Siew Ling|Yong Sheng|Hwee Ling|Choon Hock|Mei Xuan|Wee Kiat|Li Ting',
    'Ong|Teo|Goh|Lim-Tan|Koh|Ang|Heng|Sim|Quek|Toh|Yeo|Chua|Lau|Pang|Seah|Phua|Ng|Wee|Tay|Khoo',
  ),
  malay: c(
    'Nurul Aina|Muhammad Haziq|Siti Hajar|Amirul|Nur Syafiqah|Hafizuddin|Farah Nadia|Izzat|Aishah Humaira|Khairul Anuar|Ahmad Firdaus|Nur Izzati|Syahmi|Puteri Balqis|Danish Irfan|Wan Nurul',
    'bin Rahmat|binti Sulaiman|bin Kamaruddin|binti Jaafar|bin Zulkifli|binti Hamzah|bin Mokhtar|binti Yusoff|bin Latiff|binti Osman|bin Hashim|binti Ismail|bin Abdul Ghani|binti Razak|bin Shamsudin|binti Ariffin',
  ),
  vietnamese: c(
    'Thu Trang|Quang Huy|Ngọc Ánh|Đức Thắng|Mai Phương|Tuấn Anh|Bích Ngọc|Minh Khôi|Hồng Nhung|Văn Toàn|Khánh Linh|Bảo Châu|Thanh Tâm|Gia Huy|Quỳnh Anh|Hữu Phước|Diệu Linh|Nhật Minh',
    'Nguyễn Thị|Trịnh|Đặng|Lương|Phạm Văn|Huỳnh|Võ|Đinh|Dương|Tạ|Lê Văn|Hoàng Thị|Châu|Mai|Phan|Kiều|Lâm|Tôn',
  ),
  korean: c(
    'Ha-eun|Do-yoon|Seo-ah|Ji-ho|Chae-won|Eun-woo|Ye-rin|Si-woo|Da-in|Jun-seo|Na-yeon|Hyun-woo|Seol-hee|Gun-woo|Bo-ra|Dong-wook|Ah-young|Kyung-soo',
    'Gong|Bae|Ryu|Noh|Ha|Jang|Eom|Pyo|Yeo|Son|Byun|Tak|Maeng|Ok|Seok|Wi|Do|Geum',
  ),
  japanese: c(
    'Haruka|Sōta|Misaki|Ren|Yui|Kaito|Aoi|Hinata|Riko|Takumi|Sakura Mei|Yūto|Fumiko|Shinnosuke|Chihiro|Kōsuke|Nanami|Daichi',
    'Ishikawa|Matsumoto|Fujiwara|Shimizu|Hayashi|Morita|Kuroda|Nishimura|Okabe|Takeuchi|Sugawara|Hoshino|Kobayakawa|Tsuchiya|Hiraoka|Murakami|Ōtsuka|Yoshizawa',
  ),
  polish: c(
    'Wiesława|Przemysław|Bożydar|Jadwiga|Radosław|Bogumiła|Zbigniew|Grażyna|Mirosław|Halina|Czesław|Dobrosława|Genowefa|Bolesław|Teodozja|Władysław|Eugenia|Leszek',
    'Wróblewska|Szczepański|Grabowska|Przybylski|Błaszczyk|Zalewska|Kwiatkowski|Ostrowska|Pietrzak|Sobczak|Chmielewska|Kaczmarczyk|Maciejewska|Wiśniewski|Szymańska|Jabłoński|Kołodziej|Zawadzka',
  ),
  czech: c(
    'Bohumil|Jarmila|Vojtěch|Libuše|Radek|Zdeňka|Přemysl|Blanka|Lubomír|Věra|Ctibor|Dagmar|Vlasta|Jaroslav|Božena|Miroslav|Ludmila|Oldřich',
    'Kratochvíl|Procházková|Zelenka|Doležalová|Šťastný|Vávrová|Kovařík|Hájková|Bartoš|Čermáková|Holub|Sedláček|Vondráček|Kubíčková|Hrubý|Mašková|Pospíšil|Řezníček',
  ),
  hungarian: c(
    'Zsófia|Bence|Réka|Levente|Csilla|Gergely|Bernadett|Zsolt|Ildikó|Tihamér|Enikő|Botond|Kinga|Ákos|Boglárka|Ferenc|Hajnalka|Csaba',
    'Szőke|Vörös|Fehérvári|Boros|Halász|Kocsis|Jakab|Hegedűs|Balogh-Szabó|Pintér|Bodnár|Somogyi|Fazekas|Lakatos|Mészáros|Orbán|Takács|Simon-Szűcs',
  ),
  romanian: c(
    'Ionela|Sorin|Mădălina|Cosmin|Loredana|Bogdan|Roxana|Florin|Alina|Dorin|Simona|Marius|Ecaterina|Ovidiu|Anca|Răzvan|Georgiana|Lucian',
    'Ionescu-Dobre|Munteanu|Stănescu|Constantinescu|Dumitrescu|Voicu|Manole|Păun|Bălan|Crăciun|Neagu|Ardeleanu|Popa|Stoica|Radu|Oprea|Tudor|Iordache',
  ),
  greek: c(
    'Evangelia|Panagiotis|Chrysoula|Spyridon|Konstantina|Theodoros|Eleftheria|Charalampos|Paraskevi|Athanasios|Stavroula|Dimosthenis|Kalliopi|Anastasios|Vasiliki|Stelios',
    'Karamanlis|Papadopoulou|Christodoulou|Tsakalidis|Georgiadou|Vlachos|Zervou|Kyriakidis|Papanikolaou|Angelopoulou|Mavridis|Papageorgiou|Economou|Kontos|Lambrou|Sideris',
  ),
  croatian: c(
    'Ivana|Tomislav|Mirjana|Krešimir|Snježana|Zvonimir|Vesna|Dražen|Željka|Hrvoje|Dubravka|Branimir|Jasna|Tihomir|Ljiljana|Slaven',
    'Matijević|Grgić|Perković|Kovačević-Jurić|Šimunović|Bošnjak|Pavlović|Marković|Tomić|Vuković|Radić|Babić|Jurić|Knežević|Lovrić|Barišić',
  ),
  swiss: c(
    'Reto|Corinne|Beat|Nadja|Urs|Seraina|Pascal|Rahel|Lukas Andrin|Fränzi|Martina|Gian|Sandra|Thomas Res|Monika|Adrian',
    'Bühlmann|Zgraggen|Gisler|Arnold-Betschart|Inderbitzin|Ziegler|Herger|Imhof|Tresch|Würsch|Ammann|Schnyder|Odermatt|Niederberger|Gwerder|Kälin',
  ),
  austrian: c(
    'Leopoldine|Florian|Hannelore|Wolfgang|Roswitha|Gernot|Adelheid|Engelbert|Ingeborg|Reinhold|Gudrun|Herbert|Traudl|Siegfried|Elfriede|Walter',
    'Pichler|Hinterberger|Gruber-Moser|Steinbichler|Aigner|Haslinger|Wimmer|Strasser|Eder|Leitner|Hofbauer|Zauner|Brandstätter|Kogler|Mayrhofer|Reiter',
  ),
  liechtenstein: c(
    'Remo|Corina|Egon|Helga|Wendelin|Priska|Elmar|Silvia Theres|Arno|Brigitte|Günther|Rosmarie',
    'Büchel|Kaiser-Wohlwend|Marxer|Ospelt|Frommelt|Matt|Hasler|Batliner|Vogt|Eberle|Negele|Sprenger|Beck|Risch',
  ),
  luxembourgish: c(
    'Jhang|Mett|Nico|Josée|Romain|Myriam|Carlo|Martine|Gilles|Claudine|Fernand|Liliane|Pol|Marie-Paule',
    'Wagener|Hoffmann-Kieffer|Schmit|Reuter|Thill|Kremer|Weis|Feller|Bettendorf|Goedert|Hansen|Muller|Schiltz|Kayser|Thilges|Pauly',
  ),
  irish: c(
    'Clodagh|Oisín|Aoibheann|Cillian|Niamh|Darragh|Sinéad|Ruairí|Orlaith|Tiernan|Bronagh|Colm|Deirdre|Eoghan|Sorcha|Fergal',
    'Fitzgerald|MacNamara|Ó Briain|Breathnach|Ní Chonaill|Cusack|Flanagan|Ó Ceallaigh|Moynihan|Hennessy|Ó Tuathail|Mac Cárthaigh|Ní Fhloinn|Ó hEidhin|Mac Aodha|Ó Raghallaigh',
  ),
  scottish: c(
    'Eilidh|Fraser|Isla|Callum|Kirsty|Euan|Shona|Hamish|Morven|Alasdair|Catriona|Innes|Ailsa|Murdo|Fiona Mairi|Lachlan',
    'Drummond|Urquhart|Sinclair|MacKinnon|Baird|Galbraith|Ogilvie|Lockhart|Menzies|Rattray|MacAulay|Dalgleish|Colquhoun|Farquharson|Pringle|Strachan',
  ),
  english: c(
    'Philippa|Rupert|Harriet|Giles|Imogen|Crispin|Tabitha|Barnaby|Rosalind|Jasper|Araminta|Peregrine|Clementine|Tarquin|Henrietta|Algernon',
    'Ashworth|Pemberton|Wickham|Thorne|Fairbrother|Haversham|Blackwood|Kettering|Ainsworth|Holloway|Fotheringham|Cholmondeley|Featherstonehaugh|Winterbottom|Sidebottom|Pennyfeather',
  ),
  aussie: c(
    'Shayne|Kylie|Bradley|Narelle|Darren|Tegan|Brett|Jacinta|Warrick|Leanne',
    'McCrae|Fitzsimmons|Hargreaves|Bellamy|Tulloch|Cartwright|Dunstan|Brockhurst|Whitlam|Nankervis',
  ),
  canadianFrench: c(
    'Geneviève|Jean-Sébastien|Mélanie|Étienne|Isabelle|Mathieu|Annie|Frédéric|Josée|Guillaume',
    'Tremblay-Gagnon|Bouchard|Lévesque|Bélanger|Pelletier|Gauthier|Côté|Ouellet|Thibodeau|Fortin',
  ),
  american: c(
    'Brittany|Tyler|Courtney|Dustin|Kayla|Brandon|Shelby|Cody|Haley|Travis',
    'Whitaker|Dalton|Brewster|Hollister|McAllister|Kendrick|Sutton|Pruitt|Caldwell|Huckabee',
  ),
  german: c(
    'Dörte|Henning|Wiebke|Malte|Silke|Hauke|Imke|Bernd|Frauke|Jörn|Ilka|Torben',
    'Brockmann|Tiedemann|Ahlers|Jürgensen|Böttcher|Harms|Ehlers|Rademacher|Wendt|Stüve|Kruse|Lüdemann',
  ),
  swabian: c(
    'Gottlieb|Friederike|Eberhard|Luise|Hansjörg|Annerose|Traugott|Waltraud|Gotthilf|Mechthild|Reinhilde|Hartmut|Erdmute',
    'Häberle|Schäfer-Kübler|Bauknecht|Kächele|Hägele|Schwämmle|Rieker|Gaiser|Kärcher|Häfele|Bräuninger|Schwenk|Mäule|Gölz',
  ),
  arabic: c(
    'Rawan|Yazan|Lujain|Mu’ath|Dana|Qusai|Haneen|Bilal|Ruba|Anas|Sundus|Tamer|Shahd|Wa’el|Aseel|Ghassan|Tala|Nizar',
    'Al-Khatib|Haddad|Nassar|Qasem|Abu-Ghazaleh|Shaheen|Barakat|Al-Tamimi|Hijazi|Darwish|Mansour|Zoubi|Qaddoumi|Tarawneh|Majali|Khasawneh|Rawashdeh|Obeidat',
  ),
  persian: c(
    'Nasrin|Behrouz|Mahsa|Arash|Leila|Kambiz|Niloufar|Payam|Ladan|Omid|Shahrzad|Babak|Farnaz|Mehrdad|Golnaz|Peyman',
    'Farahani|Jafari|Mohammadi|Hosseini-Zadeh|Amini|Karimi|Rostami|Safavi|Naderi|Golshiri|Ghaffari|Mirzaei|Tavakoli|Bagheri|Sharifi|Abbaszadeh',
  ),
  hausa: c(
    'Fatima Zahra|Usman|Halima|Ibrahim Sule|Maryam|Nasiru|Khadija|Bashir|Safiya|Kabiru|Balaraba|Lawan|Jamila|Hamisu|Asma’u|Sadiq',
    'Dankwambo|Yar’Adua|Gwarzo|Sokoto-Bello|Kurfi|Jega|Bichi|Dambatta|Tofa|Bagudu|Gumel|Kiru|Danbatta|Rimi|Gaya|Dutsinma',
  ),
  swahili: c(
    'Imani|Saidi|Mwanaisha|Hamisi|Tatu|Rashidi|Mwajuma|Athumani|Halima Bakari|Selemani|Mwanahawa|Juma Rajabu|Mwamvita|Issa|Zuhura|Abdallah',
    'Kombo|Bakari|Mwinyi|Salim|Omari|Mfaume|Shabani|Ramadhani|Mohamedi|Kassimu|Mnyampala|Kibwana|Mwalimu|Chande|Mzee|Kitwana',
  ),
  akan: c(
    'Abena|Kwabena|Akua|Kofi|Efua|Yaw|Adwoa|Kwaku|Afua|Kwesi|Ama Serwaa|Kwadwo|Yaa Asantewaa|Kojo|Esi|Kwame Nkansah',
    'Owusu-Ansah|Boateng|Asante|Mensah|Osei|Appiah|Darko|Ofori|Agyeman|Acheampong|Opoku-Agyemang|Bonsu|Antwi|Amponsah|Frimpong|Gyamfi',
  ),
  punjabi: c(
    'Amandeep|Parminder|Gurpreet|Jaswinder|Harjit|Rajvinder|Inderjit|Kamaljit|Lakhwinder|Sukhjeet|Navjot|Mandeep|Jasmeet|Tejinder|Harleen|Balraj',
    'Ahluwalia|Bhullar|Dhillon|Kang|Sekhon|Chahal|Gosal|Virk|Johal|Sangha|Aulakh|Grewal-Pannu|Dhindsa|Randhawa|Bajwa|Khaira',
  ),
  urdu: c(
    'Mahnoor|Hamza|Ayesha|Zain|Iqra|Bilawal|Sana|Faisal|Hira|Usama',
    'Chaudhry|Qureshi|Malik-Awan|Siddiqui|Rizvi|Butt|Abbasi|Niazi|Sheikh|Kazmi',
  ),
  portuguese: c(
    'Inês|Duarte|Leonor|Tiago|Matilde|Gonçalo|Beatriz|Rui|Catarina|Nuno|Rodrigo Afonso|Madalena|Vasco|Constança|Tomás|Benedita',
    'Sampaio|Carvalho|Mendes|Lopes|Teixeira|Antunes|Salgado|Fonseca|Correia|Brandão|Magalhães|Quintela|Sequeira|Tavares|Ferreira|Rebelo',
  ),
  spanish: c(
    'Lucía|Álvaro|Nerea|Íñigo|Paloma|Sergio|Rocío|Adrián|Amparo|Gonzalo|Begoña|Ignacio|Macarena|Borja|Inmaculada|Fermín',
    'Castellanos|Bermúdez|Ibáñez|Montoya|Gallardo|Santamaría|Calvo|Herrero|Lozano|Pastor|Echevarría|Quiroga|Zamora|Villalobos|Cabrera|Peñalver',
  ),
  italian: c(
    'Chiara|Gianluca|Federica|Massimo|Ilaria|Stefano|Benedetta|Lorenzo|Ornella|Davide|Gaia|Tommaso|Serena|Filippo|Annalisa|Raffaele',
    'Lombardi|Bernardini|Ferraro|Galli|Mancini|Rinaldi|Colombo|Marchetti|Barbieri|Fontana|Caputo|Esposito|Sorrentino|De Luca|Gentile|Palumbo',
  ),
  dutch: c(
    'Femke|Joost|Marloes|Sander|Lotte|Bram|Ineke|Wouter|Anouk|Maarten',
    'van der Meulen|de Boer|Verhoeven|Kuipers|Smit|Brouwer|de Graaf|van Dijk|Mulder|Vos',
  ),
  swedish: c(
    'Linnea|Oskar|Ebba|Gustav|Maja|Viktor|Ingrid|Axel|Elsa|Henrik',
    'Lindqvist|Bergström|Sjöberg|Holmgren|Wallin|Engström|Lundgren|Nyberg|Åkesson|Forsberg',
  ),
  russian: c(
    'Yekaterina|Dmitri|Svetlana|Vladislav|Oksana|Anatoli|Yulia|Gennadi|Natalya|Pavel',
    'Smirnova|Volkov|Kuznetsova|Sokolov|Morozova|Lebedev|Novikova|Kozlov|Fedorova|Orlov',
  ),
  ukrainian: c(
    'Oksana|Taras|Solomiia|Bohdan|Khrystyna|Yaroslav|Iryna|Ostap|Zoriana|Mykhailo|Oleksandra|Vasylyna|Dmytro|Halyna|Roman|Marichka',
    'Shevchuk|Kovalenko|Bondarenko|Tkachenko|Melnyk|Kravchuk|Lysenko|Savchenko|Hnatiuk|Ostapchuk|Kuzmenko|Dovzhenko|Hrytsenko|Zhuk|Semenko|Kostenko',
  ),
  greenlandFaroese: c(
    'Rannvá|Sjúrður|Bárður|Turið|Eyðun|Hjørdis|Rógvi|Sólja',
    'Joensen|Dalsgaard|Niclasen|Háberg|Rasmussen|Højgaard|Poulsen|Mikkelsen',
  ),
  filipinoMuslim: c(
    'Bai Sandra|Datu Amir|Sittie|Abdulmalik|Noraida|Farouk',
    'Tanggol|Macarambon|Alonto|Dimaporo|Lucman|Pangandaman',
  ),
};

export const PARTICLES: ReadonlySet<string> = new Set(['bin', 'binti', 'van', 'der', 'de', 'ní', 'thị', 'văn']);
export const { words, cultures, sharedWithEarlierSets, keptCounts, keptNames, sharedTyped } = keptCultures(
  29,
  TYPED,
  PARTICLES,
);
