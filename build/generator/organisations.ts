/**
 * Words and templates for organisation names, descriptions and addresses in the network's
 * languages. Placeholders: {surname} {surname2} {town} {region} {trade} {field} {legal}
 * {label} (a sector's label in the language).
 */
import type { OrganisationKind } from '../../catalogue-format/schema';
import type { Language } from './places';

export interface OrgWords {
  suppliers: readonly string[];
  trades: readonly string[];
  fields: readonly string[];
  legal: readonly string[];
  kinds: Readonly<Record<Exclude<OrganisationKind, 'supplier'>, readonly string[]>>;
  supplierDescription: string;
  clusterDescription: string;
  supportDescription: string;
  streets: readonly string[];
  /** How a street and house number are written. */
  address: (street: string, n: number) => string;
}

export const ORG_WORDS: Readonly<Record<Language, OrgWords>> = {
  de: {
    suppliers: [
      '{field}technik {surname} {legal}',
      '{surname} {trade} {legal}',
      '{surname} & {surname2} KG',
      '{trade} {town} {legal}',
    ],
    trades: [
      'Maschinenbau',
      'Werkzeugbau',
      'Holzbau',
      'Elektrotechnik',
      'Metallverarbeitung',
      'Softwareentwicklung',
      'Logistik',
      'Feinmechanik',
      'Gießerei',
      'Kunststofftechnik',
      'Stahlbau',
      'Systemtechnik',
      'Drehteile',
      'Lackiertechnik',
      'Sägewerk',
    ],
    fields: [
      'Lebensmittel',
      'Antriebs',
      'Umwelt',
      'Mess',
      'Förder',
      'Medizin',
      'Kunststoff',
      'Oberflächen',
      'Präzisions',
      'Energie',
      'Automatisierungs',
      'Verpackungs',
      'Licht',
      'Kälte',
      'Wärme',
      'Füge',
      'Fahrzeug',
    ],
    legal: ['GmbH', 'GmbH', 'GmbH & Co. KG', 'AG', 'e.K.'],
    kinds: {
      cluster: ['Cluster {label} {region}', 'Netzwerk {label} {town} e.V.'],
      partner: ['Wirtschaftskammer {region}', 'Industrie- und Handelskammer {town}'],
      agency: ['Wirtschaftsagentur {town}', 'Standortagentur {region}'],
      research: ['Institut für {field}technik {town}', 'Forschungszentrum {trade} {town}'],
      other: ['Technologiepark {town}', 'Gründerzentrum {town}'],
    },
    supplierDescription:
      '{trade} aus {town}: Entwicklung, Fertigung und Service für Kunden in ganz Europa.',
    clusterDescription:
      'Netzwerk von Unternehmen, Forschung und Verwaltung im Bereich {label} in {region}.',
    supportDescription:
      'Unterstützt Unternehmen in {region} bei Internationalisierung, Kooperation und Innovation.',
    streets: [
      'Industriestraße',
      'Hauptstraße',
      'Bahnhofstraße',
      'Gewerbestraße',
      'Schloßstraße',
      'Mühlenweg',
      'Lindenstraße',
      'Am Technologiepark',
    ],
    address: (street, n) => `${street} ${n}`,
  },
  it: {
    suppliers: [
      '{trade} {surname} {legal}',
      'Officine Meccaniche {town} {legal}',
      '{surname} & Figli {legal}',
      '{trade} {town} {legal}',
    ],
    trades: [
      'Meccanica',
      'Automazioni',
      'Elettronica',
      'Impianti',
      'Stampaggi',
      'Minuterie Metalliche',
      'Lavorazioni Lamiera',
      'Tecnologie Alimentari',
      'Serramenti',
      'Sistemi Informatici',
      'Logistica',
      'Fonderia',
      'Carpenteria Metallica',
      'Termotecnica',
      'Falegnameria',
    ],
    fields: [
      'Meccanica',
      'Materiali',
      'Energia',
      'Automazione',
      'Tecnologie Alimentari',
      'Elettronica',
    ],
    legal: ['S.r.l.', 'S.r.l.', 'S.p.A.', 'S.n.c.'],
    kinds: {
      cluster: ['Cluster {label} {region}', 'Distretto {label} di {town}'],
      partner: ['Camera di Commercio di {town}', 'Confindustria {town}'],
      agency: ['Agenzia per lo Sviluppo di {town}', "Agenzia Regionale per l'Innovazione {region}"],
      research: ['Istituto di Ricerca {field} {town}', 'Laboratorio di {field} {town}'],
      other: ['Parco Scientifico e Tecnologico {town}', 'Incubatore di Impresa {town}'],
    },
    supplierDescription:
      '{trade} a {town}: progettazione, produzione e assistenza per clienti in tutta Europa.',
    clusterDescription:
      'Rete di imprese, centri di ricerca ed enti pubblici nel settore {label} in {region}.',
    supportDescription:
      "Sostiene le imprese di {region} nell'internazionalizzazione, nella cooperazione e nell'innovazione.",
    streets: [
      'Via Roma',
      'Via Giuseppe Garibaldi',
      "Via dell'Industria",
      'Corso Italia',
      'Via dell’Artigianato',
      'Viale Europa',
      'Via Cavour',
      'Piazza della Libertà',
    ],
    address: (street, n) => `${street} ${n}`,
  },
  cs: {
    suppliers: ['{trade} {town} {legal}', '{trade} {surname} {legal}', '{surname} a syn {legal}'],
    trades: [
      'Strojírny',
      'Slévárna',
      'Elektrotechnika',
      'Kovovýroba',
      'Dřevovýroba',
      'Nástrojárna',
      'Plasty',
      'Automatizace',
      'Zámečnictví',
      'Softwarové systémy',
      'Potravinářské stroje',
      'Tepelná technika',
      'Přesné obrábění',
    ],
    fields: ['materiálů', 'energetiky', 'strojírenství', 'potravinářství', 'informatiky'],
    legal: ['s.r.o.', 's.r.o.', 'a.s.', 'spol. s r.o.'],
    kinds: {
      cluster: ['Klastr {label} {town}', 'Klastr {label} – {region}'],
      partner: ['Hospodářská komora {town}', 'Regionální hospodářská komora {region}'],
      agency: ['Regionální rozvojová agentura {town}', 'Agentura pro podporu podnikání {region}'],
      research: ['Výzkumný ústav {field} {town}', 'Centrum výzkumu {field} {town}'],
      other: ['Vědeckotechnický park {town}', 'Podnikatelský inkubátor {town}'],
    },
    supplierDescription:
      '{trade} z města {town}: vývoj, výroba a servis pro zákazníky v celé Evropě.',
    clusterDescription: 'Síť firem, výzkumu a veřejné správy v oboru {label}, region {region}.',
    supportDescription:
      'Podporuje firmy v regionu {region} při internacionalizaci, spolupráci a inovacích.',
    streets: [
      'Průmyslová',
      'Nádražní',
      'Husova',
      'Palackého',
      'náměstí Míru',
      'Třída Tomáše Bati',
      'Řemeslnická',
      'Žižkova',
    ],
    address: (street, n) => `${street} ${n}`,
  },
  sk: {
    suppliers: ['{trade} {town} {legal}', '{trade} {surname} {legal}', '{surname} a syn {legal}'],
    trades: [
      'Strojárne',
      'Zlievareň',
      'Elektrotechnika',
      'Kovovýroba',
      'Drevovýroba',
      'Nástrojáreň',
      'Plasty',
      'Automatizácia',
      'Zámočníctvo',
      'Softvérové riešenia',
      'Potravinárske stroje',
      'Tepelná technika',
      'Ťažobné stroje',
      'Presné obrábanie',
    ],
    fields: ['materiálov', 'energetiky', 'strojárstva', 'potravinárstva', 'informatiky'],
    legal: ['s.r.o.', 's.r.o.', 'a.s.', 'spol. s r.o.'],
    kinds: {
      cluster: ['Klaster {label} {town}', 'Klaster {label} – {region}'],
      partner: ['Regionálna obchodná komora {town}', 'Obchodná a priemyselná komora – {region}'],
      agency: ['Regionálna rozvojová agentúra {town}', 'Agentúra pre rozvoj regiónu {region}'],
      research: ['Výskumný ústav {field} {town}', 'Centrum excelentnosti {field} {town}'],
      other: ['Vedecko-technologický park {town}', 'Podnikateľský inkubátor {town}'],
    },
    supplierDescription:
      '{trade} z mesta {town}: vývoj, výroba a servis pre zákazníkov v celej Európe.',
    clusterDescription:
      'Sieť firiem, výskumu a verejnej správy v oblasti {label}, región {region}.',
    supportDescription:
      'Podporuje firmy v regióne {region} pri internacionalizácii, spolupráci a inováciách.',
    streets: [
      'Priemyselná',
      'Hlavná',
      'Štúrova',
      'Mlynská',
      'Námestie SNP',
      'Továrenská',
      'Ťahanovská',
      'Žilinská cesta',
    ],
    address: (street, n) => `${street} ${n}`,
  },
  hu: {
    suppliers: [
      '{trade} {town} {legal}',
      '{surname} és Társa {legal}',
      '{surname} {trade} {legal}',
    ],
    trades: [
      'Energetika',
      'Gépgyártó',
      'Fémfeldolgozó',
      'Elektronika',
      'Faipari',
      'Műanyagipari',
      'Szerszámgyártó',
      'Öntöde',
      'Automatizálási',
      'Szoftverfejlesztő',
      'Élelmiszeripari Gépgyártó',
      'Hőtechnika',
      'Logisztikai',
      'Precíziós Forgácsoló',
    ],
    fields: ['Anyagtudományi', 'Energetikai', 'Gépészeti', 'Élelmiszeripari', 'Informatikai'],
    legal: ['Kft.', 'Kft.', 'Zrt.', 'Bt.'],
    kinds: {
      cluster: ['{label} Klaszter – {town}', 'Klaszter {label} {region}'],
      partner: ['Kereskedelmi és Iparkamara {town}', 'Vállalkozásfejlesztési Alapítvány {town}'],
      agency: [
        'Regionális Fejlesztési Ügynökség {town}',
        'Befektetés-ösztönzési Ügynökség {region}',
      ],
      research: ['{field} Kutatóintézet {town}', '{field} Kutatóközpont {town}'],
      other: ['Tudományos és Technológiai Park {town}', 'Vállalkozói Inkubátorház {town}'],
    },
    supplierDescription: '{trade} – {town}: fejlesztés, gyártás és szerviz európai ügyfeleknek.',
    clusterDescription: 'Vállalatok, kutatóhelyek és közintézmények hálózata ({label}), {region}.',
    supportDescription:
      'Segíti a(z) {region} régió vállalkozásait a nemzetköziesedésben, az együttműködésben és az innovációban.',
    streets: [
      'Ipari út',
      'Fő utca',
      'Kossuth Lajos utca',
      'Petőfi Sándor utca',
      'Dózsa György út',
      'Szőlőhegy utca',
      'Győri út',
      'Erdősor utca',
    ],
    address: (street, n) => `${street} ${n}.`,
  },
  pl: {
    suppliers: [
      'Zakład {field} {town} {legal}',
      '{trade} {surname} {legal}',
      '{surname} i Wspólnicy sp.j.',
      '{trade} {town} {legal}',
    ],
    trades: [
      'Fabryka Maszyn',
      'Przedsiębiorstwo Usług Technicznych',
      'Odlewnia Żeliwa',
      'Huta Szkła',
      'Systemy Informatyczne',
      'Technika Grzewcza',
      'Łożyska Precyzyjne',
      'Meble',
      'Automatyka',
      'Konstrukcje Stalowe',
    ],
    fields: [
      'Mechaniki Precyzyjnej',
      'Obróbki Metali',
      'Przetwórstwa Drewna',
      'Tworzyw Sztucznych',
      'Automatyki Przemysłowej',
      'Usług Energetycznych',
      'Elektroniki Przemysłowej',
      'Przetwórstwa Spożywczego',
    ],
    legal: ['sp. z o.o.', 'sp. z o.o.', 'S.A.', 'sp.k.'],
    kinds: {
      cluster: ['Klaster {label} {town}', 'Klaster {label} – {region}'],
      partner: ['Izba Przemysłowo-Handlowa {town}', 'Regionalna Izba Gospodarcza {town}'],
      agency: ['Agencja Rozwoju Regionalnego {town}', 'Agencja Rozwoju Przemysłu – {region}'],
      research: ['Instytut Badawczy {field} {town}', 'Centrum Badawczo-Rozwojowe {town}'],
      other: ['Park Naukowo-Technologiczny {town}', 'Inkubator Przedsiębiorczości {town}'],
    },
    supplierDescription:
      '{trade} – {town}: projektowanie, produkcja i serwis dla klientów w całej Europie.',
    clusterDescription:
      'Sieć firm, jednostek badawczych i administracji w branży {label}, region {region}.',
    supportDescription:
      'Wspiera firmy z regionu {region} w internacjonalizacji, współpracy i innowacjach.',
    streets: [
      'ul. Przemysłowa',
      'ul. Długa',
      'ul. Kościuszki',
      'ul. Łąkowa',
      'ul. Żeromskiego',
      'ul. Fabryczna',
      'al. Jana Pawła II',
      'ul. Świętokrzyska',
    ],
    address: (street, n) => `${street} ${n}`,
  },
  sl: {
    suppliers: ['{trade} {town} {legal}', '{surname} {legal}', '{trade} {surname} {legal}'],
    trades: [
      'Strojegradnja',
      'Livarna',
      'Elektronika',
      'Kovinarstvo',
      'Lesna industrija',
      'Orodjarna',
      'Plastika',
      'Avtomatizacija',
      'Programska oprema',
      'Energetika',
      'Ogrevalna tehnika',
      'Precizna mehanika',
    ],
    fields: ['materiale', 'energetiko', 'strojništvo', 'živilstvo', 'informatiko'],
    legal: ['d.o.o.', 'd.o.o.', 'd.d.', 's.p.'],
    kinds: {
      cluster: ['Grozd {label} {town}', 'Grozd {label} – {region}'],
      partner: ['Območna gospodarska zbornica {town}', 'Gospodarska zbornica – {region}'],
      agency: ['Regionalna razvojna agencija {town}', 'Razvojna agencija {region}'],
      research: ['Inštitut za {field} {town}', 'Razvojni center za {field} {town}'],
      other: ['Tehnološki park {town}', 'Podjetniški inkubator {town}'],
    },
    supplierDescription:
      '{trade} – {town}: razvoj, proizvodnja in servis za stranke po vsej Evropi.',
    clusterDescription:
      'Mreža podjetij, raziskovalcev in javnih ustanov na področju {label}, regija {region}.',
    supportDescription:
      'Podpira podjetja v regiji {region} pri internacionalizaciji, sodelovanju in inovacijah.',
    streets: [
      'Industrijska cesta',
      'Glavni trg',
      'Tržaška cesta',
      'Prešernova ulica',
      'Cesta v Mestni log',
      'Šmartinska cesta',
      'Kidričeva ulica',
      'Žabjak',
    ],
    address: (street, n) => `${street} ${n}`,
  },
};

