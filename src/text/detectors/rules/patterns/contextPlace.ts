/**
 * Places found by the words around them rather than by a lexicon of their own (type
 * `LOCATION`, source `rules/context-place`):
 * - regions smaller than a state: a compass word and a landform, capitalised or in capitals
 *   (`the Western Slope`, `NORTH SHORE`, `Upper Peninsula`, `South End`). Coasts are larger
 *   than a state and are kept (`East Coast`).
 * - a town and its place suffix (`Ashby Mill`, `Walnut Heights`): when the
 *   town is in the city lexicon, the suffix belongs to the name and is removed with it.
 * - counties, parishes and boroughs: one or two capitalised words before `County`, `Parish` or
 *   `Borough` (`Washtenaw County`, `St. Louis County`, `COOS COUNTY`), whatever the words
 *   (`Lake County`), but not a function or generic word (`the County`, `neighboring County`).
 * - employers: `works for X`, `works as a teacher in X`, `employed by X`, `CEO of X`, `owner of X`,
 *   `lost job with X`, `retired from X`, `driving truck for X`
 *   (one to three words).
 * - residence: `lives in X`, `lives alone in X`, `lives with family in X`, `resides in X`, `home in X`
 *   (one to three words);
 *   origin: `pt from X,` (a place name, then punctuation); `<facility> in X`.
 * - in upper-case notes, the words between a movement cue and a facility word
 *   (`ADMITTED TO TWO RIVERS MEDICAL CENTER`), even everyday words (type `HOSPITAL`).
 *
 * The words after an employer or residence cue stop at punctuation, at a function or clinical
 * word and at a generic word (`the city`, `a nursing home`, `senior housing`); in mixed-case
 * notes they must be capitalised. US states and countries are kept by the allow list.
 *
 * @module
 */
import { asScrubContext } from '../../../context.js';
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { STATE_NAME, classifyWord, isCityName, isClinicalAbbreviation, isStopWord, mkSpan } from './_lib.js';
import { cue, eachCuedMatch, prepareScans, scanUnits } from './_scan.js';
import { lineBefore } from '../../_clinicalNumbers.js';
import { isKindOfCare } from '../../_careKinds.js';
import { isWeekdayOrPlural } from '../../_calendarWords.js';

const SOURCE = 'rules/context-place';

const REGION =
  /\b(Eastern|Western|Northern|Southern|North|South|East|West|Upper|Lower|Central|EASTERN|WESTERN|NORTHERN|SOUTHERN|NORTH|SOUTH|EAST|WEST|UPPER|CENTRAL)\s{1,2}(Shore|Slope|Panhandle|Peninsula|Valley|Plains|Side|End|SHORE|SLOPE|PANHANDLE|PENINSULA|PLAINS)\b/g;

const PLACE_SUFFIX =
  /\b(?:Mills?|Heights|Springs|Falls|Hills|Village|Junction|Harbou?r|Shores|Crossing|Landing|MILLS?|HEIGHTS|SPRINGS|FALLS|HILLS|VILLAGE|JUNCTION|HARBOU?R|SHORES|CROSSING|LANDING)\b/g;
const TOWN_BEFORE = /([A-Za-z][A-Za-z'’]{2,30}(?:\s{1,2}[A-Za-z][A-Za-z'’]{2,30})?)\s{1,2}$/;

const COUNTY = /\b(?:(?:County|COUNTY|Parish|PARISH|Borough|BOROUGH)\b|Co\.(?=[ \t]{0,2}[),;]))/g;
/** The one or two capitalised words before `County` (`Washtenaw `, `Los Angeles `, `St. Louis `). */
const COUNTY_BEFORE = /((?:\p{Lu}[\p{L}'’-]{0,24}\.?[ \t]{1,2})?\p{Lu}[\p{L}'’-]{1,24})[ \t]{1,2}$/u;
/** Words before `County` that do not name one. */
const COUNTY_GENERIC =
  /^(?:this|that|same|other|another|neighboring|neighbouring|adjacent|local|home|each|every|any|which|whose|our|his|her|their|your|my|its|nearby|surrounding|rural|whole|entire|state|one|different|next|outside|out|per|of|the|a|an|in|by|for|from|to|at|no)$/i;

/** Trades whose holder's employer follows `at`, `for` or `with` (`cashier at X`, `welder for X`). */
const OCCUPATIONS = ['cashier', 'seamstress', 'tailor', 'welder', 'roofer', 'teacher', 'mechanic', 'clerk', 'cook', 'janitor', 'custodian', 'laborer', 'labourer', 'miner', 'rancher', 'foreman', 'machinist', 'electrician', 'plumber', 'carpenter', 'bartender', 'waitress', 'waiter', 'dishwasher', 'housekeeper', 'barber', 'hairdresser', 'stylist', 'landscaper', 'trucker', 'dispatcher', 'firefighter', 'pastor', 'professor', 'instructor', 'salesman', 'saleswoman', 'receptionist', 'secretary', 'accountant', 'engineer', 'technician', 'supervisor', 'installer', 'picker', 'packer', 'driver', 'chef', 'baker', 'butcher', 'farmer', 'fisherman', 'deckhand', 'logger', 'lineman', 'painter', 'bricklayer', 'drywaller', 'framer', 'operator', 'programmer', 'developer', 'analyst', 'contractor', 'worker', 'employee', 'associate', 'teller', 'agent', 'guard', 'nanny', 'babysitter', 'tutor', 'coach', 'librarian', 'lawyer', 'attorney', 'paralegal', 'banker', 'realtor', 'broker', 'salesperson', 'representative', 'courier', 'pipefitter', 'boilermaker', 'millwright', 'assembler', 'fabricator', 'inspector', 'superintendent', 'stocker', 'barista', 'hostess', 'server', 'groundskeeper', 'farmhand', 'manicurist', 'paraprofessional', 'student', 'volunteer', 'officer', 'deputy', 'trooper', 'handler', 'steward', 'stewardess', 'attendant', 'porter', 'loader', 'sorter', 'trimmer', 'deboner', 'captain', 'seaman', 'sailor', 'pilot', 'conductor', 'aide', 'manager', 'cleaner', 'mover', 'crewman'];
const EMPLOYER = new RegExp(
  String.raw`\b(?:works?\s{1,2}as\s{1,2}an?\s{1,2}[a-z]{3,20}(?:\s{1,2}[a-z]{3,20})?\s{1,2}(?:in|at|for)|works\s{1,2}(?:for|at)|working\s{1,2}(?:for|at)|worked\s{1,2}(?:for|at)|employed\s{1,2}(?:by|at)|employee\s{1,2}of|ceo\s{1,2}of|president\s{1,2}of|owner\s{1,2}of|(?:owns|owned|runs|manages|managed)(?=\s{1,2}(?:the\s{1,2})?[A-Z])|jobs?\s{1,2}(?:with|at)|retired\s{1,2}from|(?:drives|driving|drove)\s{1,2}(?:(?:a\s{1,2})?(?:[a-z]{3,12}\s{1,2})?truck\s{1,2}(?:again\s{1,2})?)?for|(?:work|school|return[- ]to[- ]work|rtw|fmla|disability|excuse)\s{1,2}(?:note|notes|letter|letters|form|forms|paperwork|slip)\s{1,2}(?:(?:faxed|sent|given)\s{1,2})?(?:for|to)|employer\s{0,2}:?|(?:${OCCUPATIONS.join('|')})s?\s{1,2}(?:at|for|with))\s{1,2}(?:the\s{1,2})?`,
  'gi',
);
const RESIDENCE = /\b(?:lives|living|resides|residing|home)\s{1,2}(?:alone\s{1,2}|by\s{1,2}(?:him|her)self\s{1,2}|with\s{1,2}(?:(?:his|her|their)\s{1,2})?[a-z]{3,12}\s{1,2}|(?:over|out|up|down|back)\s{1,2})?in\s{1,2}(?:the\s{1,2}(?=\p{Lu}))?/giu;
const WORD = /\p{L}[\p{L}\p{M}'’&-]{0,30}/uy;
/** "PT FROM BUHL, LIVES WITH", "patient is originally from Quillby.": where the patient comes from. */
/** Countries (and a few regions abroad) that follow a town and a comma when a note says where someone is from. */
const COUNTRIES =
  'afghanistan albania algeria angola argentina armenia australia austria azerbaijan bangladesh belarus belgium belize benin bhutan bolivia ' +
  'bosnia brazil bulgaria burma burundi cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus czechia denmark djibouti ' +
  'drc ecuador egypt england eritrea estonia ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea ' +
  'guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo ' +
  'kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania macedonia madagascar malawi malaysia mali mauritania mexico micronesia ' +
  'moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway pakistan palestine panama ' +
  'paraguay peru philippines poland portugal romania russia rwanda samoa scotland senegal serbia sierra somalia spain sudan suriname sweden ' +
  'switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela ' +
  'vietnam wales yemen zambia zimbabwe';
const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES.split(' '));
/**
 * A town, a comma and its country (`born Rzeszów, Poland`, `Uvira, South Kivu, DRC`, `Praia, Cabo
 * Verde`, `from Homs, Syria`): the town abroad someone comes from. `m[1]` the town; the country
 * (also `Cabo Verde`, `El Salvador`, `Sri Lanka`, `South Sudan`, `Burkina Faso`, `Dominican
 * Republic`, `Costa Rica`) is not PHI and stays.
 */
const TOWN_COMMA_COUNTRY = new RegExp(
  `(?<![\\p{L}\\p{M}'’-])(\\p{Lu}[\\p{L}\\p{M}'’-]{2,24}(?:[ \\t]\\p{Lu}[\\p{L}\\p{M}'’-]{1,24})?),[ \\t]{1,2}(?=(?:${COUNTRIES.replace(/ /g, '|')}|cabo[ \\t]verde|cape[ \\t]verde|el[ \\t]salvador|sri[ \\t]lanka|south[ \\t]sudan|burkina[ \\t]faso|dominican[ \\t]republic|costa[ \\t]rica|south[ \\t]korea|south[ \\t]africa|sierra[ \\t]leone|ivory[ \\t]coast|puerto[ \\t]rico)(?![\\p{L}\\p{M}]))`,
  'giu',
);
const COUNTRY_CUE = cue(`${COUNTRIES} cabo cape el sri south burkina dominican costa ivory puerto`);
const ORIGIN = /\b(?:pt|patient|he|she|originally)\s{1,2}(?:is\s{1,2}|was\s{1,2})?(?:originally\s{1,2})?from\s{1,2}(?=[A-Za-z][A-Za-z'’-]{2,30}(?:\s{1,2}[A-Za-z][A-Za-z'’-]{2,30})?\s{0,2}[,.;])/gi;
/** "<facility> in <town>": "Ashgrove Hospital in Quillby", "MAPLE MANOR IN FENWICK". */
/** A facility's head, a comma and its town closing the phrase: `Saint Francis ER, Tulsa`, `Foothills Medical Centre, Calgary`. */
/**
 * A facility or a practice, a comma or a dash, then its town (`Cary Medical Center, Caribou (outside
 * PACS)`, `Island Health Care, Edgartown - within 2 wks`, `Valley Blvd Family Medicine - Rosemead`,
 * `Flint Hills Community Clinic, Emporia KS`): the town closes the phrase, before punctuation, a
 * bracket, a dash, a state's code or the line's end.
 */
