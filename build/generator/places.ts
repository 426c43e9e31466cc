/**
 * Real places for the synthetic catalogue: towns of each NUTS 2024 level-3 region of the
 * network's countries. Small countries are listed by hand (a region's seat and its largest
 * towns); Italian provinces and German districts are mostly named after their main town, so
 * those names are used as they are, skipping districts named after a landscape.
 */
import type { Region } from '../../catalogue-format/taxonomy-types';

export const COUNTRIES = ['AT', 'CZ', 'DE', 'HU', 'IT', 'PL', 'SI', 'SK'] as const;
export type CountryCode = (typeof COUNTRIES)[number];

const TOWNS: Readonly<Record<string, readonly string[]>> = {
  // Austria
  AT111: ['Oberpullendorf'],
  AT112: ['Eisenstadt', 'Neusiedl am See'],
  AT113: ['Oberwart', 'Güssing'],
  AT121: ['Amstetten', 'Waidhofen an der Ybbs'],
  AT122: ['Wiener Neustadt', 'Neunkirchen'],
  AT123: ['St. Pölten'],
  AT124: ['Zwettl', 'Krems an der Donau', 'Gmünd'],
  AT125: ['Mistelbach', 'Hollabrunn'],
  AT126: ['Korneuburg', 'Tulln an der Donau', 'Klosterneuburg'],
  AT127: ['Mödling', 'Baden', 'Schwechat'],
  AT130: ['Wien'],
  AT211: ['Klagenfurt am Wörthersee', 'Villach'],
  AT212: ['Spittal an der Drau'],
  AT213: ['Wolfsberg', 'Völkermarkt'],
  AT221: ['Graz'],
  AT222: ['Liezen', 'Schladming'],
  AT223: ['Leoben', 'Kapfenberg', 'Bruck an der Mur'],
  AT224: ['Weiz', 'Gleisdorf', 'Hartberg'],
  AT225: ['Leibnitz', 'Deutschlandsberg'],
  AT226: ['Judenburg', 'Knittelfeld'],
  AT311: ['Ried im Innkreis', 'Braunau am Inn'],
  AT312: ['Linz', 'Wels', 'Leonding'],
  AT313: ['Freistadt', 'Rohrbach-Berg'],
  AT314: ['Steyr', 'Kirchdorf an der Krems'],
  AT315: ['Gmunden', 'Vöcklabruck'],
  AT321: ['Tamsweg'],
  AT322: ['Zell am See', 'Bischofshofen'],
  AT323: ['Salzburg', 'Hallein'],
  AT331: ['Reutte'],
  AT332: ['Innsbruck', 'Hall in Tirol'],
  AT333: ['Lienz'],
  AT334: ['Landeck', 'Imst'],
  AT335: ['Kufstein', 'Wörgl', 'Schwaz'],
  AT341: ['Bludenz'],
  AT342: ['Dornbirn', 'Bregenz', 'Feldkirch'],
  // Czechia
  CZ010: ['Praha'],
  CZ020: ['Kladno', 'Mladá Boleslav', 'Kolín'],
  CZ031: ['České Budějovice', 'Tábor'],
  CZ032: ['Plzeň', 'Klatovy'],
  CZ041: ['Karlovy Vary', 'Cheb'],
  CZ042: ['Ústí nad Labem', 'Most', 'Děčín'],
  CZ051: ['Liberec', 'Jablonec nad Nisou'],
  CZ052: ['Hradec Králové', 'Trutnov'],
  CZ053: ['Pardubice', 'Chrudim'],
  CZ063: ['Jihlava', 'Třebíč', 'Žďár nad Sázavou'],
  CZ064: ['Brno', 'Znojmo', 'Břeclav'],
  CZ071: ['Olomouc', 'Přerov', 'Šumperk'],
  CZ072: ['Zlín', 'Uherské Hradiště', 'Kroměříž'],
  CZ080: ['Ostrava', 'Třinec', 'Frýdek-Místek', 'Opava'],
  // Hungary
  HU110: ['Budapest'],
  HU120: ['Érd', 'Gödöllő', 'Vác'],
  HU211: ['Székesfehérvár', 'Dunaújváros'],
  HU212: ['Tatabánya', 'Esztergom', 'Komárom'],
  HU213: ['Veszprém', 'Pápa'],
  HU221: ['Győr', 'Sopron', 'Mosonmagyaróvár'],
  HU222: ['Szombathely', 'Kőszeg'],
  HU223: ['Zalaegerszeg', 'Nagykanizsa'],
  HU231: ['Pécs', 'Mohács'],
  HU232: ['Kaposvár', 'Siófok'],
  HU233: ['Szekszárd', 'Paks'],
  HU311: ['Miskolc', 'Kazincbarcika'],
  HU312: ['Eger', 'Gyöngyös'],
  HU313: ['Salgótarján'],
  HU321: ['Debrecen', 'Hajdúszoboszló'],
  HU322: ['Szolnok', 'Jászberény'],
  HU323: ['Nyíregyháza'],
  HU331: ['Kecskemét', 'Baja'],
  HU332: ['Békéscsaba', 'Gyula'],
  HU333: ['Szeged', 'Hódmezővásárhely'],
  // Poland
  PL213: ['Kraków'],
  PL214: ['Wieliczka', 'Skawina'],
  PL217: ['Tarnów'],
  PL218: ['Nowy Sącz', 'Gorlice'],
  PL219: ['Nowy Targ', 'Zakopane'],
  PL21A: ['Oświęcim', 'Chrzanów'],
  PL224: ['Częstochowa'],
  PL225: ['Bielsko-Biała', 'Cieszyn'],
  PL227: ['Rybnik', 'Jastrzębie-Zdrój'],
  PL228: ['Bytom', 'Tarnowskie Góry'],
  PL229: ['Gliwice', 'Zabrze'],
  PL22A: ['Katowice', 'Chorzów'],
  PL22B: ['Sosnowiec', 'Dąbrowa Górnicza'],
  PL22C: ['Tychy'],
  PL411: ['Piła'],
  PL414: ['Konin'],
  PL415: ['Poznań'],
  PL416: ['Kalisz', 'Ostrów Wielkopolski'],
  PL417: ['Leszno'],
  PL418: ['Swarzędz', 'Luboń'],
  PL424: ['Szczecin'],
  PL426: ['Koszalin', 'Kołobrzeg'],
  PL427: ['Szczecinek', 'Pyrzyce'],
  PL428: ['Police', 'Stargard'],
  PL431: ['Gorzów Wielkopolski'],
  PL432: ['Zielona Góra'],
  PL514: ['Wrocław'],
  PL515: ['Jelenia Góra', 'Bolesławiec'],
  PL516: ['Legnica', 'Głogów', 'Lubin'],
  PL517: ['Wałbrzych', 'Świdnica'],
  PL518: ['Oleśnica', 'Oława'],
  PL523: ['Nysa'],
  PL524: ['Opole'],
  PL613: ['Bydgoszcz', 'Toruń'],
  PL616: ['Grudziądz'],
  PL617: ['Inowrocław'],
  PL618: ['Świecie'],
  PL619: ['Włocławek'],
  PL621: ['Elbląg'],
  PL622: ['Olsztyn'],
  PL623: ['Ełk'],
  PL633: ['Gdańsk', 'Gdynia', 'Sopot'],
  PL634: ['Pruszcz Gdański'],
  PL636: ['Słupsk'],
  PL637: ['Chojnice'],
  PL638: ['Starogard Gdański'],
  PL711: ['Łódź'],
  PL712: ['Zgierz', 'Pabianice'],
  PL713: ['Piotrków Trybunalski', 'Bełchatów'],
  PL714: ['Sieradz'],
  PL715: ['Skierniewice'],
  PL721: ['Kielce'],
  PL722: ['Sandomierz', 'Jędrzejów'],
  PL811: ['Biała Podlaska'],
  PL812: ['Zamość', 'Chełm'],
  PL814: ['Lublin'],
  PL815: ['Puławy'],
  PL821: ['Krosno'],
  PL822: ['Przemyśl'],
  PL823: ['Rzeszów', 'Mielec'],
  PL824: ['Tarnobrzeg', 'Stalowa Wola'],
  PL841: ['Białystok'],
  PL842: ['Łomża'],
  PL843: ['Suwałki'],
  PL911: ['Warszawa'],
  PL912: ['Otwock', 'Wołomin'],
  PL913: ['Pruszków', 'Grodzisk Mazowiecki'],
  PL921: ['Radom'],
  PL922: ['Ciechanów'],
  PL923: ['Płock'],
  PL924: ['Ostrołęka'],
  PL925: ['Siedlce'],
  PL926: ['Żyrardów'],
  // Slovenia
  SI031: ['Murska Sobota'],
  SI032: ['Maribor', 'Ptuj'],
  SI033: ['Slovenj Gradec', 'Ravne na Koroškem'],
  SI034: ['Celje', 'Velenje'],
  SI035: ['Trbovlje'],
  SI036: ['Krško', 'Brežice'],
  SI037: ['Novo mesto'],
  SI038: ['Postojna'],
  SI041: ['Ljubljana', 'Domžale'],
  SI042: ['Kranj', 'Škofja Loka', 'Jesenice'],
  SI043: ['Nova Gorica', 'Ajdovščina'],
  SI044: ['Koper', 'Piran'],
  // Slovakia
  SK010: ['Bratislava'],
  SK021: ['Trnava', 'Piešťany', 'Hlohovec'],
  SK022: ['Trenčín', 'Považská Bystrica', 'Prievidza'],
  SK023: ['Nitra', 'Komárno', 'Nové Zámky'],
  SK031: ['Žilina', 'Martin', 'Ružomberok'],
  SK032: ['Banská Bystrica', 'Zvolen', 'Brezno'],
  SK041: ['Prešov', 'Poprad', 'Bardejov'],
  SK042: ['Košice', 'Michalovce', 'Spišská Nová Ves'],
  // Italy: provinces whose name is not simply their main town, and large ones with more.
  ITC11: ['Torino', 'Moncalieri', 'Pinerolo'],
  ITC14: ['Verbania'],
  ITC20: ['Aosta'],
  ITC4C: ['Milano', 'Sesto San Giovanni'],
  ITC4D: ['Monza'],
  ITF48: ['Barletta', 'Andria'],
  ITG2H: ['Carbonia', 'Iglesias'],
  ITH10: ['Bolzano', 'Merano', 'Bressanone'],
  ITH32: ['Vicenza', 'Bassano del Grappa'],
  ITH34: ['Treviso', 'Conegliano'],
  ITH53: ['Reggio Emilia'],
  ITH55: ['Bologna', 'Imola'],
  ITH58: ['Forlì', 'Cesena'],
  ITI11: ['Massa', 'Carrara'],
  ITI14: ['Firenze', 'Empoli'],
  ITI31: ['Pesaro', 'Urbino'],
  // Germany: districts whose name is an abbreviation of their town's.
  DE233: ['Weiden in der Oberpfalz'],
};

