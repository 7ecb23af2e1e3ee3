/**
 * An organisation told by its head word, whatever its own words: `Granite School District`, `Gulf
 * Bounty Seafood`, `WEA Trust`, `Greater New Hope M.B. Church`, `Mother of God Church`, `Harbor
 * Point Orthopaedics`. Employers, insurers, congregations, schools, agencies and practices are how a
 * reader finds a patient in a small place, and their names are made of everyday words that no
 * lexicon holds, so no name or place rule sees them; their last word does.
 *
 * A match is a run of capitalised words (with `of`, `for`, `and`, `&`, `on`, `the` and Spanish
 * particles after a head, `of` inside a congregation's name, `M.B.`-style initials and a possessive
 * `'s`) that ends in a head word, in a note whose case carries meaning. The run must hold a word of
 * its own:
 * - before a head that only organisations use (`Fund`, `Trust`, `Farms`, `Church`, `Co.`, `Co-op`,
 *   `Supply`, `Growers`), any word but a function, clinical, care or generic word (a congregation's
 *   devotional words count: `Mother of God`);
 * - before a head that clinical text also uses (`Center`, `Program`, `Services`, `Committee`,
 *   `Association`, `Patrol`, `Temple`, `Shrine`), a word no everyday-word list holds (a place, a name, a coined word:
 *   `Kealaula Center`, `Trairatanaram Temple`; never `Left Temple`);
 * - before a practice's, pharmacy's or supplier's head (`Orthopaedics`, `Imaging`, `Rx`,
 *   `Infusion`: type `HOSPITAL`), an everyday word that is no clinical adjective or process, and
 *   before `Drug`, `Health` or `Rx` only a word businesses take for names (`Capital`, `Walnut`).
 * `Care` and `Health` after `Home`, `Day`, `Primary`, `Urgent`, `Family` or `Senior` head an agency
 * or a practice (`Kind Hands Home Care`, `Elm Street Primary Care`), with the practice heads' own words; a run joined by `&` names a business with no head at
 * all (`Big Red Tire & Lube`, see {@link ampersandNames}).
 * Generic words never count (`American`, `National`, `State`, `County`, `Community`, `Family`,
 * `Health`, a religion, a US state's name), so `American Heart Association`, `Child Protective
 * Services`, `Minnesota Department of Health`, `Infection Control Committee` and `Radiation
 * Oncology` stay. A heading (alone on its line, before a colon, or a head in capitals in a
 * mixed-case note), a sentence's first word and a street named after a head (`Church Ave`) are no
 * organisation. What a head is of follows it (`Board of Health`).
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { asScrubContext } from '../../../context.js';
import { isKindOfCare } from '../../_careKinds.js';
import { STATE_NAME, TOPOGRAPHIC_WORD, classifyWord, isCityName, isClinicalAbbreviation, mkSpan } from './_lib.js';
import { cue, cueTokens, scanUnits } from './_scan.js';

const SOURCE = 'rules/organisation';

/** Heads that only organisations use: everyday words before them are the organisation's own. */
const STRONG_HEADS =
  'fund trust mutual police district farms seafood seafoods airlines airways dairy dairies ranch orchards vineyards winery brewery ' +
  'company co corp corporation inc llc ltd pllc cooperative coop co-op construction trucking logistics industries enterprises ' +
  'manufacturing lumber mills church chapel ministries tabernacle congregation parish synagogue mosque masjid gurdwara mandir vihara gompa pagoda cathedral basilica railroad railway ' +
  'freight fisheries packing cannery roofing plumbing excavating welding drilling coal mining transport supply ambulance oxygen ' +
  'growers alterations casualty janitorial bakery poultry parcel resettlement elementary recreation daycare cafe restaurant diner ' +
  'grill tavern salon mart grocery hotel motel apartments nursery greenhouse orchard vineyard brewery hauling excavation ' +
  'contracting contractors builders fabrication sawmill shipyard motors automotive aviation charters shipping staffing cleaning ' +
  'landscaping painting flooring storage towing trucking';
/** Heads that clinical text uses too (`Transplant Center`, `Diabetes Prevention Program`): a word of no everyday list must stand before them. */
const WEAK_HEADS =
  'patrol center centre program programs committee agency division department council board network alliance coalition partnership project ' +
  'association foundation society institute group academy school schools college university club union league ' +
  'federation services service systems solutions office bureau commission authority nation tribe band foods market markets store stores ' +
  'insurance bank lodge temple shrine';