/** A facility's own heads (`Hospital`, `Clinic`, `VAMC`): any town may follow them. */
const FACILITY_OWN_HEAD = String.raw`hospital|hosp|medical[ \t]{1,2}cent(?:er|re)|cent(?:er|re)|clinic|infirmary|health|healthcare|rehab|er|ed|institute|campus|va|vamc`;
const FACILITY_OWN_HEAD_FIRST = new RegExp(`^(?:${FACILITY_OWN_HEAD})\\b`, 'i');
const FACILITY_COMMA_TOWN = new RegExp(
  String.raw`\b(?:${FACILITY_OWN_HEAD}|care|associates|medicine|practice|physicians|pharmacy|imaging|radiology|nicu|picu|icu)[ \t]{0,2}(?:,|[ \t][-–—]{1,2})[ \t]{1,2}(\p{Lu}[\p{L}'’-]{2,24}(?:[ \t]\p{Lu}[\p{L}'’-]{2,24})?)(?=[ \t]{0,2}(?:[.;,)]|\r?\n|$)|[ \t]{1,2}(?:\(|[-–—][ \t]|[a-z]{2}\b))`,
  'giu',
);
const FACILITY_COMMA_CUE = cue('hospital hosp medical center centre clinic infirmary health healthcare care rehab er ed institute campus va vamc associates medicine practice physicians pharmacy imaging radiology nicu picu icu');
const FACILITY_IN = /\b(?:hospital|hosp|medical\s{1,2}center|rehab|manor|nursing\s{1,2}home|clinic|infirmary)\s{1,2}in\s{1,2}/gi;
/**
 * Upper-case notes: the words between a movement cue and a facility word name the facility even
 * when they are everyday words ("ADMITTED TO TWO RIVERS MEDICAL CENTER").
 */
