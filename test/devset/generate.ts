/**
 * The second development set of issue 10: discharge summaries and radiology reports in
 * MIMIC-IV-Note's layout, and short clinician queries and messages (about half with no PHI at
 * all), annotated with the project's eight PHI types. Written independently of the NLP training
 * generator (own templates, own fillers: see `fillers.ts`), so its scores say how the scrubber
 * does on text it never saw.
 *
 *   npm run devset            # rewrites test/devset/devset.jsonl (deterministic)
 *
 * One JSON object a line: `{"id","family","text","phi":[{"start","end","type"}]}` (the shape of
 * the PhysioNet yardstick's `notes.jsonl`, read by `score.mjs` and the accuracy bench).
 *
 * Annotation guideline: NAME = name tokens only (titles and credentials outside; initials and
 * usernames in); DATE = the whole date expression (weekdays, even beside a date, and times of
 * day are not PHI: MIMIC-IV-Note keeps `When: FRIDAY ___ at 10:30 AM`); AGE = ages over 89 only (a glued `91F` token is
 * the span; `91-year-old` marks `91`); PHONE with its extension; ID = the value, not its label;
 * LOCATION = street address, city, ZIP, PO box, county (not states, countries or rooms);
 * HOSPITAL = the facility name with its generic word, abbreviations and nicknames; CONTACT =
 * e-mail, URL, IP address.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnnotated } from '../../src/testing/parseAnnotated.js';
import {
  P, Rand, address, buildPools, city, clinician, contact, county, day, facility, facilityAs, foreignDate, fullDate, holiday, idValue, idWithLabel,
  initials, lookalike, nameAs, oldAge, oldAgeNarrative, partialDate, person, phone, plus, renderDate, shortPhone, state, street, username, youngAge, zip,
  type Day, type Facility, type Person, type Pools,
} from './fillers.js';

/** One development-set text. */
export interface DevsetRecord {
  readonly id: string;
  readonly family: 'discharge' | 'radiology' | 'query';
  readonly text: string;
  readonly phi: readonly { start: number; end: number; type: string }[];
}

/** Everything a note's templates share: the patient, the clinicians, the places and the dates. */
interface Cast {
  readonly pt: Person;
  readonly old: boolean;
  readonly attending: Person;
  readonly pcp: Person;
  readonly consultants: readonly Person[];
  readonly relative: Person;
  readonly relation: string;
  readonly here: Facility;
  readonly outside: Facility;
  readonly rehab: Facility;
  readonly admit: Day;
  readonly discharge: Day;
}

function cast(r: Rand, p: Pools): Cast {
  const pt = person(r, p);
  const admit = day(r, 2005, 2024);
  const relative = person(r, p);
  const relation = r.pick(pt.female ? ['husband', 'daughter', 'son', 'sister', 'niece', 'friend'] : ['wife', 'daughter', 'son', 'brother', 'nephew', 'partner']);
  return {
    pt,
    old: r.chance(0.22),
    attending: person(r, p),
    pcp: person(r, p),
    consultants: [person(r, p), person(r, p), person(r, p)],
    relative: relation === 'husband' || relation === 'wife' || relation === 'partner' ? { ...relative, last: pt.last } : relative,
    relation,
    here: facility(r, p),
    outside: facility(r, p),
    rehab: facility(r, p),
    admit,
    discharge: plus(admit, r.int(2, 16)),
  };
}

const title = (x: Person): string => (x.female ? 'Ms.' : 'Mr.');
const she = (x: Person): string => (x.female ? 'she' : 'he');
const her = (x: Person): string => (x.female ? 'her' : 'his');
const woman = (x: Person): string => (x.female ? 'woman' : 'man');

// ------------------------------------------------------------------------ clinical filler

const PMH = ['CAD s/p CABG', 'HFrEF (EF 30%)', 'atrial fibrillation on apixaban', 'T2DM', 'CKD stage 3', 'COPD on 2L home O2', 'HTN', 'HLD', 'hypothyroidism', 'prior CVA with residual L hemiparesis', "Parkinson's disease", 'OSA on CPAP', 'cirrhosis (Child-Pugh B)', 'breast cancer s/p lumpectomy', 'BPH', 'GERD', 'osteoporosis', 'depression', 'Crohn disease', 'von Willebrand disease', 'Hashimoto thyroiditis', 'dementia (Lewy body)', 'Barrett esophagus', 'Graves disease s/p RAI'];
const COMPLAINTS = ['shortness of breath', 'chest pain', 'fall', 'altered mental status', 'fever and dysuria', 'melena', 'abdominal pain', 'syncope', 'lower extremity swelling', 'weakness', 'hemoptysis', 'confusion', 'palpitations', 'cough'];
const DRUGS = ['Apixaban 5 mg PO BID', 'Metoprolol succinate 50 mg PO daily', 'Furosemide 40 mg PO daily', 'Atorvastatin 80 mg PO QPM', 'Lisinopril 10 mg PO daily', 'Levothyroxine 75 mcg PO daily', 'Pantoprazole 40 mg PO Q24H', 'Aspirin 81 mg PO DAILY', 'Tamsulosin 0.4 mg PO QHS', 'Acetaminophen 650 mg PO Q6H:PRN pain', 'Senna 8.6 mg PO BID:PRN constipation', 'Insulin glargine 18 units SC at bedtime', 'Warfarin 2.5 mg PO DAILY16', 'Carbidopa-Levodopa (25-100) 1 TAB PO TID', 'Donepezil 10 mg PO QHS', 'Ceftriaxone 1 gm IV Q24H', 'Vancomycin 1000 mg IV Q12H', 'Heparin 5000 UNIT SC TID', 'Tiotropium Bromide 1 CAP IH DAILY', 'Entresto 24-26 mg PO BID', 'Empagliflozin 10 mg PO DAILY', 'Keppra 500 mg PO BID', 'Paxlovid (nirmatrelvir/ritonavir) as directed', 'Remdesivir 100 mg IV daily'];
const SERVICES = ['MEDICINE', 'CARDIOLOGY', 'SURGERY', 'NEUROLOGY', 'ORTHOPAEDICS', 'GENERAL SURGERY', 'NEUROSURGERY', 'OBSTETRICS/GYNECOLOGY'];
const CONSULTS = ['Cardiology', 'Nephrology', 'Infectious Disease', 'Palliative Care', 'Geriatrics', 'GI', 'Neurology', 'Physical Therapy', 'Psychiatry', 'Hepatology'];
const ALLERGIES = ['No Known Allergies / Adverse Drug Reactions', 'Penicillins', 'Sulfa (Sulfonamide Antibiotics) / Codeine', 'lisinopril', 'Iodine; Iodine Containing / Latex', 'Patient recorded as having No Known Allergies to Drugs'];
const PROCEDURES = ['None', 'Right heart catheterization', 'EGD with clipping of duodenal ulcer', 'Paracentesis', 'Left hip hemiarthroplasty', 'PICC line placement', 'Thoracentesis (right)', 'Cardioversion', 'ERCP with sphincterotomy'];