/** German districts named after a landscape, not a town. */
const LANDSCAPE =
  /kreis|land\b|^(Landkreis|Havelland|Barnim|Uckermark|Prignitz|Emsland|Lippe|Harz|Börde|Friesland|Ammerland|Wesermarsch|Dithmarschen|Nordfriesland|Ostholstein|Stormarn|Segeberg|Steinburg|Eichsfeld|Mittelsachsen|Nordsachsen|Haßberge|Südliche Weinstraße|Südwestpfalz|Vulkaneifel|Ostallgäu|Unterallgäu|Oberallgäu|Grafschaft Bentheim|Mecklenburgische Seenplatte|Nordwestmecklenburg|Harburg|Osterholz|Extra-Regio)/i;

/** Towns of a level-3 region, or none when the region has no usable town name. */
export function townsOf(region: Region): readonly string[] {
  const listed = TOWNS[region.code];
  if (listed !== undefined) return listed;
  if (region.code.endsWith('ZZZ')) return [];
  if (region.country === 'IT') return [region.name];
  if (region.country === 'DE') {
    const [town = '', kind] = region.name.split(', ');
    if (kind !== undefined) return [town];
    const stripped = town.replace(/^(Region|Städteregion|Regionalverband) /, '');
    // Hyphenated districts join two towns' names; abbreviations ("a. d.") are not how
    // people write a town.
    if (LANDSCAPE.test(stripped) || stripped.includes('-') || stripped.includes('.')) return [];
    return [stripped];
  }
  return [];
}