const CUED_FACILITY =
  /\b(?:ADMITTED|TRANSFERRED|TRANSFER|FAXED|SENT|DISCHARGED|D\/C|GO|WENT|TAKEN|RETURNED|AT)\s{1,2}(?:BACK\s{1,2})?(?:TO|FROM|AT)?\s{0,2}(?:THE\s{1,2})?((?:[A-Z][A-Z'’-]{1,24}\s{1,2}){1,3})(?=HOSPITAL|MEDICAL\s{1,2}CENTER|REHAB|MANOR|NURSING\s{1,2}HOME|CLINIC)/g;
/** Generic words that do not name a facility ("THE", "COMMUNITY", "OUTSIDE"). */
const FACILITY_GENERIC = /^(?:THE|A|AN|THIS|THAT|OUTSIDE|OTHER|ANOTHER|SAME|PREVIOUS|PRIOR|LOCAL|COMMUNITY|GENERAL|STATE|COUNTY|CITY|VA|OSH|NEAREST|NEW|OLD|HIS|HER|THEIR|A\/C|ACUTE|CHRONIC|REHAB|PSYCH|PSYCHIATRIC|NURSING|CHILDREN'?S|WOMEN'?S|UNIVERSITY|TEACHING|PRIVATE|REGIONAL|MEMORIAL)$/;

/** Words after an employer or residence cue that name a kind of place, not a particular one. */
const GENERIC =
  /^(?:city|town|state|county|government|federal|adult|child|children|protective|human|social|veterans|company|firm|business|family|himself|herself|themselves|school|college|university|hospital|church|home|house|apartment|apt|condo|condominium|senior|elderly|assisted|independent|living|housing|facility|nursing|group|shelter|building|area|community|country|countryside|suburbs?|neighborhood|neighbourhood|region|place|retirement|mobile|trailer|basement|room|unit|farm|military|army|navy|police|fire|department|post|office|store|restaurant|bank|factory|construction|plant|mill|airline|railroad|local|private|public|same|new|own|small|large|big|rural|downtown|nearby|years?|months?|weeks?|days?|now|currently|still|full|part|time|cath|lab|icu|ccu|micu|sicu|csru|pacu|ct|mri|radiology|surgery|dialysis|rehab|floor|ward|osh|snf|endoscopy|pre-op|post-op|[a-z]{1,2})$/i;

// Cues (see _scan.ts): each regex runs only where one of its first words occurs.
const REGION_CUE = cue('eastern western northern southern north south east west upper lower central');
const COUNTY_CUE = cue('county parish borough co');
const PLACE_SUFFIX_CUE = cue('mill mills heights springs falls hills village junction harbor harbour shores crossing landing');
const EMPLOYER_CUE = cue(`work works working worked employed employee ceo president owner owns owned runs manages managed job jobs retired drives driving drove employer school return rtw fmla disability excuse ${OCCUPATIONS.join(' ')} ${OCCUPATIONS.map((o) => `${o}s`).join(' ')}`);
/**
 * An industrial site by its owner's name: `at the Dodge Main plant`, `at the JBS beef plant`,
 * `at the Blue Diamond No. 4 mine`, `for the Valero refinery` (capitalised words before the kind
 * of site; in mixed-case notes only).
 */
const INDUSTRIAL_SITE =
  /\b(?:at|for|from|in|on)[ \t]{1,2}the[ \t]{1,2}((?:[A-Z][A-Za-z0-9'’&.-]{0,24}|No\.?[ \t]{1,2}\d{1,3})(?:[ \t]{1,2}(?:[A-Z][A-Za-z0-9'’&.-]{0,24}|&|No\.?[ \t]{1,2}\d{1,3}|\d{1,3})){0,3})[ \t]{1,2}(?:(?:beef|pork|poultry|chicken|meat|meatpacking|packing|steel|paper|auto|assembly|coal|power|chemical|processing|bottling|distribution|cement|glass|tire|gas|oil)[ \t]{1,2})?(?:plant|mine|mill|refinery|factory|warehouse|shipyard|foundry|smelter|rig|depot)s?\b/g;
const INDUSTRIAL_SITE_CUE = cue('at for from in on');
/** A trade union's local by its number: `Boilermakers Local 914`, `IBEW Local 134`, `Teamsters Local 727`. */
const UNION_LOCAL = /\b(\p{Lu}[\p{L}'’&-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’&-]{1,30}){0,2})[ \t]{1,2}Local[ \t]{1,2}#?\d{1,4}[A-Z]?\b/gu;
const UNION_LOCAL_CUE = cue('local');
/**
 * Cross streets where someone lives or stays: `lives near 79th and Cottage Grove`, `near Division
 * and California`, `corner of 149th & Grand Concourse`. `m[1]` and `m[2]` the two streets.
 */
const CROSS_STREETS =
  /\b(?:near|corner[ \t]{1,2}of)[ \t]{1,2}(?:the[ \t]{1,2})?(\d{1,3}(?:st|nd|rd|th)(?:[ \t]{1,2}(?:St|Street|Ave|Avenue))?|\p{Lu}[\p{L}'’.-]{1,24}(?:[ \t]{1,2}\p{Lu}[\p{L}'’.-]{1,24})?)[ \t]{1,2}(?:and|&)[ \t]{1,2}(\d{1,3}(?:st|nd|rd|th)(?:[ \t]{1,2}(?:St|Street|Ave|Avenue))?|\p{Lu}[\p{L}'’.-]{1,24}(?:[ \t]{1,2}\p{Lu}[\p{L}'’.-]{1,24})?)/gu;
const CROSS_STREETS_CUE = cue('near corner');
/** Words before cross streets that say someone lives or stays there. */
const DWELLING_BEFORE = /\b(?:lives?|living|lived|resides?|residing|stays?|staying|sleeps?|sleeping|home|apartment|apt|house|shelter|found|moved)\b[^.;:!?\n]{0,30}$/i;
/** After cross streets: a service or a facility word makes them a department (`Head and Neck clinic`). */
const SERVICE_AFTER = /^[ \t]{1,2}(?:clinic|center|centre|service|surgery|team|oncology|cancer|program|unit|department|dept|institute)\b/i;
const RESIDENCE_CUE = cue('lives living resides residing home');
/** Words that close a town's name typed in lower case (`tullow falls`, `cedar springs`). */
const LOWER_TOWN_SUFFIX = /^(?:falls|springs|heights|hills|village|junction|harbor|harbour|city|creek|lake|beach|center|centre|crossing|landing|mills?|ridge|valley|point|bay)$/;
const FACILITY_IN_CUE = cue('hospital hosp medical rehab manor nursing clinic infirmary');
const ORIGIN_CUE = cue('pt patient he she originally');
/**
 * Where a person or their family is, was or goes, by a verb of life or travel: `Family from Sylhet`,
 * `what happened in Enugu`, `wife and son remain in Fuzhou`, `going home to Fuzhou`, `emigrated from
 * Mukachevo`, `lived in Dadaab`, `diagnosed in Kharkiv`, `From Enugu;` opening a line or a
 * sentence, and a relative in a place (`Brother in Praia`, `Daughter in Tegucigalpa sends money`,
 * `Wife is still in Battambang`). The place is a capitalised word no list knows (a town the
 * lexicons hold is found by them), one or two words, closing the clause, or followed by a phone
 * number or a word in lower case.
 */
const LIFE_PLACE =
  /\b(?:(?:(?:[Ff]amily|[Pp]arents|[Rr]elatives|[Mm]other|[Ff]ather|[Mm]om|[Dd]ad|[Ww]ife|[Hh]usband|[Ss]on|[Dd]aughter|[Ss]ister|[Bb]rother|[Cc]ousin|[Gg]randmother|[Gg]randfather|[Uu]ncle|[Aa]unt)s?|[Tt]hey|[Ww]e)[ \t]{1,2}(?:(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere)[ \t]{1,2})?(?:(?:[Oo]riginally|still|now|back|living|staying)[ \t]{1,2})?(?:from|in)|(?:[Ee]migrated|[Ii]mmigrated|[Cc]ame|[Ff]led|[Aa]rrived|[Vv]isiting|[Dd]eported|[Cc]alls|[Cc]alled|[Cc]alling|[Ww]rites|[Ww]rote|[Ff]lying|[Ff]lew|[Ff]lown)[ \t]{1,2}(?:[Hh]ere[ \t]{1,2}|[Ii]n[ \t]{1,2})?from|(?:[Bb]orn|[Rr]aised|[Gg]rew[ \t]{1,2}up|[Rr]emains?|[Rr]emained|[Hh]appened|[Bb]uried|[Ll]ived|[Dd]iagnosed|[Ss]tationed|[Dd]eployed|[Ss]tudied)[ \t]{1,2}in|(?<=(?:^|\n|[.;:][ \t]{1,2})[ \t]{0,3})[Ff]rom|(?:[Gg]oing[ \t]{1,2}home|[Ww]ent[ \t]{1,2}home|[Bb]ack[ \t]{1,2}home|[Dd]eported|[Tt]rip|[Tt]ravel(?:ed|led|ing|s)?|[Ff]lying|[Ff]lew)[ \t]{1,2}to)[ \t]{1,2}(?=\p{Lu}[\p{L}'’-]{2,30}(?:[ \t]{1,2}\p{Lu}[\p{L}'’-]{2,30})?[ \t]{0,2}(?:[,.;:!?)]|$|\n|[ \t]\+?\d|[ \t]\p{Ll}|[ \t](?:and|where|since|until|with|for|last|next|this|to|in|on|at|refugee|camp|village|province|district|region|city|town|county)\b))/gu;
const LIFE_PLACE_CUE = cue('calls called calling writes wrote family parents relatives they we mother father mom dad wife husband son daughter sister brother cousin grandmother grandfather uncle aunt moms dads wives husbands sons daughters sisters brothers cousins grandmothers grandfathers uncles aunts emigrated immigrated came fled arrived visiting deported born raised grew remain remains remained happened buried going went back trip travel traveled travelled traveling travels flying flew lived diagnosed stationed deployed studied from');
/**
 * A place by the distance to it, or a ranch or farm outside it: `38 miles past Roundup`, `~40 min
 * from Shiprock`, `45 mi of dirt road from Teec Nos Pos`, `20 km north of Kayenta`, `ranch outside
 * Roundup`. What follows must be capitalised (checked by the caller: no department or kind of care,
 * `10 min from ED`).
 */
const DISTANCE_FROM =
  /(?:\b\d{1,4}(?:\.\d)?[ \t]{0,2}(?:mi|miles?|km|kilometers?|kilometres?|min|mins|minutes?|hrs?|hours?)(?:[ \t]{1,2}(?:of[ \t]{1,2})?(?:dirt|gravel|paved|rough|back)?[ \t]{0,2}roads?)?|\b(?:[Rr]anch|[Ff]arm|[Hh]omestead|[Cc]abin|[Pp]roperty|[Aa]llotment)(?:[ \t]{1,2}just)?)[ \t]{1,2}(?:past|from|outside(?:[ \t]{1,2}of)?|beyond|(?:north|south|east|west|northeast|northwest|southeast|southwest)[ \t]{1,2}of|away[ \t]{1,2}from|near)[ \t]{1,2}(?=\p{Lu})/gu;
