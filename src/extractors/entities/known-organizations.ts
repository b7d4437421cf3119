// Well-known organizations of the field, as data: international bodies and groupings, state
// finance agencies, and major mining, battery and vehicle companies; and the names that are never
// organizations here (news agencies and outlets, platforms, stock exchanges; ruling 1).
// Language-neutral: each entry lists its English and Spanish names.

export type KnownOrgKind = 'international' | 'eu_institution' | 'finance_agency' | 'government' | 'company' | 'state_company';

export interface KnownOrg {
  /** The id slug (without `org:`). */
  id: string;
  kind: KnownOrgKind;
  /** Names matched accent- and case-folded. */
  names: readonly string[];
  /** Acronyms and short forms matched with their case ("DFC", "KfW"). */
  acronyms?: readonly string[];
  /** The state it belongs to, for government bodies, finance agencies and state companies. */
  state?: string;
  /**
   * True when the id is used whatever the text calls it (international bodies named in several
   * languages: "Comisión Europea" is org:european-commission). Otherwise the id comes from the
   * fullest form in the text (ruling 2).
   */
  canonical?: boolean;
}

export const KNOWN_ORGANIZATIONS: readonly KnownOrg[] = [
  // International bodies and groupings.
  { id: 'european-commission', kind: 'eu_institution', canonical: true, names: ['European Commission', 'Comisión Europea', 'Comision Europea', 'EU Commission'] },
  { id: 'european-parliament', kind: 'eu_institution', canonical: true, names: ['European Parliament', 'Parlamento Europeo'] },
  { id: 'council-of-the-european-union', kind: 'eu_institution', canonical: true, names: ['Council of the European Union', 'Council of the EU', 'Consejo de la Unión Europea', 'Consejo de la UE'] },
  { id: 'european-council', kind: 'eu_institution', canonical: true, names: ['European Council', 'Consejo Europeo'] },
  { id: 'eib', kind: 'eu_institution', canonical: true, names: ['European Investment Bank', 'Banco Europeo de Inversiones'], acronyms: ['EIB', 'BEI'] },
  { id: 'g7', kind: 'international', canonical: true, names: ['G7', 'G-7', 'Group of Seven', 'Grupo de los Siete'] },
  { id: 'g20', kind: 'international', canonical: true, names: ['G20', 'G-20', 'Group of Twenty', 'Grupo de los Veinte'] },
  { id: 'oecd', kind: 'international', canonical: true, names: ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development', 'Organización para la Cooperación y el Desarrollo Económicos'], acronyms: ['OECD', 'OCDE'] },
  { id: 'iea', kind: 'international', canonical: true, names: ['International Energy Agency', 'Agencia Internacional de la Energía', 'Agencia Internacional de Energía'], acronyms: ['IEA', 'AIE'] },
  { id: 'world-bank', kind: 'international', canonical: true, names: ['World Bank', 'Banco Mundial', 'World Bank Group', 'Grupo Banco Mundial'] },
  { id: 'ifc', kind: 'international', canonical: true, names: ['International Finance Corporation', 'Corporación Financiera Internacional'], acronyms: ['IFC'] },
  { id: 'imf', kind: 'international', canonical: true, names: ['International Monetary Fund', 'Fondo Monetario Internacional'], acronyms: ['IMF', 'FMI'] },
  { id: 'united-nations', kind: 'international', canonical: true, names: ['United Nations', 'Naciones Unidas', 'Organización de las Naciones Unidas'], acronyms: ['UN', 'ONU'] },
  { id: 'united-nations-general-assembly', kind: 'international', canonical: true, names: ['United Nations General Assembly', 'UN General Assembly', 'Asamblea General de las Naciones Unidas', 'Asamblea General de la ONU'], acronyms: ['UNGA'] },
  { id: 'wto', kind: 'international', canonical: true, names: ['World Trade Organization', 'Organización Mundial del Comercio'], acronyms: ['WTO', 'OMC'] },
  { id: 'mercosur', kind: 'international', canonical: true, names: ['Mercosur', 'Mercosul', 'Mercado Común del Sur'] },
  { id: 'asean', kind: 'international', canonical: true, names: ['Association of Southeast Asian Nations', 'Asociación de Naciones del Sudeste Asiático'], acronyms: ['ASEAN'] },
  { id: 'apec', kind: 'international', canonical: true, names: ['Asia-Pacific Economic Cooperation', 'Foro de Cooperación Económica Asia-Pacífico'], acronyms: ['APEC'] },
  { id: 'african-union', kind: 'international', canonical: true, names: ['African Union', 'Unión Africana'] },
  { id: 'opec', kind: 'international', canonical: true, names: ['Organization of the Petroleum Exporting Countries', 'Organización de Países Exportadores de Petróleo'], acronyms: ['OPEC', 'OPEP'] },
  { id: 'brics', kind: 'international', canonical: true, names: ['BRICS'] },
  { id: 'nato', kind: 'international', canonical: true, names: ['North Atlantic Treaty Organization', 'Organización del Tratado del Atlántico Norte'], acronyms: ['NATO', 'OTAN'] },
  { id: 'msp', kind: 'international', canonical: true, names: ['Minerals Security Partnership', 'Asociación para la Seguridad de los Minerales', 'Alianza para la Seguridad de los Minerales'] },
  { id: 'idb', kind: 'international', canonical: true, names: ['Inter-American Development Bank', 'Banco Interamericano de Desarrollo'], acronyms: ['IDB', 'BID'] },
  { id: 'caf', kind: 'international', canonical: true, names: ['Development Bank of Latin America', 'Banco de Desarrollo de America Latina', 'Banco de Desarrollo de América Latina y el Caribe'], acronyms: ['CAF'] },
  { id: 'adb', kind: 'international', canonical: true, names: ['Asian Development Bank', 'Banco Asiático de Desarrollo'], acronyms: ['ADB'] },
  { id: 'afdb', kind: 'international', canonical: true, names: ['African Development Bank', 'Banco Africano de Desarrollo'], acronyms: ['AfDB'] },
  { id: 'ebrd', kind: 'international', canonical: true, names: ['European Bank for Reconstruction and Development', 'Banco Europeo de Reconstrucción y Desarrollo'], acronyms: ['EBRD', 'BERD'] },
  { id: 'iaea', kind: 'international', canonical: true, names: ['International Atomic Energy Agency', 'Organismo Internacional de Energía Atómica'], acronyms: ['IAEA', 'OIEA'] },
  { id: 'irena', kind: 'international', canonical: true, names: ['International Renewable Energy Agency', 'Agencia Internacional de Energías Renovables'], acronyms: ['IRENA'] },
  { id: 'isa', kind: 'international', canonical: true, names: ['International Seabed Authority', 'Autoridad Internacional de los Fondos Marinos'] },
  { id: 'pacific-alliance', kind: 'international', canonical: true, names: ['Pacific Alliance', 'Alianza del Pacífico'] },
  { id: 'celac', kind: 'international', canonical: true, names: ['Community of Latin American and Caribbean States', 'Comunidad de Estados Latinoamericanos y Caribeños'], acronyms: ['CELAC'] },
  { id: 'unctad', kind: 'international', canonical: true, names: ['United Nations Conference on Trade and Development'], acronyms: ['UNCTAD'] },
  { id: 'eclac', kind: 'international', canonical: true, names: ['Economic Commission for Latin America and the Caribbean', 'Comisión Económica para América Latina y el Caribe'], acronyms: ['ECLAC', 'CEPAL'] },

  // State finance agencies and government agencies (ruling 3: a finance agency is a party itself).
  { id: 'dfc', kind: 'finance_agency', state: 'US', canonical: true, names: ['U.S. International Development Finance Corporation', 'US International Development Finance Corporation', 'International Development Finance Corporation', 'Development Finance Corporation', 'Corporación Financiera de Desarrollo Internacional'], acronyms: ['DFC'] },
  { id: 'exim', kind: 'finance_agency', state: 'US', canonical: true, names: ['Export-Import Bank of the United States', 'EXIM Bank', 'Ex-Im Bank', 'Banco de Exportación e Importación de Estados Unidos'], acronyms: ['EXIM', 'Ex-Im', 'US EXIM'] },
  { id: 'jbic', kind: 'finance_agency', state: 'JP', canonical: true, names: ['Japan Bank for International Cooperation', 'Banco Japonés de Cooperación Internacional'], acronyms: ['JBIC'] },
  { id: 'jogmec', kind: 'finance_agency', state: 'JP', canonical: true, names: ['Japan Organization for Metals and Energy Security', 'Japan Oil, Gas and Metals National Corporation'], acronyms: ['JOGMEC'] },
  { id: 'nexi', kind: 'finance_agency', state: 'JP', canonical: true, names: ['Nippon Export and Investment Insurance'], acronyms: ['NEXI'] },
  { id: 'kfw', kind: 'finance_agency', state: 'DE', names: ['KfW'], acronyms: ['KfW'] },
  { id: 'ukef', kind: 'finance_agency', state: 'GB', canonical: true, names: ['UK Export Finance'], acronyms: ['UKEF'] },
  { id: 'edc', kind: 'finance_agency', state: 'CA', canonical: true, names: ['Export Development Canada'], acronyms: ['EDC'] },
  { id: 'efa', kind: 'finance_agency', state: 'AU', canonical: true, names: ['Export Finance Australia'] },
  { id: 'bpifrance', kind: 'finance_agency', state: 'FR', canonical: true, names: ['Bpifrance'] },
  { id: 'kexim', kind: 'finance_agency', state: 'KR', canonical: true, names: ['Export-Import Bank of Korea', 'Korea Eximbank'], acronyms: ['KEXIM'] },
  { id: 'komir', kind: 'finance_agency', state: 'KR', canonical: true, names: ['Korea Mine Rehabilitation and Mineral Resources Corporation'], acronyms: ['KOMIR'] },
  { id: 'china-development-bank', kind: 'finance_agency', state: 'CN', canonical: true, names: ['China Development Bank', 'Banco de Desarrollo de China'] },
  { id: 'china-exim-bank', kind: 'finance_agency', state: 'CN', canonical: true, names: ['Export-Import Bank of China', 'China Exim Bank', 'China Eximbank'] },
  { id: 'sinosure', kind: 'finance_agency', state: 'CN', canonical: true, names: ['Sinosure', 'China Export and Credit Insurance Corporation'] },
  { id: 'bndes', kind: 'finance_agency', state: 'BR', canonical: true, names: ['Banco Nacional de Desenvolvimento Econômico e Social', 'Brazilian Development Bank'], acronyms: ['BNDES'] },
  { id: 'corfo', kind: 'finance_agency', state: 'CL', canonical: true, names: ['Corporación de Fomento de la Producción'], acronyms: ['CORFO', 'Corfo'] },
  { id: 'usaid', kind: 'government', state: 'US', canonical: true, names: ['United States Agency for International Development', 'U.S. Agency for International Development', 'Agencia de los Estados Unidos para el Desarrollo Internacional', 'Usaid'], acronyms: ['USAID'] },
  { id: 'ustda', kind: 'government', state: 'US', canonical: true, names: ['U.S. Trade and Development Agency', 'United States Trade and Development Agency'], acronyms: ['USTDA'] },
  { id: 'usgs', kind: 'government', state: 'US', canonical: true, names: ['U.S. Geological Survey', 'United States Geological Survey', 'US Geological Survey', 'Servicio Geológico de los Estados Unidos', 'Servicio Geológico de Estados Unidos'], acronyms: ['USGS'] },
  { id: 'white-house', kind: 'government', state: 'US', canonical: true, names: ['White House', 'Casa Blanca'] },
  { id: 'state-department', kind: 'government', state: 'US', names: ['State Department', 'Department of State', 'U.S. State Department', 'US State Department'] },
  { id: 'pentagon', kind: 'government', state: 'US', canonical: true, names: ['Pentagon', 'Pentágono'] },
  { id: 'kremlin', kind: 'government', state: 'RU', canonical: true, names: ['Kremlin', 'Kremlin'] },

  // State-owned companies.
  { id: 'codelco', kind: 'state_company', state: 'CL', names: ['Codelco', 'Corporación Nacional del Cobre', 'Corporación Nacional del Cobre de Chile'], acronyms: ['CODELCO'] },
  { id: 'enami', kind: 'state_company', state: 'CL', names: ['Empresa Nacional de Minería'], acronyms: ['ENAMI', 'Enami'] },
  { id: 'comibol', kind: 'state_company', state: 'BO', names: ['Corporación Minera de Bolivia', 'Comibol'], acronyms: ['COMIBOL'] },
  { id: 'ypf', kind: 'state_company', state: 'AR', names: ['YPF', 'Yacimientos Petrolíferos Fiscales'] },
  { id: 'litiomx', kind: 'state_company', state: 'MX', names: ['LitioMx', 'Litio para México'] },
  { id: 'pemex', kind: 'state_company', state: 'MX', names: ['Pemex', 'Petróleos Mexicanos'] },
  { id: 'gecamines', kind: 'state_company', state: 'CD', names: ['Gécamines', 'Gecamines'] },
  { id: 'rosatom', kind: 'state_company', state: 'RU', names: ['Rosatom'] },
  { id: 'kazatomprom', kind: 'state_company', state: 'KZ', names: ['Kazatomprom'] },
  { id: 'ma-aden', kind: 'state_company', state: 'SA', names: ["Ma'aden", 'Maaden', 'Saudi Arabian Mining Company'] },
  { id: 'manara-minerals', kind: 'state_company', state: 'SA', names: ['Manara Minerals'] },
  { id: 'pt-inalum', kind: 'state_company', state: 'ID', names: ['Inalum', 'MIND ID'] },
  { id: 'antam', kind: 'state_company', state: 'ID', names: ['Aneka Tambang', 'Antam'] },
  { id: 'enap', kind: 'state_company', state: 'CL', names: ['Empresa Nacional del Petróleo'], acronyms: ['ENAP'] },

  // Major companies of the minerals, battery and vehicle chains.
  { id: 'tesla', kind: 'company', names: ['Tesla'] },
  { id: 'basf', kind: 'company', names: ['BASF'] },
  { id: 'eramet', kind: 'company', names: ['Eramet'] },
  { id: 'foxconn', kind: 'company', names: ['Foxconn', 'Hon Hai Precision Industry', 'Hon Hai'] },
  { id: 'glencore', kind: 'company', names: ['Glencore'] },
  { id: 'bhp', kind: 'company', names: ['BHP', 'BHP Group', 'BHP Billiton'] },
  { id: 'rio-tinto', kind: 'company', names: ['Rio Tinto'] },
  { id: 'anglo-american', kind: 'company', names: ['Anglo American'] },
  { id: 'vale', kind: 'company', names: ['Vale S.A.', 'Vale SA', 'Vale Base Metals'], acronyms: ['Vale'] },
  { id: 'sqm', kind: 'company', names: ['SQM', 'Sociedad Química y Minera', 'Sociedad Química y Minera de Chile'] },
  { id: 'albemarle', kind: 'company', names: ['Albemarle'] },
  { id: 'livent', kind: 'company', names: ['Livent'] },
  { id: 'arcadium-lithium', kind: 'company', names: ['Arcadium Lithium', 'Arcadium'] },
  { id: 'ganfeng-lithium', kind: 'company', names: ['Ganfeng Lithium', 'Ganfeng'] },
  { id: 'tianqi-lithium', kind: 'company', names: ['Tianqi Lithium', 'Tianqi'] },
  { id: 'catl', kind: 'company', names: ['CATL', 'Contemporary Amperex Technology'] },
  { id: 'byd', kind: 'company', names: ['BYD'] },
  { id: 'lg-energy-solution', kind: 'company', names: ['LG Energy Solution', 'LG Energy Solutions', 'LG Energy', 'LGES'] },
  { id: 'lg-chem', kind: 'company', names: ['LG Chem'] },
  { id: 'lg', kind: 'company', names: ['LG'] },
  { id: 'panasonic', kind: 'company', names: ['Panasonic'] },
  { id: 'samsung-sdi', kind: 'company', names: ['Samsung SDI'] },
  { id: 'sk-on', kind: 'company', names: ['SK On'] },
  { id: 'posco', kind: 'company', names: ['POSCO', 'Posco', 'POSCO Holdings', 'Posco Future M'] },
  { id: 'hyundai', kind: 'company', names: ['Hyundai', 'Hyundai Motor', 'Hyundai Motor Group', 'Hyundai Motor Company'] },
  { id: 'toyota', kind: 'company', names: ['Toyota', 'Toyota Tsusho'] },
  { id: 'volkswagen', kind: 'company', names: ['Volkswagen', 'PowerCo'] },
  { id: 'bmw', kind: 'company', names: ['BMW', 'BMW Group'] },
  { id: 'mercedes-benz', kind: 'company', names: ['Mercedes-Benz'] },
  { id: 'general-motors', kind: 'company', names: ['General Motors'] },
  { id: 'stellantis', kind: 'company', names: ['Stellantis'] },
  { id: 'umicore', kind: 'company', names: ['Umicore'] },
  { id: 'freeport-mcmoran', kind: 'company', names: ['Freeport-McMoRan', 'Freeport'] },
  { id: 'newmont', kind: 'company', names: ['Newmont'] },
  { id: 'barrick', kind: 'company', names: ['Barrick', 'Barrick Gold'] },
  { id: 'first-quantum-minerals', kind: 'company', names: ['First Quantum Minerals', 'First Quantum'] },
  { id: 'teck-resources', kind: 'company', names: ['Teck Resources', 'Teck'] },
  { id: 'antofagasta', kind: 'company', names: ['Antofagasta Minerals', 'Antofagasta plc'] },
  { id: 'southern-copper', kind: 'company', names: ['Southern Copper'] },
  { id: 'zijin-mining', kind: 'company', names: ['Zijin Mining', 'Zijin'] },
  { id: 'cmoc', kind: 'company', names: ['CMOC', 'China Molybdenum'] },
  { id: 'tsingshan', kind: 'company', names: ['Tsingshan', 'Tsingshan Holding Group'] },
  { id: 'zhejiang-huayou-cobalt', kind: 'company', names: ['Zhejiang Huayou Cobalt', 'Huayou Cobalt', 'Huayou'] },
  { id: 'jinchuan', kind: 'company', names: ['Jinchuan', 'Jinchuan Group'] },
  { id: 'sumitomo-metal-mining', kind: 'company', names: ['Sumitomo Metal Mining'] },
  { id: 'mitsubishi', kind: 'company', names: ['Mitsubishi Corporation'] },
  { id: 'mitsui', kind: 'company', names: ['Mitsui & Co'] },
  { id: 'lynas', kind: 'company', names: ['Lynas', 'Lynas Rare Earths'] },
  { id: 'mp-materials', kind: 'company', names: ['MP Materials'] },
  { id: 'iluka-resources', kind: 'company', names: ['Iluka', 'Iluka Resources'] },
  { id: 'pilbara-minerals', kind: 'company', names: ['Pilbara Minerals'] },
  { id: 'cameco', kind: 'company', names: ['Cameco'] },
  { id: 'orano', kind: 'company', names: ['Orano'] },
  { id: 'nornickel', kind: 'company', names: ['Nornickel', 'Norilsk Nickel'] },
  { id: 'sibanye-stillwater', kind: 'company', names: ['Sibanye-Stillwater', 'Sibanye Stillwater'] },
  { id: 'ivanhoe-mines', kind: 'company', names: ['Ivanhoe Mines'] },
  { id: 'eurasian-resources-group', kind: 'company', names: ['Eurasian Resources Group'], acronyms: ['ERG'] },
  { id: 'trafigura', kind: 'company', names: ['Trafigura'] },
  { id: 'mercuria', kind: 'company', names: ['Mercuria'] },
  { id: 'fortescue', kind: 'company', names: ['Fortescue', 'Fortescue Metals Group'] },
  { id: 'igo', kind: 'company', names: ['IGO'] },
  { id: 'syrah-resources', kind: 'company', names: ['Syrah Resources'] },
  { id: 'piedmont-lithium', kind: 'company', names: ['Piedmont Lithium'] },
  { id: 'lithium-americas', kind: 'company', names: ['Lithium Americas'] },
  { id: 'sigma-lithium', kind: 'company', names: ['Sigma Lithium'] },
  { id: 'northvolt', kind: 'company', names: ['Northvolt'] },
  { id: 'solvay', kind: 'company', names: ['Solvay'] },
  { id: 'johnson-matthey', kind: 'company', names: ['Johnson Matthey'] },
  { id: 'vulcan-energy', kind: 'company', names: ['Vulcan Energy Resources', 'Vulcan Energy'] },
  { id: 'siemens', kind: 'company', names: ['Siemens'] },
  { id: 'apple', kind: 'company', names: ['Apple Inc'] },
  { id: 'ford', kind: 'company', names: ['Ford Motor', 'Ford Motor Company'] },
];

/**
 * Names that are never organizations in a record (ruling 1): news agencies and outlets (in
 * datelines, credits or as sources), social platforms, stock exchanges. Matched case-folded,
 * acronyms with their case. Outlets named like common phrases ("La Nación", "El País") are left
 * out: blocking them would block "Congreso de la Nación" or "el país".
 */
export const NOT_ORGANIZATIONS: { names: readonly string[]; acronyms: readonly string[] } = {
  names: [
    'Reuters', 'Thomson Reuters', 'Agence France-Presse', 'France-Presse', 'Associated Press', 'Sputnik', 'Xinhua',
    'Bloomberg', 'Bloomberg News', 'Kyodo', 'Kyodo News', 'Yonhap', 'TASS', 'RIA Novosti', 'Interfax',
    'Europa Press', 'Télam', 'Notimex', 'United News of India', 'Press Trust of India', 'Dow Jones',
    'PR Newswire', 'Business Wire', 'GlobeNewswire', 'Globe Newswire', 'Canada Newswire', 'Newswire', 'Fast Company',
    'Fast Company Middle East', 'Financial Times', 'Wall Street Journal', 'New York Times', 'Washington Post',
    'Clarín', 'El Mercurio', 'Infobae', 'Mining Weekly', 'Mining.com', 'Fastmarkets',
    'Argus', 'Platts', 'S&P Global', 'Twitter', 'Facebook', 'LinkedIn', 'Instagram', 'YouTube', 'WhatsApp',
    'Telegram', 'TikTok', 'Nasdaq', 'New York Stock Exchange', 'Australian Securities Exchange',
    'Toronto Stock Exchange', 'London Stock Exchange', 'Hong Kong Stock Exchange', 'Bolsa de Valores de Lima',
    'Bolsa de Comercio de Santiago', 'Fox News', 'FOX 29', 'CNN', 'BBC', 'Al Jazeera', 'Euronews',
  ],
  acronyms: ['EFE', 'AFP', 'AP', 'UNI', 'PTI', 'ANI', 'IANS', 'DPA', 'dpa', 'ANSA', 'CNW', 'ASX', 'NYSE', 'TSX', 'TSXV', 'LSE', 'JSE', 'HKEX', 'SSE', 'BVL', 'OTC', 'OTCQX', 'X'],
};
