/**
 * Kinds of care: the specialties, problems and services that name a department or the kind of a
 * facility (`Urology`, `Wound`, `Dialysis`, `Hyperbaric`), never a particular place. Shared by
 * the rules' hospital detector (a department before a facility word is no place; the kind of
 * care between a facility's own name and its facility word is walked over) and the sequence
 * labeller's span filter (a kind of care alone is no hospital).
 *
 * @internal
 */

/** A specialty by its ending: `Cardiology`, `Psychiatry`, `Pediatrics`, `Orthopedics`. */
export const SPECIALTY_WORD: RegExp = /(?:olog(?:y|ic|ical)|iatry|iatric|ics)$/i;
/** The last word of a department's name besides a specialty: the kind of problem it treats. */
export const DEPARTMENT_LAST: RegExp =
  /^(?:device|devices|pacemaker|icd|lipid|hypertension|headache|epilepsy|movement|bone|continence|lactation|travel|vaccine|weight|pulmonary|thyroid|medicine|surgery|disease|diseases|failure|disorders?|care|transplant|wellness|sleep|pain|wound|burn|memory|vascular|cardiac|renal|liver|kidney|lung|heart|breast|spine|head|neck|hand|foot|eye|ear|nose|skin|joint|throat|bladder|prostate|colorectal|stroke|diabetes|endocrine|metabolic|digestive|respiratory|allergy|asthma|anticoagulation|coumadin|infusion|dialysis)$/iu;
/** Kinds of care besides specialties and problems that stand between a facility's name and its facility word. */
export const SERVICE_WORD: RegExp =
  /^(?:perinatal|hyperbaric|orthopedic|orthopaedic|sports|birth|fertility|imaging|radiology|diagnostic|diagnostics|infusion|surgical|ambulatory|endoscopy|cardiovascular|neuroscience|neurosciences|rehabilitative|behavioral|behavioural|recovery|follow-up|followup|bridge|transition|transitional|walk-in|same-day|after-hours|express|urgent)$/i;

/**
 * @param word - one word
 * @returns true when it names a kind of care (a specialty, a problem treated or a service)
 */
export function isKindOfCare(word: string): boolean {
  return SPECIALTY_WORD.test(word) || DEPARTMENT_LAST.test(word) || SERVICE_WORD.test(word);
}

/**
 * A consulting service by its ending (`nephrology`, `psychiatry`, `orthopedics`, `neurosurgery`,
 * `pharmacy`, `social work`, `care team`): the person in brackets after it is one it sent
 * (`nephrology (Quenby)`), and it is no place a specimen is sent to nor a chat line's sender. Shared
 * by the allow list, the labeller's filter and the rules.
 */
export const CONSULTING_SERVICE: RegExp = /(?:ology|iatry|iatrics|pedics|paedics|surgery|medicine|pharmacy|nutrition|work|care|consults?|team|service)$/i;

/**
 * After a name-like word: up to two lower-case words, then a team, a service, a pharmacy or its trainees (` teaching team`, ` transplant pharmacy`,
 * ` surgery service`): the word names a service, not a person or a place (`Attending: Medicine
 * teaching team`). Shared by the rules and the labeller's filter.
 */
export const SERVICE_AFTER: RegExp = /^[ \t]{1,2}(?:\p{Ll}{3,20}[ \t]{1,2}){0,2}(?:team|service|services|consults?|pharmacy|pharmacists?|fellows?|residents?)\b/u;