function physicalExam(r: Rand): string {
  return [
    'ADMISSION PHYSICAL EXAM:',
    `VS: T ${r.pick(['98.1', '99.2', '100.4', '97.6'])} BP ${r.int(95, 170)}/${r.int(50, 95)} HR ${r.int(55, 120)} RR ${r.int(12, 26)} O2 sat ${r.int(88, 100)}% ${r.pick(['RA', '2L NC', '4L NC'])}`,
    `GENERAL: ${r.pick(['Elderly woman in NAD', 'Alert, oriented, no acute distress', 'Uncomfortable appearing, speaking in full sentences'])}`,
    `CV: ${r.pick(['RRR, no m/r/g', 'Irregularly irregular, 2/6 systolic murmur at RUSB', 'RRR, 3/6 holosystolic murmur at apex'])}`,
    `LUNGS: ${r.pick(['CTAB', 'Bibasilar crackles, no wheezes', 'Decreased BS at R base'])}`,
    `ABD: Soft, NT/ND, +BS, ${r.pick(['no HSM', 'Murphy sign negative', 'no rebound or guarding'])}`,
    `EXT: ${r.pick(['1+ pitting edema to mid shin', 'No c/c/e', '2+ DP pulses bilaterally'])}`,
    `NEURO: ${r.pick(['CN II-XII intact, strength 5/5 throughout', 'A&Ox3, 4/5 strength LLE, Babinski downgoing', 'Oriented x2, asterixis present, Chaddock negative'])}`,
  ].join('\n');
}

function labs(r: Rand, c: Cast): string {
  const t = (): string => r.pick(['06:40AM', '05:12AM', '11:55PM', '07:30AM', '02:18PM']);
  const d1 = renderDate(c.admit, 'yyyy-mm-dd');
  const d2 = renderDate(c.discharge, 'yyyy-mm-dd');
  return [
    `${P('DATE', d1)} ${t()} BLOOD WBC-${r.int(3, 19)}.${r.int(0, 9)} RBC-${r.int(2, 5)}.${r.int(10, 99)} Hgb-${r.int(7, 15)}.${r.int(0, 9)} Hct-${r.int(22, 45)}.${r.int(0, 9)} MCV-${r.int(78, 102)} Plt ${r.int(90, 420)}`,
    `${P('DATE', d1)} ${t()} BLOOD Glucose-${r.int(70, 300)} UreaN-${r.int(8, 60)} Creat-${r.int(0, 3)}.${r.int(1, 9)} Na-${r.int(128, 146)} K-${r.int(3, 5)}.${r.int(0, 9)} Cl-${r.int(95, 110)} HCO3-${r.int(18, 30)}`,
    `${P('DATE', d2)} ${t()} BLOOD proBNP-${r.int(200, 9000)} cTropnT-<0.01`,
    r.chance(0.5) ? `${P('DATE', renderDate(plus(c.admit, 1), 'yyyy-mm-dd'))} ${t()} URINE Color-Yellow Appear-Clear SpecGr-1.015 pH-6.0` : `INR(PT)-${r.int(1, 3)}.${r.int(0, 9)}`,
  ].join('\n');
}

// ------------------------------------------------------------------------- discharge

function hpi(r: Rand, p: Pools, c: Cast): string {
  const pt = c.pt;
  const age = c.old ? oldAge(r, pt.female, false) : `${r.int(24, 89)} y/o`;
  const addressed = r.weighted<() => string>([
    [55, () => `${title(pt)} ${nameAs(r, pt, 'last')}`],
    [15, () => nameAs(r, pt, 'first last')],
    [10, () => `${title(pt)} ${nameAs(r, pt, 'first last')}`],
    [10, () => `Patient ${nameAs(r, pt, 'first last')}`],
    [10, () => `${nameAs(r, pt, 'first')}`],
  ])();
  if (c.old && r.chance(0.25)) {
    return `HPI: ${P('AGE', `${r.int(90, 99)}${pt.female ? 'F' : 'M'}`)} with ${r.some(PMH, 2).join(', ')} p/w ${r.pick(COMPLAINTS)} x${r.int(2, 5)} days. Seen at ${facilityAs(r, c.outside)} ${P('DATE', renderDate(c.admit, 'm/d'))} ${r.pick(['0600', '2245', '1310'])}, transferred for ${r.pick(['ERCP', 'cath', 'neurosurgical evaluation'])}.`;
  }
  const lines = [
    `${addressed} is a ${age} ${woman(pt)} with ${r.some(PMH, 3).join(', ')} who presented to ${facilityAs(r, c.outside)} with ${r.pick(COMPLAINTS)}${r.chance(0.5) ? ` on ${partialDate(r, c.admit)}` : ''}.`,
    r.pick([
      `Per ${her(pt)} PCP ${clinician(r, c.pcp)}, ${she(pt)} had been in ${her(pt)} usual state of health until ${r.int(2, 5)} days prior, when ${she(pt)} noted ${r.pick(COMPLAINTS)}.`,
      `${she(pt).replace(/^./, (x) => x.toUpperCase())} was seen in clinic by ${clinician(r, c.pcp)} on ${fullDate(r, plus(c.admit, -r.int(3, 30)))} and started on a course of ${r.pick(['levofloxacin', 'prednisone 40 mg', 'doxycycline', 'cefpodoxime'])}.`,
      `History obtained from ${her(pt)} ${c.relation} ${nameAs(r, c.relative, r.pick(['first', 'first last']))}, as the patient is ${r.pick(['a poor historian', 'hard of hearing', 'aphasic'])}.`,
    ]),
    `${she(pt).replace(/^./, (x) => x.toUpperCase())} was transferred from ${facilityAs(r, c.outside)} on ${fullDate(r, c.admit)} for ${r.pick(['further management', 'cardiology evaluation', 'higher level of care', 'ERCP'])}.`,
    r.pick([
      `In the ED, initial vitals were T 99.1 HR 104 BP 98/61 RR 22 O2 94% on 2L. Labs notable for WBC 14.2 and lactate 2.9. ${r.pick(['CXR showed a RLL opacity.', 'CT head was negative for bleed.', 'EKG with new LBBB.'])} ${she(pt).replace(/^./, (x) => x.toUpperCase())} received ${r.pick(['vancomycin/cefepime', '1L NS', 'ASA 325', 'IV Lasix 40'])}.`,
      `Of note, ${she(pt)} was admitted ${holiday(r, plus(c.admit, -r.int(60, 300)))} for a similar presentation and discharged to ${facilityAs(r, c.rehab)}.`,
      `${she(pt).replace(/^./, (x) => x.toUpperCase())} ${oldAgeOrNot(r, c)} and lives ${r.pick(['alone', 'with family', 'in an assisted living facility'])} in ${city(r, p)}.`,
      `Last colonoscopy ${partialDate(r, plus(c.admit, -r.int(400, 2000)))}; ${she(pt)} missed the ${P('DATE', renderDate(plus(c.admit, -r.int(20, 40)), 'Month yyyy').split(' ')[0]!)} dose of ${r.pick(['denosumab', 'Prolia', 'zoledronic acid'])}.`,
    ]),
  ];
  return lines.join(' ');
}