const DISTANCE_FROM_CUE = cue('mi mile miles km kilometers kilometres kilometer kilometre min mins minute minutes hr hrs hour hours ranch farm homestead cabin property allotment');
/** Verbs of being carried by air, road or water, shared by CARRIED_FROM and CARRIED_BY. */
const CARRY_VERBS = ['flown', 'flew', 'airlifted', 'air-lifted', 'medevaced', "medevac'd", 'evacuated', 'transported', 'driven', 'ferried'];
const CARRY_FROM_VERBS = [...CARRY_VERBS, 'boated'];
/** Verbs of a patient's coming, after which a service that carried them may be named (`transferred via X`, `arrived on X`). */
const CARRY_BY_VERBS = [...CARRY_VERBS, 'transferred', 'transfer', 'arrived', 'brought', 'taken', 'came'];
/** The cue words of verbs (their first token: `air-lifted` → `air`, `medevac'd` → `medevac`). */
const verbCue = (verbs: readonly string[]): string => verbs.map((v) => v.split(/[-']/)[0]).join(' ');
/** Carried from a place by air, road or water: `flown in from Utqiagvik`, `medevaced from Bethel`, `ferried over from Vashon`. */
const CARRIED_FROM = new RegExp(`\\b(?:${CARRY_FROM_VERBS.join('|')})[ \\t]{1,2}(?:(?:in|down|up|over|out)[ \\t]{1,2})?from[ \\t]{1,2}`, 'gi');
/** A weekday, a month or a relative day right ahead (`Monday`, `Tues`, `June`, `tomorrow`). */
const DAY_OR_MONTH_AHEAD = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|today|tomorrow|tonight)/i;
/** Carried by a named service: `flown by Plains Air Rescue`, `transferred via DHART`, `arrived on Arctic Wings`. */
const CARRIED_BY = new RegExp(
  `\\b(?:${CARRY_BY_VERBS.map((v) => `[${v[0]}${v[0]!.toUpperCase()}]${v.slice(1)}`).join('|')})[ \\t]{1,2}(?:(?:in|down|up|over|out|here|back)[ \\t]{1,2})?(?:by|via|on)[ \\t]{1,2}(?=\\p{Lu})`,
  'gu',
);
const CARRIED_BY_CUE = cue(verbCue(CARRY_BY_VERBS));
const CARRIED_FROM_CUE = cue(verbCue(CARRY_FROM_VERBS));
const CUED_FACILITY_CUE = cue('admitted transferred transfer faxed sent discharged d go went taken returned at');

/** `the`, one or two capitalised words and a word for a part of town (`the Northbend neighborhood`). `m[1]` the name. */
const NEIGHBOURHOOD = /\bthe[ \t]{1,2}(\p{Lu}[\p{L}'’-]{2,20}(?:[ \t]\p{Lu}[\p{L}'’-]{2,20})?)[ \t]{1,2}(?:neighborhood|neighbourhood|district|projects|barrio)\b/gu;
/** A road by its number: `Route 24`, `Rte. 9`, `Highway 101`, `I-290` (not the isotopes I-123, I-125, I-131); in lower case after a word of travel (`off route 70`; a drug's `route` is no road); a farm-to-market, county or state road after a word of place (`off FM 1788`, `on CR 412`, `near SR-20`; never a value: `on CR 1.2`). */
const ROAD = /\b(?:(?:Route|Rte\.?|Highway|highway|Hwy\.?|hwy\.?|HWY\.?|Interstate)[ \t]{1,2}\d{1,3}[A-Za-z]?|(?<=\b(?:off|on|via|near|down|up|take|took)[ \t]{1,2})(?:route|rte\.?|Rt\.?)[ \t]{1,2}\d{1,3}[a-zA-Z]?(?![ \t]{0,2}(?:sides?|arms?|legs?|hands?|feet|foot|eyes?|ears?|cm|mm|in|fingers?|toes?|lobes?|ribs?|x)\b)|(?<=\b(?:off|on|via|near|at|down|up|take|took)[ \t]{1,2}(?:[NSEW]\.?[ \t]{1,2})?)(?:\d{1,2}|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty)[ \t]Mile(?![ \t]{1,2}(?:walk|run|hike|radius|drive|trip|away|from|of)\b)|I-(?!12[35]\b|131\b)\d{2,3}|(?<=\b(?:off|on|via|near|at|down|up|take|took|along)[ \t]{1,2})(?:FM|RM|CR|SR|SH|FR)[ \t-]?\d{1,4}(?![.,]\d|[ \t]{0,2}(?:mg|mcg|ml|mL|%|units?)\b))\b/g;
const ROAD_CUE = cue('route rte rt highway hwy interstate i mile fm rm cr sr sh fr');
/**
 * A road named by letters: `Avenue Q`, `County Rd K`, `County Highway KK`, `Hwy AA`, `Route J`
 * (after `Route` one letter only: `Route IV` is how a drug is given).
 */
const LETTER_ROAD = /\b(?:County[ \t]{1,2}(?:Road|Rd\.?|Highway|Hwy\.?|Trunk)|Avenue|Ave\.?|Highway|Hwy\.?)[ \t]{1,2}[A-Z]{1,2}(?![\p{L}\d'’-])|\b(?:Route|Rte\.?)[ \t]{1,2}[A-HJ-UW-Z](?![\p{L}\d'’-])/gu;
const LETTER_ROAD_CUE = cue('county avenue ave highway hwy route rte');
/**
 * A branch named by its place, after `our`, `the`, `their` or a bracket, or after a facility's
 * comma (`our Globe office`, `(Homestead location)`, `(South Sac site)`, `Clinic, Meridian
 * office`): one to three capitalised words before `office`, `site`, `location`, `campus` or
 * `branch`. `m[1]` the place's words (the caller refuses kinds of care and desks: `the Billing
 * office`, `our Cardiology site`).
 */
const BRANCH_PLACE = /(?:(?<=\b(?:our|the|their|its)[ \t]{1,2})|(?<=\([ \t]{0,2})|(?<=\p{Ll},[ \t]{1,2}))(\p{Lu}\p{Ll}{1,20}(?:[ \t]\p{Lu}\p{Ll}{1,20}){0,2})[ \t]{1,2}(?:office|site|location|campus|branch)\b/gu;
const BRANCH_PLACE_CUE = cue('office site location campus branch');
/** Words before `office` or `site` that name a desk or a kind of place, not where it is. */
const BRANCH_NOT_PLACE = /^(?:main|front|back|home|head|central|business|billing|registration|admissions|records|satellite|regional|local|new|old|field|county|state|federal|post|dental|medical|social|district|corporate|admin|administrative|doctor|doctors|provider|clinic|hospital|research|study|trial|testing|vaccine|vaccination|infusion|injection|surgical|procedure|downtown|uptown|north|south|east|west|northern|southern|eastern|western|primary|secondary|other|same|this|that|each|every|another|remote|virtual|telehealth|outpatient|inpatient|community|rural|urban|city|town|village|tribal|school|court|probation|parole|legal|insurance|payer|pharmacy|lab|laboratory|imaging|radiology|scheduling|referral|referrals|intake|triage|wic|va|dhs|dss|cps|ssa|center|centre|institute|unit|department|dept|service|services|program|group|practice|associates|cancer|heart|kidney|eye|skin|bone|joint|spine|brain|children|childrens|women|womens|family|health|wellness|care|sleep|pain|wound|diabetes|transplant|dialysis)$/i;
/**
 * A state's road by its code and number (`off NM-22`, `via M-28`, `"KY-38 past Evarts`): after a
 * word of travel or an opening quote, or before one (`past`, `north`, `exit`). Codes that are
 * also clinical words are left out (`IL-6`, `CA-125`, `OR-1`, `ID`, `MD`, `MS`, `CO`, `IN`, `LA`).
 */
const STATE_ROUTE =
  /(?:(?<=\b(?:off|on|onto|via|near|down|up|take|took|along)[ \t]{1,2})|(?<=["“][ \t]{0,2}))(?:AL|AK|AZ|AR|CT|DE|FL|GA|HI|IA|KS|KY|ME|MI|MN|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|US|M)-\d{1,3}(?![\d\p{L}]|[.,]\d|[ \t]{0,2}(?:mg|mcg|ml|mL|%|units?)\b)|(?<![\p{L}\d-])(?:AL|AK|AZ|AR|CT|DE|FL|GA|HI|IA|KS|KY|ME|MI|MN|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|US|M)-\d{1,3}(?=[ \t]{1,2}(?:past|north|south|east|west|exit|mile|toward|towards)\b)/gu;
const STATE_ROUTE_CUE = cue('al ak az ar ct de fl ga hi ia ks ky me mi mn mo mt ne nv nh nj nm ny nc nd oh ok pa ri sc sd tn tx ut vt va wa wv wi wy us m');
/**
 * A named holding or settlement of the countryside: `Bar Seven Ranch`, `Blackfeet Reservation`,
 * `Fairview Hutterite Colony`, `Bakken Crew Lodge`, `Willow Creek Trailer Park` (mixed-case notes;
 * the name words capitalised and not everyday words alone). `m[1]` the name words.
 */
const NAMED_HOLDING =
  /(?<![\p{L}\d'’-])((?:\p{Lu}[\p{L}'’-]{1,24}[ \t]{1,2}){1,3})(?:Ranch|Reservation|Rancheria|Colony|Homestead|Farms?|Dairy|Feedlot|Orchards?|Vineyards?|Trailer[ \t]Park|Mobile[ \t]Home[ \t]Park|RV[ \t]Park|Campground|Lodge)(?![\p{L}\d])/gu;
const NAMED_HOLDING_CUE = cue('ranch reservation rancheria colony homestead farm farms dairy feedlot orchard orchards vineyard vineyards trailer mobile rv campground lodge');
/**
 * A named feature of the land or water, where someone lives, works or was hurt: `Twin Lakes`, `Lumber
 * River`, `Pigeon Creek`, `Friday Harbor`, `Sea Island` (mixed-case notes; one or two capitalised words
 * before the feature's word). `m[1]` the name words. Not a disease named after one (`Rocky Mountain
 * spotted fever`, `Ross River virus`, `Valley fever`).
 */
const NAMED_FEATURE =
  /(?<![\p{L}\d'’-])((?:\p{Lu}[\p{L}'’-]{1,24}[ \t]{1,2}){1,2})(?:River|Creek|Lakes?|Mountains?|Bay|Island|Islands|Harbor|Harbour|Canyon|Valley|Falls|Ridge|Beach|Sound|Inlet|Glacier|Hollow|Bayou|Butte|Trailhead|trailhead|Trail)(?![\p{L}\d])(?![ \t]{1,2}(?:spotted|fever|virus|disease|encephalitis|syndrome|sign|tick)\b)/gu;
/** A port by name: `the Port of Duluth-Superior`, `Port of Tacoma`. `m[1]` the name. */
const PORT_OF = /\b[Pp]ort[ \t]{1,2}of[ \t]{1,2}(\p{Lu}\p{Ll}[\p{L}'’]{1,23}(?:[- ]\p{Lu}\p{Ll}[\p{L}'’]{1,23}){0,2})(?![\p{L}])/gu;
const PORT_OF_CUE = cue('port');
const NAMED_FEATURE_CUE = cue('river creek lake lakes mountain mountains bay island islands harbor harbour canyon valley falls ridge beach sound inlet glacier hollow bayou butte trailhead trail');
/** A house number, a compass letter and a street's name with no suffix after `on`/`at`: `on 400 N Main`, `at 1210 W Sunset`. */
const STREET_NO_SUFFIX = /\b(?:on|at)[ \t]{1,2}(\d{3,5}[ \t]{1,2}[NSEW]\.?[ \t]{1,2}\p{Lu}\p{Ll}{2,24})(?![\p{L}\d])/gu;
const STREET_NO_SUFFIX_CUE = cue('on at');
/** A mile marker (`mile marker 142`, `MM 61` beside a road): where on a rural road someone lives or was found. */
const MILE_MARKER = /\b(?:[Mm]ile[ \t]{1,2}(?:[Mm]arker|[Pp]ost)|MILE[ \t]{1,2}(?:MARKER|POST)|MM)[ \t]{0,2}#?\d{1,3}(?:\.\d)?\b/g;
const MILE_MARKER_CUE = cue('mile mm');
/** A road near an `MM` (which is also millimetres and myeloma): `past MM 61 on Hwy 51`. */
const ROAD_NEAR = /\b(?:hwy|highway|route|rte|interstate|i-\d|county[ \t]road|cr[ \t]\d|exit|turnoff|ranch|road|rd)\b/i;
/**
 * A vessel by name: after `F/V`, `M/V`, `S/V`, `R/V`, a navy's prefix (`the F/V Northern Tern`, `M/V Taku
 * Sound`, `USS Carrick Bay`), or
 * quoted or after `, the` beside a word for a boat (`the trawler "Miss Hanh III"`, `his boat, the Miss
 * Evangeline`). `m[1]` the name.
 */
const VESSEL =
  /(?:\b[FMSR]\/[Vv][ \t]{1,2}["“]?|\b(?:USS|USNS|USCGC|HMS|HMCS|HMAS)[ \t]{1,2}|\b(?:trawler|vessel|boat|seiner|gillnetter|crabber|longliner|tug|tugboat|yacht|sailboat|schooner|dragger|skiff)(?:,[ \t]{1,2}the[ \t]{1,2}|[ \t]{1,2}(?:the[ \t]{1,2})?(?=["“]))|\b(?:carrier|freighter|tanker|ship|vessel|trawler|tug|ferry)[ \t]{1,2}(?:MV|MS|MT|SS|FV)[ \t]{1,2}(?=\p{Lu}\p{Ll}+[ \t]\p{Lu}))["“]?(\p{Lu}[\p{L}\p{M}'’-]{1,20}(?:[ \t](?:\p{Lu}[\p{L}\p{M}'’-]{1,20}|[IVX]{1,4}\b|\d{1,2}\b)){0,3})/gu;
/**
 * A military base or post by name: after its kind (`Fort Halvorsen`, `Camp Tullow`, `FOB Saleh`, `NAS
 * Pell Point`, `Naval Air Station Kettle Point`, `Joint Base Kettle Point`) or before it (`Kettle Point
 * AFB`, `Carrow Air Force Base`). `m[0]` the whole name.
 */
const MILITARY_BASE =
  /\b(?:(?:Fort|Ft\.|Camp|FOB|COP|NAS|NAVSTA|MCAS|MCB|JB|Naval[ \t](?:Air[ \t])?(?:Station|Base)|Air[ \t]Force[ \t]Base|Joint[ \t]Base|Marine[ \t]Corps[ \t](?:Base|Air[ \t]Station)|Army[ \t](?:Base|Post|Garrison)|Coast[ \t]Guard[ \t](?:Station|Base))[ \t]{1,2}\p{Lu}[\p{Ll}'’-]{1,20}(?:[ \t]{1,2}\p{Lu}[\p{Ll}'’-]{1,20}){0,2}|\p{Lu}[\p{Ll}'’-]{1,20}(?:[ \t]{1,2}\p{Lu}[\p{Ll}'’-]{1,20}){0,2}[ \t]{1,2}(?:AFB|ANGB|Air[ \t]Force[ \t]Base|Naval[ \t](?:Air[ \t])?Station|Army[ \t]Airfield))(?![\p{L}\d])/gu;