/**
 * Heads of a practice, a pharmacy or a supplier of care (`Harbor Point Orthopaedics`, `Walnut
 * Street Specialty Rx`, `Green Country Infusion`, `Westside Ambulance`): everyday words before
 * them are the practice's own, as for the strong heads; the span is a facility's (`HOSPITAL`).
 */
const CARE_HEADS =
  'orthopaedics orthopedics pediatrics paediatrics oncology radiology imaging infusion recovery pharmacy rx drug drugs apothecary ' +
  'cardiology dermatology urology neurology gastroenterology pulmonology nephrology rheumatology endocrinology ophthalmology audiology ' +
  'podiatry psychiatry obstetrics gynecology teleradiology physicians specialists associates partners health dialysis hospice ' +
  'geriatrics medicine care healthcare';
const HEAD_CUE = cue(`${STRONG_HEADS} ${WEAK_HEADS} ${CARE_HEADS}`);
const CARE: ReadonlySet<string> = new Set(CARE_HEADS.split(' '));
const STRONG: ReadonlySet<string> = new Set(STRONG_HEADS.split(' '));
/** Words before `of` inside a congregation's name (`Our Lady of`, `Mother of God`, `Church of Christ`, `Assembly of God`). */
const DEVOTIONAL_BEFORE_OF = /^(?:Lady|Mother|Church|God|Christ|Saints|Assembly|Assemblies|House|Temple|Sisters|Brothers|Shrine|Queen|Heart|Body|Blood)$/;
/** Heads of congregations. */
const RELIGIOUS: ReadonlySet<string> = new Set(['church', 'chapel', 'parish', 'tabernacle', 'congregation', 'synagogue', 'mosque', 'masjid', 'temple', 'gurdwara', 'mandir', 'vihara', 'gompa', 'pagoda', 'shrine', 'ministries', 'cathedral', 'basilica']);
/** Abbreviated heads that keep their full stop (`Co.`, `Inc.`). */
const DOTTED: ReadonlySet<string> = new Set(['co', 'inc', 'corp', 'ltd']);
/** A street's kind right after a head word (`Church Ave`, `Mill Rd`). */
const STREET_AFTER = /^[ \t]{1,2}(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Ct|Court|Pl|Place|Pike|Trail)\b/;
/** A head written in title case. */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
/** Heads written in capitals. */
const UPPER_OK: ReadonlySet<string> = new Set(['LLC', 'INC', 'PLLC', 'LTD']);
/** What stands before a sentence's first word: a full stop and a space, a line break, a bracket. */
const SENTENCE_START = /(?:[.!?;][ \t]{1,2}|\n[ \t]{0,2})$/;
/** Words of a hospital's name. */
const FACILITY_WORD = /^(?:hospitals?|medical|med|clinics?|regional|memorial|infirmary|sanatorium|hosp)$/i;
/** After a head, what it is of: `of Health`, `for Brain Health`, `of Family Services`. */
const OF_TAIL = /^[ \t]{1,2}(?:of|for)[ \t]{1,2}(?:the[ \t]{1,2})?\p{Lu}\p{Ll}[\p{L}'’-]{0,20}(?:[ \t]{1,2}\p{Lu}\p{Ll}[\p{L}'’-]{0,20}){0,2}(?![\p{L}\d])/u;
/** Words between the capitalised words of one name. */
const CONNECTOR: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on', 'the', 'de', 'del', 'la', 'los', 'las', 'y']);
/**
 * Words that name no one organisation: nations and levels of government, kinds of community and
 * of people served, compass and size words, and the words of health and social services.
 */