function oldAgeOrNot(r: Rand, c: Cast): string {
  return c.old ? oldAgeNarrative(r, c.pt.female) : `is ${r.int(40, 89)} and ${r.pick(['still works part time', 'retired last year', 'drives'])}`;
}

function socialHistory(r: Rand, p: Pools, c: Cast): string {
  const pt = c.pt;
  return r.pick([
    () => `Lives with ${her(pt)} ${c.relation} ${nameAs(r, c.relative, 'first')} in ${city(r, p)}, ${state(r, r.chance(0.5))}. Retired ${r.pick(['teacher', 'machinist', 'nurse', 'bus driver', 'accountant'])}. Quit smoking in ${P('DATE', String(r.int(1970, 2015)))}; no EtOH or illicits.`,
    () => `Lives at ${address(r, p)}. ${r.pick(['Former smoker, 40 pack-years', 'Never smoker', 'Drinks 2 glasses of wine nightly'])}. HCP is ${her(pt)} ${c.relation}, ${nameAs(r, c.relative, 'first last')} (${phone(r)}).`,
    () => `Resides at ${facilityAs(r, c.rehab)} since ${partialDate(r, plus(c.admit, -r.int(100, 900)))}. Daughter ${nameAs(r, person(r, p), 'first')} visits weekly. Originally from ${r.pick(['Poland', 'Turkey', 'Ireland', 'the Philippines', 'Haiti', 'Vietnam', 'Ohio', 'Georgia'])}.`,
    () => `Moved from ${city(r, p)} to ${county(r, p)} in ${P('DATE', String(r.int(1980, 2020)))}. ${r.pick(['Independent in ADLs', 'Needs help with IADLs', 'Uses a walker'])}. Son ${nameAs(r, person(r, p), 'first')} is involved in care.`,
  ])();
}

function hospitalCourse(r: Rand, p: Pools, c: Cast): string {
  const pt = c.pt;
  const [a, b, d] = c.consultants as [Person, Person, Person];
  const when = (n: number): string => fullDate(r, plus(c.admit, n));
  const paras = [
    `# ${r.pick(['Acute on chronic HFrEF', 'Sepsis, urinary source', 'Upper GI bleed', 'Mechanical fall', 'NSTEMI', 'Community acquired pneumonia'])}: ${r.pick(['Diuresed with IV furosemide with good response', 'Treated with ceftriaxone then transitioned to PO', 'Transfused 2 units pRBC', 'Trop peaked at 0.45', 'Started on Unasyn'])}. ${r.pick(CONSULTS)} was consulted (${clinician(r, a)}) and recommended ${r.pick(['TTE', 'repeat imaging', 'continuing current management', 'outpatient follow-up'])}. ${r.pick(['TTE', 'CTA chest', 'EGD'])} on ${partialDate(r, plus(c.admit, 1))} showed ${r.pick(['EF 35%', 'no PE', 'a clean-based ulcer', 'moderate MR'])}.`,
    `# ${r.pick(['Atrial fibrillation', 'AKI on CKD', 'Delirium', 'Hyponatremia', 'Anemia'])}: ${r.pick(['Rate controlled with metoprolol', 'Cr peaked at 2.1 and improved with fluids', 'Managed with redirection; low dose Seroquel QHS', 'Na 126 on admission, improved with fluid restriction'])}. CHA2DS2-VASc ${r.int(2, 7)}, HAS-BLED ${r.int(1, 4)}; ${r.pick(['apixaban continued', 'warfarin held, INR 3.4', 'anticoagulation deferred per family'])}.`,
    r.pick([
      `Discussed with ${her(pt)} ${c.relation} ${nameAs(r, c.relative, r.pick(['first', 'first last', 'last']))} on ${when(r.int(1, 3))} regarding goals of care; ${she(pt)} remains full code. Palliative care (${clinician(r, b)}) followed.`,
      `Night float ${P('NAME', initials(b))} was called at 0300 on ${partialDate(r, plus(c.admit, 2))} for hypotension to 82/40, which responded to a 500 mL bolus. d/w ${P('NAME', initials(d, r.chance(0.3)))} in the AM.`,
      `On HD#${r.int(2, 6)}, ${she(pt)} was seen by ${r.pick(CONSULTS)} (${nameAs(r, b, 'First L.')}) and cleared for discharge. Physical therapy recommended ${r.pick(['rehab', 'home with services', 'home with 24h supervision'])}.`,
      `Records from ${facilityAs(r, c.outside)} (${phone(r)}, ${shortPhone(r)}) were reviewed; outside MRN ${idValue(r)}. Prior echo ${fullDate(r, plus(c.admit, -r.int(100, 700)))} with EF 40%.`,
      `Patient's ${c.relation} ${nameAs(r, c.relative, 'first')} asked that updates be sent to ${contact(r, c.relative)}.`,
    ]),
    r.chance(0.5) ? `TRANSITIONAL ISSUES:\n- f/u with ${clinician(r, c.pcp)} within 1 week\n- recheck Chem-7 on ${partialDate(r, plus(c.discharge, 5))}\n- ${r.pick(['consider GDMT uptitration', 'repeat CXR in 6 weeks', 'titrate Lasix to weight', 'needs colonoscopy'])}` : '',
  ];
  return paras.filter((x) => x !== '').join('\n');
}

function followup(r: Rand, p: Pools, c: Cast): string {
  const doc = person(r, p);
  const d = plus(c.discharge, r.int(5, 40));
  return r.pick([
    () => `Department: ${r.pick(SERVICES)}\nWhen: ${r.pick(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'])} ${P('DATE', renderDate(d, 'm/d/yyyy'))} at ${r.int(8, 11)}:${r.pick(['00', '15', '30', '45'])} AM\nWith: ${P('NAME', `${doc.first} ${doc.last}`.toUpperCase())}, MD \\[${phone(r)}\\]\nBuilding: ${r.pick(['SC', 'LM', 'KS', 'RB'])} ${street(r, p)} ${city(r, p)}\nCampus: ${r.pick(['EAST', 'WEST'])}     Best Parking: ${r.pick(['Garage', 'Main Garage', 'Street'])}`,
    () => `Please follow up with ${clinician(r, c.pcp)} on ${fullDate(r, d)} at ${r.int(1, 4)}:${r.pick(['00', '20', '40'])} PM. Phone: ${phone(r)}\n${r.pick(CONSULTS)} clinic at ${facilityAs(r, c.here)}, ${street(r, p)}, Suite ${r.int(100, 900)}: ${partialDate(r, plus(d, 7))}`,
    () => `Name: ${nameAs(r, doc, 'Last, First M.')}\nLocation: ${facilityAs(r, c.here)}\nAddress: ${address(r, p)}\nPhone: ${phone(r)}\nAppointment: ${fullDate(r, d)} 9:30am`,
  ])();
}