const MILITARY_BASE_CUE = cue('fort ft camp fob cop nas navsta mcas mcb jb naval air joint marine army coast afb angb');
/** The `V` of `F/V` (the scan starts two characters before it), a navy's prefix or a word for a boat: not `f`, `m`, `s`, `r`, which open every `s/p` and `r/o`. */
/**
 * An air-medical service by name (`Summit AirCare 2`, `Valley AirCare`, `flown in by LifeLine 4`,
 * `Mercy Air Med 3`): capitalised words before the service's head, or the head and its unit
 * number. `m[1]` the words before (maybe empty), `m[2]` the head, `m[3]` the unit number.
 */
const AIR_SERVICE =
  /(?<![\p{L}\p{M}'’-])((?:\p{Lu}[\p{L}\p{M}'’-]{1,20}[ \t]{1,2}){0,3})(AirCare|Air[ \t]Care|AirMed|Air[ \t]Med|AirLife|Air[ \t]Life|LifeFlight|Life[ \t]Flight|LifeLine|MedFlight|Med[ \t]Flight|CareFlight|Care[ \t]Flight|AirEvac|Air[ \t]Evac)(?:[ \t]{1,2}(\d{1,2})(?![\d,:/]|\.\d))?(?![\p{L}\d])/gu;
const AIR_SERVICE_CUE = cue('aircare air airmed airlife lifeflight flight lifeline medflight careflight airevac');
/**
 * An airport by its three-letter code after a verb of flying (`lands at SFO`, `flew into ORD`,
 * `flight from DTW`): where the patient travels, a place. `m[1]` the code.
 */
const AIRPORT = /\b(?:(?:lands?|landing|landed|fly|flies|flying|flew|flown|flight|arrives?|arriving|arrived|departs?|departing|departed|connects?|connecting|layover)[ \t]{1,2}(?:in[ \t]{1,2}|at[ \t]{1,2}|into[ \t]{1,2}|to[ \t]{1,2}|from[ \t]{1,2}|out[ \t]{1,2}of[ \t]{1,2}|through[ \t]{1,2}|via[ \t]{1,2})|wheels[ \t]{1,2}(?:up|down)[ \t]{1,2}(?:in[ \t]{1,2}|at[ \t]{1,2}|from[ \t]{1,2})?)([A-Z]{3})(?![\p{L}\d-])/gu;
const AIRPORT_CUE = cue('wheels land lands landing landed fly flies flying flew flown flight arrive arrives arriving arrived depart departs departing departed connect connects connecting layover');
/**
 * A town naming a site of an employer (`Gulf Crescent Refining, Pasadena plant`, `the Dearborn
 * warehouse`): a town the lexicon holds, right before the site's word. `m[1]` the town.
 */
const TOWN_SITE = /(?<![\p{L}\d'’-])(\p{Lu}\p{Ll}{2,20}(?:[ \t]\p{Lu}\p{Ll}{2,20})?)[ \t]{1,2}(?:plant|refinery|terminal|mill|shipyard|mine|warehouse|depot|distribution[ \t]center|branch|campus|facility|site)\b/gu;
const TOWN_SITE_CUE = cue('plant refinery terminal mill shipyard mine warehouse depot distribution branch campus facility site');
/** Words before a helpline's head that make it no air service (`988 Suicide & Crisis Lifeline`). */
/**
 * An air-medical service or an airline by its head: `Help Flight`, `Guardian Flight 3`, `Mokulele
 * Airlines`, `Alaska Airways`. `m[1]` the capitalised name words, `m[2]` the head. The name words
 * are checked by the caller (no `Critical Care Flight`, `Return Flight`).
 */
const FLIGHT_OR_AIRLINE =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]{1,20}(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]{1,20}){0,2})[ \t]{1,2}(Flight(?:[ \t]{1,2}\d{1,2}(?![\d,:/]|\.\d))?|Airlines|Airways|Air[ \t]Lines)(?![\p{L}\d])/gu;
const FLIGHT_OR_AIRLINE_CUE = cue('flight airlines airways lines');
/** Words that name a kind of flight or crew, no service: `Critical Care Flight`, `Return Flight`. */
const NOT_FLIGHT_NAME =
  /^(?:the|by|via|on|from|with|and|or|our|your|his|her|their|a|an|to|in|of|for|critical|care|life|med|air|medical|rotor|rotary|fixed|wing|transport|team|first|next|last|long|short|international|domestic|commercial|connecting|direct|return|morning|evening|night|early|late|this|that|booked|scheduled|canceled|cancelled|delayed|missed|my|no|any|ems|icu|nicu|picu)$/i;
