/**
 * Organisation heads beside a detected name or place. A detector that finds the name of an
 * employer, a congregation or a residence often stops at its generic words (`Caprock ___
 * Services`, `___ Benevolent Association`, `Masjid ___`, `the ___ Hotel`); the generic words then
 * stay in the note beside the gap and tell a reader what kind of place it was, and, with the
 * name words they sit next to, often which one. Hospitals are removed whole with their facility
 * words (`Ashgrove Hospital`, not `___ Hospital`); this step does the same for other
 * organisations: capitalised head words right after a detected span (`Ship Repair`, `Data
 * Systems`, `Co-op`), or a head word right before one (`Masjid`, `Congregation`, `Clínica`), are
 * added (source `scrub/org-head`). Pure: text and detected spans in, new spans out.
 *
 * @module
 */
import { mergeSpans } from './spans.js';
import type { PhiType, Span } from './types.js';
import { TOPOGRAPHIC_WORD, isClinicalAbbreviation } from './detectors/rules/patterns/_lib.js';
import { isKindOfCare } from './detectors/_careKinds.js';

/** The source name of spans added for organisation heads. */
export const ORG_HEAD_SOURCE = 'scrub/org-head';

/**
 * Generic words that end an organisation's name (`Halyard Robotics`, `Sinclair Inlet Ship Repair`,
 * `Kwong Tung Benevolent Association`, `Red Rock Dairy Co-op`, `Golden Lotus Hotel`), written
 * capitalised. Facility words of care are the hospital detectors' business and are not here.
 */
const HEADS: ReadonlySet<string> = new Set(
  ('services service systems solutions technologies technology tech robotics software data analytics networks labs logistics ' +
    'trucking transport transportation freight express hauling moving drilling mining coal oil gas oilfield energy power utilities ' +
    'construction contracting contractors builders roofing plumbing electric electrical welding fabrication manufacturing industries ' +
    'industrial products foods food fisheries seafoods seafood packing cannery lumber timber sawmill mill mills plant works shipyard ship ' +
    'repair motors auto automotive garage airlines airways aviation air wings charters charter marine boats shipping ' +
    'company co corp corporation inc llc ltd lp pllc co-op coop cooperative association society club union lodge guild league federation ' +
    'congregation church chapel temple mosque masjid synagogue parish ministries ministry mission gurdwara fellowship tabernacle ' +
    'hotel motel inn suites apartments towers tower plaza terrace shelter residences ' +
    'trading post store stores market markets mart grocery bakery cafe restaurant diner bar grill tavern pub salon bank ' +
    'farms farm ranch dairy orchards vineyards winery brewery nursery greenhouse ' +
    'school schools elementary academy preschool daycare college institute department dept district unified benevolent nails distribution warehouse house ' +
    'foundation fund trust mutual airlines airways teleradiology processing transit yard chapter ' +
    'glass collective library station park police pd township parking gym fitness studio studios laundry cleaners dealership hardware building bldg hall pavilion annex').split(' '),
);
/** Words that never stand inside an organisation's name before its head. */
const FUNCTION_WORD = /^(?:the|of|and|for|to|in|on|at|with|by|from|a|an|or|is|was|are|were|his|her|their|our|my|your|its|this|that|no|not|per|via)$/;
/** Head words written before the name (`Masjid Al-Huda`, `Congregation Ohel Yaakov`, `Clínica del Valle`, `Gurdwara Sahib`). */
const HEADS_BEFORE: ReadonlySet<string> = new Set(
  'masjid congregation temple gurdwara synagogue parroquia iglesia clínica clinica centro sanatorio escuela colegio'.split(' '),
);
/** Heads written in capitals after any name (`Sun Valley Farms LLC`). */
const UPPER_HEADS: ReadonlySet<string> = new Set(['llc', 'inc', 'ltd', 'lp', 'pllc']);
/** Heads abbreviated with a full stop, which belongs to them (`Co.`, `Inc.`). */
const DOTTED: ReadonlySet<string> = new Set(['co', 'inc', 'corp', 'ltd', 'dept']);
/** A company's legal form after a comma, with its full stops (`, Inc.`, `, P.C.`, `, LLC`). `m[1]` the form. */
const LEGAL_FORM_AFTER = /^,[ \t]{1,2}((?:Inc|INC|LLC|L\.L\.C|PLLC|LLP|Ltd|LTD|Corp|CORP|P\.C|PC|P\.A|Co)\.?)(?![\p{L}\d])/u;
/** Name particles that sit between a head written first and the name (`Clínica del Valle`). */
const PARTICLES = /^(?:de|del|la|las|los|el|al|of|the)$/i;
const EXTENDED_TYPES: ReadonlySet<PhiType> = new Set(['NAME', 'LOCATION', 'HOSPITAL', 'OTHER']);
/** One capitalised word (`Co-op`, `Co.`, `LLC`), then what follows it. */
const WORD_AFTER = /^[ \t]{1,2}(\p{Lu}[\p{L}\p{M}'’-]{0,24})(\.?)/u;
/** The word right before a span: capitalised, with one or two spaces and maybe a particle between. */
const WORD_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]{1,24})[ \t]{1,2}(?:(?:de|del|la|las|los|el|al|of|the)[ \t]{1,2})?$/u;