function dischargeSummary(r: Rand, p: Pools, c: Cast): string {
  const pt = c.pt;
  const nameField = r.pick<() => string>([
    () => nameAs(r, pt, 'LAST, FIRST'),
    () => nameAs(r, pt, 'Last, First M.'),
    () => nameAs(r, pt, 'first last'),
  ])();
  const dobDay = plus(c.admit, -365 * (c.old ? r.int(90, 99) : r.int(25, 88)) - r.int(0, 360));
  const sexCol = pt.female ? 'F' : 'M';
  const admitForm = r.pick(['mm/dd/yyyy', 'yyyy-mm-dd', 'm/d/yyyy', 'Month d, yyyy', 'm.d.yyyy', 'ddMONyyyy', 'yyyy.mm.dd'] as const);
  const dA = P('DATE', lookalike(r, renderDate(c.admit, admitForm), 'date'));
  const dD = P('DATE', renderDate(c.discharge, admitForm));
  const attendingLine = r.pick([
    () => nameAs(r, c.attending, 'first last'),
    () => `${nameAs(r, c.attending, 'first last')}, MD`,
    () => `${nameAs(r, c.attending, 'F. Last')}.`,
    () => nameAs(r, c.attending, 'Last, First M.'),
  ])();
  const medsAdm = r.some(DRUGS, r.int(3, 6));
  const medsDis = r.some(DRUGS, r.int(3, 6));
  const closing = r.weighted<() => string>([
    [40, () => `Dear ${title(pt)} ${nameAs(r, pt, 'last')},\nIt was a pleasure taking care of you at ${facilityAs(r, c.here)}. You were admitted for ${r.pick(COMPLAINTS)}. ${r.pick(["Don't", 'Do not'])} lift more than 10 lbs for 6 weeks. If you have chest pain or trouble breathing, please call Dr. ${nameAs(r, c.pcp, 'last')} at ${phone(r)} or return to the ED.`],
    [25, () => `Dear ${nameAs(r, pt, 'first')},\nYou were in the hospital because of ${r.pick(COMPLAINTS)}. Please weigh yourself every morning and call your doctor if your weight goes up more than 3 lbs. Your next INR check is ${partialDate(r, plus(c.discharge, 3))}.\nSincerely, Your ${r.pick(['Medicine', 'Cardiology', 'Surgery'])} Team`],
    [20, () => `You were admitted to ${facilityAs(r, c.here)} for ${r.pick(COMPLAINTS)}. Please take all medications as prescribed and keep your appointments. Questions: ${r.pick(['nurse line', 'clinic'])} ${phone(r)} or ${contact(r, c.attending)}.`],
    [15, () => `Mr./Ms. ${nameAs(r, pt, 'last')}: you may shower. Call ${shortPhone(r)} with questions. Return if fever > 101.5.`],
  ])();
  const sections = [
    ` \nName:  ${nameField}                 Unit No:   ${idValue(r)}\n `,
    `Admission Date:  ${dA}              Discharge Date:   ${dD}\n `,
    `Date of Birth:  ${P('DATE', renderDate(dobDay, admitForm))}             Sex:   ${sexCol}\n `,
    `Service: ${r.pick(SERVICES)}\n `,
    `Allergies: \n${r.pick(ALLERGIES)}\n `,
    `Attending: ${attendingLine}\n `,
    `Chief Complaint:\n${r.pick(COMPLAINTS)}\n `,
    `Major Surgical or Invasive Procedure:\n${r.pick(PROCEDURES)}\n `,
    `History of Present Illness:\n${hpi(r, p, c)}\n `,
    `Past Medical History:\n${r.some(PMH, r.int(3, 7)).map((x) => `- ${x}`).join('\n')}\n `,
    `Social History:\n${socialHistory(r, p, c)}\n `,
    `Family History:\n${r.pick(['Mother with breast cancer, father with MI at 60.', 'Noncontributory.', 'Father died of stroke at 71; brother with T2DM.', `Mother ${oldAgeNarrative(r, true).replace(/^whose mother /, '')}; no family history of VTE.`])}\n `,
    `Physical Exam:\n${physicalExam(r)}\n `,
    `Pertinent Results:\n${labs(r, c)}\n${r.pick(['CXR', 'CT HEAD W/O CONTRAST', 'TTE', 'RUQ US'])} (${P('DATE', renderDate(plus(c.admit, 1), 'm/d'))}): ${r.pick(['No acute intracranial process.', 'Small bilateral effusions.', 'EF 35%, moderate MR.', 'Cholelithiasis without cholecystitis.'])}\n `,
    `Brief Hospital Course:\n${hospitalCourse(r, p, c)}\n `,
    `Medications on Admission:\n${medsAdm.map((m, i) => `${i + 1}. ${m}`).join('\n')}\n `,
    `Discharge Medications:\n${medsDis.map((m, i) => `${i + 1}. ${m}`).join('\n')}\n `,
    r.chance(0.5)
      ? `Discharge Disposition:\nExtended Care\n \nFacility:\n${facilityAs(r, c.rehab)}${r.chance(0.3) ? ` - ${city(r, p)}` : ''}\n `
      : `Discharge Disposition:\nHome With Service\n \nFacility:\n${r.pick(['VNA of', 'Home Health of'])} ${city(r, p)}\n `,
    `Discharge Diagnosis:\n${r.pick(['Acute on chronic systolic heart failure', 'Urosepsis', 'Upper GI bleed', 'Left femoral neck fracture', 'NSTEMI'])}\nSecondary: ${r.some(PMH, 2).join(', ')}\n `,
    `Discharge Condition:\nMental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\nActivity Status: ${r.pick(['Ambulatory - Independent.', 'Ambulatory - requires assistance or aid (walker or cane).', 'Out of Bed with assistance to chair or wheelchair.'])}\n `,
    `Discharge Instructions:\n${closing}\n `,
    `Followup Instructions:\n${followup(r, p, c)}\n`,
  ];
  if (r.chance(0.15)) sections.push(` \n${P('NAME', `${c.attending.first} ${c.attending.last}`)} MD ${P('ID', String(r.int(1000000, 9999999)))}\n \nCompleted by: ${P('NAME', username(r, c.attending))} ${fullDate(r, c.discharge)} @ ${r.int(10, 23)}${r.pick(['00', '15', '41'])}`);
  return sections.join('\n');
}