/** A veterans' post by its number: `VFW Post 1634`, `American Legion Post 12`. */
const VETERANS_POST = /\b(?:VFW|AMVETS|DAV|American[ \t]Legion|Legion)[ \t]{1,2}Post[ \t]{1,2}#?\d{1,5}\b/g;
const VETERANS_POST_CUE = cue('vfw amvets dav american legion');
const NOT_AIR_SERVICE = /^(?:the|by|via|on|from|with|and|or|critical|pediatric|paediatric|neonatal|adult|rotor|fixed|wing|crisis|suicide|support|national|help|peer|warm|caregiver|caregivers|veterans|poison|our|your|his|her|their|a|an|to|in|of|for)$/i;
const VESSEL_CUE = cue('v uss usns uscgc hms hmcs hmas carrier freighter tanker ship ferry trawler vessel boat seiner gillnetter crabber longliner tug tugboat yacht sailboat schooner dragger skiff');
prepareScans(MILITARY_BASE, BRANCH_PLACE, LETTER_ROAD, STATE_ROUTE, CARRIED_BY, FLIGHT_OR_AIRLINE, VETERANS_POST, DISTANCE_FROM, TOWN_SITE, TOWN_COMMA_COUNTRY, AIRPORT, LIFE_PLACE, AIR_SERVICE, VESSEL, CARRIED_FROM, NAMED_FEATURE, PORT_OF, NAMED_HOLDING, STREET_NO_SUFFIX, MILE_MARKER, UNION_LOCAL, CROSS_STREETS, INDUSTRIAL_SITE, FACILITY_COMMA_TOWN, ROAD, COUNTY, CUED_FACILITY, EMPLOYER, FACILITY_IN, ORIGIN, PLACE_SUFFIX, REGION, RESIDENCE);
/**
 * Pattern detector for places named by their context (type `LOCATION`; `HOSPITAL` for cued
 * facilities; `OTHER` for vessels).
 *
 * @example
 * ```ts
 * contextPlaceDetector.detect(createTextContext('on vacation on the Western Slope')); // span over "Western Slope"
 * ```
 */