const GENERIC: ReadonlySet<string> = new Set(
  (
    'american america national united federal international world global us usa u s state states county city town village regional region ' +
    'district community communities public social human humans health healthcare medical medicine clinical family families child children ' +
    'adult adults senior seniors elder elders elderly youth women men veterans veteran protective general central north south east west ' +
    'northern southern eastern western northeast northwest southeast southwest midwest new greater area local tribal rural urban home homes ' +
    'care behavioral behavioural mental services service support resource resources centers center program programs office department ' +
    'division agency board committee council network association foundation society institute group partners associates bureau commission ' +
    'authority administration affairs development management emergency disaster relief response aging aged disability disabilities ' +
    'independent living assistance aid legal housing food nutrition hunger shelter transit transportation education educational school ' +
    'schools university college academy research science sciences quality safety ethics review oversight compliance standards ' +
    'prevention control infection infectious disease diseases heart lung kidney liver cancer diabetes stroke trauma transplant poison ' +
    'poisons blood donor donors organ tissue eye vision hearing dental oral sleep pain wound burn rehabilitation rehab physical ' +
    'occupational speech respiratory pharmacy pharmaceutical therapeutics wellness recovery addiction substance abuse alcohol drug drugs ' +
    'hospice palliative dialysis deaf blind autism epilepsy dementia alzheimer alzheimers memory mental cardiac cardiovascular vascular ' +
    'pediatric paediatric maternal neonatal infant newborn perinatal surgical surgery nursing nurse nurses physicians physician doctors ' +
    'patient patients victims victim crime justice court courts corrections correctional police fire rescue ems ambulance insurance ' +
    'employee employees workers worker labor labour compensation benefits benefit financial finance counseling counselling crisis ' +
    'suicide violence domestic sexual assault homeless homelessness refugee refugees immigrant immigrants immigration services ' +
    'catholic christian jewish muslim islamic baptist methodist lutheran presbyterian episcopal adventist pentecostal orthodox ' +
    'evangelical mennonite amish mormon hindu sikh buddhist latter day saints roman greek coptic anglican unitarian church first second third main old specialty specialist ' +
    'specialists nuclear night overnight breast sports spine joint joints bone bones hand hands foot feet ankle knee hip shoulder skin ' +
    'vein veins laser primary urgent immediate walk walk-in mobile portable outpatient inpatient ambulatory interventional diagnostic ' +
    'advanced comprehensive integrated total complete premier modern precision digital mail order retail compounding infusion women ' +
    'womens men mens kids pediatric pediatrics teen teens critical acute chronic intensive home-based long term short respite ' +
    'oxygen supply supplies equipment durable ambulance transport medication medications prescription prescriptions generic ' +
    'mri ct pet x-ray xray ultrasound mammography teleradiology radiology imaging lab labs laboratory laboratories pathology gene genes ' +
    'genetic genetics genomic genomics therapy therapies cell cells stem adolescent malignant pregnant travel lifestyle wilderness ' +
    'tropical aerospace undersea emergency internal lifeline hotline helpline'
  ).split(' '),
);
/** The second words of states named in two (`New Hampshire`, `North Dakota`): with {@link STATE_NAME}, a state's office or agency names no one organisation. */
const STATE_SECOND_WORD = /^(?:hampshire|jersey|mexico|york|carolina|dakota|rhode|island)$/i;

/** True when `w` starts with a capital letter (any script). */
function capitalised(w: string): boolean {
  const ch = w[0] ?? '';
  return ch !== ch.toLowerCase();
}