// ------------------------------------------------------------------------- radiology

const EXAMS: readonly (readonly [string, string, readonly string[], readonly string[]])[] = [
  ['CHEST (PA AND LAT)', 'PA and lateral views of the chest.', ['Heart size is normal. The mediastinal and hilar contours are unremarkable. There is no pleural effusion or pneumothorax. Lungs are clear.', 'There is a new right lower lobe opacity concerning for pneumonia. Small right pleural effusion. Cardiomegaly is stable.', 'Sternotomy wires are intact. Mild pulmonary vascular congestion. Left basilar atelectasis.'], ['No acute cardiopulmonary process.', 'Right lower lobe pneumonia.', 'Mild pulmonary edema, slightly improved.']],
  ['CT HEAD W/O CONTRAST', 'Contiguous axial images of the brain were obtained without contrast. DLP: 912 mGy-cm.', ['There is no evidence of hemorrhage, edema, mass effect or infarction. Ventricles and sulci are prominent, consistent with age-related involution. Periventricular white matter hypodensities likely reflect chronic small vessel disease.', 'There is a 9 mm acute subdural hematoma along the left convexity without midline shift. No fracture.'], ['No acute intracranial process.', 'Acute left subdural hematoma, 9 mm. No midline shift.']],
  ['CT ABD & PELVIS WITH CONTRAST', 'MDCT images were acquired through the abdomen and pelvis following IV contrast. Coronal and sagittal reformations were reviewed.', ['The liver is nodular in contour. No focal lesion. Gallbladder contains stones. Pancreas is atrophic. Kidneys enhance symmetrically. There is sigmoid diverticulosis without diverticulitis. No free air.', 'Appendix is dilated to 11 mm with periappendiceal fat stranding. No abscess. Small amount of free fluid in the pelvis.'], ['Cirrhotic liver morphology. Cholelithiasis.', 'Acute uncomplicated appendicitis.']],
  ['MR HEAD W & W/O CONTRAST', 'Multiplanar multisequence MR images of the brain before and after gadolinium.', ['There is restricted diffusion in the left MCA territory involving the insula and frontal operculum. No hemorrhagic transformation. Flow voids are preserved.', 'A 1.2 cm enhancing extra-axial mass along the falx is consistent with a meningioma, unchanged.'], ['Acute left MCA territory infarct.', 'Stable parafalcine meningioma.']],
  ['LIVER OR GALLBLADDER US (SINGLE ORGAN)', 'Grayscale and color Doppler ultrasound images of the abdomen.', ['The liver is coarsened in echotexture. No focal lesions. Main portal vein is patent with hepatopetal flow. Gallbladder is distended with sludge; sonographic Murphy sign is positive.', 'Common bile duct measures 4 mm. Spleen measures 13.8 cm.'], ['Findings concerning for acute cholecystitis.', 'Cirrhotic liver, patent portal vein.']],
  ['BILAT LOWER EXT VEINS', 'Grayscale, color and spectral Doppler evaluation of both lower extremity veins.', ['There is occlusive thrombus in the left common femoral and popliteal veins. Right lower extremity veins are compressible with normal flow.', 'Normal compressibility, flow and augmentation of the bilateral common femoral, femoral and popliteal veins.'], ['Left lower extremity DVT.', 'No evidence of deep venous thrombosis in either leg.']],
  ['HIP 2 VIEWS LEFT', 'AP pelvis and lateral left hip.', ['There is an acute subcapital fracture of the left femoral neck with varus angulation. Degenerative changes of both hips.', 'Left hip hemiarthroplasty in expected position without hardware complication.'], ['Acute left femoral neck fracture.', 'Post-operative changes, no complication.']],
  ['CTA CHEST', 'Helical CT of the chest after IV contrast in the pulmonary arterial phase.', ['Filling defects are seen in the right lower lobe segmental pulmonary arteries. RV/LV ratio 0.9. Emphysema. 4 mm nodule in the right upper lobe (Fleischner: no follow-up needed).', 'No pulmonary embolism to the subsegmental level. Bilateral dependent atelectasis.'], ['Right lower lobe segmental pulmonary emboli without right heart strain.', 'No pulmonary embolism.']],
];