/**
 * Spans over organisation head words right beside detected names and places: up to four
 * capitalised words after a span, each a head word (`Services`, `Co-op`, `Association`), a
 * landscape word inside the name (`Columbia [Basin Data Systems]`) or, among the first two, a word
 * of the trade (`Tallgrass [Well Service]`; never a function, clinical or care word), the last a
 * head word; or one
 * head word written before it (`Masjid`, `Congregation`, `Clínica del`), or what a center or an
 * institute is for (`Center for Movement Disorders`). In notes written in one case, capitals say
 * nothing and nothing is added.
 *
 * @param text - the note
 * @param detected - the spans found so far
 * @param caseless - whether the note is written in one case (ALL CAPS or all lower case)
 * @returns new spans (type `OTHER`, or the span's own type for a place or facility), none over text already covered
 * @example
 * ```ts
 * orgHeadSpans('Works at Halyard Robotics.', [{ start: 9, end: 16, type: 'NAME', source: 'x', confidence: 1 }], false);
 * // → one OTHER span over "Robotics"
 * ```
 */
export function orgHeadSpans(text: string, detected: readonly Span[], caseless: boolean): Span[] {
  if (caseless || detected.length === 0) return [];
  const found: Span[] = [];
  for (const s of mergeSpans(detected)) {
    if (!EXTENDED_TYPES.has(s.type)) continue;
    // a head in capitals only after a name in capitals (`Thermodilution CO` is cardiac output)
    const body = text.slice(s.start, s.end);
    const upperName = body === body.toUpperCase();
    const type: PhiType = s.type === 'NAME' ? 'OTHER' : s.type;
    // after: head words (and landscape words inside the name), the last one a head word
    let p = s.end;
    let first = -1;
    let end = -1;
    for (let k = 0; k < 4; k++) {
      const m = WORD_AFTER.exec(text.slice(p, p + 40));
      if (!m) break;
      const w = m[1]!.toLowerCase();
      if (!upperName && m[1] === m[1]!.toUpperCase() && !UPPER_HEADS.has(w)) break;
      const head = HEADS.has(w);
      // inside the name, before its head: a landscape word, or up to two capitalised words of
      // the trade (`Tallgrass [Well Service]`, `Sun Valley [Ski Education Foundation]`), never a
      // function, clinical or care word (`Dr. Lee Internal Medicine Service` keeps its service)
      if (!head && !TOPOGRAPHIC_WORD.test(w) && (k >= 2 || FUNCTION_WORD.test(w) || isKindOfCare(m[1]!) || isClinicalAbbreviation(w))) break;
      const wordStart = p + m[0].length - m[1]!.length - m[2]!.length;
      if (first < 0) first = wordStart;
      p = wordStart + m[1]!.length;
      // an abbreviated head keeps its full stop (`Co.`, `Inc.`)
      if (head) end = p + (DOTTED.has(w) ? m[2]!.length : 0);
    }
    if (end > 0) found.push({ start: first, end, type, source: ORG_HEAD_SOURCE, confidence: 0.6 });
    // a company's legal form after a comma (`Sunland Logistics, Inc.`, `Lakeshore Neurology Associates, P.C.`)
    const at = end > 0 ? end : s.end;
    const legal = LEGAL_FORM_AFTER.exec(text.slice(at, at + 12));
    if (legal) found.push({ start: at + legal[0].length - legal[1]!.length, end: at + legal[0].length, type, source: ORG_HEAD_SOURCE, confidence: 0.6 });
    // what a center or an institute is for (`Harlan Okafor Center for Movement Disorders`, `Lakeside
    // Institute for Sleep Medicine`): capitalised words after `for`, joined by `and` or `&` at most
    if (s.type !== 'NAME' && FOR_HEAD.test(body)) {
      const f = FOR_WHAT.exec(text.slice(s.end, s.end + 90));
      if (f) found.push({ start: s.end + 1, end: s.end + f[0].length, type, source: ORG_HEAD_SOURCE, confidence: 0.6 });
    }
    // before: one head word written first
    const b = WORD_BEFORE.exec(text.slice(Math.max(0, s.start - 40), s.start));
    if (b && HEADS_BEFORE.has(b[1]!.toLowerCase())) {
      const start = s.start - b[0].length;
      const words = b[0].trimEnd().split(/[ \t]+/);
      const particle = words.length > 1 && PARTICLES.test(words[words.length - 1]!);
      found.push({ start, end: start + (particle ? b[0].trimEnd().length : b[1]!.length), type, source: ORG_HEAD_SOURCE, confidence: 0.6 });
    }
  }
  return found;
}

