// Curated input to regions.mjs: what to leave out of Natural Earth's admin-1 layer, corrections to it, the
// English spellings that reports use, and a few regions Natural Earth does not have. Written from general
// knowledge; a point added here (ADD) is a province-scale representative point, not a surveyed one.

// Syria's governorates are curated in places.json. The other countries' Natural Earth admin-1 units are
// municipalities, boroughs or statistical regions rather than provinces.
export const SKIP_COUNTRIES = new Set(['SY', 'GB', 'SI', 'LV', 'MK', 'MT', 'ME', 'HK', 'MO']);

// Types that are not provinces, and no type at all (micro-states, dependencies); a row with a FIX entry is kept.
export const SKIP_TYPES = new Set(['', 'Commune|Municipality', 'Statistical Region', 'Parish', 'London Borough', 'London Borough (city)',
  'London Borough (royal)', 'Metropolitan Borough', 'Unitary Authority', 'Unitary Authority (wales)', 'Unitary District',
  'Unitary District (city)', 'Unitary Single-Tier County', 'Administrative County', 'Highly Urbanized City', 'Independent Component City',
  'Independent Municipality', 'Quarter', 'Atoll', 'Island Area', 'Urban county', 'City Corporation']);

// Rows that are a city rather than a region, or duplicate another row.
export const DROP_CODES = new Set(['AZE-4838']);