function radiologyReport(r: Rand, p: Pools, c: Cast): string {
  const pt = c.pt;
  const [exam, technique, findings, impressions] = r.pick(EXAMS);
  const reader = c.attending;
  const resident = c.consultants[0]!;
  const called = c.consultants[1]!;
  const ageSex = c.old
    ? r.pick([() => `${oldAge(r, pt.female)} ${r.chance(0.5) ? woman(pt) + ' ' : ''}with`, () => `${P('AGE', `${r.int(90, 99)}${pt.female ? 'F' : 'M'}`)} with`, () => `${P('AGE', String(r.int(90, 99)))} year old ${woman(pt)} with`])()
    : `${r.pick([`${r.int(20, 89)} year old ${woman(pt)}`, `${r.int(20, 89)}${pt.female ? 'F' : 'M'}`, `${r.int(20, 89)} y/o ${pt.female ? 'F' : 'M'}`])} with`;
  const indication = r.pick([
    () => `INDICATION:  ${ageSex} ${r.pick(COMPLAINTS)}, ${r.pick(['r/o pneumonia', 'eval for bleed', 'assess for PE', 'eval for fracture', 'concern for cholecystitis'])}.`,
    () => `INDICATION:  History: ${ageSex} ${r.pick(['fall', 'fever', 'hypoxia', 'headache', 'RUQ pain'])}`,
    () => `CLINICAL HISTORY:  ${ageSex} ${r.pick(COMPLAINTS)} transferred from ${facilityAs(r, c.outside)}.`,
  ])();
  const prior = plus(c.admit, -r.int(10, 900));
  const comparison = r.pick([
    () => `COMPARISON:  ${fullDate(r, prior)}.`,
    () => `COMPARISON:  Chest radiograph from ${facilityAs(r, c.outside)} dated ${fullDate(r, prior)}.`,
    () => `COMPARISON:  None.`,
    () => `COMPARISON:  Prior CT ${partialDate(r, prior)} and MRI ${fullDate(r, plus(prior, -r.int(30, 200)))}.`,
    () => `COMPARISON:  Outside study (${facilityAs(r, c.outside)}, ${P('DATE', renderDate(prior, 'Month yyyy'))}) not available for direct comparison.`,
  ])();
  const f = r.pick(findings);
  const imp = r.pick(impressions);
  const time = `${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, '0')} ${r.pick(['AM', 'PM'])}`;
  const notification = r.weighted<() => string>([
    [35, () => `NOTIFICATION:  The findings were discussed with ${clinician(r, called)} by ${clinician(r, reader)} on the telephone on ${fullDate(r, c.admit)} at ${time}, ${r.int(2, 30)} minutes after discovery of the findings.`],
    [15, () => `NOTIFICATION:  Findings were communicated to ${P('NAME', initials(called))} (${r.pick(['ED', 'covering NP', 'night float'])}) at ${time} on ${partialDate(r, c.admit)} by ${P('NAME', initials(resident))}.`],
    [10, () => `NOTIFICATION:  Dr. ${nameAs(r, called, 'last')} paged at ${shortPhone(r)} at ${time}.`],
    [40, () => ''],
  ])();
  const footer = r.weighted<() => string>([
    [25, () => `\n \nDictated by: ${nameAs(r, resident, 'first last')}, MD\nSigned electronically by: DR. ${P('NAME', `${reader.first.toUpperCase()} ${reader.last.toUpperCase()}`)}\n${P('NAME', initials(reader))}/${P('NAME', initials(resident).toLowerCase())}  ${fullDate(r, c.admit)} ${time}`],
    [20, () => `\n \n${idWithLabel(r, c.admit.y)}\nReading radiologist: ${clinician(r, reader)}`],
    [15, () => `\n \n/s/ ${nameAs(r, reader, 'first last')} MD\ncc: ${clinician(r, c.pcp)}, ${facilityAs(r, c.here)}`],
    [40, () => ''],
  ])();
  const parts = [
    `EXAMINATION:  ${exam}${r.chance(0.25) ? `   ${idWithLabel(r, c.admit.y)}` : ''}`,
    indication,
    `TECHNIQUE:  ${technique}`,
    comparison,
    `FINDINGS: \n \n${f}${r.chance(0.2) ? ` ${r.pick([`Pacemaker leads terminate in the right atrium and ventricle (${idWithLabel(r, c.admit.y)}).`, `Compared to the study at ${facilityAs(r, c.here)} on ${partialDate(r, prior)}, unchanged.`, `Patient ${nameAs(r, pt, 'first last')} was unable to hold ${her(pt)} breath.`])}` : ''}`,
    `IMPRESSION: \n \n${imp}${r.chance(0.25) ? ` Recommend follow-up ${r.pick(['CT', 'MRI', 'ultrasound'])} in 3 months (${P('DATE', renderDate(plus(c.admit, 90), 'Month yyyy'))}).` : ''}`,
    notification,
  ].filter((x) => x !== '');
  return parts.join('\n \n') + footer + '\n';
}

// ---------------------------------------------------------------------------- queries

const EPONYMS = ['Chaddock', 'Gleason', 'Guillain-Barré', 'von Willebrand', 'Stevens-Johnson', 'Parkinson', 'Foley', 'Glasgow Coma Scale', 'Hunt and Hess', 'Lewy body', 'Allen test', 'Cushing', 'Babinski', 'Hoffmann', 'Kernig', 'Brudzinski', "Murphy's sign", 'McBurney point', 'Virchow triad', 'Wernicke', 'Korsakoff', 'Hashimoto', 'Graves', 'Addison', 'Crohn', 'Barrett', "Bell's palsy", 'Horner syndrome', 'Raynaud', 'Sjögren', 'Kawasaki', 'Takotsubo', 'Wolff-Parkinson-White', 'Mallory-Weiss', 'Brown-Séquard', 'Cheyne-Stokes', 'Kussmaul', 'Trendelenburg', 'Valsalva', 'Swan-Ganz', 'Whipple', 'Nissen', 'Roux-en-Y', 'Hartmann', 'Apgar', 'Mallampati', 'Breslow', 'Light criteria', 'Duke criteria', 'Richmond Agitation-Sedation Scale', 'Braden', 'Morse fall scale', 'Epley maneuver', 'Dix-Hallpike', 'Romberg', 'Tinel', 'Phalen', 'Lachman', 'Homan sign', 'Austin Flint', 'Osler nodes', 'Janeway lesions', 'Kaposi', 'Hodgkin', 'Burkitt', 'Wilms', 'Ewing', 'Paget', 'Dupuytren', 'Baker cyst', 'Meckel', 'Hirschsprung', 'Alzheimer', 'Huntington', 'Tourette', 'Asperger', 'Down syndrome', 'Marfan', 'Ehlers-Danlos', 'Klinefelter', 'Turner syndrome', 'Reye syndrome', 'Kawasaki disease'];
const SCORES = ['CHA2DS2-VASc', 'HAS-BLED', 'CURB-65', 'MELD-Na', 'APACHE II', 'SOFA', 'qSOFA', 'TIMI', 'GRACE', 'HEART score', 'Framingham risk score', 'NIHSS', 'PHQ-9', 'CIWA', 'Wells score', 'Ranson criteria', 'Child-Pugh', 'Glasgow-Blatchford', 'Rockall', 'PESI', 'Caprini', 'Padua', 'ABCD2', 'Alvarado', 'Centor', 'PERC', 'STOP-BANG', 'MoCA', 'MMSE', 'Katz ADL', 'ECOG', 'Karnofsky'];
const TRIALS = ['ARISTOTLE', 'RE-LY', 'ROCKET-AF', 'SPRINT', 'ACCORD', 'PARADIGM-HF', 'DAPA-HF', 'EMPEROR-Reduced', 'ISCHEMIA', 'COURAGE', 'NASCET', 'RECOVERY', 'ACTT-1', 'SYNTAX', 'FREEDOM', 'PROTECT', 'CHAMPION', 'NLST', 'WHI', 'ALLHAT', 'SURMOUNT', 'STEP-1', 'CREDENCE', 'FOURIER', 'ODYSSEY'];
const Q_DRUGS = ['Paxlovid', 'Remdesivir', 'Eliquis', 'apixaban', 'warfarin', 'Coumadin', 'Lasix', 'heparin', 'enoxaparin', 'Lovenox', 'vancomycin', 'Zosyn', 'ceftriaxone', 'metoprolol', 'Keppra', 'Ativan', 'Haldol', 'Seroquel', 'Dilaudid', 'Narcan', 'Tylenol', 'Plavix', 'Brilinta', 'Entresto', 'Jardiance', 'Ozempic', 'Humira', 'Keytruda', 'Xarelto', 'Pradaxa', 'Bactrim', 'Flagyl', 'Cipro', 'Levaquin', 'prednisone', 'Solu-Medrol', 'insulin glargine', 'Lantus', 'Humalog', 'amiodarone', 'digoxin', 'diltiazem', 'Cardizem', 'nitroglycerin', 'Precedex', 'propofol', 'fentanyl', 'ketamine', 'Zofran', 'Reglan', 'Protonix', 'Nexium', 'Ambien', 'trazodone', 'Lexapro', 'Zoloft', 'Wellbutrin', 'gabapentin', 'Lyrica', 'Norco', 'oxycodone', 'Suboxone', 'methadone'];
const FRACTIONS = ['2/6 murmur', '5/5 strength', '4/5 strength in the LLE', '1/2 tab', 'L4/5 disc bulge', 'BP 120/80', 'BP 142/91', '3/4 of the dose', '0/10 pain', '7/10 pain', '20/20 vision', '1+ edema', '2+ pulses', 'C5/6', 'T11/12', '3/5 hip flexion', 'I/O 1.2/0.8 L', 'PEEP 5/FiO2 40%', 'Pain 3/10'];
const TIMES = ['0600', '3:15 PM', '14:30', '2200', '0800', '11am', 'noon', '1745', '06:40', '9 PM', '2330', '4:45am'];
const Q_STATES = ['Massachusetts', 'MA', 'Texas', 'NY', 'Ohio', 'Georgia', 'Virginia', 'Florida', 'CA', 'Maine', 'Oregon', 'Minnesota', 'New Hampshire', 'Vermont', 'NH', 'RI', 'Puerto Rico', 'Mexico', 'Canada', 'India', 'Haiti'];