/** A facility's or an organisation's head that a purpose may follow (`Center for`, `Institute for`). */
const FOR_HEAD = /(?:Center|Centre|Institute|Foundation|Clinic|Program|Alliance|Coalition|Network)$/;
/** `for`, maybe `the`, then one to four capitalised words (`and` or `&` between two of them). */
const FOR_WHAT = /^[ \t]for[ \t](?:the[ \t])?\p{Lu}[\p{Ll}'’-]{1,24}(?:[ \t](?:(?:and|&)[ \t])?\p{Lu}[\p{Ll}'’-]{1,24}){0,3}(?![\p{L}\p{M}\d])/u;

/** Particles inside a name or a place, between two detected parts (`Santiago de los Caballeros`, `Notre-Dame d'Haïti`). */
const PARTICLE_GAP = /^(?:[ \t]{1,2}(?:de|del|la|las|los|el|al|da|do|dos|das|di|du|della|von|van|der|den|ter|ten|bin|ibn|y|e)){1,3}[ \t]{1,2}$|^[ \t]{1,2}d['’]$/i;

/**
 * Spans over the particles between two detected names or places that are one name
 * (`Santiago [de los] Caballeros`, `Notre-Dame [d']Haïti`, `Maria [da] Graça`): a detector
 * that took each capitalised part left the particles, which tie the two and read as a name's.
 *
 * @param text - the note
 * @param detected - the spans found so far
 * @returns new spans over the gaps (the type of the span before), none where anything else lies between
 * @example
 * ```ts
 * particleGapSpans('to Santiago de los Caballeros', [at('Santiago'), at('Caballeros')]);
 * // → one span over "de los"
 * ```
 */
export function particleGapSpans(text: string, detected: readonly Span[]): Span[] {
  const merged = mergeSpans(detected);
  const found: Span[] = [];
  for (let k = 1; k < merged.length; k++) {
    const a = merged[k - 1]!;
    const b = merged[k]!;
    if (!EXTENDED_TYPES.has(a.type) || !EXTENDED_TYPES.has(b.type) || b.start - a.end > 16) continue;
    const gap = text.slice(a.end, b.start);
    if (!PARTICLE_GAP.test(gap)) continue;
    const lead = gap.length - gap.trimStart().length;
    const trail = gap.length - gap.trimEnd().length;
    found.push({ start: a.end + lead, end: b.start - trail, type: a.type, source: ORG_HEAD_SOURCE, confidence: 0.6 });
  }
  return found;
}