// Corrections and English spellings, by Natural Earth adm1_code. `en`: names to use, the first one canonical
// (Natural Earth's own name is kept after them); `bare: false`: only "X Province"-style forms, because the
// bare name usually means the capital city or a river; `bare: true`: the bare name is the region's even though
// Natural Earth marks it as shared with a city; `noAlt`: Natural Earth's alternate names for the row are wrong
// or name other things; `ne: false`: Natural Earth's own name for the row is wrong; `keep: true`: a curated
// place of the same name is something else (the Red Sea), so the region keeps its explicit forms;
// `id`, `kind`, `cc`, `lat`, `lon`: replacements.
export const FIX = {
  // Iraq
  'IRQ-3051': { en: ['Nineveh', 'Ninawa', 'Ninewa'], noAlt: true },
  'IRQ-3052': { en: ['Salah al-Din', 'Salahuddin', 'Salah ad-Din', 'Saladin', 'Salaheddin', 'Salahaddin'] },
  'IRQ-3049': { en: ['Kirkuk', "Ta'mim"], bare: false },
  'IRQ-3046': { en: ['Duhok', 'Dohuk', 'Dahuk'] },
  'IRQ-3242': { en: ['Sulaymaniyah', 'Sulaimaniyah', 'Sulaimani', 'Slemani'] },
  'IRQ-3050': { en: ['Erbil', 'Arbil', 'Irbil'], bare: false },
  'IRQ-3224': { en: ['Qadisiyah', 'Al-Qadisiyah', 'Diwaniyah'] },
  'IRQ-3223': { en: ['Muthanna', 'Al-Muthanna'] },
  'IRQ-3222': { en: ['Basra', 'Basrah'], bare: false },
  'IRQ-3225': { en: ['Dhi Qar', 'Thi Qar'] },
  'IRQ-3472': { en: ['Babil'], noAlt: true },
  'IRQ-3226': { en: ['Maysan', 'Missan'], noAlt: true },
  'IRQ-3227': { en: ['Wasit'], noAlt: true },
  'IRQ-3471': { noAlt: true },
  // Yemen
  'YEM-337': { en: ['Marib', "Ma'rib", 'Mareb'], bare: false },
  'YEM-151': { en: ['Hodeidah', 'Hudaydah', 'Al Hudaydah'], bare: false },
  'YEM-158': { en: ['Taiz', "Ta'izz"], bare: false },
  'YEM-150': { en: ['Saada', "Sa'ada", "Sa'dah", 'Sadah'], bare: false },
  'YEM-3497': { en: ['Hadramout', 'Hadramawt', 'Hadhramaut', 'Hadramaut', 'Hadhramout'] },
  'YEM-336': { en: ['Shabwa', 'Shabwah'], noAlt: true },
  'YEM-333': { en: ['Al-Bayda', 'Al Bayda'], bare: false },
  'YEM-157': { en: ['Lahj', 'Lahij', 'Lahej'], noAlt: true },
  'YEM-334': { en: ['Dhale', 'Al-Dhale', "Al-Dhale'e", 'Dalea'] },
  'YEM-335': { en: ['Al-Jawf', 'Jawf', 'Al Jawf'] },
  'YEM-332': { en: ['Al-Mahra', 'Mahra', 'Al Mahrah'], noAlt: true },
  'YEM-152': { en: ['Al-Mahwit', 'Mahwit'] },
  'YEM-3496': { en: ['Sanaa', "Sana'a"], bare: false },
  'YEM-3498': { en: ['Amanat al-Asimah'], kind: 'municipality', bare: true },
  'YEM-3499': { en: ['Raymah', 'Rayma'] },
  'YEM-3510': { en: ['Aden'], bare: false },
  // Sudan
  'SDN-5858': { en: ['West Darfur', 'Western Darfur'], noAlt: true },
  'SDN-5856': { en: ['South Darfur', 'Southern Darfur'], noAlt: true },
  'SDN-5857': { en: ['East Darfur', 'Eastern Darfur'], noAlt: true },
  'SDN-5859': { en: ['Central Darfur'], noAlt: true },
  'SDN-881': { en: ['North Darfur', 'Northern Darfur'], noAlt: true },
  'SDN-883': { en: ['North Kordofan', 'Northern Kordofan', 'North Kordufan'], noAlt: true },
  'SDN-882': { en: ['South Kordofan', 'Southern Kordofan', 'South Kordufan'], noAlt: true },
  'SDN-874': { en: ['Khartoum'], kind: 'state', bare: false },
  'SDN-880': { en: ['Sennar', 'Sinnar'], kind: 'state', noAlt: true },
  'SDN-875': { en: ['Gezira', 'El Gezira', 'Al-Gezira'], noAlt: true },
  'SDN-876': { en: ['Gedaref', 'Gedarif', 'Al Qadarif', 'Gadarif'], bare: false, noAlt: true },
  'SDN-877': { en: ['River Nile', 'Nile River'], bare: false, noAlt: true },
  'SDN-149': { en: ['Red Sea'], keep: true, noAlt: true },
  'EGY-1556': { en: ['Red Sea'], keep: true, noAlt: true },
  'SDN-879': { en: ['White Nile'], noAlt: true },
  'SDN-148': { en: ['Blue Nile'], noAlt: true },
  // Lebanon
  'LBN-3023': { en: ['North Lebanon', 'North Governorate'], noAlt: true },
  'LBN-3059': { en: ['Nabatieh', 'Nabatiyeh', 'Nabatiyah', 'An Nabatiyah'], bare: false },
  'LBN-3025': { en: ['Mount Lebanon'] },
  // Libya
  'LBY-2978': { en: ['Tripoli'], bare: false, noAlt: true },
  'LBY-2981': { en: ['Marj', 'Al Marj'], bare: false, noAlt: true },
  'LBY-2982': { en: ['Jabal al-Akhdar', 'Jebel Akhdar', 'Jabal Akhdar'], noAlt: true },
  'LBY-2966': { en: ['Murqub', 'Al Marqab', 'Margheb'], noAlt: true },
  'LBY-2987': { en: ['Butnan', 'Al Butnan'], noAlt: true },
  'LBY-2964': { en: ['Jufra', 'Al Jufrah'], noAlt: true },
  'LBY-2973': { en: ['Jafara', 'Al Jifarah', 'Jfara'], noAlt: true },
  // Mali
  'MLI-2794': { en: ['Sikasso'], bare: false },
  'MLI-2689': { en: ['Kidal'], bare: false },
  'MLI-2688': { en: ['Timbuktu', 'Tombouctou'], bare: false, noAlt: true },
  'MLI-2810': { en: ['Segou', 'Ségou'], bare: false },
  // Armenia and Azerbaijan (Azerbaijani names also get their English spelling by rule: Qazax -> Gazakh)
  'ARM-1732': { en: ['Syunik', 'Siunik'] },
  'AZE-1735': { en: ['Lachin', 'Laçın'], ne: false, noAlt: true },
  'AZE-1737': { en: ['Shusha', 'Şuşa'], noAlt: true },
  'AZE-1701': { en: ['Shabran'], noAlt: true },
  'AZE-1680': { en: ['Goygol', 'Göygöl'], noAlt: true },
  'AZE-1736': { en: ['Gubadli', 'Qubadli'] },
  // Ukraine and Russia
  'UKR-321': { en: ['Kyiv', 'Kiev'], bare: false, noAlt: true },
  'UKR-331': { en: ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Zaporizhzhya'], bare: false },
  'UKR-322': { en: ['Odesa', 'Odessa'], bare: false },
  'UKR-327': { en: ['Donetsk'], bare: false },
  'UKR-329': { en: ['Luhansk', 'Lugansk'], bare: false },
  'UKR-328': { en: ['Kharkiv', 'Kharkov'], bare: false },
  'UKR-326': { en: ['Dnipropetrovsk', 'Dnipro'], bare: false },
  'UKR-284': { en: ['Mykolaiv', 'Nikolaev', 'Nikolayev'], bare: false },
  'UKR-293': { en: ['Zakarpattia', 'Transcarpathia'] },
  'UKR-4827': { en: ['Kherson'], kind: 'oblast', bare: false },
  'RUS-283': { en: ['Crimea', 'Autonomous Republic of Crimea', 'Republic of Crimea'], cc: 'UA', kind: 'autonomous_republic' },
  'RUS-5482': { cc: 'UA' },
  'RUS-2364': { en: ['Moscow'], bare: false, noAlt: true },
  'RUS-2399': { en: ['Altai Krai'], kind: 'krai', noAlt: true },
  'RUS-2612': { en: ['Sakha', 'Yakutia', 'Sakha Republic'], noAlt: true },
  // Afghanistan (Natural Earth labels Panjshir and Daykundi as second Parwan and Uruzgan rows)
  'AFG-1769': { en: ['Panjshir', 'Panjsher'], ne: false, noAlt: true },
  'AFG-1753': { en: ['Daykundi', 'Daikundi'], ne: false, noAlt: true },
  'AFG-1747': { en: ['Ghor', 'Ghowr', 'Ghōr'], noAlt: true },
  'AFG-1750': { en: ['Helmand', 'Hilmand'], noAlt: true },
  'AFG-1774': { en: ['Wardak', 'Maidan Wardak'], noAlt: true },
  'AFG-1752': { en: ['Uruzgan', 'Oruzgan', 'Urozgan'], noAlt: true },
  'AFG-1748': { en: ['Sar-e Pol', 'Sar-i-Pul', 'Sari Pul'], noAlt: true },
  'AFG-1746': { en: ['Jowzjan', 'Jawzjan'], noAlt: true },
  'AFG-3413': { en: ['Paktia', 'Paktiya'], noAlt: true },
  'AFG-1759': { en: ['Paktika'], noAlt: true },
  'AFG-1751': { en: ['Nimroz', 'Nimruz'], noAlt: true },
  'AFG-1764': { en: ['Nangarhar'], noAlt: true },
  'AFG-1744': { en: ['Balkh'], noAlt: true },
  // Iran: "Kurdistan" alone is the wider region
  'IRN-3241': { en: ['Kurdistan', 'Kordestan'], bare: false },
  'IRN-3210': { noAlt: true },
  'IRN-3228': { noAlt: true },
  // Saudi Arabia
  'SAU-1098': { en: ['Eastern Province', 'Ash Sharqiyah'], id: 'eastern_province', noAlt: true },
  'SAU-888': { en: ['Makkah', 'Mecca'], bare: false, noAlt: true },
  'SAU-845': { en: ['Madinah', 'Medina', 'Al Madinah'], bare: false, noAlt: true },
  'SAU-887': { en: ['Jazan', 'Jizan'], noAlt: true },
  'SAU-886': { en: ['Asir', 'Aseer'], noAlt: true },
  'SAU-861': { en: ['Northern Borders'], noAlt: true },
  'SAU-862': { en: ['Al-Jouf', 'Al Jouf', 'Jouf'], noAlt: true },
};

// Bare names that mostly mean something else: a person's name, a river, a mountain, a people, a wider region.
export const NOT_BARE = new Set(['Karen', 'Karin', 'Kashmir', 'Clare', 'Kerry', 'Isabel', 'Wallis', 'Cesar', 'Herrera', 'Guerrero',
  'Cortez', 'Mara', 'Saladin', 'Danube', 'Zambezi', 'Volta', 'Loire', 'Marne', 'Meuse', 'Moselle', 'Oise', 'Somme', 'Amur', 'Limpopo',
  'Balkan', 'Irrawaddy', 'Kilimanjaro', 'Zaire', 'Ashkhabad', 'Leningrad', 'Gorky', 'Chuvash', 'Kalmyk', 'Zealand', 'Pomeranian', 'Arakan',
  'Nile River', 'Babylon', 'Hauran', 'Jezireh', 'Amara', 'Jabar', 'Cher', 'Marca', 'Nort', 'Khiva', 'Wahda', 'Sobat', 'Evrey']);

// Forms two regions would share, given to the one reports mean.
export const OWN = {
  'Al-Jawf': 'YEM-335',
  'Al Jawf': 'YEM-335',
  'Eastern Province': 'SAU-1098',
};

// Regions Natural Earth lacks: newer first-level units, and groups of states that reports name as one
// region. `group`: the point is the mean of the Natural Earth label points of the rows whose `region` field
// has that value.
export const ADD = [
  { code: 'SD-GK', cc: 'SD', kind: 'state', bases: ['West Kordofan', 'Western Kordofan'], lat: 11.5, lon: 28.2 },
  { code: 'SD-DARFUR', cc: 'SD', kind: 'region', bases: ['Darfur'], group: 'Darfur', explicit: ['Darfur region'] },
  { code: 'SD-KORDOFAN', cc: 'SD', kind: 'region', bases: ['Kordofan', 'Kordufan'], group: 'Kordofan', explicit: ['Kordofan region'] },
  { code: 'ML-9', cc: 'ML', kind: 'region', bases: ['Ménaka', 'Menaka'], lat: 15.9, lon: 2.4, bare: false },
  { code: 'ML-10', cc: 'ML', kind: 'region', bases: ['Taoudénit', 'Taoudeni', 'Taoudenni'], lat: 22.0, lon: -4.5 },
  { code: 'LB-AK', cc: 'LB', kind: 'governorate', bases: ['Akkar'], lat: 34.53, lon: 36.2 },
  { code: 'LB-BH', cc: 'LB', kind: 'governorate', bases: ['Baalbek-Hermel', 'Baalbek Hermel'], lat: 34.2, lon: 36.4 },
  { code: 'YE-SU', cc: 'YE', kind: 'governorate', bases: ['Socotra', 'Soqotra'], lat: 12.5, lon: 53.9 },
];