function phiFreeQuery(r: Rand): string {
  const e = (): string => r.pick(EPONYMS);
  const s = (): string => r.pick(SCORES);
  const t = (): string => r.pick(TRIALS);
  const d = (): string => r.pick(Q_DRUGS);
  const f = (): string => r.pick(FRACTIONS);
  const h = (): string => r.pick(TIMES);
  const a = (): string => youngAge(r, r.chance(0.5));
  const st = (): string => r.pick(Q_STATES);
  const sx = r.chance(0.5);
  return r.pick<() => string>([
    () => `Is a positive ${e()} sign reliable in a ${a()} with suspected ${r.pick(['Guillain-Barré', 'cord compression', 'stroke'])}?`,
    () => `Does ${t()} support ${d()} over ${d()} in a ${a()} with AF and ${s()} of ${r.int(2, 6)}?`,
    () => `What ${s()} cutoff do we use before starting ${d()}? Pt is ${a()}, ${f()}.`,
    () => `${r.pick(["Don't", "Can't", "Won't"])} give ${d()} before the ${h()} labs, right? ${f()} this morning.`,
    () => `Can we switch ${d()} to ${d()} ${h()}? ${r.pick(['Renal function worse', 'INR 3.2', 'QTc 510', 'K 5.6'])}.`,
    () => `Quick question: does ${e()} disease change the ${d()} dose? ${a()}, Cr 1.4.`,
    () => `Pt in bed 12 ${r.pick(['c/o', 'complains of'])} ${r.pick(['chest pain', 'nausea', 'itching'])} since ${h()}; ${f()}, ${f()}. Call back?`,
    () => `Anyone know if ${st()} requires a second signature for ${d()} refills?`,
    () => `${s()} ${r.int(0, 12)}, ${s()} ${r.int(0, 9)}. Would you admit to step-down or floor?`,
    () => `Framingham says 18% 10-year risk. Statin intensity for a ${a()} with ${f()}?`,
    () => `Per ${t()} and ${t()}, is there a benefit of ${d()} in HFpEF?`,
    () => `Hunt and Hess ${r.int(1, 5)}, Fisher ${r.int(1, 4)}. Nimodipine ${h()} ok with ${f()}?`,
    () => `Can you re-page neuro about the ${e()} and ${e()} findings? GCS 14, pupils 3 mm reactive.`,
    () => `${f()} and ${f()} on exam, ${e()} negative. Repeat CT at ${h()} or wait for AM?`,
    () => `Patient moved here from ${st()} last year, prior records pending. ${d()} held since ${h()}.`,
    () => `Family asks if the ${t()} results apply to her (${a()}). ${r.pick(["I don't think so", 'Probably not', 'Unclear'])}.`,
    () => `MAY we hold the ${h()} ${d()} given ${f()}? Will reassess after rounds.`,
    () => `Will the ${e()} workup change management? ${a()} ${sx ? 'woman' : 'man'}, ${s()} ${r.int(1, 9)}.`,
    () => `Rounded on 4 West: ${f()}, ${f()}, ${d()} ${h()}, ${d()} ${h()}. Nothing else overnight.`,
    () => `Reminder: ${s()} and ${s()} due on all new admits per the ${r.pick(['sepsis', 'VTE', 'falls', 'delirium'])} bundle.`,
    () => `Is ${d()} safe with ${e()}? The pharmacist flagged an interaction at ${h()}.`,
    () => `${a()} with ${e()}, ${f()}. Ok to give ${d()} and ${d()} together?`,
    () => `In her 70s, ${f()}. Target ${s()}? PT says ${r.pick(['Morse 45', 'Braden 14', 'Tinetti 18'])}.`,
    () => `Pharmacy called re: ${d()} shortage; ${d()} substituted until Monday.`,
    () => `Trial question: exclusion criteria of ${t()} include ${r.pick(['eGFR < 25', 'prior ICH', 'age > 80', 'pregnancy'])}, so ${a()} not eligible?`,
    () => `ROS negative. ${f()}. ${e()} test equivocal. Plan: ${d()} ${h()}, recheck in 2 weeks.`,
    () => `what's the ${d()} dose for a ${a()} on HD? ${f()} today`,
    () => `MS flare vs ${e()}? LA enlargement on echo, PA pressure 45. ${f()}.`,
    () => `Pt wants to travel to ${st()} next week. Ok on ${d()}? INR goal 2-3.`,
    () => `${h()} dose of ${d()} given late (${h()}). ${s()} ${r.int(0, 8)}. No other concerns.`,
  ])();
}

/** Nicknames (written here). */
const NICKNAMES = ['Bobby', 'Liz', 'Beth', 'Jimmy', 'Peggy', 'Bud', 'Sully', 'Kate', 'Chuck', 'Trish', 'Nonna', 'Tiny', 'Red', 'Babs', 'Gus', 'Topher'];

