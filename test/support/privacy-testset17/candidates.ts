import { MORE } from './candidates2.js';
import { RARER } from './candidates3.js';

/**
 * Set 17's hand-typed name candidates, per culture. Any candidate that shares a word with an earlier
 * set is dropped at load (names.ts); only the shared words are ever printed.
 */
const FIRST: Record<string, { given: readonly string[]; family: readonly string[] }> = {
  german: {
    given: ['Wiebke', 'Hartwig', 'Gesche', 'Volkhard', 'Irmtraud', 'Reinold', 'Almut', 'Gerlinde'],
    family: ['Brünjes', 'Tiedgen', 'Wölfling', 'Oltmanns', 'Kettelhack', 'Rademächer', 'Hübenthal', 'Sprengart'],
  },
  austrian: {
    given: ['Loisl', 'Waltraud', 'Hias', 'Resi', 'Gottfried', 'Burgl', 'Florentin'],
    family: ['Gruberbauer', 'Pichlmayr', 'Strohmaier', 'Zehetgruber', 'Loidolt', 'Hinteregger', 'Wurzenrainer'],
  },
  swiss: {
    given: ['Ueli', 'Vreni', 'Beat', 'Ruedi', 'Trudi', 'Köbi', 'Annelies'],
    family: ['Tschannen', 'Zbinden', 'Gfeller', 'Rüfenacht', 'Bieri', 'Aeschbacher', 'Wyssbrod'],
  },
  dutch: {
    given: ['Femke', 'Sjoerd', 'Lieke', 'Gerben', 'Marijke', 'Douwe', 'Anouk'],
    family: ['Kuipers', 'Terpstra', 'Hoekstra', 'Wijnberg', 'Boersma', 'Veldkamp', 'Dijkhuizen'],
  },
  frisian: {
    given: ['Tsjerk', 'Wytske', 'Hylke', 'Sytske', 'Oebele', 'Jeltsje'],
    family: ['Hiemstra', 'Wijbenga', 'Sikkema', 'Tjeerdsma', 'Algra', 'Feitsma'],
  },
  english: {
    given: ['Tamsin', 'Ptolemy', 'Rosalind', 'Barnaby', 'Hermione', 'Crispin', 'Imogen'],
    family: ['Thistlewood', 'Pennycook', 'Ashdown', 'Fairweather', 'Hollingworth', 'Cattermole', 'Bramwell'],
  },
  welsh: {
    given: ['Cerys', 'Iolo', 'Bethan', 'Rhodri', 'Eluned', 'Gethin', 'Nerys'],
    family: ['Prydderch', 'Gwynne', 'Bevan', 'Pughe', 'Llewelyn', 'Rhydderch', 'Meredydd'],
  },
  scottish: {
    given: ['Ailsa', 'Fergus', 'Isla', 'Lachlan', 'Morag', 'Ruaridh', 'Eilidh'],
    family: ['Drummond', 'Kinnaird', 'Urquhart', 'Menzies', 'Buchanan', 'Lamont', 'Farquharson'],
  },
  irish: {
    given: ['Aoife', 'Cathal', 'Niamh', 'Donncha', 'Sorcha', 'Tadhg', 'Gráinne'],
    family: ['Ó Súilleabháin', 'Mac Giolla', 'Breathnach', 'Ní Bhriain', 'Cuddihy', 'Tierney', 'Fahy'],
  },
  american: {
    given: ['Dakota', 'Tucker', 'Shelby', 'Cody', 'Kinsley', 'Bradley', 'Maddox'],
    family: ['Whitlock', 'Sumrall', 'Prewitt', 'Tolliver', 'Goodnight', 'Hatfield', 'Crenshaw'],
  },
  african_american: {
    given: ['Latoya', 'Darnell', 'Shaniqua', 'Tyrell', 'Ebony', 'Jamal', 'Keisha'],
    family: ['Mayweather', 'Pettiford', 'Ransom', 'Boykin', 'Toussaint', 'Gaither', 'Freeland'],
  },
  mexican: {
    given: ['Itzel', 'Xóchitl', 'Cuauhtémoc', 'Guadalupe', 'Ximena', 'Tenoch', 'Citlali'],
    family: ['Zacarías', 'Olvera', 'Tlatelpa', 'Quezada', 'Cervantes', 'Huerta', 'Ocampo'],
  },
  navajo: {
    given: ['Nizhoni', 'Hastiin', 'Shiyáázh', 'Doli', 'Ahiga', 'Yanaba'],
    family: ['Tsosie', 'Yazzie', 'Begaye', 'Nez', 'Tsinajinnie', 'Manygoats'],
  },
  australian: {
    given: ['Bronte', 'Lachie', 'Kirra', 'Darcy', 'Mackenzie', 'Hamish', 'Tahlia'],
    family: ['Mulgrew', 'Dunstan', 'Cheeseman', 'Pockley', 'Wakelin', 'Hockings', 'Kernot'],
  },
  aboriginal: {
    given: ['Jarrah', 'Kaiya', 'Yindi', 'Bindi', 'Mundara', 'Alinta'],
    family: ['Wandjuk', 'Yunupingu', 'Marika', 'Gurruwiwi', 'Wunungmurra', 'Dhamarrandji'],
  },
  hindi: {
    given: ['Aarav', 'Ishita', 'Vihaan', 'Anushka', 'Ritvik', 'Tanvi', 'Kabir'],
    family: ['Srivastava', 'Tripathi', 'Awasthi', 'Chaturvedi', 'Bajpai', 'Saxena', 'Dwivedi'],
  },
  tamil: {
    given: ['Kaviya', 'Senthil', 'Nithya', 'Arulmozhi', 'Vetri', 'Thenmozhi', 'Ilango'],
    family: ['Palaniappan', 'Ramalingam', 'Kandasamy', 'Murugesan', 'Thangavel', 'Annamalai', 'Sivagnanam'],
  },
  bengali: {
    given: ['Tanushree', 'Sourav', 'Madhurima', 'Anirban', 'Payel', 'Debjit', 'Oindrila'],
    family: ['Bhattacharjee', 'Mukhopadhyay', 'Sengupta', 'Chakraborty', 'Gangopadhyay', 'Majumder', 'Dasgupta'],
  },
  malayali: {
    given: ['Anjali', 'Sreejith', 'Lakshmi', 'Vineeth', 'Aswathy', 'Jithin', 'Greeshma'],
    family: ['Kunjumon', 'Puthenveettil', 'Nambiar', 'Kuruvilla', 'Thekkekara', 'Panicker', 'Vadakkel'],
  },
  punjabi: {
    given: ['Harleen', 'Jaskaran', 'Simranjit', 'Gurleen', 'Manpreet', 'Navjot', 'Amrinder'],
    family: ['Dhillon', 'Grewal', 'Sandhu', 'Sidhu', 'Bhullar', 'Randhawa', 'Cheema'],
  },
  kikuyu: {
    given: ['Wanjiru', 'Kamau', 'Nyambura', 'Njoroge', 'Wairimu', 'Mwangi', 'Muthoni'],
    family: ['Kariuki', 'Gitau', 'Wainaina', 'Macharia', 'Ndung’u', 'Kinyanjui', 'Githinji'],
  },
  luo: {
    given: ['Achieng', 'Otieno', 'Awino', 'Ochieng', 'Akinyi', 'Onyango', 'Adhiambo'],
    family: ['Oduor', 'Okoth', 'Owuor', 'Omondi', 'Ouma', 'Ogola', 'Nyamwaya'],
  },
  kalenjin: {
    given: ['Chelimo', 'Kiprono', 'Jepkosgei', 'Kipchumba', 'Chepngetich', 'Kibet'],
    family: ['Rotich', 'Korir', 'Kiptoo', 'Langat', 'Sang', 'Chepkwony'],
  },
  swahili: {
    given: ['Zawadi', 'Baraka', 'Rehema', 'Juma', 'Neema', 'Bahati', 'Imani'],
    family: ['Mwinyi', 'Salim', 'Bakari', 'Mzee', 'Shauri', 'Omari', 'Mwakilema'],
  },
  turkish: {
    given: ['Ecrin', 'Yiğit', 'Berfin', 'Doruk', 'Nehir', 'Alperen', 'Duru'],
    family: ['Karabulut', 'Yıldırım', 'Kocaoğlu', 'Bozkurt', 'Çakır', 'Tekinalp', 'Gümüşsoy'],
  },
  kurdish: {
    given: ['Rojda', 'Berxwedan', 'Dilan', 'Hêvî', 'Azad', 'Rezan'],
    family: ['Zagrosî', 'Botanî', 'Amedî', 'Hakkarî', 'Serhedî', 'Baranî'],
  },
  polish: {
    given: ['Małgorzata', 'Przemysław', 'Jadwiga', 'Grzegorz', 'Bożena', 'Zdzisław', 'Wiesława'],
    family: ['Brzęczyszczyk', 'Wróblewska', 'Szczepaniak', 'Grabowski', 'Chmielewska', 'Pietrzyk', 'Żmuda'],
  },
  czech: {
    given: ['Bohumil', 'Vlasta', 'Radek', 'Zdeňka', 'Kamil', 'Libuše', 'Vojtěch'],
    family: ['Vondráček', 'Kopecká', 'Holub', 'Šťastný', 'Bartošová', 'Kříž', 'Navrátil'],
  },
  croatian: {
    given: ['Zvonimir', 'Ivana', 'Tihomir', 'Snježana', 'Krešimir', 'Mirjana', 'Dubravko'],
    family: ['Jurišić', 'Matijević', 'Vukelić', 'Grgić', 'Perković', 'Babić', 'Brkljačić'],
  },
  romanian: {
    given: ['Ioana', 'Bogdan', 'Mirela', 'Sorin', 'Răzvan', 'Loredana', 'Cosmin'],
    family: ['Dumitrescu', 'Vlăduț', 'Stănescu', 'Ciobanu', 'Munteanu', 'Băluță', 'Oprea'],
  },
  greek: {
    given: ['Eleftheria', 'Spyridon', 'Chrysoula', 'Panagiotis', 'Vasiliki', 'Stavros', 'Theodora'],
    family: ['Papadopoulou', 'Karagiannis', 'Tsakalidis', 'Mavromatis', 'Christodoulou', 'Zervas', 'Alexiou'],
  },
  italian: {
    given: ['Ludovica', 'Gianmarco', 'Benedetta', 'Pierluigi', 'Ornella', 'Tommaso', 'Rosanna'],
    family: ['Scarpellini', 'Buonocore', 'Marchetti', 'Pellegrino', 'Abbondanza', 'Cacciapuoti', 'Lombardo'],
  },
  portuguese: {
    given: ['Inês', 'Gonçalo', 'Leonor', 'Duarte', 'Matilde', 'Afonso', 'Beatriz'],
    family: ['Magalhães', 'Figueiredo', 'Quintas', 'Sampaio', 'Esteves', 'Carvalhal', 'Bettencourt'],
  },
  brazilian: {
    given: ['Thaís', 'Caio', 'Luana', 'Vinícius', 'Jéssica', 'Thiago', 'Raíssa'],
    family: ['Nascimento', 'Albuquerque', 'Cavalcanti', 'Bezerra', 'Siqueira', 'Guimarães', 'Damasceno'],
  },
  spanish: {
    given: ['Maite', 'Iñaki', 'Nerea', 'Íñigo', 'Ainhoa', 'Unai', 'Begoña'],
    family: ['Etxeberria', 'Arrizabalaga', 'Goikoetxea', 'Urrutia', 'Zubizarreta', 'Olaizola', 'Larrañaga'],
  },
  arabic: {
    given: ['Yasmina', 'Bilal', 'Rawan', 'Tariq', 'Lubna', 'Ziad', 'Hanan'],
    family: ['Al-Khatib', 'Haddad', 'Barakat', 'Qasim', 'Nasrallah', 'Shammas', 'Darwish'],
  },
  persian: {
    given: ['Shirin', 'Kourosh', 'Parisa', 'Dariush', 'Mahnaz', 'Babak', 'Golnar'],
    family: ['Tehrani', 'Shahbazi', 'Farahani', 'Esfandiari', 'Mirzaei', 'Ghorbani', 'Rostami'],
  },
  vietnamese: {
    given: ['Thảo', 'Quang', 'Ngọc', 'Khánh', 'Hương', 'Duy', 'Lan'],
    family: ['Nguyễn', 'Trịnh', 'Huỳnh', 'Phạm', 'Đặng', 'Võ', 'Lương'],
  },
  chinese: {
    given: ['Xiuying', 'Zhiwei', 'Meiling', 'Junjie', 'Yuxin', 'Haoran', 'Shufen'],
    family: ['Zhang', 'Liang', 'Xiong', 'Qiao', 'Fang', 'Cao', 'Tang'],
  },
  japanese: {
    given: ['Haruka', 'Daisuke', 'Misaki', 'Kenta', 'Ayaka', 'Ryota', 'Sakura'],
    family: ['Takahashi', 'Matsumoto', 'Inoue', 'Kobayashi', 'Fujiwara', 'Hasegawa', 'Nishimura'],
  },
  korean: {
    given: ['Seo-yeon', 'Ji-hoon', 'Min-seo', 'Hyun-woo', 'Eun-ji', 'Dong-hyun', 'Ha-eun'],
    family: ['Baek', 'Jeong', 'Hwang', 'Seo', 'Yoon', 'Shin', 'Kwon'],
  },
  filipino: {
    given: ['Maricel', 'Rodelio', 'Jennylyn', 'Arnel', 'Rowena', 'Jericho', 'Divina'],
    family: ['Dimaculangan', 'Macaraeg', 'Pangilinan', 'Bautista', 'Manalastas', 'Dizon', 'Soriano'],
  },
  yoruba: {
    given: ['Adebola', 'Oluwaseun', 'Folasade', 'Babatunde', 'Temitope', 'Ayodele', 'Morenike'],
    family: ['Adeyemi', 'Ogunleye', 'Oyelaran', 'Afolabi', 'Olatunji', 'Akinwande', 'Fashola'],
  },
  somali: {
    given: ['Hodan', 'Abdirahman', 'Ifrah', 'Guled', 'Sagal', 'Mahad', 'Nasteho'],
    family: ['Warsame', 'Jama', 'Farah', 'Egal', 'Dualeh', 'Hirsi', 'Samatar'],
  },
  hungarian: {
    given: ['Réka', 'Botond', 'Enikő', 'Levente', 'Csilla', 'Zsolt', 'Boglárka'],
    family: ['Szentgyörgyi', 'Kovácsné', 'Halmágyi', 'Bodnár', 'Fekete', 'Vörösmarty', 'Csizmadia'],
  },
  maori: {
    given: ['Aroha', 'Wiremu', 'Ngaire', 'Tamati', 'Mereana', 'Hemi'],
    family: ['Tawhiri', 'Ngata', 'Parata', 'Tipene', 'Waititi', 'Ruatapu'],
  },
};

/** Both lists, per culture. */
export const CANDIDATES: Record<string, { given: readonly string[]; family: readonly string[] }> = Object.fromEntries(
  Object.entries(FIRST).map(([name, c]) => [
    name,
    {
      given: [...c.given, ...(MORE[name]?.given ?? []), ...(RARER[name]?.given ?? [])],
      family: [...c.family, ...(MORE[name]?.family ?? []), ...(RARER[name]?.family ?? [])],
    },
  ]),
);