/** Language of the organisations of a country (South Tyrol is also German-speaking). */
export const LANGUAGE: Readonly<Record<CountryCode, Language>> = {
  AT: 'de',
  CZ: 'cs',
  DE: 'de',
  HU: 'hu',
  IT: 'it',
  PL: 'pl',
  SI: 'sl',
  SK: 'sk',
};

export type Language = 'de' | 'it' | 'cs' | 'sk' | 'hu' | 'pl' | 'sl';

/** Share of the generated organisations per country (roughly the size of their economies). */
export const COUNTRY_WEIGHTS: Readonly<Record<CountryCode, number>> = {
  DE: 24,
  IT: 22,
  PL: 14,
  CZ: 10,
  AT: 9,
  HU: 9,
  SK: 7,
  SI: 5,
};

/** International dialling codes, and a template of the national number (# is a digit). */
export const PHONE: Readonly<Record<CountryCode, { code: string; formats: readonly string[] }>> = {
  AT: {
    code: '+43',
    formats: ['1 ### ####', '316 ######', '732 ######', '662 #####', '512 ######'],
  },
  CZ: { code: '+420', formats: ['### ### ###'] },
  DE: {
    code: '+49',
    formats: ['89 ########', '30 ########', '711 #######', '221 ######', '351 ######'],
  },
  HU: { code: '+36', formats: ['1 ### ####', '96 ### ###', '52 ### ###', '62 ### ###'] },
  IT: {
    code: '+39',
    formats: ['02 #######', '011 #######', '051 ######', '049 #######', '06 ########'],
  },
  PL: { code: '+48', formats: ['## ### ## ##'] },
  SI: { code: '+386', formats: ['1 ### ## ##', '2 ### ## ##', '4 ### ## ##'] },
  SK: { code: '+421', formats: ['2 #### ####', '33 ### ####', '41 ### ####', '55 ### ####'] },
};

/** Postcode templates per country (# is a digit). */
export const POSTCODE: Readonly<Record<CountryCode, string>> = {
  AT: '####',
  CZ: '### ##',
  DE: '#####',
  HU: '####',
  IT: '#####',
  PL: '##-###',
  SI: '####',
  SK: '### ##',
};
