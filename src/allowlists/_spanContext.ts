/**
 * Context checks for allow-list entries that only apply in some contexts (`# context: eponym`
 * and `# context: word`). Each looks at most a few characters and two words around the span,
 * so it is O(1) per span.
 *
 * @internal
 */
import { loadLexicon } from './loadLexicon.js';
import { CONSULTING_SERVICE, isKindOfCare } from '../text/detectors/_careKinds.js';
import { NAME_PARTICLE } from '../text/detectors/_nameParticles.js';
import { isClinicalAbbreviation } from '../text/detectors/rules/patterns/_lib.js';

/** Words that, right after an eponym, show it is used as a sign, score, disease or device. */
export const EPONYM_CUES: ReadonlySet<string> = new Set([
  'sign', 'signs', 'test', 'tests', 'disease', 'syndrome', 'score', 'scale', 'criteria', 'classification',
  'procedure', 'operation', 'maneuver', 'manoeuvre', 'reflex', 'phenomenon', 'palsy', 'catheter', 'tube',
  'bag', 'drain', 'triad', 'murmur', 'node', 'nodes', 'body', 'bodies', 'fracture', 'line', 'lines', 'type',
  'index', 'equation', 'formula', 'class', 'stage', 'staging', 'solution', 'pouch', 'repair', 'ulcer',
  'tumor', 'tumour', 'lymphoma', 'sarcoma', 'block', 'point', 'position', 'pugh', 'hess', 'fisher',
  'sequard', 'stokes', 'dementia', 'thyroiditis', 'ophthalmopathy', 'exophthalmos', 'tachycardia', 'esophagus',
  'positive', 'negative', 'neg', 'pos', 'trial', 'trials', 'study', 'law', 'laws', 'act',
  'lesion', 'lesions', 'diverticulum', 'hernia', 'cyst', 'kyphosis', 'joint', 'units', 'hump', 'fascia', 'nodule',
  'society', 'guidelines', 'guideline', 'recommendations',
  'abscess', 'plexus', 'deformity', 'cleft', 'malformation', 'anomaly', 'space', 'spaces', 'fissure', 'canal', 'triangle',
  'filter', 'needle', 'coil', 'coils', 'biplane', 'fat', 'foramen', 'category', 'component', 'criterion', 'extent', 'method',
  'shunt', 'cell', 'cells', 'grade', 'grading', 'disability', 'incision', 'pouch', 'fractures', 'level', 'update',
  // instruments, devices and findings named after people (`Morgan lens`, `Goldmann tonometer`, `Finnegan chart`)
  'lens', 'pupil', 'perimetry', 'inventory', 'chart', 'checklist', 'tonometer', 'tonometry', 'retractor', 'clamp', 'stain',
  'smear', 'forceps', 'scissors', 'suture', 'nevus', 'spots', 'ring', 'rings', 'valve', 'carcinoma', 'view', 'views', 'approach',
  'technique', 'respirations', 'angina', 'purpura', 'retinopathy', 'keratitis', 'pessary', 'speculum', 'tongs', 'pins', 'wires',
  'nails', 'rods', 'collar', 'brace', 'boot', 'bandage', 'blade', 'implant', 'prosthesis', 'cerclage', 'fundoplication', 'myotomy',
  'ligation', 'conduit', 'fistula', 'granuloma', 'neuroma', 'dystrophy', 'degeneration', 'contracture', 'aphasia', 'ataxia',
  'chorea', 'arteritis', 'encephalopathy', 'encephalitis', 'endocarditis', 'gangrene', 'paralysis', 'pearls', 'papules', 'striae',
  'reservoir', 'dilators', 'dissector', 'calipers', 'exophthalmometer', 'orchidometer', 'dynamometer', 'nomogram', 'protocol',
  'regimen', 'questionnaire', 'maneuvers', 'exercises', 'monofilament', 'tendon', 'ligament', 'ligaments', 'membrane', 'capsule',
  'bundle', 'waves', 'zone', 'zones', 'gland', 'glands', 'duct', 'fibers', 'nodules', 'bodies', 'spot',
  // measures, operations, parts and findings named after people (`Cobb angle`, `Ottawa rule`, `Roux limb`,
  // `Ladd bands`, `Ballard exam`, `Robson group`, `Simon foci`, `Killian polyp`)
  'angle', 'angles', 'rule', 'rules', 'complex', 'flap', 'law', 'effect', 'ratio', 'splint', 'osteotomy', 'focus', 'foci',
  'circuit', 'patch', 'injury', 'perforator', 'traction', 'curve', 'curves', 'modification', 'cast', 'instrumentation', 'fusion',
  'harness', 'gait', 'fragment', 'screw', 'screws', 'anastomosis', 'atrophy', 'arthropathy', 'aneurysm', 'tear', 'tears',
  'dehiscence', 'folds', 'plaques', 'artery', 'vein', 'tetralogy', 'circulation', 'balloon', 'colposuspension', 'pulse',
  'cardiomyopathy', 'exam', 'examination', 'bands', 'limb', 'anatomy', 'column', 'dermatome', 'group', 'polyp', 'bursa',
  'neuralgia', 'neuropathy', 'osteochondrosis', 'apophysitis', 'arthroplasty', 'arthrodesis', 'lesion', 'fixator', 'frame',
  'dressing', 'paresis', 'field', 'fields', 'gastropathy', 'akathisia', 'penetration', 'endoscopic',
  // a grade in Roman numerals (`Forrest III`, `Graf IIa`); not `I`, which is also the pronoun
  'ii', 'iii', 'iv', 'ia', 'ib', 'ic', 'iia', 'iib', 'iic', 'iiia', 'iiib', 'iiic',
]);

/** Words right before a token that make it a personal name (titles, relations, roles). */
export const NAME_CUES: ReadonlySet<string> = new Set([
  'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mister', 'prof', 'professor', 'rev', 'sister', 'brother',
  'wife', 'husband', 'son', 'daughter', 'dtr', 'mother', 'father', 'mom', 'dad', 'friend', 'niece', 'nephew',
  'aunt', 'uncle', 'cousin', 'grandson', 'granddaughter', 'grandmother', 'grandfather', 'fiance', 'fiancee',
  'partner', 'boyfriend', 'girlfriend', 'proxy', 'hcp', 'sis', 'bro', 'sil', 'dil', 'inlaw', 'named',
  'attending', 'resident', 'intern', 'fellow', 'nurse', 'rn', 'np', 'pa', 'md',
  'aide', 'caregiver', 'sw', 'cm', 'pharmacist', 'chaplain', 'interpreter', 'sitter', 'pca', 'cna', 'lpn', 'therapist',
  'coordinator', 'educator', 'dietitian', 'dietician', 'call', 'page', 'paged', 'ask', 'asked', 'tell', 'told', 'text', 'texted',
  'prefers', 'nicknamed', 'tech', 'lactation', 'ibclc', 'doula', 'midwife', 'navigator', 'scribe', 'slp', 'pct', 'emt', 'paramedic',
  'neighbor', 'neighbour', 'roommate', 'grandma', 'grandpa', 'granny', 'stepson', 'stepdaughter', 'stepmother', 'stepfather',
  'spouse', 'guardian', 'baby', 'attn', 'pref', 'aka', 'nickname', 'boss', 'auntie', 'aunty', 'imam', 'supervisor', 'foreman',
  'scheduler', 'interp', 'coworker', 'worker', 'colleague', 'classmate', 'teammate', 'housemate', 'landlord', 'landlady',
]);

/** Personal titles and the salutation `Dear`: a span right after one is a name whatever its text (`Dr. Foley`, `Dear Will,`). */
export const TITLES: ReadonlySet<string> = new Set(['dr', 'drs', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mister', 'prof', 'professor', 'dear']);

/**
 * True when an opening bracket stands between the word `prev` and `start`: a title never has one
 * before its name ("relapsing-remitting MS (McDonald criteria" is multiple sclerosis).
 */
function bracketBetween(text: string, prev: { word: string; start: number }, start: number): boolean {
  return /\([ \t]{0,2}$/.test(text.slice(prev.start + prev.word.length, start));
}

/** Titles of clergy before a name (`Rev.` is checked with its period). */
const CLERGY_TITLES: ReadonlySet<string> = new Set(['reverend', 'pastor', 'rabbi', 'imam', 'sheikh']);
/** Titles of police officers and judges before a name (shared with the rules' titled names). */
export const OFFICER_TITLES: ReadonlySet<string> = new Set(['officer', 'ofc', 'deputy', 'sgt', 'sergeant', 'detective', 'det', 'trooper', 'judge']);
/** True when the span starting at `start` directly follows a personal title, or a relation and an opening bracket (`Daughter (Clemency)`). */
export function afterTitle(text: string, start: number): boolean {
  const prev = wordBefore(text, start);
  if (prev === undefined) return false;
  if (TITLES.has(prev.word.toLowerCase())) return !bracketBetween(text, prev, start);
  // a cleric's title (`Rev. Lo`, `Pastor Lo`, `Imam Noorullah`); `Rev` only with its period (`Rev TKA` is a revision)
  const w = prev.word.toLowerCase();
  if (CLERGY_TITLES.has(w) || (w === 'rev' && text[prev.start + prev.word.length] === '.')) return /^\.?[ \t]{1,2}$/.test(text.slice(prev.start + prev.word.length, start));
  // a police officer's or a judge's title, written with its capital or its period (`Officer Dias`, `Sgt. Morrow`)
  if (OFFICER_TITLES.has(w) && (/^\p{Lu}/u.test(prev.word) || text[prev.start + prev.word.length] === '.')) return /^\.?[ \t]{1,2}$/.test(text.slice(prev.start + prev.word.length, start));
  // a relation and an opening bracket right before a name written as one: "Daughter (Clemency) flew
  // in" (not "GRANDDAUGHTER (SPOKESPERSON)", as the rules' context-name detector reads it too)
  return text.charCodeAt(start - 1) === 40 && /^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2)) && RELATION_BRACKET_WORD.test(prev.word) && /^[ \t]{0,2}\($/.test(text.slice(prev.start + prev.word.length, start));
}

/**
 * Role words whose value is a person (`Attending: MG`, `Night float JV`, `Covering: LA`,
 * `Signed: SA`, `per her PCP MG`): two or three capitals right after one are initials, even when
 * they spell a clinical abbreviation. `cc` counts only with its colon (`500 cc NS` is a volume).
 */
export const ROLE_CUES: ReadonlySet<string> = new Set([
  'attending', 'resident', 'intern', 'fellow', 'float', 'covering', 'cover', 'coverage', 'hospitalist', 'moonlighter',
  'nurse', 'rn', 'np', 'pa', 'md', 'pcp', 'radiologist', 'physician', 'surgeon', 'provider', 'signed', 'cosigned',
  'dictated', 'transcribed', 'typed', 'scribe', 'author', 'cc', 'technologist', 'tech', 'sonographer', 'reader', 'transcriptionist', 'typist',
  'signature', 'senior',
]);

/** Initials-like words that name a role or a care unit, not a person (`cc: PCP`, `Covering: ICU team`). */
const ROLE_INITIALS: ReadonlySet<string> = new Set(
  `pcp pmd hcp nok md mds do rn rns np nps pa pas rrt icu micu sicu ccu cvicu tsicu nicu picu ed er or pacu ems`.split(' '),
);

/**
 * Initials-like words that name a service someone talks to or a test that shows something
 * (`d/w GI`, `discussed with IR`, `paged RT`, `confirmed by CT`, `CT (ED)`).
 */
const SERVICE_INITIALS: ReadonlySet<string> = new Set(
  `rt pt ot slp st sw cm gi id ir ep ent ob gyn obgyn gu uro nsg nsgy cts acs ccs bmt onc cds
  ct cta mri mra us cxr xr kub pet ekg ecg eeg emg tte tee egd ercp abg vbg lp`.split(/\s+/),
);

/** Conversation cues just before initials: `d/w JT`, `discussed with JT`, `signed out to JT`, `paged JT`, `follow up with JT`. */
const CONVERSATION_BEFORE =
  /(?:\b[dst]\/w|\b(?:discussed|spoke|speaking|talked|talking|conversed|met|communicated|relayed|signed[ \t]out|handed[ \t]off|follow[ \t-]?up|followup|f\/u)[ \t]{1,2}(?:with|to|w\/)|\bcc'?d|\b(?:paged|notified|informed))[ \t]{0,2}:?[ \t]{0,2}$/i;

/** Words inside brackets after initials that make them a person's: `MG (night float)`, `SA (covering NP)`. */
const BRACKET_ROLES: ReadonlySet<string> = new Set([
  'night', 'float', 'covering', 'cross', 'on', 'resident', 'intern', 'fellow', 'attending', 'hospitalist', 'moonlighter', 'np', 'pa', 'rn', 'md', 'pcp',
]);
/** Care units in brackets after initials: `LS (ED)` is someone in the emergency department, unless the initials are a service or test (`CT (ED)`). */
const BRACKET_UNITS: ReadonlySet<string> = new Set(['ed', 'er', 'icu', 'micu', 'sicu', 'ccu', 'radiology', 'surgery', 'medicine']);

/** A consulting service or consult right before a bracket holding a person: `was consulted (SS)`, `Palliative care (SA) followed`. */
const SERVICE_BEFORE_BRACKET =
  /\b(?:care|medicine|surgery|psychiatry|therapy|work|nutrition|pharmacy|consulted|consult|consults|team|service|[a-z]{2,20}ology|cards|neuro|renal|pulm|heme|onc|ortho|gyn|derm)[ \t]{0,2}\([ \t]{0,2}$/i;
/** A verb of reporting earlier in a sentence that ends `by XY.`: `Findings were communicated to Dr. A at 3 PM by LA.` */
const REPORTING_VERB = /\b(?:communicated|discussed|notified|paged|called|reported|relayed|conveyed|telephoned|informed)\b/i;

/**
 * The sentence that ends at `at`: back to the last full stop before a capital (not after a short
 * capitalised abbreviation: `Dr.`, `Oct.`), question or exclamation mark, or line break, over
 * 150 characters at most.
 */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 150);
  let i = at;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 33 || c === 63) break;
    if (c === 46 && text.charCodeAt(i) === 32 && isUpper(text.charCodeAt(i + 1))) {
      // "Dr. A", "Oct. 25th" go on; "seen. Then" ends the sentence
      let w = i - 1;
      while (w > from && isLetter(text.charCodeAt(w - 1))) w--;
      const word = text.slice(w, i - 1);
      if (!(word.length >= 1 && word.length <= 4 && isUpper(word.charCodeAt(0)))) break;
    }
    i--;
  }
  return text.slice(i, at);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** What follows the reporter's initials: the sentence's end, or how or when they reported (`by DM on the telephone`, `by DM at 3:10`). */
const REPORT_CLOSE = /^(?:[.;,)]|[ \t]*(?:\n|$)|[ \t]{1,2}(?:(?:on|via|over|by)[ \t]{1,2}(?:the[ \t]{1,2})?(?:tele)?phone|at[ \t]{1,2}\d))/i;
const INITIALS = /^(?:\p{Lu}\.?){2,3}$/u;