function phiQuery(r: Rand, p: Pools): string {
  const x = person(r, p);
  const y = person(r, p);
  const fac = facility(r, p);
  const dd = day(r, 2015, 2024);
  const a = (): string => youngAge(r, x.female);
  const d = (): string => r.pick(Q_DRUGS);
  return r.pick<() => string>([
    () => `Can you check whether ${title(x)} ${nameAs(r, x, 'last')} (${idWithLabel(r, dd.y)}) got ${her(x)} ${r.pick(TIMES)} ${d()}?`,
    () => `Pls call ${nameAs(r, x, 'first')}'s ${r.pick(['daughter', 'son', 'wife', 'husband'])} ${nameAs(r, y, 'first')} back at ${phone(r)} re: consent.`,
    () => `${oldAge(r, x.female).replace(/^/, 'History: ')} with fall, on ${d()}. Is ${r.pick(SCORES)} valid at this age?`,
    () => `Pt ${nameAs(r, x, 'first last')}, DOB ${fullDate(r, day(r, 1930, 1990))}, transferred from ${facilityAs(r, fac)} — records?`,
    () => `Son ${P('NAME', r.pick(p.wordGiven))} visited today, asks about ${d()}. ${a()}.`,
    () => `${title(x)} ${P('NAME', r.pick(p.wordGiven))} was seen by ${clinician(r, y)} on ${partialDate(r, dd)}; follow-up at ${facilityAs(r, fac)}?`,
    () => `Night float: ${P('NAME', initials(y))}. ${title(x)} ${nameAs(r, x, 'last')} in 14B spiked to 101.8 at ${r.pick(TIMES)}.`,
    () => `d/w ${P('NAME', initials(y, r.chance(0.4)))}, ok to restart ${d()} ${partialDate(r, dd)}.`,
    () => `${nameAs(r, x, 'first')} ${P('NAME', x.last.charAt(0) + '.')} has been doing well since ${fullDate(r, dd)}. ${r.pick(FRACTIONS)}.`,
    () => `Dr. ${P('NAME', x.last.charAt(0) + '.')} wants the ${d()} held until the ${fullDate(r, dd)} echo.`,
    () => `Pt lives at ${address(r, p)}; VNA asks for ${d()} orders.`,
    () => `Her ZIP is ${zip(r)}, insurer wants it for the ${d()} prior auth. ${idWithLabel(r, dd.y)}.`,
    () => `Patient's email is ${contact(r, x)}; ok to send the ${d()} instructions there?`,
    () => `${nameAs(r, x, 'lower')} in rm 4 wants to talk to dr ${P('NAME', y.last.toLowerCase())} about ${d()}`,
    () => `Transferred from ${P('HOSPITAL', fac.abbr)} ${fullDate(r, dd)}; ${P('HOSPITAL', fac.nick.replace(/^the /, ''))} discharge summary missing.`,
    () => `Outside records from ${facilityAs(r, fac)} faxed to ${shortPhone(r)}. ${r.pick(FRACTIONS)}, ${r.pick(EPONYMS)} negative.`,
    () => `${title(x)} ${nameAs(r, x, 'last')} ${oldAgeNarrative(r, x.female)}; still on ${d()}?`,
    () => `${P('AGE', `${r.int(90, 99)}${x.female ? 'F' : 'M'}`)} s/p fall ${partialDate(r, dd)} — ${r.pick(SCORES)} ${r.int(1, 9)}, ok for ${d()}?`,
    () => `Family (${r.pick(['sister', 'niece', 'brother'])} ${nameAs(r, y, 'first last')}, ${phone(r)}) requests meeting ${fullDate(r, dd)} ${r.pick(TIMES)}.`,
    () => `Please fax ${nameAs(r, x, 'Last, First M.')} ${idWithLabel(r, dd.y)} records to ${facilityAs(r, fac)}, ${city(r, p)}.`,
    () => `Login ${P('NAME', username(r, y))} locked me out of ${x.female ? 'her' : 'his'} chart again; pt ${nameAs(r, x, 'F. Last')} needs ${d()} at ${r.pick(TIMES)}.`,
    () => `${nameAs(r, x, 'LAST, FIRST')} ${idWithLabel(r, dd.y)}: ${d()} ${r.pick(TIMES)} missed ${foreignDate(r, dd)}.`,
    () => `Seen at ${P('HOSPITAL', fac.misspelt)} in ${P('DATE', String(dd.y))} for ${r.pick(EPONYMS)}; pt ${nameAs(r, x, 'first')} now ${a()}.`,
    () => `Ms. ${P('NAME', r.pick(['May', 'June', 'Hope', 'Grace', 'Joy']))} was seen, ${r.pick(FRACTIONS)}. Will reassess ${partialDate(r, dd)}.`,
    () => `${title(x)} ${nameAs(r, x, 'last')} (${P('AGE', String(r.int(90, 99)))}) ${r.pick(['fell again', 'refuses the Foley', 'asks for her daughter'])}; ${r.pick(SCORES)} ${r.int(1, 9)}.`,
    () => `${nameAs(r, x, 'first last')}, goes by ${P('NAME', r.pick(NICKNAMES))}, due for ${d()} ${P('DATE', renderDate(dd, 'm/d'))} ${r.pick(['0600', '2100', '1400'])}.`,
    () => `Spoke with ${r.pick(['PCP', 'cardiologist', 'oncologist'])} ${nameAs(r, y, 'first last')} at ${facilityAs(r, fac)} (${phone(r)}).`,
  ])();
}

// ------------------------------------------------------------------------------- main

/** Generates the whole development set. */
export function generateDevset(seed = 'ehr-deid-devset-1', counts = { discharge: 250, radiology: 250, query: 300 }): DevsetRecord[] {
  const r = new Rand(seed);
  const p = buildPools();
  const out: DevsetRecord[] = [];
  const push = (family: DevsetRecord['family'], i: number, annotated: string): void => {
    const { text, spans } = parseAnnotated(annotated);
    out.push({ id: `${family}-${String(i + 1).padStart(3, '0')}`, family, text, phi: spans.map((s) => ({ start: s.start, end: s.end, type: s.type })) });
  };
  for (let i = 0; i < counts.discharge; i++) {
    const note = dischargeSummary(r, p, cast(r, p));
    push('discharge', i, r.chance(0.04) ? note.toUpperCase() : note);
  }
  for (let i = 0; i < counts.radiology; i++) {
    const note = radiologyReport(r, p, cast(r, p));
    push('radiology', i, r.chance(0.12) ? note.toUpperCase() : note);
  }
  for (let i = 0; i < counts.query; i++) {
    let q = i % 2 === 0 ? phiQuery(r, p) : phiFreeQuery(r);
    if (r.chance(0.12)) q = q.toLowerCase().replace(/\[\[([a-z]+):/g, (_m, t: string) => `[[${t.toUpperCase()}:`);
    else if (r.chance(0.06)) q = q.toUpperCase();
    push('query', i, q);
  }
  return out;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const records = generateDevset();
  const file = join(here, 'devset.jsonl');
  writeFileSync(file, records.map((x) => JSON.stringify(x)).join('\n') + '\n');
  const by = (f: string): DevsetRecord[] => records.filter((x) => x.family === f);
  const size = records.reduce((a, x) => a + x.text.length, 0);
  process.stdout.write(`devset: ${records.length} texts (${by('discharge').length} discharge, ${by('radiology').length} radiology, ${by('query').length} queries, ${by('query').filter((x) => x.phi.length === 0).length} PHI-free), ${(size / 1e6).toFixed(2)} MB of text -> ${file}\n`);
}