/** True when the gap between two words is one or two spaces, `&` or a possessive apostrophe inside one name. */
function joins(gap: string): boolean {
  return /^(?:[ \t]{1,2}|[ \t]{1,2}&[ \t]{1,2}|['’]|\.|\.[ \t]{1,2}|-)$/.test(gap);
}

/**
 * Everyday words that businesses take for their names (`Capital`, `Bright Star`, `New Leaf`,
 * `Gateway`, `Cardinal`): before a practice's head they name a practice, where a clinical
 * adjective (`Adverse Drug`, `Radiation Oncology`) names a kind of care.
 */
const NAMING_WORD =
  /^(?:capital|capitol|summit|pinnacle|keystone|cornerstone|bright|star|stars|sun|sunflower|sunshine|rainbow|green|blue|golden|gold|silver|crystal|diamond|emerald|oak|walnut|elm|birch|cedar|pine|maple|willow|cherry|apple|peach|rose|lotus|lily|leaf|tree|gateway|bridge|bridges|crossroads|crossing|heritage|legacy|liberty|freedom|pioneer|frontier|eagle|cardinal|falcon|hawk|phoenix|dove|bluebird|pelican|harbor|harbour|bay|lake|coast|shore|point|port|beacon|lighthouse|anchor|compass|horizon|journey|pathway|pathways|path|harmony|serenity|tranquility|hometown|neighborhood|country|metro|street|avenue|corner|lucky|kind|caring|gentle|trusted|faithful|unity|victory|triumph|mission|grace|angel|angels|guardian|shepherd|covenant|trinity|genesis|evergreen|northstar|polaris|atlas|apex|elite|prime|ace)$/i;

/** Endings of clinical adjectives and processes (`Interventional`, `Ocular`, `Radiation`, `Palliative`). */
const CLINICAL_SHAPE = /(?:al|ic|ary|ive|ous|ar|tion|sion|ing|ed|ory|ure|ose|ate)$/i;
/** Practice heads that clinical text uses alone (`Adverse Drug Reactions`, `Behavioral Health`): only a naming word before them counts. */
const CARE_NEEDS_NAMING: ReadonlySet<string> = new Set(['drug', 'drugs', 'health', 'rx']);

/** True when `w` is a word of the organisation's own, by the head's strength. */
function ownWord(w: string, strong: boolean, caps: boolean, care = false, careNeedsNaming = false, religious = false): boolean {
  const lw = w.toLowerCase();
  if (lw.length < 2 && !caps) return false;
  // (a kind of care covers the specialties: `Nephrology`, `Pediatric`)
  if (GENERIC.has(lw) || STATE_NAME.test(w) || STATE_SECOND_WORD.test(w) || CONNECTOR.has(lw) || isKindOfCare(w)) return false;
  // capitals of the organisation's own (`WEA Trust`, `M.B. Church`), never a clinical abbreviation
  if (caps) return !isClinicalAbbreviation(lw) && classifyWord(w) === 'unknown';
  if (isClinicalAbbreviation(lw)) return false;
  const c = classifyWord(w);
  // a congregation's name is often of everyday and devotional words (`Mother of God Church`, `Holy Spirit Parish`)
  if (c === 'stop') return religious;
  if (strong && !care) return true;
  if (care && (NAMING_WORD.test(w) || TOPOGRAPHIC_WORD.test(w))) return true;
  // before a practice's head, a word shaped as a clinical adjective or a process (`Neurointerventional
  // Radiology`, `Radiation Oncology`) names a kind of care
  if (care && CLINICAL_SHAPE.test(w)) return false;
  // an everyday word before a practice's own head (`Open Window Imaging`, `Coral Reef Imaging`);
  // before `Drug` or `Health`, which clinical text uses alone, only a naming word counts
  if (care && !careNeedsNaming && (c === 'common' || c === 'common-surname' || c === 'common-name')) return true;
  return c === 'unknown' || c === 'first' || c === 'surname' || isCityName(w);
}

/**
 * Pattern detector for organisations by their head word (type `OTHER`; `HOSPITAL` for a practice, a pharmacy or a supplier of care).
 *
 * @example
 * ```ts
 * organisationDetector.detect(createTextContext('Retired teacher (Granite School District).'));
 * // → one OTHER span over "Granite School District"
 * ```
 */
export const organisationDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['OTHER', 'HOSPITAL'],
  detect: (c) => {
    const ctx = asScrubContext(c);
    const out: Span[] = [];
    if (ctx.isCaseless) return out;
    const { text } = ctx;
    const units = scanUnits(ctx);
    const heads = cueTokens(ctx, HEAD_CUE) ?? units.flatMap((u, i) => (HEAD_CUE.words.has(u.lower) ? [i] : []));
    let lastEnd = -1;
    for (const h of heads) {
      const head = units[h]!;
      // a head in title case (`Trust`, `Church`; `LLC` and `Inc` as written): a heading in
      // capitals inside a mixed-case note (`GI TUMOR BOARD`, `MOBILE X-RAY SERVICE`) is no name
      if (!TITLE_CASE.test(head.text) && !UPPER_OK.has(head.text) || head.start < lastEnd) continue;
      // a street named after it (`Church Ave`, `Mill Rd`) is the address rules'
      if (STREET_AFTER.test(text.slice(head.end, head.end + 12))) continue;
      // `Care` and `Healthcare` are heads only of a home-care or day-care agency or a practice of
      // primary or urgent care (`Kind Hands Home Care`, `Sunflower Day Care`, `Maui Home Health`,
      // `Elm Street Primary Care`, `Mile High Urgent Care`), where everyday words name it
      const homeCare = (head.lower === 'care' || head.lower === 'health' || head.lower === 'healthcare') && h > 0
        && /^(?:Home|HOME|Day|DAY|In-Home|Primary|PRIMARY|Urgent|URGENT|Family|FAMILY|Senior|SENIOR)$/.test(units[h - 1]!.text) && /^[ \t]{1,2}$/.test(text.slice(units[h - 1]!.end, head.start));
      if ((head.lower === 'care' || head.lower === 'healthcare') && !homeCare) continue;
      const care = CARE.has(head.lower);
      const strong = care || STRONG.has(head.lower);
      // walk back over the name's words (unit indices, last first)
      const run: number[] = [];
      for (let j = h - 1; j >= 0 && run.length < 6; j--) {
        const u = units[j]!;
        const gap = text.slice(u.end, units[j + 1]!.start);
        if (!joins(gap)) break;
        // a full stop inside a name only after an initial or an abbreviation (`M.B.`, `U.S.`, `St.`), never a sentence's end
        if (gap.includes('.') && !(u.text.length === 1 || /^(?:St|Mt|Ft)$/.test(u.text))) break;
        // a possessive's `s` belongs to the word before it (`Alaska Fishermen's Fund`)
        if (u.text === 's' && j > 0 && /^['’]$/.test(text.slice(units[j - 1]!.end, u.start))) continue;
        const isConnector = CONNECTOR.has(u.lower) && !capitalised(u.text);
        if (!isConnector && !capitalised(u.text)) break;
        // a connector joins two parts of one name only after a head (`Division of Family
        // Services`, `Board of Health`), not a role or a verb (`Deckhand for`, `Deacon at`)
        if (isConnector && homeCare) break;
        if (isConnector) {
          // before a congregation's head, `of` joins any words (`Mother of God Church`, `Our Lady of Lourdes Parish`)
          const devotional = RELIGIOUS.has(head.lower) && u.lower === 'of' && j > 0 && DEVOTIONAL_BEFORE_OF.test(units[j - 1]!.text);
          if (j === 0 || !capitalised(units[j - 1]!.text) || (!devotional && !HEAD_CUE.words.has(units[j - 1]!.lower))) break;
          continue;
        }
        run.push(j);
      }
      // a department of a hospital is the hospital rules' (`Desert Springs Regional Cancer Center`)
      if ((!strong || care) && run.some((j) => FACILITY_WORD.test(units[j]!.text))) continue;
      const needsNaming = CARE_NEEDS_NAMING.has(head.lower) && !homeCare;
      // (`Temple` and `Shrine` also name a side of the head and a hospital's sponsor: a word of their own must stand before them, not `Left Temple`)
      const religious = RELIGIOUS.has(head.lower) && head.lower !== 'temple' && head.lower !== 'shrine';
      const isOwn = (j: number): boolean => {
        const w = units[j]!.text;
        const caps = w.length <= 5 && /^[A-Z]+$/.test(w);
        return (!caps || (strong && !care)) && ownWord(w, strong, caps, care, needsNaming, religious);
      };
      // a sentence's first word is capitalised for the sentence (`Attends`, `Member`, `Retired`):
      // an everyday word there is left out while the rest still holds a word of its own (a
      // letterhead's `Steel City Women's Imaging` keeps `Steel`)
      while (run.length > 0) {
        const j = run[run.length - 1]!;
        const before = text.slice(Math.max(0, units[j]!.start - 3), units[j]!.start);
        if (!SENTENCE_START.test(before) && units[j]!.start > 0) break;
        const k = classifyWord(units[j]!.text);
        if (k !== 'stop' && k !== 'common' && k !== 'common-surname' && k !== 'common-name') break;
        if (run.length > 1 && !run.slice(0, -1).some(isOwn)) break;
        run.pop();
      }
      if (run.length === 0 || !run.some(isOwn)) continue;
      const first = run[run.length - 1]!;
      const start = units[first]!.start;
      let end = head.end;
      // `Co-op` is one head
      const coop = /^-(?:op|Op|OP|operative)(?![\p{L}\d])/u.exec(text.slice(end, end + 12));
      if (coop) end += coop[0].length;
      else if (DOTTED.has(head.lower) && text[end] === '.') end++;
      // what the head is of (`Board of Health`, `Division of Family Services`): up to three capitalised words
      else {
        const tail = OF_TAIL.exec(text.slice(end, end + 60));
        if (tail) end += tail[0].length;
      }
      // a heading: alone on its line, or before a colon
      if (isHeading(text, start, end)) continue;
      // a second head right after the first (`Mining Co.`) makes the same name longer
      if (out.length > 0 && out[out.length - 1]!.start === start) out.pop();
      out.push(mkSpan(start, end, care ? 'HOSPITAL' : 'OTHER', SOURCE, 0.6));
      lastEnd = end;
    }
    ampersandNames(text, units, out);
    headFirstCongregations(text, out);
    letterheads(text, out);
    return out;
  },
});

/**
 * A congregation named after its head word (`Masjid an-Noor of Lindenport`, `Gurdwara Sahib`,
 * `Congregation Ohel Yaakov`): the head, one to four capitalised words, each perhaps after an Arabic
 * article joined by a hyphen (`al-`, `an-`, `el-`), and a town after `of`.
 */
const HEAD_FIRST_CONGREGATION =
  /\b(?:Masjid|MASJID|Congregation|Gurdwara|Mandir|Iglesia|Parroquia)[ \t]{1,2}(?:(?:[Aa][lnrsdtz]|[Aa]sh|[Ee]l)-)?\p{Lu}[\p{L}'’]{1,30}(?:-\p{Lu}[\p{L}'’]{1,30})?(?:[ \t](?:(?:[Aa][lnrsdtz]|[Aa]sh|[Ee]l)-)?\p{Lu}[\p{L}'’]{1,30}){0,3}(?:[ \t]{1,2}of[ \t]{1,2}\p{Lu}[\p{L}'’]{1,30}(?:[ \t]\p{Lu}[\p{L}'’]{1,30})?)?/gu;

/**
 * A letterhead: a line in capitals ending in a practice's or facility's head (`SACRED HEART
 * CARDIOLOGY ASSOCIATES`, `LAKESIDE WOMEN'S HEALTH`), then its street address on the next line or
 * after a bar. `m[1]` the name.
 */
const LETTERHEAD =
  /(?:^|\n)[ \t]{0,4}((?:[A-Z][A-Z'’&.-]{1,20}[ \t]){1,5}(?:ASSOCIATES|HEALTH|HEALTHCARE|CLINIC|CENTER|CENTRE|HOSPITAL|MEDICAL|CARE|PRACTICE|GROUP|PHARMACY|CARDIOLOGY|PEDIATRICS|IMAGING|RADIOLOGY|ORTHOPEDICS|ORTHOPAEDICS|DERMATOLOGY|ONCOLOGY|UROLOGY|NEUROLOGY|PHYSICIANS|PARTNERS|SPECIALISTS|SURGEONS|INSTITUTE))(?=[ \t]*(?:\r?\n|[ \t]\|[ \t]{1,3})[ \t]{0,4}\d{1,6}[ \t]+[A-Z][A-Za-z]{1,20}(?:[ \t][A-Z][A-Za-z]{1,20}){0,3}[ \t]+(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Blvd|Boulevard|Pkwy|Parkway|Ln|Lane|Way|Ct|Court|Pl|Place|Hwy|Highway|Plaza|Sq|Square)\b)/g;

/** Adds the letterheads {@link LETTERHEAD} finds, as facilities. */
function letterheads(text: string, out: Span[]): void {
  LETTERHEAD.lastIndex = 0;
  for (let m = LETTERHEAD.exec(text); m !== null; m = LETTERHEAD.exec(text)) {
    const start = m.index + m[0].indexOf(m[1]!);
    out.push(mkSpan(start, start + m[1]!.length, 'HOSPITAL', SOURCE, 0.6));
  }
}

function headFirstCongregations(text: string, out: Span[]): void {
  HEAD_FIRST_CONGREGATION.lastIndex = 0;
  for (let m = HEAD_FIRST_CONGREGATION.exec(text); m !== null; m = HEAD_FIRST_CONGREGATION.exec(text)) out.push(mkSpan(m.index, m.index + m[0].length, 'OTHER', SOURCE, 0.6));
}

/**
 * Whether `[start, end)` is a heading: before a colon, or alone on its line. Reads at most 120
 * characters either side, so a note of one endless line costs no more per name than any other.
 */
function isHeading(text: string, start: number, end: number): boolean {
  const after = /^[^\n]{0,120}/.exec(text.slice(end, end + 121))![0];
  if (/^[ \t]*:/.test(after)) return true;
  const before = /[^\n]{0,120}$/.exec(text.slice(Math.max(0, start - 121), start))![0];
  return before.trim() === '' && after.trim() === '' && (start - before.length === 0 || text[start - before.length - 1] === '\n') && (end + after.length === text.length || text[end + after.length] === '\n');
}

/** Words of a kind of care in a name joined by `&` (`Foot & Ankle`, `Heart & Vascular`, `Nursing & Rehab`): a practice's. */
const CARE_IN_NAME = /^(?:foot|ankle|heart|vascular|vein|spine|pain|joint|bone|hand|skin|sleep|wound|rehab|rehabilitation|nursing|hospice|eye|ear|sports|orthopedic|orthopaedic|oral|maxillofacial|dermatology|surgery|imaging|medical|health|care|diabetes|endocrine|lung|kidney|women|infants)$/i;

/**
 * A business named by capitalised words joined with `&`, mid-sentence (`works at Big Red Tire &
 * Lube`, `Spring Valley Foot & Ankle`, `Sunrise Shuttle & Tours`): at least three words, a word on
 * each side of the `&`, and a word of its own (no generic, clinical or care word: `Physical Medicine
 * & Rehabilitation`, `Nausea & Vomiting` and `Obstetrics & Gynecology` stay). A run opening a
 * sentence or a line, or before a colon, is none (a heading or the sentence's own words).
 */
function ampersandNames(text: string, units: readonly { text: string; lower: string; start: number; end: number }[], out: Span[]): void {
  let u = 0;
  let lastEnd = -1;
  for (let amp = text.indexOf('&'); amp !== -1; amp = text.indexOf('&', amp + 1)) {
    if (amp < lastEnd) continue;
    while (u < units.length && units[u]!.end <= amp) u++;
    const left = u - 1;
    const right = u;
    if (left < 0 || right >= units.length) continue;
    if (!/^[ \t]{1,2}&[ \t]{1,2}$/.test(text.slice(units[left]!.end, units[right]!.start))) continue;
    const word = (i: number): boolean => TITLE_CASE.test(units[i]!.text) && units[i]!.text.length >= 2;
    if (!word(left) || !word(right)) continue;
    // the run: capitalised words joined by one or two spaces (or another `&`)
    let a = left;
    while (a > 0 && left - a < 4 && word(a - 1) && /^(?:[ \t]{1,2}|[ \t]{1,2}&[ \t]{1,2})$/.test(text.slice(units[a - 1]!.end, units[a]!.start))) a--;
    let b = right;
    while (b + 1 < units.length && b - right < 3 && word(b + 1) && /^(?:[ \t]{1,2}|[ \t]{1,2}&[ \t]{1,2})$/.test(text.slice(units[b]!.end, units[b + 1]!.start))) b++;
    const own = (i: number): boolean => {
      const w = units[i]!.text;
      const lw = units[i]!.lower;
      if (w.length < 3 || GENERIC.has(lw) || STATE_NAME.test(w) || STATE_SECOND_WORD.test(w) || isKindOfCare(w) || isClinicalAbbreviation(lw)) return false;
      if (CARE_IN_NAME.test(w) || CLINICAL_SHAPE.test(w) && !NAMING_WORD.test(w)) return false;
      return classifyWord(w) !== 'stop';
    };
    const ownIn = (from: number, to: number): boolean => {
      for (let i = from; i <= to; i++) if (own(i)) return true;
      return false;
    };
    if (b - a < 2 || !ownIn(a, b)) continue;
    // a run opening a sentence or a line may be a heading or the sentence's words (`Reviewed Risks
    // & Benefits`, `Wound Care & Dressing Changes`)
    if (units[a]!.start === 0 || SENTENCE_START.test(text.slice(Math.max(0, units[a]!.start - 3), units[a]!.start))) continue;
    const start = units[a]!.start;
    const end = units[b]!.end;
    if (isHeading(text, start, end)) continue;
    let care = false;
    for (let i = a; i <= b; i++) if (CARE_IN_NAME.test(units[i]!.text) || isKindOfCare(units[i]!.text)) care = true;
    out.push(mkSpan(start, end, care ? 'HOSPITAL' : 'OTHER', SOURCE, 0.55));
    lastEnd = end;
  }
}