export const contextPlaceDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['LOCATION', 'HOSPITAL', 'OTHER'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const { text } = ctx;
    const out: Span[] = [];
    const upper = ctx.isMostlyUpperCase;
    const lower = ctx.isMostlyLowerCase;

    if (!ctx.isCaseless) {
      eachCuedMatch(ctx, NAMED_FEATURE, NAMED_FEATURE_CUE, 60, (m) => {
        const words = m[1]!.trim().split(/[ \t]+/);
        // a name of its own: not function, heading or clinical words alone ("The River", "Gulf Coast"), and not a sentence's first word alone
        if (words.some((w) => isStopWord(w) || isClinicalAbbreviation(w) || isKindOfCare(w) || /^(?:trauma|sick|resus|resuscitation|bed|procedure|loading|ambulance|medical|surgical)$/i.test(w))) return;
        if (words.every((w) => classifyWord(w) === 'stop')) return;
        // a region of several states, not a place someone lives ("a Great Lakes port")
        if (/^great[ \t]{1,2}lakes$/i.test(m[0])) return;
        out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.6));
      }, (t, at) => { const ch = t[at] ?? ''; return ch !== ch.toLowerCase(); });
    }
    eachCuedMatch(ctx, PORT_OF, PORT_OF_CUE, 0, (m) => {
      const end = m.index + m[0].length;
      out.push(mkSpan(end - m[1]!.length, end, 'LOCATION', SOURCE, 0.7));
    });
    eachCuedMatch(ctx, AIR_SERVICE, AIR_SERVICE_CUE, 69, (m) => {
      // the service's own words: the capitalised words before its head, less articles and cues
      const words = m[1]!.split(/[ \t]+/).filter(Boolean);
      while (words.length > 0 && NOT_AIR_SERVICE.test(words[0]!)) words.shift();
      if (words.some((w) => NOT_AIR_SERVICE.test(w))) return;
      // the head alone names a kind of service; its unit number makes it one crew
      if (words.length === 0 && m[3] === undefined) return;
      const own = words.join(' ');
      const start = words.length === 0 ? m.index + m[1]!.length : m.index + m[1]!.indexOf(own);
      out.push(mkSpan(start, m.index + m[0].length, 'OTHER', SOURCE, 0.7));
    }, (t, at) => { const ch = t[at] ?? ''; return ch !== ch.toLowerCase(); });
    if (!upper && !lower) {
      eachCuedMatch(ctx, FLIGHT_OR_AIRLINE, FLIGHT_OR_AIRLINE_CUE, 72, (m) => {
        const words = m[1]!.split(/[ \t]+/);
        while (words.length > 0 && NOT_FLIGHT_NAME.test(words[0]!)) words.shift();
        if (words.length === 0 || words.some((w) => NOT_FLIGHT_NAME.test(w) || isClinicalAbbreviation(w))) return;
        const start = m.index + m[1]!.lastIndexOf(words.join(' '));
        out.push(mkSpan(start, m.index + m[0].length, 'OTHER', SOURCE, 0.65));
      }, (t, at) => { const ch = t[at] ?? ''; return ch !== ch.toLowerCase(); });
    }
    eachCuedMatch(ctx, VETERANS_POST, VETERANS_POST_CUE, 0, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'OTHER', SOURCE, 0.7)));
    eachCuedMatch(ctx, VESSEL, VESSEL_CUE, 2, (m) => {
      const v = m[1]!;
      const words = v.split(/[ \t]/);
      // a name, not a heading or a sentence going on ("F/V Crew", "M/V Ferry schedule")
      if (words.every((w) => isStopWord(w) || classifyWord(w) === 'stop')) return;
      // after a word for a boat (no F/V), one word of its own at least ("the boat, the ICU team")
      if (!m[0].includes('/') && !/^(?:USS|USNS|USCGC|HMS|HMCS|HMAS)|[ \t](?:MV|MS|MT|SS|FV)[ \t]/.test(m[0]) && words.every((w) => ['stop', 'common'].includes(classifyWord(w)) || isClinicalAbbreviation(w))) return;
      const start = m.index + m[0].length - v.length;
      out.push(mkSpan(start, m.index + m[0].length, 'OTHER', SOURCE, 0.7));
    });
    eachCuedMatch(ctx, MILITARY_BASE, MILITARY_BASE_CUE, 60, (m) => {
      // the name has a word of its own (`Camp Tullow`, not `Camp Counselor`)
      const words = m[0].split(/[ \t]{1,2}/);
      const name = /^(?:AFB|ANGB|Air|Naval|Army)$/.test(words[words.length - 1]!) || /(?:Force|Station|Airfield)$/.test(m[0]) ? words.slice(0, -1) : words.slice(1);
      if (name.every((w) => ['stop', 'common'].includes(classifyWord(w)) || isClinicalAbbreviation(w))) return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.7));
    });
    eachCuedMatch(ctx, MILE_MARKER, MILE_MARKER_CUE, 0, (m) => {
      if (m[0].startsWith('MM') && !ROAD_NEAR.test(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40))) return;
      out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.7));
    });
    eachCuedMatch(ctx, ROAD, ROAD_CUE, 8, (m) => {
      out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.7));
    });
    // (up to three words of 21 letters before the cue word: 66 characters back)
    eachCuedMatch(ctx, BRANCH_PLACE, BRANCH_PLACE_CUE, 66, (m) => {
      const words = m[1]!.split(/[ \t]/);
      // the place's own words: no desk, kind of care, everyday or clinical word among them, bar a direction before a name (`South Sac`)
      const named = words.filter((w, k) => !(k === 0 && words.length > 1 && /^(?:north|south|east|west)$/i.test(w)));
      if (named.some((w) => BRANCH_NOT_PLACE.test(w) || isKindOfCare(w) || isStopWord(w) || isClinicalAbbreviation(w))) return;
      out.push(mkSpan(m.index, m.index + m[1]!.length, 'LOCATION', SOURCE, 0.6));
    });
    eachCuedMatch(ctx, LETTER_ROAD, LETTER_ROAD_CUE, 0, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.7)));
    eachCuedMatch(ctx, STATE_ROUTE, STATE_ROUTE_CUE, 0, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.7)));
    eachCuedMatch(ctx, REGION, REGION_CUE, 0, (m) => {
      const a = m[1]!;
      const b = m[2]!;
      const caps = a === a.toUpperCase();
      // capitals only in an upper-case note, and both words in the same case
      if (caps !== (b === b.toUpperCase()) || (caps && !upper)) return;
      if (/^(?:Side|End)$/.test(b) && /^(?:Upper|Lower)$/.test(a)) return; // "upper end" of a range
      out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.7));
    });

    eachCuedMatch(ctx, PLACE_SUFFIX, PLACE_SUFFIX_CUE, 0, (m) => {
      const b = TOWN_BEFORE.exec(text.slice(Math.max(0, m.index - 66), m.index));
      if (!b) return;
      const town = b[1]!;
      const last = town.split(/\s+/).pop()!;
      const townStart = isCityName(town) ? m.index - b[0].length : isCityName(last) ? m.index - b[0].length + b[0].lastIndexOf(last) : -1;
      if (townStart < 0) return;
      const first = text[townStart]!;
      if (!ctx.isCaseless && !/[A-Z]/.test(first)) return;
      if ((m[0] === m[0].toUpperCase()) !== (text.slice(townStart, m.index).trim() === text.slice(townStart, m.index).trim().toUpperCase())) return;
      out.push(mkSpan(townStart, m.index + m[0].length, 'LOCATION', SOURCE, 0.7));
    });

    eachCuedMatch(ctx, COUNTY, COUNTY_CUE, 0, (m) => {
      const b = COUNTY_BEFORE.exec(text.slice(Math.max(0, m.index - 56), m.index));
      if (!b) return;
      const caps = m[0] === m[0].toUpperCase();
      let start = m.index - b[0].length;
      const words = b[1]!.split(/[ \t]+/);
      // "the Orange County": drop a leading function word; "neighboring County": no name
      if (words.length === 2 && (isStopWord(words[0]!.replace(/\.$/, '')) || COUNTY_GENERIC.test(words[0]!))) {
        start += b[1]!.length - words[1]!.length;
        words.shift();
      }
      const last = words[words.length - 1]!;
      if (isStopWord(last) || COUNTY_GENERIC.test(last)) return;
      // the name in the case of the suffix: "COOS COUNTY", "Coos County"
      if (caps !== (text.slice(start, m.index) === text.slice(start, m.index).toUpperCase())) return;
      out.push(mkSpan(start, m.index + m[0].length, 'LOCATION', SOURCE, 0.7));
    });

    /** `strict`: where case says nothing, no everyday word either ("retired from teaching"). */
    const takeWords = (pos: number, confidence: number, strict = false, lowerTown = false): void => {
      let end = -1;
      let p = pos;
      for (let k = 0; k < 4; k++) {
        WORD.lastIndex = p;
        const w = WORD.exec(text);
        if (!w) break;
        const word = w[0].replace(/['’]s$/i, '');
        // (a kind of care opens no place's name: `transported from Cardiology`)
        // (nor a day of a weekly schedule: `clinic runs Thursdays`)
        if (isStopWord(word) || GENERIC.test(word) || (k === 0 && isKindOfCare(word)) || isWeekdayOrPlural(word)) break;
        const cls = classifyWord(word);
        if (upper || lower) {
          // caseless note: any word that is not a function, clinical or generic word
          if (cls === 'stop' || (strict && cls !== 'unknown' && cls !== 'surname' && cls !== 'first')) break;
        } else if (!/^\p{Lu}/u.test(word)) {
          // a town typed in lower case where case carries meaning (`lives over in marrowby`, `lives in
          // tullow falls`): a word no list knows or a town the lexicon holds, then a town's suffix only
          if (!lowerTown || isClinicalAbbreviation(word)) break;
          if (k === 0 ? !(cls === 'unknown' || (isCityName(word) && cls !== 'common' && cls !== 'stop')) : !LOWER_TOWN_SUFFIX.test(word)) break;
        }
        end = p + w[0].length;
        // next word: one or two spaces on the same line
        // ("Camelback Roofing & Sheet Metal": an ampersand joins two words of one name)
        const gap = /^[ \t]{1,2}(?:&[ \t]{1,2})?(?=\p{L})/u.exec(text.slice(end, end + 6));
        if (!gap) break;
        p = end + gap[0].length;
      }
      if (end > pos) out.push(mkSpan(pos, end, 'LOCATION', SOURCE, confidence));
    };
    // the weaker cues ("lost job with", "retired from", "driving truck for") also precede a trade
    eachCuedMatch(ctx, EMPLOYER, EMPLOYER_CUE, 0, (m) => {
      // owning, running or managing: a business only where case shows its name ("runs aivr", "CARE-MANAGED NSG HOMES")
      if ((upper || lower) && /^(?:owns|owned|runs|manages|managed)/i.test(m[0])) return;
      // a note or form for a day is no employer ("Work note for Monday")
      if (/(?:note|notes|letter|letters|form|forms|paperwork|slip)\s{1,2}(?:(?:faxed|sent|given)\s{1,2})?(?:for|to)\s{1,2}$/i.test(m[0]) && DAY_OR_MONTH_AHEAD.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10))) return;
      takeWords(m.index + m[0].length, 0.6, /^(?:jobs?|retired|driv|drove)/i.test(m[0]));
    });
    eachCuedMatch(ctx, RESIDENCE, RESIDENCE_CUE, 0, (m) => takeWords(m.index + m[0].length, 0.6, false, true));
    eachCuedMatch(ctx, CARRIED_FROM, CARRIED_FROM_CUE, 0, (m) => takeWords(m.index + m[0].length, 0.6, true));
    // a service carrying the patient, by a name case shows (`flown by Plains Air Rescue`; not `via EMS`)
    if (!ctx.isCaseless) {
      eachCuedMatch(ctx, CARRIED_BY, CARRIED_BY_CUE, 0, (m) => {
        const pos = m.index + m[0].length;
        // a day is when, not who carried ("Transferred on Tuesday"); a drug or a day of the stay is what
        // or when ("transferred on PGE1", "arrived on POD 3")
        const first = /^[\p{L}\d'’-]{1,30}/u.exec(text.slice(pos, pos + 30))?.[0] ?? '';
        // (nor a kind of service: "arrived by Life Flight", "via Air Care")
        if (NOT_FLIGHT_NAME.test(first) || DAY_OR_MONTH_AHEAD.test(first) || /\d/.test(first) || isClinicalAbbreviation(first) || (/^[A-Z]{2,5}$/.test(first) && /^[ \t]{1,2}\d/.test(text.slice(pos + first.length, pos + first.length + 4)))) return;
        // one everyday word alone is a vehicle or a carrier, no name ("by Car", "by Sheriff"); a name of
        // everyday words has two or more ("Arctic Wings")
        const cls = classifyWord(first);
        if ((cls === 'common' || cls === 'common-name' || cls === 'common-surname' || cls === 'stop') && !/^[ \t]{1,2}\p{Lu}/u.test(text.slice(pos + first.length, pos + first.length + 3))) return;
        takeWords(pos, 0.6, true);
      });
    }
    if (!ctx.isCaseless) {
      eachCuedMatch(ctx, NAMED_HOLDING, NAMED_HOLDING_CUE, 80, (m) => {
        const words = m[1]!.trim().split(/[ \t]+/);
        // no clinical word or heading, and not everyday words alone ("the Family Farm", "Dairy Farm");
        // a ranch, reservation or colony may be named by everyday words ("Bar Seven Ranch", "Lone
        // Juniper Ranch"), a farm, lodge or park needs a word of its own ("Sweat Lodge" is a ceremony)
        if (words.some((w) => isClinicalAbbreviation(w) || classifyWord(w) === 'stop')) return;
        if (words.every((w) => ['common', 'common-surname', 'common-name'].includes(classifyWord(w)) || GENERIC.test(w))) {
          if (words.length < 2 || !/(?:Ranch|Reservation|Rancheria|Colony|Homestead)$/.test(m[0])) return;
        }
        const start = m.index + m[0].indexOf(m[1]!);
        out.push(mkSpan(start, m.index + m[0].length, 'LOCATION', SOURCE, 0.65));
      }, (t, at) => at === 0 || !/[\p{L}\d]/u.test(t[at - 1] ?? ''));
      eachCuedMatch(ctx, STREET_NO_SUFFIX, STREET_NO_SUFFIX_CUE, 0, (m) => {
        const name = m[1]!.split(/[ \t]+/).pop()!;
        if (['stop', 'common'].includes(classifyWord(name)) || isClinicalAbbreviation(name)) return;
        const start = m.index + m[0].length - m[1]!.length;
        out.push(mkSpan(start, m.index + m[0].length, 'LOCATION', SOURCE, 0.65));
      });
      eachCuedMatch(ctx, UNION_LOCAL, UNION_LOCAL_CUE, 72, (m) => {
        const name = m[1]!;
        // a union's name: no everyday or clinical words only ("Call Local 911" is no union)
        if (name.split(/[ \t]+/).every((w) => isStopWord(w) || GENERIC.test(w))) return;
        out.push(mkSpan(m.index, m.index + m[0].length, 'LOCATION', SOURCE, 0.6));
      });
      eachCuedMatch(ctx, CROSS_STREETS, CROSS_STREETS_CUE, 0, (m) => {
        const a = m[1]!;
        const b = m[2]!;
        const ordinal = (x: string): boolean => /^\d/.test(x);
        // a street number on one side, or someone living there ("lives near Division and California")
        if (!ordinal(a) && !ordinal(b) && !DWELLING_BEFORE.test(lineBefore(text, m.index, 60))) return;
        if (SERVICE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return;
        const named = (x: string): boolean => ordinal(x) || x.split(/[ \t]+/).every((w) => !isStopWord(w.replace(/\.$/, '')) || /^(?:st|ave|avenue|street)$/i.test(w));
        if (!named(a) || !named(b)) return;
        const start = m.index + m[0].indexOf(a);
        const end = m.index + m[0].length - (m[0].endsWith('.') ? 1 : 0);
        out.push(mkSpan(start, end, 'LOCATION', SOURCE, 0.6));
      });
      eachCuedMatch(ctx, INDUSTRIAL_SITE, INDUSTRIAL_SITE_CUE, 0, (m) => {
        const name = m[1]!;
        const words = name.split(/[ \t]+/).filter((w) => /^[A-Za-z]/.test(w) && !/^No\.?$/.test(w));
        // a name of its own: not only everyday or clinical words ("at the Main plant", "the Power plant")
        if (words.length === 0 || words.every((w) => isStopWord(w) || GENERIC.test(w))) return;
        const start = m.index + m[0].indexOf(name);
        out.push(mkSpan(start, start + name.length, 'LOCATION', SOURCE, 0.6));
      });
    }
    eachCuedMatch(ctx, FACILITY_IN, FACILITY_IN_CUE, 0, (m) => takeWords(m.index + m[0].length, 0.6));
    eachCuedMatch(ctx, FACILITY_COMMA_TOWN, FACILITY_COMMA_CUE, 0, (m) => {
      const town = m[1]!;
      const words = town.split(/[ \t]/);
      // capitals as written (the regex's case-insensitive flag lets \p{Lu} match any letter)
      if (!words.every((w) => /^\p{Lu}/u.test(w))) return;
      // a town: a known one, or a word no list knows (not a service or a state: "Clinic, Pediatrics", "Hospital, MA")
      if (!isCityName(town) && !words.every((w) => classifyWord(w) === 'unknown' && !isClinicalAbbreviation(w) && !GENERIC.test(w))) return;
      const end = m.index + m[0].length;
      // the heads clinical text also writes before a list (`SUPPORTIVE CARE, MONITOR HR`, `Medicine,
      // Pulmonary`): a town that is an everyday word only after a facility's own head
      const first = classifyWord(words[0]!);
      const ownHead = FACILITY_OWN_HEAD_FIRST.test(m[0]);
      if (!ownHead && first !== 'unknown' && first !== 'surname' && !(isCityName(town) && !ctx.isCaseless && first !== 'common' && first !== 'stop')) return;
      // two letters after the town only as a state's code, in capitals (`Emporia KS`)
      if (/^[ \t]{1,2}\p{L}{2}\b/u.test(text.slice(end, end + 5)) && !/^[ \t]{1,2}[A-Z]{2}\b/.test(text.slice(end, end + 5))) return;
      out.push(mkSpan(end - town.length, end, 'LOCATION', SOURCE, 0.6));
    });
    eachCuedMatch(ctx, TOWN_SITE, TOWN_SITE_CUE, 44, (m) => {
      const town = m[1]!;
      // a town the lexicon holds, never a sentence's first word or a kind of care ("Dialysis facility")
      if (!isCityName(town) || isKindOfCare(town) || isClinicalAbbreviation(town) || /(?:^|[.!?:]\s{1,3}|\n\s{0,3})$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return;
      out.push(mkSpan(m.index, m.index + town.length, 'LOCATION', SOURCE, 0.6));
    }, (t, at) => { const ch = t[at] ?? ''; return ch !== ch.toLowerCase(); });
    eachCuedMatch(ctx, AIRPORT, AIRPORT_CUE, 0, (m) => {
      const code = m[1]!;
      // a clinical abbreviation after the verb is no airport ("flew in from OSH", "arrived to ICU")
      if (isClinicalAbbreviation(code) || /^(?:OSH|ICU|CCU|OR|ED|ER|PACU|SNF|LTC|LTAC|CVU|MRI|CT|EMS|VA|USA|GCS)$/.test(code)) return;
      const end = m.index + m[0].length;
      out.push(mkSpan(end - code.length, end, 'LOCATION', SOURCE, 0.6));
    });
    eachCuedMatch(ctx, LIFE_PLACE, LIFE_PLACE_CUE, 0, (m) => {
      const pos = m.index + m[0].length;
      WORD.lastIndex = pos;
      const w = WORD.exec(text);
      if (!w) return;
      // a place no list knows (the lexicons find those they hold): never a word, a clinical word or a language
      const cls = classifyWord(w[0]);
      if (cls !== 'unknown' || isClinicalAbbreviation(w[0]) || isKindOfCare(w[0])) return;
      takeWords(pos, 0.6, true);
    });
    eachCuedMatch(ctx, DISTANCE_FROM, DISTANCE_FROM_CUE, 8, (m) => {
      const pos = m.index + m[0].length;
      WORD.lastIndex = pos;
      const w = WORD.exec(text);
      // a place, maybe an everyday word (`Roundup`, `Bountiful`); never a department, a unit or a kind of care
      if (!w || isClinicalAbbreviation(w[0]) || isKindOfCare(w[0]) || GENERIC.test(w[0])) return;
      takeWords(pos, 0.6);
    });
    eachCuedMatch(ctx, TOWN_COMMA_COUNTRY, COUNTRY_CUE, 52, (m) => {
      let town = m[1]!;
      let words = town.split(/[ \t]/);
      // capitals as written (the regex's case-insensitive flag lets \p{Lu} match any letter: `born
      // Rzeszow` is the town after a word), no country, state or region itself (`Syria, Jordan`,
      // `Kenya, Somalia`), no everyday or clinical word
      const everyday = (w: string): boolean => ['stop', 'common', 'common-surname', 'common-name'].includes(classifyWord(w));
      if (words.length === 2 && (!/^\p{Lu}/u.test(words[0]!) || (everyday(words[0]!) && !isCityName(town)))) {
        town = words[1]!;
        words = [town];
      }
      if (!words.every((w) => /^\p{Lu}/u.test(w))) return;
      if (words.some((w) => COUNTRY_SET.has(w.toLowerCase()) || STATE_NAME.test(w) || isClinicalAbbreviation(w) || GENERIC.test(w))) return;
      if (!isCityName(town) && words.some(everyday)) return;
      const end = m.index + m[1]!.length;
      out.push(mkSpan(end - town.length, end, 'LOCATION', SOURCE, 0.6));
    });
    eachCuedMatch(ctx, ORIGIN, ORIGIN_CUE, 0, (m) => {
      // a place name: in caseless notes one no lexicon knows as an everyday word
      const pos = m.index + m[0].length;
      WORD.lastIndex = pos;
      const w = WORD.exec(text);
      if (!w) return;
      const cls = classifyWord(w[0]);
      if ((upper || lower) && cls !== 'unknown' && cls !== 'surname' && cls !== 'first') return;
      if (!upper && !lower && !/^[A-Z][a-z]/.test(w[0])) return;
      takeWords(pos, 0.6);
    });
    // a neighbourhood by its name: "in the Northbend neighborhood", "the Ironbound section"
    if (!ctx.isCaseless) {
      NEIGHBOURHOOD.lastIndex = 0;
      for (let m = NEIGHBOURHOOD.exec(text); m !== null; m = NEIGHBOURHOOD.exec(text)) {
        const start = m.index + m[0].indexOf(m[1]!);
        if (m[1]!.split(/[ \t]/).every((w) => classifyWord(w) !== 'stop')) out.push(mkSpan(start, start + m[1]!.length, 'LOCATION', SOURCE, 0.65));
      }
    }
    if (upper) {
      eachCuedMatch(ctx, CUED_FACILITY, CUED_FACILITY_CUE, 0, (m) => {
        const base = m.index + m[0].length - m[1]!.length;
        const words = [...m[1]!.matchAll(/\S+/g)].map((w) => ({ w: w[0], at: base + w.index! }));
        while (words.length && FACILITY_GENERIC.test(words[0]!.w)) words.shift();
        if (!words.length || words.some(({ w }) => FACILITY_GENERIC.test(w) || isStopWord(w))) return;
        const last = words[words.length - 1]!;
        out.push(mkSpan(words[0]!.at, last.at + last.w.length, 'HOSPITAL', SOURCE, 0.65));
      }, undefined, (i) => scanUnits(ctx)[i]!.text !== scanUnits(ctx)[i]!.lower);
    }
    return out;
  },
});