/**
 * True when `letters` are the first letters of the last words before the bracket that ends
 * `before` (`Physical Therapy (PT)`, `sinoatrial (SA)` is not): the bracket then spells out an
 * abbreviation rather than naming a person. Scans back over at most three words.
 */
export function spellsWordsBefore(before: string, letters: string): boolean {
  let i = before.length;
  while (i > 0 && (before.charCodeAt(i - 1) === 32 || before.charCodeAt(i - 1) === 9)) i--;
  if (before.charCodeAt(i - 1) !== 40) return false; // '('
  i--;
  let firsts = '';
  for (let k = 0; k < 3 && firsts.length < letters.length; k++) {
    while (i > 0 && (before.charCodeAt(i - 1) === 32 || before.charCodeAt(i - 1) === 9 || before.charCodeAt(i - 1) === 45)) i--;
    const end = i;
    while (i > 0 && isLetter(before.charCodeAt(i - 1))) i--;
    if (i === end) break;
    firsts = before[i]!.toLowerCase() + firsts;
  }
  return firsts.length > 0 && firsts.endsWith(letters);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A staff label, its first person's initials and a slash, before a second person's (`Tech: BG/`, `Sonographer: KL / `). */
const STAFF_PAIR_BEFORE = /\b(?:tech|techs|technologist|technologists|sonographer|rt|tr|trans|dict|d\/t)[ \t]{0,2}:?[ \t]{0,3}[A-Za-z]{2,4}[ \t]{0,2}\/[ \t]{0,2}$/i;
/** A sentence's end and a dash before initials (`. -AR`, `! — LS`). */
const DASH_SIGN_BEFORE = /[.!?)][ \t]{1,3}(?:-{1,2}|[–—~])[ \t]?$/;

/**
 * True when the span `[start, end)` is two or three capitals (optionally dotted) used as a
 * person's initials: right after a role word (`Attending: MG`, `Night float TB`, `cc: SA`,
 * `per her PCP MG`) or a conversation cue (`d/w KS`, `discussed with TB`, `follow up with DC`),
 * in brackets after a consulting service (`was consulted (SS)`, `Palliative care (SA)`, not
 * `Physical Therapy (PT)`), closing a sentence of reporting (`communicated to Dr. A at 3 PM by
 * LA.`), before a role in brackets (`LA (covering NP)`, `LS (ED)`), as a staff field's second
 * initials (`Tech: BG/TF`) or signing a message after a dash at its line's end (`… in Arabic. -AR`). Services, tests and
 * roles (`d/w GI`, `confirmed by CT`, `cc: PCP`), `Mg 2.0` and `TB test` are no such use. O(1):
 * a bounded window each side.
 */
export function initialsInRole(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  if (!INITIALS.test(span)) return false;
  const letters = span.replace(/\./g, '').toLowerCase();
  if (ROLE_INITIALS.has(letters)) return false;
  const prev = wordBefore(text, start);
  if (prev) {
    const w = prev.word.toLowerCase();
    const gap = text.slice(prev.start + prev.word.length, start);
    if (ROLE_CUES.has(w) && /^[ \t]*:?[ \t]*$/.test(gap) && (w !== 'cc' || gap.includes(':'))) return true;
    // "Transcribed by: KB", "Dictated by JS": the role verb, then `by`
    if (w === 'by' && /^[ \t]*:?[ \t]*$/.test(gap)) {
      const verb = wordBefore(text, prev.start);
      if (verb && ROLE_CUES.has(verb.word.toLowerCase()) && /^[ \t]{1,2}$/.test(text.slice(verb.start + verb.word.length, prev.start))) return true;
    }
  }
  const service = SERVICE_INITIALS.has(letters);
  const before = text.slice(Math.max(0, start - 160), start);
  // the second of a staff field's initials (`Tech: BG/TF`), or initials signing a message at its
  // line's end after a dash (`reviewed in Arabic. -AR`)
  if (STAFF_PAIR_BEFORE.test(before.slice(-40))) return true;
  if (DASH_SIGN_BEFORE.test(before.slice(-8)) && /^[ \t]{0,2}(?:\r?\n|$)/.test(text.slice(end, end + 4))) return true;
  if (!service && CONVERSATION_BEFORE.test(before.slice(-24))) return true;
  const closes = /^[ \t]{0,2}[),]/.test(text.slice(end, end + 3));
  if (!service && closes && SERVICE_BEFORE_BRACKET.test(before.slice(-32)) && !spellsWordsBefore(before.slice(-64), letters)) return true;
  if (!service && REPORT_CLOSE.test(text.slice(end, end + 24))) {
    const sentence = sentenceBefore(text, start);
    if (/\bby[ \t]{1,2}$/i.test(sentence) && REPORTING_VERB.test(sentence)) return true;
  }
  let i = end;
  while (i < text.length && i < end + 2 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (text.charCodeAt(i) !== 40) return false; // '('
  const next = wordAfter(text, i + 1);
  if (next === undefined || next.start !== i + 1) return false;
  const role = next.word.toLowerCase();
  return BRACKET_ROLES.has(role) || (!service && BRACKET_UNITS.has(role));
}

/** A move into or out of a place just before a facility's initials: `discharged to SAH`, `transferred from the UGH`, `resides at CCH`. */
const MOVE_BEFORE =
  /\b(?:discharged|transferred|transfer|admitted|presented|sent|returned|came|brought|resides|residing|lives|living)[ \t]{1,2}(?:back[ \t]{1,2})?(?:to|from|at|in)[ \t]{1,2}(?:the[ \t]{1,2})?$/i;
/** Kinds of place and care units a patient moves to that are no particular facility (`discharged to SNF`, `transferred to CCU`). */
const PLACE_KIND_INITIALS: ReadonlySet<string> = new Set(
  `snf ltac ltach ltc ecf alf nh osh rehab vna hha sar ar ipr irf acr tcu ccu icu micu sicu cvicu tsicu ccu nicu picu pacu
  ed er or ir ep ct mri us cath pcu imcu stepdown`.split(/\s+/),
);

/**
 * Distinctive words that name a hospital alone (`Mercy`, `Deaconess`), capitalised, as a regex
 * source: shared by the hospital rule, which finds them after a place preposition, and the allow
 * list, which keeps them there.
 */
export const ONE_WORD_FACILITY_NAMES = '(?:Mercy|Deaconess|Shriners|Sinai|Presbyterian|Methodist|Baptist|Lutheran|Adventist|Episcopal)';
/** After such a word, what makes it a church, a faith or a school, not a hospital (regex source). */
export const NOT_A_FACILITY_AFTER = '[ \\t]{1,2}(?:church|churches|minister|pastor|faith|religion|service|services|congregation|school|college|university)\\b';
const ONE_WORD_FACILITY_NAME = new RegExp(`^${ONE_WORD_FACILITY_NAMES}$`);
const NOT_A_FACILITY = new RegExp(`^${NOT_A_FACILITY_AFTER}`, 'i');

/**
 * True when the HOSPITAL span `[start, end)` is two to five capitals right after a move into or
 * out of a place (`discharged to SAH`, `transferred from CC`): the initials of a facility, even
 * when they spell a clinical abbreviation. Kinds of place and units (`discharged to SNF`,
 * `transferred to CCU`, `sent to CT`) are no facility. O(1).
 */