/** English names the network uses for organisations that are not suppliers. */
export const ENGLISH_NAMES: Readonly<Record<Exclude<OrganisationKind, 'supplier'>, string>> = {
  cluster: '{label} Cluster {region}',
  partner: 'Chamber of Commerce {town}',
  agency: 'Regional Development Agency {town}',
  research: 'Research Institute {town}',
  other: 'Technology Park {town}',
};

/** Service titles by service type id; any other type gets the generic ones. */
export const SERVICE_TITLES: Readonly<Record<string, readonly string[]>> = {
  'information-communication': [
    'Newsletter and supplier database',
    'Market information service',
    'Technology watch reports',
  ],
  internationalisation: [
    'Export readiness check',
    'Partner search abroad',
    'Trade fair participation support',
  ],
  'marketing-pr': [
    'Joint stand at trade fairs',
    'Product catalogue and PR',
    'Social media campaigns',
  ],
  cooperation: ['B2B matchmaking', 'Supplier exchange forum', 'Joint R&D project development'],
  'training-qualification': [
    'Lean production training',
    'Welding certification courses',
    'Digital skills workshops',
  ],
  'research-testing': [
    'Materials testing laboratory',
    'Climate chamber testing',
    '3D scanning and metrology',
    'EMC test laboratory',
  ],
};
export const GENERIC_SERVICE_TITLES = ['Consulting', 'Technical support', 'Project management'];

export const EVENT_TITLES: Readonly<Record<string, string>> = {
  'exchange-forum': 'Exchange Forum {label} {town}',
  'company-tour': 'Company Tour {town}: {label}',
  'study-visit': 'Study Visit {region}',
  'trade-fair': '{label} Trade Fair {town}',
  workshop: 'Workshop {label} – {town}',
  conference: '{label} Conference {town}',
};