export function facilityAfterMove(text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  // a hospital by its one distinctive word after a place preposition: "brought him to Mercy"
  if (ONE_WORD_FACILITY_NAME.test(span) && /\b(?:to|at|from|in|@)[ \t]{1,2}(?:the[ \t]{1,2})?$/.test(text.slice(Math.max(0, start - 12), start))) {
    // not a church or a faith: "services at Methodist church"
    return !NOT_A_FACILITY.test(text.slice(end, end + 16));
  }
  if (!/^\p{Lu}{2,5}$/u.test(span) || PLACE_KIND_INITIALS.has(span.toLowerCase()) || SERVICE_INITIALS.has(span.toLowerCase())) return false;
  return MOVE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** Words right after a token that make it a personal name (credentials). */
export const NAME_TRAILERS: ReadonlySet<string> = new Set(['rn', 'np', 'md', 'do', 'pa', 'lpn', 'cna', 'rrt', 'phd', 'pharmd', 'msw', 'lcsw']);

/**
 * A relation or proxy written in brackets after a name (`Bill (son)`, `Grace (pt's HCP)`), as a
 * regex source: shared by the context-name rule, which finds such names, and the allow list,
 * which keeps them.
 */
export const RELATION_IN_BRACKET =
  "(?:wife|husband|spouse|partner|son|daughter|mother|mom|father|dad|brother|sister|niece|nephew|aunt|uncle|cousin|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|stepson|stepdaughter|son-in-law|daughter-in-law|fianc[eé]e?|boyfriend|girlfriend|friend|neighbou?r|roommate|caregiver|hcp|proxy|health[ \\t]{1,2}care[ \\t]{1,2}proxy|poa|nok|guardian)";
/** A relation alone, whose name may follow in brackets (`Daughter (Clemency)`: {@link afterTitle}). */
const RELATION_BRACKET_WORD = new RegExp(`^${RELATION_IN_BRACKET}$`, 'i');
/** Between the bracket and the relation: `the pt's`, `patient's`, `his`, `her`. */
export const RELATION_OWNER = "(?:(?:the[ \\t]{1,2})?(?:pt|patient)['’]?s[ \\t]{1,2}|(?:his|her|their)[ \\t]{1,2})?";
/** A relation in brackets right after a token: `Bill (son)`, `Grace (pt's HCP)`. */
const BRACKETED_RELATION_AFTER = new RegExp(`[ \\t]?\\([ \\t]{0,2}${RELATION_OWNER}${RELATION_IN_BRACKET}\\b`, 'iy');

/** A clinician's role in brackets right after a token: `Mark (EP fellow)`, `Joy (night RN)`. */
const BRACKETED_ROLE_AFTER =
  /[ \t]?\([ \t]{0,2}(?:(?!per\b|by\b|via\b|to\b|from\b)[A-Za-z/&-]{1,14}[ \t]{1,2}){0,2}(?:fellow|resident|intern|attending|rn|np|pa|md|nurse|pharmacist|sw|cm|rt|pt|ot|slp|hospitalist|surgeon|pcp|chaplain|interpreter|aide|therapist)[ \t]{0,2}\)/iy;

/** Verbs right after a token that make it a person who did something ("bill called", "Pat visited"). */
export const PERSON_VERBS: ReadonlySet<string> = new Set(['called', 'phoned', 'visited', 'telephoned']);

const MAX_GAP = 4;
const MAX_WORD = 40;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** The word after `from` (skipping at most a few separators), or undefined. */
export function wordAfter(text: string, from: number): { word: string; start: number } | undefined {
  let i = from;
  const stop = Math.min(text.length, from + MAX_GAP);
  while (i < stop && !isWordChar(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 10) return undefined; // never across a line break
    i++;
  }
  if (i >= text.length || !isWordChar(text.charCodeAt(i))) return undefined;
  const start = i;
  const wstop = Math.min(text.length, start + MAX_WORD);
  while (i < wstop && isWordChar(text.charCodeAt(i))) i++;
  return { word: text.slice(start, i), start };
}

/** The word before `to` (skipping at most a few separators), or undefined. */
export function wordBefore(text: string, to: number): { word: string; start: number } | undefined {
  let i = to;
  const stop = Math.max(0, to - MAX_GAP);
  while (i > stop && !isWordChar(text.charCodeAt(i - 1))) {
    if (text.charCodeAt(i - 1) === 10) return undefined;
    i--;
  }
  if (i <= 0 || !isWordChar(text.charCodeAt(i - 1))) return undefined;
  const end = i;
  const wstop = Math.max(0, end - MAX_WORD);
  while (i > wstop && isWordChar(text.charCodeAt(i - 1))) i--;
  return { word: text.slice(i, end), start: i };
}

/** True when the span `[start, end)` is followed by an eponym cue (`Murphy's sign`, `Allen test`). */
export function followedByEponymCue(text: string, end: number): boolean {
  let e = end;
  // possessive: 's / ’s / s'
  const c0 = text.charCodeAt(e);
  if ((c0 === 39 || c0 === 0x2019) && (text.charCodeAt(e + 1) | 32) === 115 && !isWordChar(text.charCodeAt(e + 2) || 32)) e += 2;
  let next = wordAfter(text, e);
  if (!next) return false;
  let w = next.word.toLowerCase();
  if (w === 's') {
    next = wordAfter(text, next.start + 1);
    if (!next) return false;
    w = next.word.toLowerCase();
  }
  // "Fleischner 2017 guidelines": the year of a guideline between the eponym and its cue
  if (/^(?:19|20)\d\d$/.test(w)) {
    const after = wordAfter(text, next.start + w.length);
    return after !== undefined && EPONYM_CUES.has(after.word.toLowerCase());
  }
  // "Bennett and Rolando fractures", "No Smith or Barton component": a second eponym, then the cue
  if ((w === 'and' || w === 'or') && text.charCodeAt(next.start + w.length) === 32) {
    const other = wordAfter(text, next.start + w.length);
    if (other && isCapitalised(other.word)) {
      let after = wordAfter(text, other.start + other.word.length);
      if (after && after.word.toLowerCase() === 's') after = wordAfter(text, after.start + 1);
      return after !== undefined && EPONYM_CUES.has(after.word.toLowerCase());
    }
  }
  if (EPONYM_CUES.has(w)) return true;
  // words of what kind between: "Fitzpatrick skin type", "Goldmann kinetic perimetry", "Goldman cardiac risk index"
  return kindThenCue(text, e);
}

/**
 * True when one or two words of {@link EPONYM_KIND} follow `from` (a space or two before each),
 * then an {@link EPONYM_CUES} word: `skin type`, `kinetic perimetry`, `cardiac risk index`.
 */
export function kindThenCue(text: string, from: number): boolean {
  let at = from;
  for (let k = 0; k < 3; k++) {
    const m = /^[ \t]{1,2}([\p{L}-]{2,20})/u.exec(text.slice(at, at + 24));
    if (m === null) return false;
    const w = m[1]!.toLowerCase();
    if (k > 0 && EPONYM_CUES.has(w)) return true;
    if (k === 2 || !EPONYM_KIND.has(w)) return false;
    at += m[0].length;
  }
  return false;
}
/** Words between an eponym and its cue that say what kind of test, chart or score it is (never a person's: no `pressure` or `wound`). */
export const EPONYM_KIND: ReadonlySet<string> = new Set(
  ('skin stool kinetic static impingement depression anxiety cardiac risk cell forward bend anterior posterior drawer apprehension ' +
    'relocation compression distraction squeeze grind balance gait mobility sleepiness abstinence withdrawal neonatal developmental ' +
    'motor visual cognitive memory severity rating color colour contact applanation verbal intelligence itch').split(' '),
);

function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * A hand-over or a message left for someone (`Sign-out given to`, `handoff to`, `Handoff:`, `left a
 * message for`, `VM left for`), as regex source: the person follows. Shared with the rules
 * (`contextName.ts`).
 *
 * @internal
 */
export const HANDOFF_CUE =
  '(?:(?:sign-?out|report|handoff|hand-off|message|msg|vm|voicemail)[ \\t]{1,2}(?:given|passed|sent|left|handed)?[ \\t]{0,2}(?:to|for)|(?:handoff|hand-off|sign-?out)[ \\t]{0,2}:|handing[ \\t]{1,2}(?:off|over)[ \\t]{1,2}to|left[ \\t]{1,2}(?:a[ \\t]{1,2})?(?:message|msg|vm|voicemail)[ \\t]{1,2}(?:for|with))';
/**
 * A cue of talking, handing over or reporting right before a word (`discussed with`, `per`,
 * `given to`, {@link HANDOFF_CUE}), a message's address label (`cc:`, `To:`) or a closing word and
 * its comma (`Thanks,`): a capitalised word after it is the person spoken to.
 */
const TALK_CUE_BEFORE = new RegExp(
  `(?:\\b(?:spoke|speak|speaking|talked|talking|discussed|discussing|met|meeting|conferred|d\\/w|s\\/w|t\\/w|updated|reviewed)[ \\t]{1,2}(?:with|w\\/)|\\bper|\\b(?:given|handed|passed)[ \\t]{1,2}to|\\b${HANDOFF_CUE}|(?:^|\\n)[ \\t]{0,8}(?:cc|to|from|attn|attention)[ \\t]{0,4}:|\\b(?:thanks|thank[ \\t]you|thx|mahalo|cheers|regards|sincerely)[ \\t]{0,2}(?:,|[-–—]{1,2})(?:[ \\t]{0,3}\\r?\\n)?)[ \\t]{0,4}$`,
  'i',
);
/**
 * Services and desks that send a person (`Blessing from social work`, `Lucky from transport`), as
 * regex source. Shared with the rules (`contextName.ts`).
 *
 * @internal
 */
export const SENDING_SERVICE =
  '(?:social[ \\t]work|sw|pt|ot|slp|speech|nutrition|dietary|pharmacy|case[ \\t](?:management|mgmt)|cm|transport|hospice|palliative|chaplaincy|spiritual[ \\t]care|interp(?:reter)?(?:[ \\t]services)?|lab|phlebotomy|radiology|front[ \\t]desk|billing|scheduling|registration|admitting|home[ \\t]health|wound[ \\t]care|child[ \\t]life|patient[ \\t]relations|security|respiratory|rt|ir|\\p{L}{3,20}(?:ology|iatry|iatrics))(?![\\p{L}])';
const FROM_SERVICE_AFTER = new RegExp(`^[ \\t]{1,2}from[ \\t]{1,2}(?:the[ \\t]{1,2})?${SENDING_SERVICE}`, 'iu');

/** An opening bracket or a call-back label right before a word, as regex source ({@link inNameContext}; shared with the rules' person to call). */
export const CALL_PERSON_CUE = '(?:\\(|\\b(?:[Cc]allback|CALLBACK|[Cc]all[ -]back|[Cc]ontact(?:[ \\t]person)?|[Rr]each)[ \\t]{0,2}:?)[ \\t]{0,2}';
/** A phone number right after a word, perhaps after a comma, as regex source (shared with the rules' person to call). */
export const PHONE_AFTER_WORD = '[ \\t]{0,2},?[ \\t]{0,2}(?:\\(\\d{3}\\)[ \\t]?|\\d{3}[ .-])?\\d{3}[ .-]\\d{4}(?!\\d)';
const CALL_PERSON_BEFORE = new RegExp(`${CALL_PERSON_CUE}$`);
const PHONE_RIGHT_AFTER = new RegExp(`^${PHONE_AFTER_WORD}`);
/**
 * True when a word-like entry at `[start, end)` is used as a personal name: a title or
 * relation before it (`daughter May`), a credential after it (`Mark RN`), a surname after it
 * that is not an everyday word (`Bill Kowalski`); capitalised, a cue of talking or handing over
 * before it (`discussed with Faith`, `Per Joy`, `sign-out given to Hope`), a service sending it
 * after it (`Blessing from social work`), or a phone number right after it, the word opening a
 * bracket or after a call-back label (`(Joy, 413-555-0197)`).
 */
export function inNameContext(text: string, start: number, end: number): boolean {
  if (nameCueBefore(text, start)) return true;
  if (/^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2)) && (TALK_CUE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || FROM_SERVICE_AFTER.test(text.slice(end, end + 40)))) return true;
  // the person to call, right before the number: "(Joy, 413-555-0197)", "Callback: Fue (508) 555-0135"
  if (/^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2)) && CALL_PERSON_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && PHONE_RIGHT_AFTER.test(text.slice(end, end + 20))) return true;
  const prev = wordBefore(text, start);
  // "the patient, Bill, was seen": set off by commas right after `patient`
  if (prev && /^(?:pt|patient)$/i.test(prev.word) && /^,[ \t]{1,2}$/.test(text.slice(prev.start + prev.word.length, start)) && text.charCodeAt(end) === 44) return true;
  if (text.charCodeAt(end) === 40 || text.charCodeAt(end + 1) === 40) {
    BRACKETED_RELATION_AFTER.lastIndex = end;
    if (BRACKETED_RELATION_AFTER.test(text)) return true;
    BRACKETED_ROLE_AFTER.lastIndex = end;
    if (BRACKETED_ROLE_AFTER.test(text)) return true;
  }
  const next = wordAfter(text, end);
  if (!next) return false;
  const w = next.word.toLowerCase();
  if (NAME_TRAILERS.has(w) || PERSON_VERBS.has(w)) return true;
  const span = text.slice(start, end);
  // "Bill Kowalski": the span and the next word are both capitalised and the next word is an
  // uncommon surname.
  if (isCapitalised(span) && isCapitalised(next.word) && w.length > 1) {
    if (loadLexicon('surnames').has(w) && !loadLexicon('common-words').has(w)) return true;
  }
  return false;
}

/**
 * A chat line's stamp before its sender, as regex source: an optional date, then a time, maybe in
 * brackets (`14:06 `, `4/11 07:02 `, `[04/11/2022 02:14] `). Shared with the rules' chat-sender
 * patterns (`contextName.ts`).
 *
 * @internal
 */
export const CHAT_STAMP = '\\[?(?:\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?,?[ \\t]{1,3})?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ \\t]?[AaPp][Mm])?\\]?[ \\t]{1,3}';
/**
 * A reply's word before a chat line's stamp (`Reply 11:41 Faith:`), optional, as regex source.
 * Shared with the rules' chat-sender patterns.
 *
 * @internal
 */
export const REPLY_OPENING = '(?:(?:Reply|REPLY|Response|RESPONSE|Answer)[ \\t]{1,2})?';
/** A chat line's opening up to its sender, a reply's word maybe first. */
const CHAT_TIME_BEFORE = new RegExp(`^[ \\t]{0,3}${REPLY_OPENING}${CHAT_STAMP}$`);

/**
 * True when `[start, end)` is a chat line's sender, right after its time and before a colon (or a
 * role in brackets and a colon): `14:06 grace: thiamine started`, `00:14  Cook, Sterling: FAST
 * positive`. The place decides, as a title does.
 */
export function isChatSender(text: string, start: number, end: number): boolean {
  if (!/^(?:[ \t]{1,2}\([^()\n]{1,24}\))?:[ \t]/.test(text.slice(end, end + 30))) return false;
  return CHAT_TIME_BEFORE.test(text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 40), start));
}

/**
 * True when `[start, end)` is a dictator's or typist's initials in a dictation footer (`D: RT
 * T: mkv   DD: 03/02/2024`): the place decides, as a title does.
 */
export function inDictationFooter(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  if (!/^[ \t]{0,3}D:[ \t]{1,3}[A-Za-z]{2,3}[ \t]{2,}T:[ \t]{1,3}[A-Za-z]{2,3}(?:[ \t]|$)/.test(line)) return false;
  return /(?:^[ \t]{0,3}D:|[ \t]T:)[ \t]{1,3}$/.test(text.slice(lineStart, start));
}

/**
 * The words that give the name someone goes by (`goes by`, `prefers to be called`, `aka`), as a
 * regex alternation: shared with the rules' context-name detector, which finds the name after them,
 * so the allow list lets through what that rule found.
 *
 * @internal
 */
export const NAME_GIVEN_WORDS = 'goes[ \\t]by|pref\\.|preferred[ \\t]name:?|prefers[ \\t]to[ \\t]be[ \\t]called|nickname:?|aka|a\\.k\\.a\\.|known[ \\t]as';
/** Those words (or `calls him` before a quote) right before a name, maybe with a kin word of the nickname (`calls him "Uncle Dave"`). */
const NAME_GIVEN_BEFORE = new RegExp(`\\b(?:${NAME_GIVEN_WORDS}|calls?[ \\t](?:him|her|me|them)(?=[ \\t]{1,2}["“']))[ \\t]{1,2}["“'‘]?(?:(?:Uncle|Auntie|Aunty|Aunt|Tita|Tito|Lola|Lolo|Tía|Tia|Tío|Tio|Big|Little|Lil)[ \\t])?$`, 'i');

/**
 * True when the words before `start` give the name someone goes by (`prefers to be called "Tala"`,
 * `aka Junior`, `calls him "Uncle Dave"`): the cue decides over the allow list, as a title does.
 *
 * @param text - the note
 * @param start - where the word starts
 * @returns true when a cue of a name given comes right before it
 */
export function afterNameGiven(text: string, start: number): boolean {
  return NAME_GIVEN_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** Kin right before a given name: the word names the person whatever else it is (`son Glenn`, `wife Iris`). */
const KIN_BEFORE: ReadonlySet<string> = new Set(
  'wife husband son daughter dtr mother father mom dad brother sister niece nephew aunt uncle cousin grandson granddaughter grandmother grandfather stepson stepdaughter fiance fiancee boyfriend girlfriend named nicknamed'.split(' '),
);

/** The kind of name before `name` (`English name "Hope"`, `first name: Joy`). */
const NAME_KIND_BEFORE = /\b(?:english|given|first|middle|legal|chosen|preferred|baby['’]?s)[ \t]$/i;

/**
 * True when `[start, end)` is a capitalised given name (first-name lexicon, or a word no English
 * word list knows) right after a word for kin and one space, and no eponym cue follows it (`his
 * son Glenn found him`, `Sister Nou had chickenpox`, not `son Glenn shunt`): the relation decides
 * over the allow list, as a title does.
 */
export function afterKin(text: string, start: number, end: number): boolean {
  const prev = wordBefore(text, start);
  if (prev === undefined) return false;
  const gap = text.slice(prev.start + prev.word.length, start);
  // one space, or a quote after it for a name given (`English name "Hope"`)
  if (gap !== ' ' && !/^(?: ["“]|: ["“]?|, ["“]?)$/.test(gap)) return false;
  const w = prev.word.toLowerCase();
  const kin = KIN_BEFORE.has(w) ? gap === ' ' || w === 'named' || w === 'nicknamed' : w === 'name' && NAME_KIND_BEFORE.test(text.slice(Math.max(0, prev.start - 12), prev.start));
  if (!kin || !/^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2))) return false;
  const word = text.slice(start, end);
  const lower = word.toLowerCase();
  // a given name no name list holds counts too when no English word list knows it either
  // ("Sister Nou", though a Haitian Creole list keeps "nou"; not "son Will", "daughter Present")
  const named = loadLexicon('first-names').has(lower) || (/^\p{Lu}\p{Ll}{1,20}$/u.test(word) && !loadLexicon('common-words').has(lower));
  return named && !followedByEponymCue(text, end);
}

/**
 * Endings of nonproprietary drug names (USAN and INN stems: -vir, -mab, -nib, -pril, -olol,
 * -cillin, -terol, -onide…) and the Greek letters of biologics (`dornase alfa`).
 *
 * @internal
 */
export const DRUG_STEM =
  /(?:vir|mab|nib|pril|sartan|olol|alol|dipine|statin|cillin|mycin|micin|oxacin|cycline|azole|parin|xaban|gatran|gliptin|gliflozin|tide|relin|lukast|tidine|setron|triptan|zepam|zolam|barbital|caine|profen|sone|olone|platin|rubicin|taxel|vudine|cept|kinase|plase|pegol|alfa|alpha|beta|gamma|sumab|zumab|ximab|umab|denosumab|parib|ciclib|lisib|fenib|rafenib|tinib|triptyline|oxetine|azepam|idone|apine|pramine|floxacin|conazole|fungin|bactam|penem|dronate|tropin|parathide|ermin|staurin|icase|vedotin|deruxtecan|terol|onide)$|^cef|^gado/;

/** After a drug: its dose (`Nicoderm 14 mg`, `Lasix 40`), or its form (`Voltaren gel`, `Forteo injections`, `Symbicort inhaler`). */
const DOSE_OR_FORM_AFTER =
  /^[ \t]{1,2}(?:\d{1,4}(?:[.,]\d{1,3})?[ \t]{0,2}(?:mg|mcg|µg|ug|g|gm|grams?|units?|iu|ml|meq|mmol|%|mg\/kg|mcg\/kg|mg\/day|mcg\/hr|mg\/ml)(?![\p{L}])|(?:gel|cream|ointment|patch|patches|injection|injections|infusion|infusions|tablet|tablets|tabs|capsule|capsules|caps|drops|inhaler|inhalers|spray|nasal|lotion|solution|suspension|pen|pens|diskus|respimat|flexpen|kwikpen|autoinjector|lozenge|lozenges|vial|vials)(?![\p{L}]))/iu;
/** A release form's capitals after a brand (`Wellbutrin XL`, `Ventolin HFA`): in capitals only (`Sione Sr.` is a name). */
const RELEASE_FORM_AFTER = /^[ \t]{1,2}(?:XR|ER|SR|XL|CR|ODT|HFA|LA|CD)(?![\p{L}])/u;
/** Before a name in a sign-out row or after a person word: a bed or room, `pt`, `patient`, a title (a numbered list is a medication list as often: `1. Lasix 40 mg`). */
const PERSON_PLACE_BEFORE = /(?:\b(?:bed|rm|room)[ \t]{0,2}\d{1,4}[A-Z]?[ \t]{0,2}[-:|]?[ \t]{0,2}|\b(?:pt|patient|mr|mrs|ms|miss|dr)\.?[ \t]{1,2})$/i;
/** After a brand: its generic name alone in brackets (`Evenity (romosozumab)`, `Dotarem (gadoterate)`). */
const GENERIC_IN_BRACKETS_AFTER = /^[ \t]{0,2}\([ \t]{0,2}(\p{Ll}{4,30})(?:[ \t]\p{Ll}{3,12})?[ \t]{0,2}[),;]/u;

/**
 * True when `[start, end)` is a drug's brand used as one, whatever a name lexicon says: one or two
 * capitalised words before a dose or a form (`Started Nicoderm 14 mg`, `Voltaren gel`, `declined
 * Forteo injections`), or before its generic name in brackets (`Evenity (romosozumab)`). A title
 * before a name decides first (`Dr. Gel`).
 */
export function drugInUse(text: string, start: number, end: number): boolean {
  const body = text.slice(start, end);
  if (!/^\p{Lu}[\p{L}\d-]{1,30}(?:[ \t]\p{Lu}{1,4})?$/u.test(body)) return false;
  // where a person is named, a dose after the name is an order for them ("Bed 12 Garcia 2 units PRBC", "pt Quenby 5 mg")
  if (PERSON_PLACE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  const after = text.slice(end, end + 40);
  if (DOSE_OR_FORM_AFTER.test(after) || RELEASE_FORM_AFTER.test(after)) return true;
  const g = GENERIC_IN_BRACKETS_AFTER.exec(after);
  return g !== null && DRUG_STEM.test(g[1]!) && !loadLexicon('common-words').has(g[1]!);
}

/** A prefix glued to a capitalised word by a hyphen: the word is used as an eponym's adjective (`non-Hodgkin`, `post-Whipple`). */
const PREFIX_HYPHEN_BEFORE = /(?:^|[^\p{L}])(?:non|anti|post|pre|pro|pseudo|para|peri|semi|neo|sub|un|mid|ex)-$/iu;

/**
 * True when `[start, end)` is a word of a compound no name makes: a capitalised word glued by a
 * hyphen to a lower-case word (`Dex-related`, `Geri-ortho`, `Parkinson-like`) or to a regimen's
 * capitals (`Pola-R-CHP`), or after a prefix and a hyphen (`non-Hodgkin`); drug names joined in
 * lower case (`budesonide-formoterol`, by their stems); a class in Roman numerals and a letter
 * (`Forrest Ib`, `type IIa`). A title or a relation before the word decides first (see the allow list).
 */
export function nameCompoundInUse(text: string, start: number, end: number): boolean {
  const body = text.slice(start, end);
  if (/^(?:I{1,3}|IV|VI{0,3}|IX)[a-d]$/.test(body)) return true;
  if (/^\p{Ll}{3,30}(?:-\p{Ll}{3,30}){1,2}$/u.test(body)) return body.split('-').every((w) => w.length >= 6 && DRUG_STEM.test(w));
  // a regimen's parts read as one (`Pola-R-CHP`, or `Pola-R` of it)
  if (/^\p{Lu}\p{Ll}{1,30}(?:-\p{Lu}{1,5}){2,3}$/u.test(body) || (/^\p{Lu}\p{Ll}{1,30}-\p{Lu}{1,5}$/u.test(body) && text.charCodeAt(end) === 45)) return true;
  if (!/^\p{Lu}[\p{Ll}'’]{1,30}(?:-\p{Ll}{2,20})?$/u.test(body)) return false;
  if (body.includes('-')) return wordOfCompound(body.slice(body.indexOf('-') + 1));
  if (PREFIX_HYPHEN_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  // a device's or product's capitals before it (`CADD-Solis`)
  if (/(?:^|[^\p{L}])\p{Lu}{2,6}-$/u.test(text.slice(Math.max(0, start - 8), start))) return true;
  const after = /^-(\p{Ll}{2,20}(?![\p{L}'’])|\p{Lu}{1,5}-)/u.exec(text.slice(end, end + 24));
  return after !== null && (after[1]!.endsWith('-') || wordOfCompound(after[1]!));
}

/**
 * True when a lower-case part after a hyphen is an everyday or clinical word of four letters or more
 * (`related`, `ortho`, `like`), never a name's syllable or particle (`Ji-an`, `Seo-yeon`, `Abu-el-Haj`).
 */
function wordOfCompound(w: string): boolean {
  if (w.length < 4 || NAME_PARTICLE.test(w)) return false;
  if (loadLexicon('first-names').has(w) || loadLexicon('surnames').has(w)) return false;
  return loadLexicon('common-words').has(w) || isClinicalAbbreviation(w);
}

/** Capitals that stand for a person, a service or a place where a name in brackets follows (`PCP (Quenby)`, `MICU (Dana)`). */
const PERSON_CAPITALS = /^(?:PCP|HCP|POA|NOK|RN|RNS|MD|MDS|NP|PA|LPN|CNA|CM|SW|LICSW|RRT|NF|OT|PT|SLP|PHARMD|DPT|CRNA|CNM|FNP|APRN|ICU|MICU|SICU|CCU|CVICU|NICU|PICU|ED|PACU|OR|ER|CCM|SNF|VNA|ALF|GI|ID|ENT|IR|EMS|EMT|BLS|ALS|DCFS|DSS|DCF|CPS|APS|SBAR|ATTN|FYI|CC|BCC|TO|FROM|RE|MRN|DOB|SSN|AKA|PGY|TEAM|DR|MR|MRS|MS|SON|DAD|MOM|WIFE|AUNT|SIS|BRO)$/;
/** Words of a score, a scale or a measure before a bracket (`Danger Assessment (Campbell)`, `risk zone (Bhutani)`). */
const MEASURE_BEFORE_BRACKET = /(?:^|[^\p{L}])(?:assessment|scale|score|index|criteria|classification|formula|equation|method|chart|count|grade|grading|stage|staging|test|questionnaire|inventory|tool|nomogram|zone|curve|rule|rules|view|sign|maneuver|manoeuvre|node|line|point)[ \t]{0,2}[,;]?[ \t]{0,2}\($/iu;

/**
 * True when `[start, end)` is one capitalised word alone in brackets right after a score's or a
 * measure's word (`Danger Assessment (Campbell)`, `risk zone, (Bhutani)`), or after a lower-case
 * clinical word of the allow list that is no everyday word (`balloon tamponade (Bakri)`): the name of
 * the rule, sign or device, not a person. A title, role or relation before the bracket decides the
 * other way (`the attending (Quenby)`, `daughter (Mary)`).
 */
export function bracketedAfterMeasure(text: string, start: number, end: number, allowed: (word: string) => boolean): boolean {
  // alone in the bracket, or before a comma and what it measures in lower case (`Grip (Jamar, position II)`)
  if (text.charCodeAt(start - 1) !== 40 || (text.charCodeAt(end) !== 41 && !/^,[ \t]{1,2}\p{Ll}/u.test(text.slice(end, end + 4)))) return false;
  if (!/^\p{Lu}[\p{L}'’-]{2,30}$/u.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  if (MEASURE_BEFORE_BRACKET.test(before)) return true;
  // a test's or a device's capitals before the bracket (`FABER (Patrick)`), never a role's or a unit's (`PCP (Quenby)`)
  const caps = /(?:^|[^\p{L}])(\p{Lu}{3,8})[ \t]\($/u.exec(before);
  if (caps !== null && !PERSON_CAPITALS.test(caps[1]!)) return true;
  const m = /(\p{Ll}{4,30})[ \t]\($/u.exec(before);
  if (m !== null) {
    const w = m[1]!;
    // a service sends a person: "nephrology (Quenby)", "pharmacy (Dana)"
    if (CONSULTING_SERVICE.test(w)) return false;
    if (!NAME_CUES.has(w) && !ROLE_CUES.has(w) && !loadLexicon('common-words').has(w) && allowed(w)) return true;
  }
  // alone in its bracket after a finding, a drug, a measure or a number that no person, service or
  // place word is (`halo (Sutton) nevus`, `anti-Jka (Kidd)`, `BSA 2.03 m2 (Mosteller)`, `RASS 0
  // (Richmond)`, `three-bag (Prescott)`); a person's bracket follows a relation, a role, a service or a
  // facility (`daughter (Priya)`, `SLP (Annelies)`, `Social work (Aoife)`, `Home Care (Darnell)`)
  if (text.charCodeAt(end) !== 41) return false;
  const last = /([\p{L}\d][\p{L}\d.\/+-]{0,29})[ \t]{1,2}\($/u.exec(before);
  if (last === null) return false;
  const word = last[1]!;
  const lower = word.toLowerCase();
  if (/^\p{Lu}/u.test(word) && !/^\p{Lu}[\p{Lu}\d\/+-]+$/u.test(word) && loadLexicon('common-words').has(lower) === false) return false;
  if (NAME_CUES.has(lower) || ROLE_CUES.has(lower) || CONSULTING_SERVICE.test(lower) || isKindOfCare(word) || PERSON_CAPITALS.test(word.toUpperCase()) || PERSON_OR_PLACE_BEFORE_BRACKET.test(lower)) return false;
  // a number or a measure (`m2`, `0`), a compound (`anti-Jka`, `three-bag`), or a word no everyday list holds (`nevus`)
  return /\d/.test(word) || word.includes('-') || !loadLexicon('common-words').has(lower);
}
/** Words after which a name alone in brackets is a person's or a place's, beyond the name and role cues: services, desks, places, plural kin, function words (`Home Care (Darnell)`, `Social work (Aoife)`, `with (Dana)`). */
const PERSON_OR_PLACE_BEFORE_BRACKET =
  /^(?:care|home|health|services?|agency|work|team|office|desk|unit|floor|clinic|center|centre|pharmacy|lab|hospice|shelter|program|school|church|friends|family|caller|contact|consulted|consult|seen|saw|spoke|called|notified|discussed|aware|updated|reviewed|by|with|to|from|and|or|per|for|of|at|in|the|a|an|is|was|his|her|their|our|my|your|name|goes|sisters|brothers|sons|daughters|children|kids|parents|grandchildren|practitioner|manager|liaison|counselor|counsellor|volunteer|rep|representative|officer|advocate|assistant|student|staff|employer|teacher|pastor|priest|lawyer|attorney|owner|driver|translator|companion|poa|visitor|visitors|ex)$/;

/**
 * Makers of scanners, implants and monitors, whose names stand before a model's (`Siemens MAGNETOM
 * Vida`, `Hologic Selenia Dimensions`, `Canon Aquilion ONE`, `Abbott Assurity`).
 */
const VENDORS: ReadonlySet<string> = new Set(
  ('siemens healthineers philips hologic canon toshiba fujifilm fuji hitachi esaote sonosite mindray samsung ge medtronic abbott ' +
    'biotronik boston stryker zimmer biomet depuy synthes olympus pentax storz masimo baxter maquet getinge drager dräger terumo ' +
    'carestream agfa konica natus zoll teleflex cordis livanova resmed respironics inogen dexcom insulet omnipod nonin vyaire ' +
    'hamilton edwards cook bard gore intuitive cepheid sysmex beckman roche welch nihon zeiss heidelberg topcon optos nidek alcon bausch').split(' '),
);
/** Any maker's name in a window of text (case aside). */
const VENDOR_NEAR = new RegExp(`(?<![\\p{L}])(?:${[...VENDORS].join('|')})(?![\\p{L}])`, 'iu');
/** Makers that are also common surnames or words: their name stands for the maker only before a model no name list holds. */
const NAME_LIKE_VENDORS: ReadonlySet<string> = new Set('canon abbott boston stryker zimmer baxter hamilton edwards cook bard gore welch roche natus olympus'.split(' '));
/**
 * Before a maker in brackets: a product's name of two capitalised words opening a phrase
 * (`Xience Skypoint`, not after a title), a word with a capital inside (`ProGlide`), capitals
 * (`MAGNETOM`) or a digit (`Gamma3`). One word after a title (`Mr. Ray (Abbott)`) is a person.
 */
const PRODUCT_BEFORE_BRACKET = /(?:(?<!\b(?:[Mm]rs?|MRS?|[Mm]s|MS|[Dd]r|DR|[Mm]iss|MISS)\.?[ \t]{1,2})\p{Lu}[\p{L}\d-]{1,20}[ \t]{1,2}\p{Lu}[\p{L}\d-]{1,20}|\p{Lu}[\p{Ll}\d]{1,12}\p{Lu}[\p{L}\d-]{1,20}|[A-Z]{2,12}\d{0,3}|[\p{L}-]{1,20}\d[\p{L}\d-]{0,12})[ \t]{0,2}$/u;
/** A model's word: capitals (`MAGNETOM`, `ONE`), a digit (`3T`, `Gamma3`, `iU22`) or a capitalised word. */
const MODEL_WORD = /^(?:[A-Z][A-Z0-9-]{1,20}|[A-Za-z]{0,12}\d[A-Za-z0-9.-]{0,12}|\p{Lu}\p{Ll}{2,20})$/u;
const SPACE_WORD = /[ \t]{1,2}([\p{L}\d][\p{L}\d.-]{0,24})/uy;

/**
 * True when `[start, end)` is a maker's name before a model (`Siemens MAGNETOM`, `Abbott Assurity`),
 * a maker alone in brackets after a product's name (`Perclose ProGlide (Abbott)`),
 * or the words of a model after a maker (`Siemens [MAGNETOM Vida]`, `Hologic [Selenia] Dimensions`),
 * up to three words on. A maker whose name is also a surname (`Abbott`, `Baxter`) counts only
 * before a word in capitals, with a digit, or no name list holds.
 */
export function vendorModelInUse(text: string, start: number, end: number): boolean {
  // most spans have no maker near them: one scan of the window before any splitting
  VENDOR_NEAR.lastIndex = 0;
  if (!VENDOR_NEAR.test(text.slice(Math.max(0, start - 60), Math.min(text.length, end + 1)))) return false;
  const words = text.slice(start, end).split(/[ \t]{1,2}/);
  const first = words[0]!.toLowerCase();
  // a maker alone in brackets after a product's capitalised name (`Xience Skypoint (Abbott)`, `Perclose ProGlide (Abbott)`)
  if (words.length === 1 && VENDORS.has(first) && text[start - 1] === '(' && text[end] === ')' && PRODUCT_BEFORE_BRACKET.test(text.slice(Math.max(0, start - 40), start - 1))) return true;
  // the span opens with a maker: the next word (in the span or after it) is a model
  if (VENDORS.has(first)) {
    let next = words[1];
    if (next === undefined) {
      SPACE_WORD.lastIndex = end;
      next = SPACE_WORD.exec(text)?.[1];
    }
    if (next !== undefined && modelAfter(first, next)) return true;
  }
  // a model: a maker one to three words before, model words between
  const before = text.slice(Math.max(0, start - 60), start).split(/[ \t]{1,2}/);
  if (before[before.length - 1] !== '') return false;
  before.pop();
  for (let k = 1; k <= 3 && k <= before.length; k++) {
    const w = before[before.length - k]!.replace(/^[(\[]/, '');
    if (VENDORS.has(w.toLowerCase())) return modelAfter(w.toLowerCase(), before[before.length - k + 1] ?? words[0]!);
    if (!MODEL_WORD.test(w)) return false;
  }
  return false;
}
function modelAfter(vendor: string, word: string): boolean {
  if (!MODEL_WORD.test(word)) return false;
  if (!NAME_LIKE_VENDORS.has(vendor)) return true;
  const w = word.toLowerCase();
  return /[A-Z]{2}|\d/.test(word) || !(loadLexicon('first-names').has(w) || loadLexicon('surnames').has(w) || loadLexicon('common-words').has(w));
}

/**
 * True when `[start, end)` is two or three capitals right before a pager or phone number in
 * brackets (`to MR (pgr 41190)`): initials of the person the number reaches, though they spell an
 * abbreviation. The place decides, as a title does.
 */
export function initialsBeforePager(text: string, start: number, end: number): boolean {
  return /^[A-Z]{2,3}$/.test(text.slice(start, end)) && /^[ \t]{0,2}\((?:pager|pgr|pg|beeper|bpr|cell|mobile|tel|ph|phone)\.?[ \t:#]{0,3}\d/i.test(text.slice(end, end + 16));
}

/**
 * Capitals after a dash that sign for a desk or a unit, or close a list (`-- PT`, `-- CCU`, `-- NKA`),
 * and function words written in capitals (`-- NO`, `- AND`).
 */
const NOT_SIGNING_INITIALS = /^(?:PT|OT|ST|SW|RT|CM|NP|PA|MD|RN|CCU|PCU|LAB|EKG|ECG|EEG|NKA|NA|NR|TBD|PRN|BID|TID|QD|DC|SAT|TX|OK|FYI|NO|YES|AND|THE|BUT|FOR|NOT|YOU|ALL|END|HI|SEE|TY|THX|PLS|AM|PM|ON|IN|AT|TO|OF|BY|UP|SO|OR|IF|IT|IS|BE|WE|US|ME|MY|DO|GO)$/;
/** A line that is a list item after a dash (`-- HTN`, `- DM`, `~ CKD`). */
const DASH_ITEM_LINE = /(?:^|\n)[ \t]{0,4}(?:--|[-–—~])[^\n]{0,60}\n[^\n]*$/;

/**
 * True when `[start, end)` is two or three capitals signing off a message after a dash, the
 * message ending there (a blank line or the end of the text after it, perhaps after a date and a
 * time: `-- AR 3/4 14:10`): alone on its line after
 * `--`, `—` or `~` (`-- AR`) where the line before is no item of a dashed list, or after a
 * sentence's end and one of them (`Will call back. -- AP`; a single hyphen is shorthand for "no":
 * `hypoactive BS. -BM`). The writer's initials, though they spell an
 * abbreviation; never a desk or a unit signing (`-- PT`, `-- CCU`), a list's word (`-- NKA`) or a
 * function word.
 */
export function initialsSigningOff(text: string, start: number, end: number): boolean {
  const w = text.slice(start, end);
  if (!/^[A-Z]{2,3}$/.test(w) || NOT_SIGNING_INITIALS.test(w)) return false;
  // (a date and time may follow: `-CB 6/7`, `-JT 3/4/24 14:10`)
  if (!/^(?:[ \t]{1,3}\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?:[ \t]{1,2}\d{1,2}:?\d{2}(?:[ \t]?[AaPp][Mm])?)?)?[ \t.]{0,4}(?:\r?\n[ \t]{0,4}\r?\n|\s{0,4}$)/.test(text.slice(end, end + 40))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^[ \t]{0,4}(?:--|—|~)[ \t]{0,2}$/.test(text.slice(lineStart, start))) {
    return !DASH_ITEM_LINE.test(text.slice(Math.max(0, lineStart - 80), start));
  }
  // (a single hyphen is shorthand for "no" too: `hypoactive BS. -BM`; the scrubber reads dashes
  // folded to hyphens, so `—` is one there)
  return /[.?!][ \t]{1,3}(?:--|[–—~])[ \t]{0,2}$/.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * Languages and peoples whose names the lexicons also hold as given names, surnames or towns (`Karen`,
 * `Chin`, `Dari`, `Mam`, `Lao`, `Thai`, `Tagalog`, `Chamorro`, `Russian`, `Greek`), and others a
 * detector may read as a name.
 */
const LANGUAGE_OR_PEOPLE = new Set(
  ('karen chin dari mam lao thai tagalog chamorro russian greek german french spanish polish khmer hmong mien kachin zomi karenni ' +
    'rohingya burmese nepali somali pashto urdu hindi bengali tamil telugu punjabi gujarati marathi haitian kirundi kinyarwanda swahili ' +
    'lingala ilocano cebuano marshallese chuukese samoan tongan hawaiian akan twi ewe ga fula wolof nuer dinka yoruba igbo hausa ' +
    'oromo tigrinya amharic farsi persian arabic kurdish mixteco kiche qanjobal triqui zapoteco ukrainian albanian bosnian armenian ' +
    'georgian turkish hebrew yiddish mandarin cantonese toishanese fuzhounese vietnamese korean japanese portuguese italian').split(' '),
);
/** Before a language or a people: a preposition or verb of speech, an age, a dialect's or people's qualifier. */
const LANGUAGE_BEFORE = /(?:\b(?:in|into|speaks?|speaking|spoke|fluent|only|year-old|yr-old|yo|y\/o)|\d[ \t]{0,2}(?:yo|y\/o))[ \t]{1,2}(?:(?:hakha|falam|tedim|mizo|s['’]?gaw|pwo|eastern|western|northern|southern|standard|colloquial|ethnic)[ \t]{1,2})?$/i;
/** After one: a person, a family, an origin or a word of language (`Chin man`, `of Karen background`, `Dari- and Pashto-speaking`). */
const LANGUAGE_NOUN_AFTER = /^(?:-?[ \t]{0,2}(?:and|or|\/)[ \t]{1,2}\p{L}{3,20}-speaking|[ \t]{1,2}(?:man|woman|men|women|boy|girl|male|female|child|infant|family|families|background|descent|ethnicity|origin|heritage|refugees?|community|elders?|couple|language|dialect|translation|translator|only|speakers?))\b/iu;

/**
 * True when `[start, end)` is a language or a people named in speech or origin (`education provided
 * in Karen`, `speaks Hakha Chin`, `57-year-old Chin man`, `of Karen background`, `Dari- and
 * Pashto-speaking`), though the lexicons hold the word as a name. Never a possessive (`in Karen's
 * care`).
 */
export function languageOrPeopleInUse(note: string, start: number, end: number): boolean {
  const w = note.slice(start, end);
  if (!LANGUAGE_OR_PEOPLE.has(w.toLowerCase()) || /^['’]s\b/.test(note.slice(end, end + 3))) return false;
  return LANGUAGE_BEFORE.test(note.slice(Math.max(0, start - 28), start)) || LANGUAGE_NOUN_AFTER.test(note.slice(end, end + 40));
}

/** Religions whose names the lexicons hold as given names or surnames (`Christian`, `Jain`, `Baptist`, `Mormon`, `Muslim`). */
const RELIGION_NAMED = new Set(['christian', 'christians', 'jain', 'jains', 'baptist', 'baptists', 'mormon', 'mormons', 'muslim', 'muslims', 'catholic', 'quaker']);
/** Before a religion: a branch, a word of practice, or a statement of faith (`Orthodox Christian`, `identifies as Christian`, `strict Jain`). */
const RELIGION_BEFORE = /\b(?:orthodox|ethiopian|eritrean|coptic|catholic|evangelical|devout|practicing|practising|observant|born-again|strict|southern|reformed|identifies[ \t]{1,2}as|identify[ \t]{1,2}as|is[ \t]{1,2}(?:a[ \t]{1,2})?|are|as[ \t]{1,2}a|religion:?|faith:?|family[ \t]{1,2}is)[ \t]{1,2}$/i;
/** After one: what a religion has (`Christian faith`, `Jain vegetarian diet`, `Christian (Baptist)`). */
const RELIGION_AFTER = /^(?:[ \t]{1,2}(?:faith|church|values|beliefs?|scientists?|vegetarian|diet|dietary|practices?|prayers?|community|fasting|fast|tradition|household|pastor|minister|chaplain|clergy|congregation)\b|[ \t]{0,2}\([ \t]{0,2}(?:baptist|catholic|orthodox|pentecostal|methodist|lutheran|adventist|evangelical|protestant|non-denominational|lds)\b)/i;

/**
 * True when `[start, end)` is a religion the lexicons hold as a name, named as a faith (`Ethiopian
 * Orthodox Christian`, `identifies as Christian`, `a strict Jain vegetarian diet`). Never a
 * possessive (`Christian's mother`).
 */
export function religionInUse(note: string, start: number, end: number): boolean {
  if (!RELIGION_NAMED.has(note.slice(start, end).toLowerCase()) || /^['’]s\b/.test(note.slice(end, end + 3))) return false;
  return RELIGION_BEFORE.test(note.slice(Math.max(0, start - 24), start)) || RELIGION_AFTER.test(note.slice(end, end + 30));
}

/** After an everyday word: a kind of care or a desk (`General Cardiology`, `School nurse`, `Prescriber on record`). */
const SERVICE_NOUN_AFTER = /^[ \t]{1,2}(?:nurse|nursing|team|office|desk|service|services|clinic|department|dept|staff|line|on[ \t]record)\b/i;
/** A weekday's abbreviation (`Fri`, `Thurs`). */
const WEEKDAY_SHORT = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$/;

/**
 * True when `[start, end)` is one everyday word opening its phrase that names a service or a desk
 * with the word after it (`From: General Cardiology`, `Attending: General neurology service`, `To: School nurse`), or a
 * weekday's abbreviation before a time or a date (`fellow Fri 07:00`), though a rule read it as a
 * name after a label or a role. A title before it still makes it a name.
 */
export function serviceOrDayNotName(note: string, start: number, end: number): boolean {
  const w = note.slice(start, end);
  if (WEEKDAY_SHORT.test(w)) return /^[ \t]{1,2}(?:\d{1,2}:\d{2}|\d{4}\b|\d{1,2}\/\d{1,2})/.test(note.slice(end, end + 8));
  if (!/^\p{Lu}\p{Ll}{2,20}$/u.test(w) || !loadLexicon('common-words').has(w.toLowerCase())) return false;
  // the first word of its phrase (after a label's colon, a line's start or punctuation), not inside
  // a capitalised name (`Concourse General Transplant Center`, `Vineyard Haven office`)
  if (/\p{L}[ \t]{1,2}$/u.test(note.slice(Math.max(0, start - 3), start))) return false;
  const next = /^[ \t]{1,2}(\p{L}{3,20})/u.exec(note.slice(end, end + 24));
  return next !== null && (isKindOfCare(next[1]!) || SERVICE_NOUN_AFTER.test(note.slice(end, end + 16)));
}

/** Longest phrase (in words) tried around a span by {@link enclosingPhrases}. */
const MAX_PHRASE_WORDS = 5;
/** Most words a phrase reaches beyond the span on either side. */
const MAX_PHRASE_REACH = 3;

/** True for a character that may join two words of one phrase: space, tab, hyphen or dash. */
function isJoiner(c: number): boolean {
  // a slash joins shorthand pairs too ("AH/VH")
  return c === 32 || c === 9 || c === 45 || c === 47 || c === 0x2010 || c === 0x2011 || c === 0x2013;
}

/** True when a word of one to three letters, capitalised (`St`, `Mt`, `Ste`), ends at `dot`. */
function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i < 4 && isWordChar(text.charCodeAt(i - 1))) i--;
  const n = dot - i;
  return n >= 1 && n <= 3 && (i === 0 || !isWordChar(text.charCodeAt(i - 1))) && isCapitalised(text.slice(i, dot));
}

/**
 * Word boundaries next to `at` going one way: the start (going left) or end (going right) of
 * the word beyond one joiner run of at most two characters on the same line, or -1.
 */
function stepWord(text: string, at: number, dir: -1 | 1): number {
  let i = at;
  let gap = 0;
  if (dir < 0) {
    while (i > 0 && isJoiner(text.charCodeAt(i - 1)) && gap < 2) (i--, gap++);
    // "St. Jude": an abbreviation's full stop joins it to the next word
    if (gap === 1 && i > 1 && text.charCodeAt(i - 1) === 46 && isAbbreviationBefore(text, i - 1)) i--;
    if (gap === 0 || i <= 0 || !isWordChar(text.charCodeAt(i - 1))) return -1;
    const stop = Math.max(0, i - MAX_WORD);
    while (i > stop && isWordChar(text.charCodeAt(i - 1))) i--;
    return i;
  }
  if (text.charCodeAt(i) === 46 && isJoiner(text.charCodeAt(i + 1)) && isAbbreviationBefore(text, i)) i++;
  // a possessive belongs to the word before it: "Baker's cyst"
  else if ((text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019) && (text.charCodeAt(i + 1) | 32) === 115 && isJoiner(text.charCodeAt(i + 2))) i += 2;
  while (i < text.length && isJoiner(text.charCodeAt(i)) && gap < 2) (i++, gap++);
  if (gap === 0 || i >= text.length || !isWordChar(text.charCodeAt(i))) return -1;
  const stop = Math.min(text.length, i + MAX_WORD);
  while (i < stop && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The phrases a span sits in: every run of up to five words on the span's line, joined by
 * spaces or hyphens, that holds the whole span and at least one word more (`Barré` in
 * `Guillain-Barré`, `Rico` in `Puerto Rico`, `Parkinson` in `Wolff-Parkinson-White`), as
 * `[start, end)` pairs. A span that does not start or end on a word boundary has none. At most
 * fifteen pairs, each found by scanning a few characters: O(1) per span.
 */
export function enclosingPhrases(text: string, start: number, end: number): [number, number][] {
  if (start > 0 && isWordChar(text.charCodeAt(start - 1))) return [];
  if (end < text.length && isWordChar(text.charCodeAt(end))) return [];
  let words = 1;
  for (let i = start; i < end; i++) if (isJoiner(text.charCodeAt(i)) && !isJoiner(text.charCodeAt(i + 1))) words++;
  if (words >= MAX_PHRASE_WORDS) return [];
  const lefts = [start];
  for (let k = 0, at = start; k < MAX_PHRASE_REACH; k++) {
    at = stepWord(text, at, -1);
    if (at < 0) break;
    lefts.push(at);
  }
  const rights = [end];
  for (let k = 0, at = end; k < MAX_PHRASE_REACH; k++) {
    at = stepWord(text, at, 1);
    if (at < 0) break;
    rights.push(at);
  }
  const out: [number, number][] = [];
  for (let l = 0; l < lefts.length; l++) {
    for (let r = 0; r < rights.length; r++) {
      if ((l === 0 && r === 0) || words + l + r > MAX_PHRASE_WORDS) continue;
      out.push([lefts[l]!, rights[r]!]);
    }
  }
  return out;
}

/**
 * US state and territory postal codes closing a place (`Salem, MA.`, `Hope AR 71801`, `Hope, AR    Ph`
 * before a field two spaces on); the codes
 * that are also clinical words or roles (MD, PA, CO, OR, IN, ME, OK, HI, ID, DE, LA) only with a ZIP
 * after them (`Ketchum ID 83340`).
 */
const STATE_CODE_AFTER =
  /^,?[ \t]{1,2}(?:AL|AK|AZ|AR|CA|CT|DC|FL|GA|IL|IA|KS|KY|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR)(?=[ \t]*(?:$|\r?\n|[.,;)|]|[ \t]\d{5})|[ \t]{2})|^,?[ \t]{1,2}(?:MD|PA|CO|OR|IN|ME|OK|HI|ID|DE|LA)[ \t]{1,2}\d{5}(?![\w-])/;
/** Verbs of living somewhere right before a place: `lives in Salem`, `moved to Temple`. */
const LIVES_IN_BEFORE =
  /\b(?:lives|live|living|lived|resides|reside|residing|resided|moved|moving|relocated|born|raised|grew[ \t]{1,2}up|resident|native|summers|winters|retired)[ \t]{1,2}(?:in|to|from|of|at|near|outside(?:[ \t]{1,2}of)?)[ \t]{1,2}(?:the[ \t]{1,2})?$/i;

/**
 * True when the span `[start, end)` is used as a town or a ward: its state follows after a comma
 * (`Salem, MA`, `Hope AR`), a verb of living precedes it (`lives in Salem`, `moved to
 * Temple`), or an intensive care unit and a floor number surround it (`MICU Blake 7`).
 * Allow-list entries that are also towns (a device, a drug, an everyday word) do not apply there.
 */
export function usedAsTown(text: string, start: number, end: number): boolean {
  if (STATE_CODE_AFTER.test(text.slice(end, end + 16))) return true;
  if (LIVES_IN_BEFORE.test(text.slice(Math.max(0, start - 32), start))) return true;
  // a ward between its intensive care unit and its floor: "MICU Blake 7" (though a Blake is a drain)
  return UNIT_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && FLOOR_AFTER.test(text.slice(end, end + 6));
}
/**
 * Intensive care units whose ward may follow with a floor (`MICU Blake 7`), as a regex
 * alternation: shared with the rules' hospital detector.
 *
 * @internal
 */
export const ICU_UNITS = '(?:MICU|SICU|CCU|CVICU|TSICU|NICU|PICU|CSRU|ICU)';
/** An intensive care unit's name right before a ward's name. */
const UNIT_BEFORE = new RegExp(`\\b${ICU_UNITS}[ \\t]{1,2}$`);
/** A floor number right after a ward's name (`7`, `2B`). */
const FLOOR_AFTER = /^[ \t]{1,2}(?:1[0-2]|[1-9])[A-Z]?\b/;

/** A possessive and a relation right after a token: `Bouchard's daughter`, `SMITH'S WIFE`. */
const POSSESSIVE_RELATION_AFTER = new RegExp(`['’]s[ \\t]{1,2}(?:${RELATION_IN_BRACKET}|family|nurse|doctor|pcp)\\b`, 'iy');

/** True when the span ending at `end` is a person's name by a possessive relation after it (`Bouchard's daughter`). */
export function beforeRelation(text: string, end: number): boolean {
  POSSESSIVE_RELATION_AFTER.lastIndex = end;
  return POSSESSIVE_RELATION_AFTER.test(text);
}

/** Heads of a score, scale or classification named after people (`Fazekas grade`, `Hoehn and Yahr stage`). */
const SCORE_HEAD = '(?:scale|score|scores|z-score|scoring|grado|escala|grade|grading|stage|staging|class|classification|criteria|index|rules?|model|system|inventory|questionnaire|charts?|nomogram|curve|tool)';
/** Words between such a name and its head (`Berg balance scale`, `Epworth sleepiness scale`, `Ottawa ankle rules`). */
const SCORE_KIND = '(?:ct|compression|swallow|motor|balance|coma|ankle|knee|foot|head|spine|bleeding|risk|frailty|sleepiness|depression|anxiety|disability|fall|falls|pressure|injury|severity|activity|functional|modified|revised|croup|naming|delirium|sedation|agitation|nutrition|asthma|stroke|akathisia|rating|mania|burn|scar|acne|bowel|endoscopic|dyskinesia|tremor|memory|cognitive|neonatal|maturity|growth)';
/**
 * Heads of a sign, finding, structure, procedure or device named after people (`Roth spots`,
 * `Hakim triad`, `Cooper ligaments`, `Bennett fracture`, `Denver shunt`, `Bernese method`).
 * Words that also follow a person's name in a note (`breathing`, `tube feeds`, `position`, `test`: `seen by Jones test pending`) are not here.
 */
const CLINICAL_HEAD =
  '(?:signs?|spots?|nodes?|nodules?|rings?|triad|tetrad|pentad|methods?|technique|maneuvers?|manoeuvres?|reflex(?:es)?|phenomenon|syndrome|disease|fractures?|ligaments?|fascia|canal|duct|pouch|valve|shunt|catheter|drain|procedure|operation|repair|incision|triangle|bodies|cells|cysts?|ulcers?|palsy|aneurysm|hernia|diverticulum|murmur|equation|formula|protocol|regimen|filter|needle|set|kit|sheath|introducer|device|pump|port|trocar|point(?![ \\t]{1,2}(?:to|at|out|of|blank)\\b)|forceps|clamp|retractor|space|sensor|fashion|dermatome|cushion|grass|antigens?|antibod(?:y|ies)|doppler|probe|variants?|stitch|suture|splint|stockings|glands?|lobe|capsule|dehiscence|tendon|approach|angle|arc|fossa|foramen|tubercle|bursa|membrane|plexus|ganglion|lymphoma|sarcoma|thyroiditis|encephalopathy|encephalitis|venom|columns?|transformation|infraction|deformity|complex|bag|balloon|contractions|zones?|waves?|pattern|esophagus|oesophagus|stain|staining|lesions?|monofilament|knife|grid|applanation|tonometry|tonometer|lens|lenses|pupil|perimetry|syringe|prep|subscore|views?|profile|sinus(?:es)?|plates|workshop|lactate|nail|collar|brace|folds?|bundle|prosthesis|algorithm|rods|phenomena|effect|degrees|anastomosis|bars?|modification|reimplantation|dynamometer|fragment|lines|line|speculum|specula|gonioprism|prism|blade|strain|fingers|elevators?|rongeur|curette|dilators?|scissors|cannula|hook|osteotome|spreader|pinning|loupes?|[a-z]{2,20}(?:plasty|ectomy|otomy|ostomy|pexy|plication|rrhaphy|pathy))';
/**
 * After a name-like word: a score's head, or a sign's, structure's or procedure's head, after an
 * optional possessive, a second name of the compound (`and Yahr`, `or Rolando`, `-Lawrence`) and
 * a word of what it measures (`Berg balance scale`), `type` (`Clay-shoveler type fracture`) or an
 * adjective (`Denver peritoneovenous shunt`, `Hakim programmable valve`); a short remark in brackets
 * may come before the head (`Jefferson (C1 burst) fracture`, `Norgaard (ball-catcher) view`), or a grade
 * (`Wagner 3 ulcer`, `Cobb 16 degrees`, `Outerbridge grade III changes`), and
 * the second name of the compound may have two words (`Austin Flint or Graham Steell murmur`).
 */
const EPONYM_HEAD_AFTER = new RegExp(
  `(?:['’]s)?(?:[ \\t]{1,2}(?:and|or|&)[ \\t]{1,2}\\p{Lu}[\\p{L}'’-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}'’-]{1,30})?(?:['’]s)?)?(?:[ \\t]{1,2}|[ \\t]{0,2}\\r?\\n[ \\t]{1,8}(?=\\p{Ll}))(?:\\([^()\\n]{1,24}\\)[ \\t]{1,2})?(?:(?:grade|type|stage|class)?[ \\t]{0,2}(?:\\d{1,2}[a-d]?|I{1,3}[a-dA-D]?|IV[a-dA-D]?|VI{0,3}[a-dA-D]?)[ \\t]{1,2})?(?:-type)?(?:(?:${SCORE_KIND}|type|burst|slip|growth[ \\t]{1,2}arrest|viper|liver|bowel|lung|heart|skin|bone|nerve|vein|artery|hip|knee|shoulder|brain|kidney|bladder|rib|wound|self-retaining|breast|tissue|vessel|\\p{Ll}{2,20}(?:ous|able|al|ic|ar|ine|ory|ment))[ \\t]{1,2}){0,2}(?:${SCORE_HEAD}|${CLINICAL_HEAD})\\b`,
  'iuy',
);
/**
 * A head that names a test, scale or rule, one to three words after a name-like word: capitalised
 * words (`Hopkins Verbal Learning Test`) or lower-case words that are no function word
 * (`Greenberger steroid premedication protocol`); verbs are ruled out by {@link VERB_LIKE}.
 */
const STRONG_HEAD_LATER =
  /(?:['’]s)?(?:[ \t]{1,2}(?!(?:the|a|an|and|or|of|to|for|with|by|at|in|on|per|from|his|her|their|its|this|that|was|is|are|be|been|has|had|have|did|does|got|gave|will|would|can|could|should|may|not|no|who|which|after|before|about|over|under)\b)(?:\p{Lu}[\p{L}'’-]{1,20}|\p{Ll}[\p{Ll}-]{2,20})){1,3}[ \t]{1,2}(?:[Pp]rotocol|[Qq]uestionnaire|[Ss]cale|[Ss]core|[Cc]riteria|[Cc]lassification|[Ii]nventory|[Tt]ests?|[Mm]aneuver|[Mm]anoeuvre|[Ee]xercises?|[Ii]ndex|[Ee]xamination|[Ee]quation|[Pp]rogram|[Pp]rogramme)\b/uy;
/** Heads of a rule or an instrument, which a person's measure never has (`premedication protocol`, `respiratory questionnaire`). */
const RULE_HEAD = /^(?:protocol|questionnaire|inventory|classification|criteria|maneuver|manoeuvre|program|programme)$/;
/** Lower-case words that read as a verb between a person and a test (`Patel ordered stress test`, `Kim reports pain scale`). */
const VERB_LIKE = /^(?:\p{Ll}+(?:ed|es)|\p{Ll}+[^su]s|says|wants|needs|gets|takes|makes)$/u;
/** A structure or sign and `of` right before a name (`arc of Riolan`, `pouch of Douglas`), or `anti-` (`anti-Smith`). */
const STRUCTURE_OF_BEFORE =
  /(?:\b(?:ligaments?|arc|arcade|columns?|circle|pouch|space|canal|tail|sphincter|islets?|loop|ampulla|crypts?|triangle|tetralogy|pentalogy|organ|bundle|ducts?|glands?|nodes?|foramen|fossa|capsule|sign|law|fracture|classification|criteria|test|maneuver|manoeuvre|disease|syndrome|lines?|veins?|artery|nerve|aqueduct|hiatus|recess|bands?|cells?|layer|zone|sinus|tract|gyrus|sulcus|fissure|membrane|rule|rules)[ \t]{1,2}of[ \t]{1,2}|\banti-)$/i;
/** A score right after a name-like word: `Fazekas 2)`, `Berg 24/56`, `(Tyrer-Cuzick): 17.8%`. */
const SCORE_VALUE_AFTER = /(?:[ \t]{1,2}(?:\d{1,3}(?:[/+]\d{1,3})?|I{1,3}|IV)(?=[ \t]{0,2}[),;.]|$)|\)[ \t]{0,2}:[ \t]{0,2}\d)/y;
/** A visual acuity or a full count of plates right after a name (`Snellen 20/200 OD`, `Ishihara 14/14 OU`): a test's result. */
const TEST_RESULT_AFTER = /[ \t]{1,2}(\d{1,2})\/(\d{2,3}|\d)(?![\d/])/y;
/**
 * A name-like word compared with a number (`Kobayashi >=5`, `Wells < 2`): a score's threshold,
 * never a person; or a subtype in Roman numerals with a letter (`Castellvi IIa`, `Gustilo IIIb`),
 * which no generational suffix (`III`) has, or a numeral from VI on (`Baveno VII`); or `type` and a numeral (`Gustilo-Anderson type I`).
 */
const SCORE_THRESHOLD_AFTER = /(?:[ \t]{0,2}(?:>=|<=|[≥≤<>])[ \t]{0,2}\d|[ \t]{1,2}(?:I{1,3}|IV|V|VI)[a-c](?![\p{L}\d])|[ \t]{1,2}(?:VI{1,3}|IX|XI{0,2})(?![\p{L}\d])|[ \t]{1,2}type[ \t]{1,2}(?:I{1,3}|IV|V|VI|[1-6]|[A-D])(?![\p{L}\d]))/uy;
/**
 * A grade with a letter right after a name-like word: a digit and a lower-case letter (`Marsh 3a`,
 * `Zargar 2b`) or a Paris-style class (`Paris 0-IIa`, `0-Is`), which no person's name has after it;
 * never a bed before a sign-out row's separator (`Nguyen 2a: CHF`).
 */
const LETTERED_GRADE_AFTER = /[ \t]{1,2}(?:\d[a-d]|[0-4]-(?:I{1,3}|IV)[a-cps]?)(?![\p{L}\d])(?![ \t]{0,2}[:|–-])/uy;
/** A law named after people (`Baker Act`, `Marchman Act`): `Act` written with its capital. */
const ACT_AFTER = /[ \t]{1,2}Act\b/y;

/**
 * True when the span `[start, end)` names a score, scale or classification after the people who
 * made it, not a person: a score's head follows (`Berg balance scale`, `Hoehn and Yahr stage 3`,
 * `Kellgren-Lawrence grade 2`), or, inside brackets, a value (`(Fazekas 2)`, `(Tyrer-Cuzick):
 * 17.8%`), or a fraction of a scale (`Berg 24/56`); or a structure and `of` come before it (`arc of
 * Riolan`, `columns of Denis`), or `anti-` (`anti-Smith`). The words of a hyphenated compound count
 * as one. With `headOnly`, only a head after it counts (no value, no structure before).
 */
export function eponymInUse(text: string, start: number, end: number, headOnly = false): boolean {
  // a span that took the grade with the name ("Marsh 3b"): read the name alone
  const graded = /[ \t]{1,2}(?:\d[a-d]|[0-4]-(?:I{1,3}|IV)[a-cps]?)$/.exec(text.slice(start, end));
  if (graded !== null && graded.index > 0) end = start + graded.index;
  // a patient's or a bed's name before a finding is a person ("pt Garcia pressure ulcer", "Bed 4 Lee cardiac risk")
  if (PERSON_PLACE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  // "arc of Riolan", "ligament of Humphry", "columns of Denis"; an antibody: "anti-Smith"
  if (!headOnly && STRUCTURE_OF_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  // widen to the whole compound: "Tyrer-Cuzick", "Kellgren-Lawrence"
  let s0 = start;
  let e0 = end;
  for (let k = 0; k < 2; k++) {
    const before = /(?<![\p{L}\d])\p{Lu}[\p{L}'’]{0,30}-$/u.exec(text.slice(Math.max(0, s0 - 32), s0));
    if (!before) break;
    s0 -= before[0].length;
  }
  for (let k = 0; k < 2; k++) {
    // a second name, or a lower-case word of the compound ("Clay-shoveler")
    const after = /^-[\p{Lu}\p{Ll}][\p{L}'’]{1,30}/u.exec(text.slice(e0, e0 + 32));
    if (!after) break;
    e0 += after[0].length;
  }
  EPONYM_HEAD_AFTER.lastIndex = e0;
  if (EPONYM_HEAD_AFTER.test(text)) return true;
  // what kind, then an eponym's cue: "Fitzpatrick skin type", "Hawkins impingement tests"
  if (kindThenCue(text, e0)) return true;
  // a kind named after people: "Cimino-type", "Leriche-type"
  if (e0 > end && /-type$/i.test(text.slice(end, e0))) return true;
  ACT_AFTER.lastIndex = e0;
  if (ACT_AFTER.test(text)) return true;
  if (headOnly) return false;
  // a strong head a few words on: "Hopkins Verbal Learning Test", "Greenberger steroid premedication protocol"
  STRONG_HEAD_LATER.lastIndex = e0;
  const later = STRONG_HEAD_LATER.exec(text);
  if (later !== null) {
    const between = later[0].split(/[ \t]+/).slice(1, -1);
    // lower-case words between only before a rule's head ("steroid premedication protocol"), never a
    // measure's ("pt Smith pain score 4/10" is a person's score)
    const head = later[0].slice(later[0].search(/\S+$/)).toLowerCase();
    if (between.every((w) => /^\p{Lu}/u.test(w)) || (RULE_HEAD.test(head) && between.every((w) => /^\p{Lu}/u.test(w) || !VERB_LIKE.test(w)))) return true;
  }
  // a scale's version before it and a value after: "Modified Rankin 0 at baseline", "revised Geneva 4", "Modified Duke: 1 major"
  if (/\b(?:modified|revised|simplified)\s{1,3}$/i.test(text.slice(Math.max(0, s0 - 14), s0)) && /^(?:[ \t]{1,2}|:[ \t]{0,2})\d{1,2}\b/.test(text.slice(e0, e0 + 6))) return true;
  TEST_RESULT_AFTER.lastIndex = e0;
  const r = TEST_RESULT_AFTER.exec(text);
  if (r !== null && ((r[1] === '20' && r[2]!.length >= 2) || r[1] === r[2])) return true;
  SCORE_THRESHOLD_AFTER.lastIndex = e0;
  if (SCORE_THRESHOLD_AFTER.test(text)) return true;
  LETTERED_GRADE_AFTER.lastIndex = e0;
  if (LETTERED_GRADE_AFTER.test(text)) return true;
  SCORE_VALUE_AFTER.lastIndex = e0;
  const m = SCORE_VALUE_AFTER.exec(text);
  if (!m) return false;
  if (text.charCodeAt(s0 - 1) === 40) return true;
  // outside brackets only a fraction of a scale ("Berg 24/56"), never a bare number ("Quenby 2")
  const f = /(\d{1,3})\/(\d{1,3})/.exec(m[0]);
  return f !== null && Number(f[1]) <= Number(f[2]) && Number(f[2]) >= 5;
}

/** Two or three capitalised words joined by hyphens, nothing else (`Kaplan-Meier`, `Bloom-Richardson`, `Mifflin-St`). */
const HYPHENATED_PAIR = /^\p{Lu}[\p{Ll}'’]{1,20}(?:-\p{Lu}[\p{Ll}'’]{0,20}){1,2}$/u;
/** Before a person's double surname: a title, a label's colon, a role, a relation or a word of talking, as regex source's tail. */
const DOUBLE_SURNAME_BEFORE =
  /(?:\b(?:dr|drs|mr|mrs|ms|miss|mx|sgt|prof|rev|fr|sr|capt|officer|nurse|attending|resident|fellow|surgeon|by|with|to|from|cc|and|per|for|name|patient|pt|wife|husband|son|daughter|mother|father|sister|brother|niece|nephew|aunt|uncle|cousin|friend|partner|spouse|grandson|granddaughter|de|del|la|le|van|von|der|di|da|du|ó|ní|mac|mc|st)\.?|[:"“'‘]|\p{Lu}\p{Ll}{1,20}|\p{Lu}\.?|\p{Ll}{1,12}-\p{Ll}{1,12})[ \t]{0,3}$/u;

/** Words after a person, rather than after a method or a score (`Garcia-Lopez aware`, `Garcia-Lopez is her sister`). */
const DOUBLE_SURNAME_VERB =
  /^(?:aware|notified|updated|informed|agrees?|agreed|states?|stated|reports?|reported|says|said|calls?|called|paged|wants?|wanted|asks?|asked|requests?|requested|visited|visits|present|declined|declines|refused|refuses|consented|consents|prefers?|lives?|lived|is|was|has|had|will|would|signed|wrote|ordered|saw|spoke|feels?|felt|denies|denied|endorses|came|comes|arrived|left|needs|needed|knows|thinks|understands|verbalized|verbalizes|expressed|expresses|brought|drove|works|worked|at|in|to|from|who|whose|herself|himself|RN|MD|NP|PA)$/;

/**
 * True when `[start, end)` lies in a compound of two or three capitalised names joined by hyphens
 * that no person's name context surrounds (`Kaplan-Meier; stratified Cox`, `Bloom-Richardson) grade
 * 2`, `Wright-Giemsa smear`, `Simpson-Angus 0`): a method, a score or a stain named after its makers.
 * A person's double surname comes with a title, a label, a relation, a given name or an initial
 * before it (`Dr. Achebe-Lund`, `Name: Okonkwo-Reyes, Adaeze`, `Kerry-Ann Shaw`), a quotation, a
 * given name or a credential after it (`Morrow-Tate, LPN`, `Whitaker-Lyle, DeShawn`), or at a
 * line's start before a comma; then it stays a name.
 */
export function bareHyphenatedEponym(text: string, start: number, end: number): boolean {
  let s0 = start;
  let e0 = end;
  // (three parts at most: a longer chain is no pair of names, and the walk stays bounded)
  for (let k = 0; k < 3 && s0 > 0 && text.charCodeAt(s0 - 1) === 45 /* - */ && /\p{L}/u.test(text.charAt(s0 - 2)); k++) {
    const m = /\p{Lu}[\p{L}'’]{0,20}-$/u.exec(text.slice(Math.max(0, s0 - 23), s0));
    if (m === null) return false;
    s0 -= m[0].length;
  }
  for (let k = 0; k < 3 && text.charCodeAt(e0) === 45 /* - */; k++) {
    const m = /^-\p{Lu}[\p{L}'’]{0,20}/u.exec(text.slice(e0, e0 + 23));
    if (m === null) return false;
    e0 += m[0].length;
  }
  const body = text.slice(s0, e0);
  if (!body.includes('-') || !HYPHENATED_PAIR.test(body)) return false;
  if (DOUBLE_SURNAME_BEFORE.test(text.slice(Math.max(0, s0 - 16), s0)) || nameCueBefore(text, s0)) return false;
  // a person's verb or trailer right after (`Garcia-Lopez called back`, `Garcia-Lopez aware`)
  const next = /^[ \t]{1,2}(\p{L}+)/u.exec(text.slice(e0, e0 + 24));
  if (next !== null && (PERSON_VERBS.has(next[1]!.toLowerCase()) || NAME_TRAILERS.has(next[1]!.toLowerCase()) || DOUBLE_SURNAME_VERB.test(next[1]!))) return false;
  const after = text.slice(e0, e0 + 24);
  // a quotation, a credential or a given name after a comma: a person
  if (/^["”'’]|^,?[ \t]{1,2}(?:RN|MD|NP|PA|DO|LPN|PhD|PharmD|CNA|MSW)\b/u.test(after)) return false;
  const given = /^,[ \t]{0,2}(\p{Lu}[\p{Ll}'’-]{1,20})/u.exec(after);
  if (given !== null && (loadLexicon('first-names').has(given[1]!.toLowerCase()) || !loadLexicon('common-words').has(given[1]!.toLowerCase()))) return false;
  // a capitalised word right after: a given name in surname-first order or the rest of a name (`Súilleabháin-Kenny Ó`)
  if (/^[ \t]\p{Lu}\p{Ll}+(?![ \t]{0,2}[0-9(])/u.test(after) && loadLexicon('first-names').has(/^[ \t](\p{L}+)/u.exec(after)![1]!.toLowerCase())) return false;
  return true;
}

/** A marker's, antigen's or gene's shape: capitals, perhaps a hyphen, one to three digits (`MOC-31`, `CD13`, `TTF-1`). */
const MARKER_SHAPE = /^[A-Z]{1,6}-?\d{1,3}$/;

/**
 * True when `[start, end)` is a marker, antigen or gene followed by its sign in a stain or flow
 * panel (`MOC-31+`, `CD13+`, `TTF-1-`): no name and no identifier. Shared by the allow list and
 * the labeller's span filters.
 *
 * @param text - the note
 * @param start - start of the span
 * @param end - end of the span
 * @returns true when a marker's shape is followed by `+` or `-` and no more
 */
export function markerWithSign(text: string, start: number, end: number): boolean {
  return MARKER_SHAPE.test(text.slice(start, end)) && /^[+-](?![\p{L}\d])/u.test(text.slice(end, end + 2));
}

/** A signer's credential, maybe its board in brackets, and a slash (`MD / `, `PA(ASCP) / `), as regex source (shared with the rules' typist initials). */
export const CREDENTIAL_SLASH = '\\b(?:MD|M\\.D\\.|RN|R\\.N\\.|NP|PA|PA-C|DO|RPh|PharmD|LPN|CNM)(?:\\([A-Z]{2,8}\\))?[ \\t]{0,6}\\/[ \\t]{0,2}';
const CREDENTIAL_SLASH_BEFORE = new RegExp(`${CREDENTIAL_SLASH}$`);

/**
 * True when `[start, end)` is a typist's two or three lower-case initials after a signer's
 * credential and a slash, closing the line (`Lindqvist, Tove MD / kb`, `Baek, MD / dm`): a person,
 * though the letters spell an abbreviation.
 *
 * @param text - the note
 * @param start - start of the span
 * @param end - end of the span
 * @returns true when the span is a typist's initials
 */
export function typistAfterCredential(text: string, start: number, end: number): boolean {
  return /^[a-z]{2,3}$/.test(text.slice(start, end)) && CREDENTIAL_SLASH_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && /^[ \t.]{0,3}(?:\r?\n|$)/.test(text.slice(end, end + 6));
}

/** A test's result or value right after its name (`12`, `14/17`, `positive`, `deferred`). */
const TEST_RESULT_WORD = /^[ \t]{1,2}(?:\d{1,3}(?:\/\d{1,3})?(?![\d/.:])|(?:score[ \t]{1,2})?\d{1,3}\b|positive|negative|pos|neg|intact|absent|present|normal|abnormal|equivocal|deferred|not[ \t]done|declined)\b/i;
/** A list item before a word: a capitalised name, maybe its result, and the joint (`Braden 13; `, `Tinetti and `, `Finkelstein positive R; `). `m[1]` the name. */
const LIST_ITEM_BEFORE = /(?:^|[^\p{L}.])(\p{Lu}[\p{L}'’-]{2,30})(?:[ \t]{1,2}(?:score|scale|test|sign))?(?:[ \t]{1,2}(?:\d{1,3}(?:\/\d{1,3})?|positive|negative|pos|neg|intact|absent|present|normal))?(?:[ \t]{1,2}[RLB])?[ \t]{0,2}(?:,|;|and|&|or)[ \t]{1,2}$/u;
/** A list item after a word: maybe its result, the joint, then a capitalised name (`; Norton 12`). `m[1]` the name. */
const LIST_ITEM_AFTER = /^(?:[ \t]{1,2}(?:\d{1,3}(?:\/\d{1,3})?|positive|negative|pos|neg|intact|absent|present|normal))?[ \t]{0,2}(?:,|;|and|&|or)[ \t]{1,2}(\p{Lu}[\p{L}'’-]{2,30})/u;
/** A title right before a word. */
const TITLE_RIGHT_BEFORE = /\b(?:dr|drs|mr|mrs|ms|miss|prof|doctor)\.?[ \t]{1,2}$/i;

/**
 * True when `[start, end)` is one capitalised word in a list with a test or score that `isEponym`
 * knows (`Braden 13; Norton 12`, `Tinetti and Berg deferred`), its own result right after it: a test
 * named after a person, not a person. A title before the neighbour decides the other way (`Dr. Wells
 * and Jones 12`), and a word with no result after it stays a name (`Seen by Braden 3 and Smith`).
 *
 * @param text - the note
 * @param start - start of the span
 * @param end - end of the span
 * @param isEponym - whether a word is an allow-listed test, score or eponym
 * @returns true when the word is a test in a list of tests
 */
export function listedWithEponyms(text: string, start: number, end: number, isEponym: (word: string) => boolean): boolean {
  if (!/^\p{Lu}[\p{L}'’-]{2,30}$/u.test(text.slice(start, end)) || !TEST_RESULT_WORD.test(text.slice(end, end + 16))) return false;
  const windowStart = Math.max(0, start - 60);
  const b = LIST_ITEM_BEFORE.exec(text.slice(windowStart, start));
  if (b !== null) {
    const nStart = windowStart + b.index + b[0].indexOf(b[1]!);
    if (isEponym(b[1]!) && !TITLE_RIGHT_BEFORE.test(text.slice(Math.max(0, nStart - 8), nStart))) return true;
  }
  const a = LIST_ITEM_AFTER.exec(text.slice(end, end + 60));
  return a !== null && isEponym(a[1]!);
}

/** True when a title, relation or role word comes right before `start` (`daughter May`, `RN Faith`, `daughter-in-law Hope`). */
export function nameCueBefore(text: string, start: number): boolean {
  const prev = wordBefore(text, start);
  if (prev === undefined) return false;
  const w = prev.word.toLowerCase();
  if (TITLES.has(w) && bracketBetween(text, prev, start)) return false;
  // "41 cm. Leopold maneuvers": centimetres after a number, not a case manager
  if (w === 'cm' && /\d[ \t]{0,2}$/.test(text.slice(Math.max(0, prev.start - 3), prev.start))) return false;
  // "daughter-in-law Hope"; a greeting opening a line ("Hey Ray, can you…"; a "hi" elsewhere may be "high": "hi flow")
  if (NAME_CUES.has(w) || (w === 'law' && /-in-$/i.test(text.slice(Math.max(0, prev.start - 4), prev.start)))) return true;
  // "goes by Grace": the name someone goes by
  if (w === 'by' && /\bgoes[ \t]{1,2}$/i.test(text.slice(Math.max(0, prev.start - 6), prev.start))) return true;
  // a writer introducing themselves, capitalised: "Hi Page this is Summer, you took..."
  if (w === 'is' && /\b(?:this|my[ \t]name)[ \t]$/i.test(text.slice(Math.max(0, prev.start - 8), prev.start)) && /^\p{Lu}\p{Ll}/u.test(text.slice(start, start + 2)) && /^[\p{L}'’-]{1,30}[ \t]{0,2}[,(]/u.test(text.slice(start, start + 34))) return true;
  return (w === 'hi' || w === 'hey' || w === 'hello') && /(?:^|\n)[ \t]{0,3}$/.test(text.slice(Math.max(0, prev.start - 4), prev.start));
}
