/**
 * Clinical filler that is never PHI: drugs, doses, vitals, labs, eponyms, scores and scales,
 * trial names, fractions, clinical abbreviations that look like names or places, departments,
 * generic facility words, US states and countries. Look-alikes are written with `neg` so tests
 * can check they stay unlabelled.
 *
 * @internal
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../../../../_lib/packageRoot.js';
import type { Ctx } from './ctx.js';
import { chance, int, pick, weighted, type Rng } from './rng.js';

/** Drugs as notes write them (generic names lower case, brands capitalised, new brands included). */
export const DRUGS = [
  'apixaban', 'Eliquis', 'rivaroxaban', 'Xarelto', 'warfarin', 'Coumadin', 'heparin', 'enoxaparin', 'Lovenox', 'dabigatran', 'Pradaxa',
  'aspirin', 'ASA', 'clopidogrel', 'Plavix', 'ticagrelor', 'Brilinta', 'prasugrel', 'atorvastatin', 'Lipitor', 'rosuvastatin', 'Crestor',
  'metoprolol', 'Lopressor', 'Toprol XL', 'carvedilol', 'Coreg', 'lisinopril', 'losartan', 'Entresto', 'sacubitril/valsartan', 'amlodipine',
  'Norvasc', 'diltiazem', 'Cardizem', 'digoxin', 'amiodarone', 'furosemide', 'Lasix', 'torsemide', 'bumetanide', 'Bumex', 'spironolactone',
  'hydrochlorothiazide', 'HCTZ', 'metolazone', 'hydralazine', 'isosorbide mononitrate', 'Imdur', 'nitroglycerin', 'NTG', 'Paxlovid',
  'nirmatrelvir/ritonavir', 'Remdesivir', 'Veklury', 'dexamethasone', 'Decadron', 'prednisone', 'methylprednisolone', 'Solu-Medrol',
  'hydrocortisone', 'vancomycin', 'vanc', 'Zosyn', 'piperacillin-tazobactam', 'cefepime', 'ceftriaxone', 'Rocephin', 'meropenem', 'Flagyl',
  'metronidazole', 'ciprofloxacin', 'Cipro', 'levofloxacin', 'Levaquin', 'azithromycin', 'Zithromax', 'doxycycline', 'Bactrim', 'linezolid',
  'Zyvox', 'daptomycin', 'fluconazole', 'micafungin', 'acyclovir', 'oseltamivir', 'Tamiflu', 'insulin glargine', 'Lantus', 'insulin lispro',
  'Humalog', 'NovoLog', 'metformin', 'Jardiance', 'empagliflozin', 'Farxiga', 'dapagliflozin', 'Ozempic', 'semaglutide', 'Mounjaro',
  'tirzepatide', 'Trulicity', 'levothyroxine', 'Synthroid', 'pantoprazole', 'Protonix', 'omeprazole', 'famotidine', 'Pepcid', 'ondansetron',
  'Zofran', 'metoclopramide', 'Reglan', 'senna', 'docusate', 'Colace', 'MiraLAX', 'lactulose', 'rifaximin', 'Xifaxan', 'acetaminophen',
  'Tylenol', 'oxycodone', 'Percocet', 'hydromorphone', 'Dilaudid', 'morphine', 'fentanyl', 'tramadol', 'gabapentin', 'Neurontin',
  'pregabalin', 'Lyrica', 'lorazepam', 'Ativan', 'haloperidol', 'Haldol', 'quetiapine', 'Seroquel', 'olanzapine', 'Zyprexa', 'sertraline',
  'Zoloft', 'citalopram', 'trazodone', 'mirtazapine', 'melatonin', 'donepezil', 'Aricept', 'memantine', 'levetiracetam', 'Keppra',
  'phenytoin', 'Dilantin', 'lacosamide', 'Vimpat', 'valproate', 'Depakote', 'carbidopa/levodopa', 'Sinemet', 'propofol', 'Precedex',
  'dexmedetomidine', 'midazolam', 'Versed', 'norepinephrine', 'Levophed', 'vasopressin', 'phenylephrine', 'Neo', 'epinephrine', 'dobutamine',
  'milrinone', 'albuterol', 'ipratropium', 'DuoNeb', 'Spiriva', 'Advair', 'Symbicort', 'montelukast', 'potassium chloride', 'KCl',
  'magnesium sulfate', 'calcium gluconate', 'sodium bicarbonate', 'tamsulosin', 'Flomax', 'finasteride', 'allopurinol', 'colchicine',
  'Humira', 'Keytruda', 'pembrolizumab', 'Opdivo', 'rituximab', 'Rituxan', 'tacrolimus', 'Prograf', 'mycophenolate', 'CellCept',
  'alteplase', 'tPA', 'TNKase', 'Narcan', 'naloxone', 'thiamine', 'folic acid', 'Ensure', 'Nepro', 'Kayexalate', 'Lokelma', 'Renvela',
  'sevelamer', 'Epogen', 'Aranesp', 'Venofer', 'filgrastim', 'Neupogen', 'Wegovy', 'Zepbound', 'Leqembi', 'Kerendia', 'Camzyos', 'Evusheld',
  'Lagevrio', 'molnupiravir', 'Vyndaqel', 'Xtandi', 'Tagrisso', 'Ibrance', 'Entyvio', 'Stelara', 'Dupixent', 'Skyrizi', 'Rinvoq',
];

/** Eponymous signs and tests (never PHI). */
const EPO_SIGNS = [
  'Chaddock sign', 'Babinski sign', 'upgoing Babinski', "Murphy's sign", 'Murphy sign', 'Allen test', "Homans' sign", "Rovsing's sign",
  "Kernig's sign", "Brudzinski's sign", 'Romberg', "Tinel's sign", "Phalen's test", 'Lachman test', 'McMurray test', "Hoffmann's sign",
  'Spurling test', "Trousseau's sign", "Chvostek's sign", "Cullen's sign", 'Grey Turner sign', "Courvoisier's sign", 'Kussmaul respirations',
  'Cheyne-Stokes respirations', 'Kerley B lines', 'Janeway lesions', "Osler's nodes", 'Roth spots', "Beck's triad", "Charcot's triad",
  'Cushing reflex', 'Dix-Hallpike', 'Weber test', 'Rinne test', 'Epley maneuver', 'Valsalva', 'Gram stain', 'Coombs test', 'Kleihauer-Betke',
  'Tzanck smear', 'Brugada pattern', 'Wenckebach', 'Mobitz type II block', 'Auer rods', 'Howell-Jolly bodies', 'Reed-Sternberg cells', 'Bence Jones protein',
];
/** Eponymous diseases and syndromes (never PHI). */
const EPO_DISEASES = [
  "Parkinson's disease", 'Parkinson disease', 'Guillain-Barré syndrome', 'Guillain-Barre', 'von Willebrand disease', 'Stevens-Johnson syndrome',
  'Lewy body dementia', 'Cushing syndrome', "Cushing's disease", "Alzheimer's dementia", "Crohn's disease", "Hashimoto's thyroiditis",
  "Graves' disease", "Bell's palsy", 'Wernicke encephalopathy', 'Korsakoff syndrome', 'Mallory-Weiss tear', "Barrett's esophagus",
  "Zenker's diverticulum", "Raynaud's phenomenon", 'Takotsubo cardiomyopathy', 'Wolff-Parkinson-White', "Hodgkin's lymphoma",
  'non-Hodgkin lymphoma', "Burkitt's lymphoma", "Ewing's sarcoma", "Kaposi's sarcoma", 'Pancoast tumor', 'Down syndrome', "Marfan's syndrome",
  'Ehlers-Danlos syndrome', "Huntington's disease", 'Creutzfeldt-Jakob disease', "Fournier's gangrene", "Ludwig's angina", "Baker's cyst",
  "Dupuytren's contracture", "Colles' fracture", 'Salter-Harris II fracture', 'Weber B ankle fracture', 'Hill-Sachs lesion', "Paget's disease",
  "Sjögren's syndrome", "Behçet's disease", 'Henoch-Schönlein purpura', "Goodpasture's syndrome", "Conn's syndrome", 'Zollinger-Ellison syndrome',
  'Budd-Chiari syndrome', "Gilbert's syndrome", "Wilson's disease", 'Tetralogy of Fallot', 'Ebstein anomaly', "Prinzmetal's angina",
  "Dressler's syndrome", 'Lyme disease', 'Rocky Mountain spotted fever', 'West Nile virus', 'Norwalk virus', 'Coxsackie virus', 'Epstein-Barr virus',
  'Stanford type A dissection', 'DeBakey type I dissection', 'Chiari malformation', 'Arnold-Chiari malformation', 'Dandy-Walker', 'Meniere disease',
  'Tourette syndrome', 'Addison disease', 'Addisonian crisis', "Horner's syndrome", 'Brown-Séquard syndrome', "Wilms' tumor", "Brugada syndrome",
];
/** Eponymous devices and lines (never PHI). */
const EPO_DEVICES = [
  'Foley catheter', 'Foley', 'Swan-Ganz catheter', 'Swan', 'Quinton catheter', 'Hickman line', 'Port-a-Cath', 'Jackson-Pratt drain', 'JP drain',
  'Penrose drain', 'Blake drain', 'Pleur-evac', 'Sengstaken-Blakemore tube', 'Minnesota tube', 'Dobhoff tube', 'Salem sump', 'Yankauer',
  'Ambu bag', 'Bair Hugger', 'Hoyer lift', 'Holter monitor', 'Coude catheter', 'Steri-Strips', 'Tegaderm', 'Mepilex', 'Kerlix', 'Ace wrap',
  'Unna boot', 'Miami J collar', 'Philadelphia collar', 'Aspen collar', 'Boston brace', "Buck's traction", 'Denver shunt', 'Ommaya reservoir',
  'Greenfield filter', 'Impella', 'Hemovac', 'Doppler', 'Passy-Muir valve', 'Shiley trach', 'Pleurx catheter', 'Mallinckrodt tube',
];
/** Eponymous procedures (never PHI). */
const EPO_PROCEDURES = [
  'Whipple procedure', 'Nissen fundoplication', 'Roux-en-Y gastric bypass', "Hartmann's procedure", 'Billroth II', 'Ivor Lewis esophagectomy',
  'Bentall procedure', 'Ross procedure', 'Fontan', 'Glenn shunt', 'Blalock-Taussig shunt', 'Heimlich', 'Kasai procedure', 'Ladd procedure',
  'Mohs surgery', 'Brostrom repair', 'Latarjet', 'Bankart repair', 'Cox-Maze procedure', 'Ravitch',
];
/** Eponymous scales, scores and criteria (never PHI). */
const EPO_SCALES = [
  'Glasgow Coma Scale', 'Hunt and Hess grade', 'Gleason score', 'Child-Pugh class B', 'Child-Pugh C', 'MELD score', 'Ranson criteria',
  'Mallampati class III', 'Killip class II', 'TIMI risk score', 'NYHA class III', 'Duke criteria', "Light's criteria", 'Centor criteria',
  'Ottawa ankle rules', 'Framingham risk score', 'Braden scale', 'Morse fall scale', 'Richmond Agitation-Sedation Scale', 'Bristol stool chart',
  'Montreal Cognitive Assessment', 'Edinburgh Postnatal Depression Scale', 'Los Angeles grade B esophagitis', 'Berlin criteria',
  'Atlanta classification', 'Seattle Heart Failure Model', 'Wells score', 'Geneva score', 'Caprini score', 'Padua score', 'Apgar', 'Tanner stage',
  'Breslow depth', 'Clark level', 'Fleischner guidelines', 'Bosniak IIF cyst', 'Spetzler-Martin grade', 'Fisher grade', 'Glasgow-Blatchford score',
  'Rockall score', 'Forrest IIa', 'Snellen chart', 'Ishihara plates', 'Karnofsky', 'Barthel index', 'Berg balance scale', 'Cockcroft-Gault',
];

/** Every eponym (never PHI). */
export const EPONYMS: readonly string[] = [...EPO_SIGNS, ...EPO_DISEASES, ...EPO_DEVICES, ...EPO_PROCEDURES, ...EPO_SCALES];
const EPO_BY_KIND: Record<string, readonly string[]> = { sign: EPO_SIGNS, dx: EPO_DISEASES, device: EPO_DEVICES, proc: EPO_PROCEDURES, scale: EPO_SCALES };

/** Scores, grades and scales with values. */
const SCORES = [
  () => `GCS ${pickN(3, 15)}`, () => `GCS ${pickN(3, 11)}T`, () => `RASS ${pick(R, ['-5', '-4', '-3', '-2', '-1', '0', '+1', '+2'])}`, () => `CIWA ${pickN(0, 25)}`,
  () => 'CAM-ICU negative', () => 'CAM-ICU positive', () => `Braden ${pickN(8, 23)}`, () => `Morse fall score ${pickN(0, 12) * 5}`, () => `MELD ${pickN(6, 40)}`,
  () => `MELD-Na ${pickN(8, 38)}`, () => `CHA2DS2-VASc ${pickN(0, 9)}`, () => `CHA2DS2-VASc score of ${pickN(1, 8)}`, () => `HAS-BLED ${pickN(0, 6)}`,
  () => `APACHE II ${pickN(5, 40)}`, () => `APACHE II score ${pickN(5, 35)}`, () => `SOFA ${pickN(0, 18)}`, () => `qSOFA ${pickN(0, 3)}`, () => `Wells score ${pickN(0, 9)}`,
  () => `TIMI ${pickN(0, 7)}`, () => `GRACE ${pickN(60, 220)}`, () => `NIHSS ${pickN(0, 30)}`, () => `mRS ${pickN(0, 5)}`, () => `Hunt and Hess ${pickN(1, 5)}`,
  () => `Hunt-Hess grade ${pickN(1, 5)}`, () => `Fisher grade ${pickN(1, 4)}`, () => gleason(), () => `Gleason score ${pickN(6, 10)}`,
  () => `ASA class ${pick(R, ['I', 'II', 'III', 'IV'])}`, () => `NYHA class ${pick(R, ['I', 'II', 'III', 'IV'])}`, () => `ECOG ${pickN(0, 4)}`, () => `KPS ${pickN(3, 10) * 10}`,
  () => `Mallampati ${pick(R, ['I', 'II', 'III', 'IV'])}`, () => `Bishop score ${pickN(0, 13)}`, () => `APGARs ${pickN(1, 9)}/${pickN(5, 10)}`, () => `PHQ-9 of ${pickN(0, 27)}`,
  () => `MoCA ${pickN(10, 30)}/30`, () => `MMSE ${pickN(10, 30)}/30`, () => `CURB-65 of ${pickN(0, 5)}`, () => `PSI class ${pick(R, ['II', 'III', 'IV', 'V'])}`,
  () => `Centor ${pickN(0, 4)}`, () => `ABCD2 ${pickN(0, 7)}`, () => `CHADS2 ${pickN(0, 6)}`, () => `HEART score ${pickN(0, 10)}`, () => 'PERC negative',
  () => `BI-RADS ${pickN(0, 6)}`, () => `LI-RADS ${pickN(1, 5)}`, () => `TI-RADS ${pickN(1, 5)}`, () => `Lung-RADS ${pickN(1, 4)}`, () => `Child-Pugh ${pick(R, ['A', 'B', 'C'])}`,
  () => `Ranson ${pickN(0, 8)}`, () => `BISAP ${pickN(0, 5)}`, () => `Glasgow-Blatchford ${pickN(0, 20)}`, () => `Killip ${pick(R, ['I', 'II', 'III'])}`,
  () => `Tanner ${pickN(1, 5)}`, () => `Karnofsky ${pickN(3, 10) * 10}`, () => `Caprini ${pickN(0, 10)}`, () => `Padua ${pickN(0, 8)}`, () => `Framingham risk ${pickN(2, 30)}%`,
];

/** Trial names and studies (never PHI). */
export const TRIALS = [
  'ARISTOTLE', 'RE-LY', 'ROCKET AF', 'SPRINT', 'ACCORD', 'PARADIGM-HF', 'DAPA-HF', 'EMPEROR-Reduced', 'NLST', 'COURAGE', 'ISCHEMIA', 'PLATO',
  'TRITON-TIMI 38', 'SYNTAX', 'FREEDOM', 'NASCET', 'CREST', 'SPARCL', "Women's Health Initiative", 'Framingham Heart Study', 'RECOVERY', 'ACTT-1',
  'ECASS III', 'DAWN', 'DEFUSE 3', 'POISE', 'NICE-SUGAR', 'ARDSNet', 'PROSEVA', 'SMART', 'CLOVERS', 'ProCESS', 'ALLHAT', 'HOPE', 'JUPITER',
  'FOURIER', 'COMPASS', 'AUGUSTUS', 'ENGAGE AF', 'EINSTEIN', 'AMPLIFY', 'HYPERION', 'TTM2', 'STICH', 'PARTNER', 'COAPT', 'CABANA', 'EAST-AFNET 4',
];

/** Fractions and ratios that look like dates. */
const FRACTIONS = [
  () => `${pickN(1, 4)}/6 ${pick(R, ['SEM', 'systolic murmur', 'holosystolic murmur', 'murmur', 'diastolic murmur'])}`, () => `${pickN(3, 5)}/5 strength`,
  () => `${pickN(3, 5)}/5 ${pick(R, ['RUE', 'LUE', 'RLE', 'LLE', 'grip', 'hip flexion', 'throughout'])}`, () => `4+/5`, () => '1/2 tab', () => '1/2 NS', () => 'D5 1/2NS',
  () => pick(R, ['L4/5', 'L5/S1', 'C5/6', 'C6/7', 'L3/4', 'T12/L1']), () => `BP ${pickN(85, 190)}/${pickN(40, 110)}`, () => `${pickN(5, 12)}/${pickN(5, 8)} CPAP`,
  () => `CPAP ${pickN(5, 10)}/${pickN(5, 10)}`, () => `PS ${pickN(5, 15)}/${pickN(5, 8)}`, () => `20/${pick(R, ['20', '25', '30', '40', '60', '200'])} vision`, () => `${pickN(1, 3)}+/4 reflexes`,
  () => `pain ${pickN(0, 10)}/10`, () => `${pickN(0, 10)}/10 pain`, () => 'A&Ox3', () => `A&O x${pickN(1, 3)}`, () => `${pickN(0, 4)}/4 bottles`, () => `TOF ${pickN(0, 4)}/4`,
  () => `${pickN(0, 12)}/${pickN(12, 20)} nodes`, () => `G${pickN(1, 5)}P${pickN(0, 4)}`, () => `${pickN(1, 3)}/3 sets`, () => '24/7', () => `${pickN(1, 9)}/${pickN(10, 12)} cores`,
  () => `ratio ${pickN(1, 4)}:${pickN(1, 4)}`, () => `I:E 1:${pickN(1, 3)}`, () => `ABG 7.${pickN(20, 49)}/${pickN(25, 80)}/${pickN(50, 300)}`, () => `${pickN(1, 12)}/${pickN(1, 12)} twitches`,
];

/** Short sentences with clinical abbreviations that look like names, places or states. */
const ABBR_TRAPS = [
  'Echo with LA enlargement.', 'Mild LA dilation on TTE.', 'Hx of MS, on Ocrevus.', 'Moderate MS on echo.', 'PA and lateral CXR ordered.', 'PA pressure 45.',
  'Seen in the ED overnight.', 'ED visit x2 this month.', 'To the OR in AM.', 'OR today for washout.', 'PT/OT eval pending.', 'PT eval done.', 'OT consult placed.',
  'SLP eval: thin liquids ok.', 'CA 19-9 pending.', 'CA-125 elevated.', 'Mild MR and trace TR on echo.', 'Moderate AS, severe AR.', 'DC foley today.', 'DC home tomorrow.',
  'ME notified per protocol.', 'VA stable at 20/40.', 'On 2L NC.', 'Sats 93% on RA.', 'MAC anesthesia planned.', 'IVC filter in place.', 'PICC in RUE.', 'TEE negative for vegetation.',
  'EGD showed LA grade B esophagitis.', 'ERCP with sphincterotomy.', 'S/p CABG, PCI x2.', 'NSTEMI ruled out.', 'AFib with RVR overnight.', 'DKA resolved, gap closed.',
  'AKI on CKD, improving.', 'CHF, COPD, OSA on CPAP.', 'HFrEF, EF 30%.', 'GERD, BPH.', 'UTI, on abx.', 'MRSA nares positive.', 'C. diff negative.', 'CMV IgG positive.',
  'HIV negative.', 'HCV Ab positive, RNA pending.', 'SBP ruled out.', 'TIPS patent on US.', 'ICD interrogated, no events.', 'PPM in place.', 'LVAD flows stable.', 'On ECMO day 3.',
  'CRRT running.', 'HD MWF.', 'PD at night.', 'MICU team following.', 'To SICU post-op.', 'CCU bed requested.', 'PACU course uneventful.', 'OSH records pending.',
  'SNF screening started.', 'Plan for LTACH.', 'VNA to see pt at home.', 'PCP to follow.', 'HCP aware.', 'DNR/DNI confirmed.', 'CMO per family.', 'MOLST on chart.', 'Full code.',
  'IN PROGRESS.', 'NC to 4L.', 'GA for the procedure.', 'OK per NP.', 'Per PA, hold AM dose.', 'MS checks q4h.',
];

/** Words for facilities that name no facility (never PHI alone). */
const GENERIC_FACILITIES = [
  'the hospital', 'rehab', 'the ICU', 'the floor', 'the unit', 'a nursing home', 'the nursing home', 'an outside hospital', 'OSH', 'a SNF',
  'the SNF', 'home with services', 'the ED', 'the ER', 'the clinic', 'his PCP', 'her PCP', 'the cath lab', 'IR', 'the OR', 'dialysis',
  'the dialysis unit', 'an LTAC', 'acute rehab', 'subacute rehab', 'a rehab facility', 'hospice', 'home hospice', 'the group home',
  'assisted living', 'the shelter', 'urgent care', 'the walk-in clinic', 'the VA', 'the pharmacy', 'the lab', 'the blood bank', 'the ward',
];

/**
 * Staff roles, teams and services as notes name them where a person's name could stand
 * (`d/w HO`, `seen by PT`, `keep family aware`, `per renal`): never PHI.
 */
export const STAFF_ROLES = [
  'RN', 'MD', 'NP', 'PA', 'HO', 'RT', 'PT', 'OT', 'SW', 'CM', 'NF', 'team', 'the team', 'primary team', 'ICU team', 'MICU team', 'resident', 'the resident',
  'fellow', 'attending', 'house officer', 'covering MD', 'night float', 'charge RN', 'charge nurse', 'IV team', 'IV RN', 'renal', 'cards', 'ID', 'GI', 'neuro',
  'neurosurg', 'surgery', 'anesthesia', 'pharmacy', 'nutrition', 'transplant team', 'case mgmt', 'social work', 'rehab', 'PT/OT', 'family', 'pt', 'patient',
  'EP', 'CT surgery', 'vascular', 'nursing', 'staff', 'consult team', 'pain service', 'wound RN', 'chaplain', 'speech', 'resp', 'lab', 'blood bank',
];

/**
 * With a small chance, writes a staff role (a negative) where a name was asked for.
 *
 * @param c - the note
 * @returns true when a role was written (the caller writes no name)
 */
export function writeRoleInstead(c: Ctx): boolean {
  if (!chance(c.rng, 0.06)) return false;
  c.b.neg(pick(c.rng, STAFF_ROLES));
  return true;
}

/** Hospital departments and services (never PHI). */
export const DEPARTMENTS = [
  'Cardiology', 'Neurology', 'Oncology', 'Infectious Disease', 'Social Work', 'Case Management', 'Radiology', 'Interventional Radiology',
  'Physical Therapy', 'Nutrition', 'Palliative Care', 'Psychiatry', 'Transplant Surgery', 'Hepatology', 'Nephrology', 'Pulmonary', 'Endocrine',
  'GI', 'Thoracic Surgery', 'Vascular Surgery', 'Orthopedics', 'ENT', 'Urology', 'Dermatology', 'Ophthalmology', 'Hematology/Oncology',
  'Geriatrics', 'Wound Care', 'the Pain Service', 'Chaplaincy', 'Neurosurgery', 'Acute Care Surgery', 'Cardiac Surgery', 'Rheumatology',
  'Allergy', 'Speech and Swallow', 'Occupational Therapy', 'Respiratory Therapy', 'EP', 'Heart Failure', 'Stroke Neurology', 'Addiction Medicine',
];

/** Contractions and sentence starters that look like names (`Don't`, `Will`, `May`). */
const CONTRACTION_STARTS = [
  "Don't restart heparin until cleared by surgery.", "Won't tolerate the mask for long.", "Can't assess orientation due to sedation.",
  "Doesn't follow commands consistently.", "Didn't void overnight, bladder scan 450 cc.", "Won't take PO meds this am.",
  "Don't give potassium if Cr rises.", 'Will continue to monitor.', 'May advance diet as tolerated.', 'Will f/u AM labs.',
  'May need repeat CT.', 'Will discuss with team in AM.', "Isn't able to state the year.", "Wasn't able to wean sedation.",
  "Couldn't obtain a peripheral IV.", "Shouldn't need further imaging.", "Don't hesitate to call with questions.", 'Will re-dose at 2200.',
  "Hasn't had a BM in 3 days.", "Pt doesn't want intubation.", "Pt's wife doesn't drive.", 'Mark I/O strictly.', 'Hope to extubate tomorrow.',
  'Grace period for the prior auth ends soon.', 'Frank blood in the foley.', 'Rose from bed with assist x1.', 'Bill to the attending.',
  'Faith-based community supportive.', 'Art line dampened, re-zeroed.', 'Sue for pain? no.', 'Chase labs in AM.', 'Pat dry and apply barrier cream.',
];

/** Sentences around look-alikes that must stay unlabelled: trials, risk scores, eponyms, contractions, states, countries, generic places. */
const NEG_SENTENCES = [
  'Per RE-LY and ARISTOTLE data, a DOAC was preferred over warfarin.', 'RE-LY dosing used for dabigatran.', 'SPRINT targets (SBP < 120) discussed.', 'BP goal per SPRINT.',
  'Framingham risk 18%.', 'Framingham risk score high; statin started.', 'HAS-BLED 3, CHA2DS2-VASc 5.', 'HAS-BLED score of 2.', 'Wells score 4, PE likely; CTA ordered.',
  'Wells criteria low, D-dimer sent.', 'CHA2DS2-VASc of 4, anticoagulation indicated.', "Won't tolerate BiPAP.", "Can't lie flat.", "Can't tolerate PO.", "Won't take meds from night RN.",
  "Don't draw labs from the PICC.", "Didn't tolerate the SBT.", 'No Babinski; Chaddock sign absent.', 'Homans sign negative bilaterally.', "Murphy's sign positive.",
  'Foley catheter changed.', 'Foley removed, voiding.', 'Gleason score 7 on biopsy.', 'Known von Willebrand disease, DDAVP given.', 'Hx Stevens-Johnson syndrome with sulfa.',
  'Guillain-Barré in the past, fully recovered.', 'SAH, Hunt and Hess 3.', 'Moved from Haiti to Massachusetts years ago.', 'Family lives in Florida and New York.', 'Traveled to Mexico recently.',
  'Returned from India last month.', 'Lives in Rhode Island, works in Connecticut.', 'Transferred from an outside hospital.', 'Came from the nursing home.', 'Went to rehab after the last admission.',
  'Seen at the VA clinic.', 'Seen in urgent care.', 'Discharged to a SNF.', 'Lives in a group home.', 'Transfer to the floor when stable.', 'Trial of CPAP.',
  'Enrolled in the SPRINT MIND substudy.', 'ARISTOTLE-type dosing of apixaban.', 'Per the Wells score, low risk.', 'Per Framingham, moderate risk.',
];

/** @param c - the note (writes a sentence around look-alikes, a negative) */
export function writeNegSentence(c: Ctx): void {
  c.b.neg(pick(c.rng, NEG_SENTENCES));
}

/** Common relation words (never PHI). */
export const RELATION_WORDS = ['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'sister', 'brother', 'niece', 'nephew', 'friend', 'HCP', 'family', 'partner', 'granddaughter', 'grandson'];

/** States as written in notes (never PHI). */
const STATE_MENTIONS = ['Massachusetts', 'New Hampshire', 'Rhode Island', 'Maine', 'Vermont', 'Connecticut', 'New York', 'Florida', 'California', 'Texas', 'Ohio', 'Georgia', 'Puerto Rico', 'MA', 'NH', 'RI', 'FL', 'NY', 'CA', 'Virginia', 'Washington', 'Arizona'];
const COUNTRY_MENTIONS = ['Haiti', 'Mexico', 'Guatemala', 'El Salvador', 'Brazil', 'Portugal', 'Cape Verde', 'Ireland', 'Italy', 'Greece', 'Russia', 'Ukraine', 'China', 'Vietnam', 'India', 'Pakistan', 'Nigeria', 'Ghana', 'Ethiopia', 'Somalia', 'Kenya', 'the Dominican Republic', 'Jamaica', 'Colombia', 'Peru', 'Korea', 'Japan', 'the Philippines', 'Iran', 'Lebanon', 'Israel', 'Egypt', 'Morocco', 'Canada', 'England', 'Germany', 'France', 'Cambodia', 'Syria', 'Cuba', 'Honduras', 'Venezuela', 'Armenia'];

let R: Rng = () => 0;
function gleason(): string {
  const a = pickN(3, 5);
  const b = pickN(3, 5);
  return `Gleason ${a}+${b}=${a + b}`;
}
function pickN(lo: number, hi: number): number {
  return int(R, lo, hi);
}

let extraDrugs: readonly string[] | undefined;
function shippedDrugs(): readonly string[] {
  if (extraDrugs) return extraDrugs;
  const out: string[] = [];
  try {
    for (const line of readFileSync(packagePath('allowlists', 'drugs.txt'), 'utf8').split('\n')) {
      const t = line.trim();
      if (t !== '' && !t.startsWith('#')) out.push(t);
    }
  } catch {
    // the hand-written list is enough
  }
  extraDrugs = out;
  return out;
}

/**
 * @param c - the note
 * @returns a drug name
 */
export function drugName(c: Ctx): string {
  const ex = shippedDrugs();
  return ex.length > 0 && chance(c.rng, 0.25) ? pick(c.rng, ex) : pick(c.rng, DRUGS);
}

/** Drugs by class, for sentences where the class matters. */
const DRUG_CLASSES: Record<string, readonly string[]> = {
  abx: ['vancomycin', 'vanc', 'Zosyn', 'cefepime', 'ceftriaxone', 'meropenem', 'Flagyl', 'levofloxacin', 'azithromycin', 'Bactrim', 'linezolid', 'daptomycin', 'Unasyn', 'cefazolin', 'ampicillin', 'gentamicin', 'micafungin', 'fluconazole', 'acyclovir', 'Remdesivir'],
  pressor: ['Levophed', 'norepinephrine', 'vasopressin', 'phenylephrine', 'Neo', 'epinephrine', 'dopamine', 'dobutamine', 'milrinone'],
  sedative: ['propofol', 'Precedex', 'dexmedetomidine', 'midazolam', 'Versed', 'fentanyl', 'ketamine', 'lorazepam'],
  neb: ['albuterol', 'DuoNeb', 'ipratropium', 'Atrovent', 'Xopenex', 'hypertonic saline', 'Mucomyst'],
  diuretic: ['Lasix', 'furosemide', 'torsemide', 'Bumex', 'bumetanide', 'metolazone', 'Diamox', 'chlorothiazide'],
  anticoag: ['heparin', 'Lovenox', 'enoxaparin', 'apixaban', 'Eliquis', 'warfarin', 'Coumadin', 'argatroban', 'bivalirudin', 'Xarelto'],
  pain: ['Tylenol', 'acetaminophen', 'oxycodone', 'Dilaudid', 'morphine', 'fentanyl', 'tramadol', 'ketorolac', 'Percocet', 'lidocaine patch'],
  psych: ['Haldol', 'haloperidol', 'Seroquel', 'quetiapine', 'Zyprexa', 'olanzapine', 'Ativan', 'trazodone', 'melatonin'],
  bp: ['metoprolol', 'Lopressor', 'diltiazem', 'labetalol', 'hydralazine', 'nicardipine', 'esmolol', 'amiodarone', 'digoxin'],
};

/**
 * @param c - the note (writes a drug name, recorded as a negative)
 * @param cls - a drug class (`abx`, `pressor`, `sedative`, `neb`, `diuretic`, `anticoag`, `pain`, `psych`, `bp`); any drug when omitted
 */
export function writeDrug(c: Ctx, cls?: string): void {
  const list = cls !== undefined ? DRUG_CLASSES[cls] : undefined;
  c.b.neg(list ? pick(c.rng, list) : drugName(c));
}

const ROUTES = ['PO', 'IV', 'SC', 'SQ', 'IM', 'PR', 'SL', 'NG', 'via PEG', 'inh', 'TD', 'po', 'IVP', 'IVPB'];
const FREQS = ['daily', 'BID', 'TID', 'QID', 'q4h', 'q6h', 'q8h', 'q12h', 'qHS', 'qAM', 'PRN', 'q4h PRN pain', 'once', 'x1', 'weekly', 'qod', 'prn', 'q6h prn', 'at bedtime', 'with meals', 'Q8H', 'Q24H'];

/** Common medications with plausible doses: [drug, doses, unit, routes, frequencies]. */
const MED_TABLE: readonly (readonly [string, readonly string[], string, readonly string[], readonly string[]])[] = [
  ['metoprolol tartrate', ['12.5', '25', '50', '100'], 'mg', ['PO'], ['BID', 'TID']], ['metoprolol succinate', ['25', '50', '100', '200'], 'mg', ['PO'], ['daily']],
  ['Toprol XL', ['25', '50', '100'], 'mg', ['PO'], ['daily']], ['lisinopril', ['2.5', '5', '10', '20', '40'], 'mg', ['PO'], ['daily']], ['losartan', ['25', '50', '100'], 'mg', ['PO'], ['daily']],
  ['amlodipine', ['2.5', '5', '10'], 'mg', ['PO'], ['daily']], ['atorvastatin', ['10', '20', '40', '80'], 'mg', ['PO'], ['daily', 'qHS']], ['aspirin', ['81', '325'], 'mg', ['PO'], ['daily']],
  ['clopidogrel', ['75'], 'mg', ['PO'], ['daily']], ['apixaban', ['2.5', '5'], 'mg', ['PO'], ['BID']], ['Eliquis', ['2.5', '5'], 'mg', ['PO'], ['BID']], ['warfarin', ['1', '2', '2.5', '5', '7.5'], 'mg', ['PO'], ['daily', 'qPM']],
  ['furosemide', ['20', '40', '80'], 'mg', ['PO', 'IV'], ['daily', 'BID']], ['Lasix', ['20', '40', '80'], 'mg', ['PO'], ['daily', 'BID']], ['torsemide', ['10', '20', '40'], 'mg', ['PO'], ['daily']],
  ['spironolactone', ['12.5', '25', '50'], 'mg', ['PO'], ['daily']], ['metformin', ['500', '850', '1000'], 'mg', ['PO'], ['BID', 'daily']], ['insulin glargine', ['10', '14', '20', '28', '36'], 'units', ['SC'], ['qHS', 'daily']],
  ['Humalog', ['2', '4', '6', '8'], 'units', ['SC'], ['with meals', 'TID AC']], ['levothyroxine', ['25', '50', '75', '88', '100', '125'], 'mcg', ['PO'], ['daily']], ['Synthroid', ['50', '75', '100'], 'mcg', ['PO'], ['daily']],
  ['pantoprazole', ['20', '40'], 'mg', ['PO', 'IV'], ['daily', 'BID', 'Q24H']], ['omeprazole', ['20', '40'], 'mg', ['PO'], ['daily']], ['famotidine', ['20'], 'mg', ['PO'], ['BID', 'daily']],
  ['senna', ['8.6', '17.2'], 'mg', ['PO'], ['BID', 'qHS PRN constipation']], ['docusate sodium', ['100'], 'mg', ['PO'], ['BID']], ['polyethylene glycol', ['17'], 'g', ['PO'], ['daily', 'daily PRN']],
  ['acetaminophen', ['325', '500', '650', '1000'], 'mg', ['PO'], ['q6h PRN pain', 'q8h', 'TID']], ['oxycodone', ['2.5', '5', '10'], 'mg', ['PO'], ['q4h PRN pain', 'q6h PRN']], ['gabapentin', ['100', '300', '600'], 'mg', ['PO'], ['TID', 'qHS', 'BID']],
  ['tamsulosin', ['0.4', '0.8'], 'mg', ['PO'], ['qHS', 'daily']], ['finasteride', ['5'], 'mg', ['PO'], ['daily']], ['sertraline', ['25', '50', '100'], 'mg', ['PO'], ['daily']], ['citalopram', ['10', '20'], 'mg', ['PO'], ['daily']],
  ['trazodone', ['25', '50'], 'mg', ['PO'], ['qHS PRN insomnia', 'qHS']], ['quetiapine', ['12.5', '25', '50'], 'mg', ['PO'], ['qHS', 'BID PRN agitation']], ['donepezil', ['5', '10'], 'mg', ['PO'], ['qHS']],
  ['levetiracetam', ['250', '500', '750', '1000'], 'mg', ['PO', 'IV'], ['BID']], ['Keppra', ['500', '1000'], 'mg', ['PO'], ['BID']], ['prednisone', ['5', '10', '20', '40', '60'], 'mg', ['PO'], ['daily']],
  ['albuterol inhaler', ['2'], 'puffs', ['inh'], ['q4h PRN SOB', 'q6h PRN wheeze']], ['Advair', ['1'], 'inhalation', ['inh'], ['BID']], ['Spiriva', ['18'], 'mcg', ['inh'], ['daily']], ['tiotropium', ['18'], 'mcg', ['inh'], ['daily']],
  ['heparin', ['5000'], 'units', ['SC'], ['q8h', 'q12h', 'TID']], ['enoxaparin', ['40', '60', '80'], 'mg', ['SC'], ['daily', 'q12h']], ['Lovenox', ['40'], 'mg', ['SC'], ['daily']],
  ['potassium chloride', ['10', '20', '40'], 'mEq', ['PO'], ['daily', 'BID']], ['magnesium oxide', ['400'], 'mg', ['PO'], ['daily', 'BID']], ['folic acid', ['1'], 'mg', ['PO'], ['daily']], ['thiamine', ['100'], 'mg', ['PO'], ['daily']],
  ['vitamin D3', ['1000', '2000'], 'units', ['PO'], ['daily']], ['calcium carbonate', ['500', '1250'], 'mg', ['PO'], ['BID', 'TID']], ['cefpodoxime', ['200', '400'], 'mg', ['PO'], ['q12h']],
  ['ciprofloxacin', ['250', '500', '750'], 'mg', ['PO'], ['q12h', 'BID']], ['amoxicillin-clavulanate', ['875'], 'mg', ['PO'], ['BID']], ['Augmentin', ['875'], 'mg', ['PO'], ['BID']], ['doxycycline', ['100'], 'mg', ['PO'], ['BID']],
  ['nitrofurantoin', ['100'], 'mg', ['PO'], ['BID']], ['Bactrim DS', ['1'], 'tab', ['PO'], ['BID']], ['Paxlovid', ['300/100'], 'mg', ['PO'], ['BID x 5 days']], ['Jardiance', ['10', '25'], 'mg', ['PO'], ['daily']],
  ['Entresto', ['24/26', '49/51', '97/103'], 'mg', ['PO'], ['BID']], ['carvedilol', ['3.125', '6.25', '12.5', '25'], 'mg', ['PO'], ['BID']], ['diltiazem ER', ['120', '180', '240'], 'mg', ['PO'], ['daily']],
  ['amiodarone', ['200', '400'], 'mg', ['PO'], ['daily', 'BID']], ['digoxin', ['0.125', '0.25'], 'mg', ['PO'], ['daily']], ['hydralazine', ['10', '25', '50'], 'mg', ['PO'], ['TID', 'q8h']], ['Imdur', ['30', '60'], 'mg', ['PO'], ['daily']],
  ['lactulose', ['10', '20', '30'], 'mL', ['PO'], ['TID', 'BID']], ['rifaximin', ['550'], 'mg', ['PO'], ['BID']], ['allopurinol', ['100', '300'], 'mg', ['PO'], ['daily']], ['melatonin', ['3', '5'], 'mg', ['PO'], ['qHS']],
  ['ondansetron', ['4', '8'], 'mg', ['PO', 'IV', 'ODT'], ['q8h PRN nausea']], ['lorazepam', ['0.5', '1'], 'mg', ['PO', 'IV'], ['q6h PRN anxiety', 'qHS PRN']], ['nicotine patch', ['14', '21'], 'mg/day', ['TD'], ['daily']],
];

/** @param c - the note (writes a medication line: drug, dose, route, frequency) */
export function writeMed(c: Ctx): void {
  const { rng, b } = c;
  if (chance(rng, 0.8)) {
    const [drug, doses, unit, routes, freqs] = pick(rng, MED_TABLE);
    b.neg(drug);
    const dose = pick(rng, doses);
    const r = rng();
    if (r < 0.5) b.text(` ${dose} ${unit} ${pick(rng, routes)} ${pick(rng, freqs)}`);
    else if (r < 0.75) b.text(` ${dose} ${unit} ${pick(rng, routes)} ${pick(rng, freqs)}`.replace(/ PO /, ' PO:Take 1 tablet by mouth ').replace(/ (SC|IV|inh|TD|ODT) /, ' $1 '));
    else b.text(` ${dose}${unit} ${pick(rng, freqs)}`);
    return;
  }
  writeDrug(c);
  const dose = pick(rng, ['0.5', '1', '2', '2.5', '5', '10', '12.5', '20', '25', '40', '50', '75', '80', '100', '125', '200', '250', '325', '400', '500', '650', '750', '1000']);
  b.text(` ${dose} mg`);
  if (chance(rng, 0.7)) b.text(` ${pick(rng, ROUTES)}`);
  if (chance(rng, 0.8)) b.text(` ${pick(rng, FREQS)}`);
}

/** @param c - the note (writes a set of vital signs) */
export function writeVitals(c: Ctx): void {
  const { rng, b } = c;
  const t = `${pickNum(rng, 96, 103)}.${int(rng, 0, 9)}`;
  const parts = [
    `${pick(rng, ['T', 'Temp', 'T ', 'Tmax', 'Tc'])} ${t}`,
    `${pick(rng, ['HR', 'P', 'HR ', 'pulse'])} ${int(rng, 45, 145)}`,
    `BP ${int(rng, 78, 195)}/${int(rng, 38, 112)}`,
    `${pick(rng, ['RR', 'R'])} ${int(rng, 10, 36)}`,
    `${pick(rng, ['O2 sat', 'SpO2', 'SaO2', 'sat', 'POx'])} ${int(rng, 84, 100)}% ${pick(rng, ['RA', 'on RA', `${int(rng, 1, 6)}L NC`, `on ${int(rng, 1, 6)}L`, `${int(rng, 30, 100)}% FiO2`, 'NRB', 'on room air', 'CPAP', 'BiPAP', 'HFNC 40L/60%'])}`,
  ];
  if (chance(rng, 0.3)) parts.push(`Wt ${int(rng, 40, 160)}.${int(rng, 0, 9)} kg`);
  const sep = pick(rng, [', ', ' ', '  ', ' | ', '; ']);
  b.text((chance(rng, 0.3) ? pick(rng, ['VS: ', 'Vitals: ', 'VS ', 'Vitals - ', 'VSS: ']) : '') + parts.join(sep));
}

function pickNum(rng: Rng, lo: number, hi: number): number {
  return int(rng, lo, hi);
}

const LABS: readonly (readonly [string, number, number, number])[] = [
  ['WBC', 1, 30, 1], ['Hgb', 6, 17, 1], ['Hct', 19, 50, 1], ['Plt', 20, 600, 0], ['Na', 120, 155, 0], ['K', 2.8, 6.4, 1], ['Cl', 85, 118, 0],
  ['HCO3', 10, 34, 0], ['BUN', 4, 120, 0], ['Cr', 0.4, 9.5, 1], ['Glu', 45, 480, 0], ['Ca', 6.5, 11.8, 1], ['Mg', 1.1, 3.2, 1], ['Phos', 1.5, 8.1, 1],
  ['INR', 0.9, 5.5, 1], ['PTT', 22, 120, 1], ['Lactate', 0.6, 12, 1], ['Trop', 0.01, 4.5, 2], ['BNP', 20, 4800, 0], ['ALT', 8, 900, 0],
  ['AST', 10, 1200, 0], ['Alk Phos', 30, 700, 0], ['T bili', 0.2, 18, 1], ['Alb', 1.5, 4.9, 1], ['Lipase', 8, 3000, 0], ['CRP', 0.1, 300, 1],
  ['ESR', 2, 120, 0], ['TSH', 0.01, 25, 2], ['A1c', 4.8, 14, 1], ['ferritin', 8, 3000, 0], ['pH', 7.05, 7.55, 2], ['pCO2', 22, 90, 0], ['pO2', 45, 400, 0],
];

/**
 * @param rng - the PRNG
 * @param l - [name, lo, hi, decimals]
 * @param style - 0 `Na 138`, 1 `Na-138`, 2 `Na: 138`
 * @returns one lab value
 */
function lab(rng: Rng, l: readonly [string, number, number, number], style: number): string {
  const v = (l[1] + rng() * (l[2] - l[1])).toFixed(l[3]);
  return style === 1 ? `${l[0]}-${v}` : style === 2 ? `${l[0]}: ${v}` : `${l[0]} ${v}`;
}

/** @param c - the note (writes 3–8 lab values) */
export function writeLabs(c: Ctx): void {
  const { rng, b } = c;
  const style = int(rng, 0, 2);
  const n = int(rng, 3, 8);
  const start = int(rng, 0, LABS.length - n);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(lab(rng, LABS[start + i]!, style));
  b.text(out.join(style === 1 ? ' ' : pick(rng, [', ', ' ', '  ', ' / '])));
}

/** @param c - the note (writes MIMIC-style blood lab values: `WBC-7.2 RBC-3.81 Hgb-11.2`) */
export function writeBloodLabs(c: Ctx): void {
  const { rng, b } = c;
  const n = int(rng, 4, 9);
  const start = int(rng, 0, LABS.length - n);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(lab(rng, LABS[start + i]!, 1) + (chance(rng, 0.15) ? '*' : ''));
  b.text(out.join(' '));
}

/**
 * @param c - the note (writes an eponym, recorded as a negative)
 * @param kind - `sign`, `dx`, `device`, `proc`, `scale` (any when omitted)
 */
export function writeEponym(c: Ctx, kind?: string): void {
  c.b.neg(pick(c.rng, (kind !== undefined ? EPO_BY_KIND[kind] : undefined) ?? EPONYMS));
}

/** @param c - the note (writes a score or scale with its value, a negative) */
export function writeScore(c: Ctx): void {
  R = c.rng;
  c.b.neg(pick(c.rng, SCORES)());
}

/** @param c - the note (writes a trial name, a negative) */
export function writeTrial(c: Ctx): void {
  c.b.neg(pick(c.rng, TRIALS));
}

/** @param c - the note (writes a fraction or ratio that looks like a date, a negative) */
export function writeFraction(c: Ctx): void {
  R = c.rng;
  c.b.neg(pick(c.rng, FRACTIONS)());
}

/** @param c - the note (writes a clinical abbreviation that looks like a name or place, a negative) */
export function writeAbbrTrap(c: Ctx): void {
  c.b.neg(pick(c.rng, ABBR_TRAPS));
}

/** @param c - the note (writes a generic facility word, a negative) */
export function writeGenericFacility(c: Ctx): void {
  c.b.neg(pick(c.rng, GENERIC_FACILITIES));
}

/** @param c - the note (writes a department, a negative) */
export function writeDept(c: Ctx): void {
  c.b.neg(pick(c.rng, DEPARTMENTS));
}

/** @param c - the note (writes a US state, a negative) */
export function writeState(c: Ctx): void {
  c.b.neg(pick(c.rng, STATE_MENTIONS));
}

/** @param c - the note (writes a country, a negative) */
export function writeCountry(c: Ctx): void {
  c.b.neg(pick(c.rng, COUNTRY_MENTIONS));
}

/** @param c - the note (writes a sentence starting with a contraction or a name-like word, a negative) */
export function writeContraction(c: Ctx): void {
  c.b.neg(pick(c.rng, CONTRACTION_STARTS));
}

/**
 * Sometimes introduces a typo (two letters swapped or one dropped) in plain text.
 *
 * @param rng - the PRNG
 * @param s - text
 * @returns the text, perhaps with one typo
 */
export function typo(rng: Rng, s: string): string {
  const idx: number[] = [];
  for (let i = 1; i < s.length - 2; i++) if (/[a-z]/.test(s.charAt(i)) && /[a-z]/.test(s.charAt(i + 1)) && /[a-z]/.test(s.charAt(i - 1))) idx.push(i);
  if (idx.length === 0) return s;
  const i = pick(rng, idx);
  return weighted(rng, [
    [50, s.slice(0, i) + s.charAt(i + 1) + s.charAt(i) + s.slice(i + 2)],
    [30, s.slice(0, i) + s.slice(i + 1)],
    [20, s.slice(0, i) + s.charAt(i) + s.slice(i)],
  ] as const);
}

/** Diagnoses (never PHI). */
export const DIAGNOSES = [
  'sepsis', 'urosepsis', 'UGIB', 'LGIB', 'CHF exacerbation', 'PNA', 'aspiration pneumonia', 's/p fall', 'SAH', 'ICH', 'SDH', 'COPD flare', 'DKA',
  'AMS', 'hypotension', 'NSTEMI', 'STEMI', 'afib with RVR', 'hypoxic respiratory failure', 'SBO', 'pancreatitis', 'cholangitis', 'acute CVA',
  'status epilepticus', 'ETOH withdrawal', 'hip fracture', 'PE', 'AKI', 'hyperkalemia', 'COVID-19 pneumonia', 'C. diff colitis', 'cellulitis',
  'necrotizing fasciitis', 'variceal bleed', 'hepatic encephalopathy', 'SBP', 'syncope', 'complete heart block', 'aortic dissection',
  'hyponatremia', 'hypercalcemia', 'tumor lysis', 'neutropenic fever', 'cardiogenic shock', 'septic shock', 'anaphylaxis', 'overdose',
  'TBI', 'cord compression', 'Guillain-Barre syndrome', 'myasthenia crisis', 'HFrEF exacerbation', 'endocarditis', 'osteomyelitis',
];
/** Procedures (never PHI). */
export const PROCEDURES = [
  'CABG x3', 'CABG x4', 'ex-lap', 'TAVR', 'MVR', 'ORIF', 'craniotomy', 'EVD placement', 'thoracentesis', 'paracentesis', 'ERCP', 'EGD',
  'colonoscopy', 'PEG placement', 'trach', 'intubation', 'CVL placement', 'cardiac cath', 'PCI to LAD', 'DES to RCA', 'IVC filter placement',
  'TIPS', 'Whipple', 'hemicolectomy', 'sigmoid colectomy', 'lap chole', 'appendectomy', 'L TKA', 'R THA', 'hemiarthroplasty', 'kyphoplasty',
  'L4/5 laminectomy', 'AAA repair', 'EVAR', 'fem-pop bypass', 'BKA', 'AKA', 'VATS', 'lobectomy', 'pleurodesis', 'bronchoscopy', 'PPM placement',
  'ICD placement', 'ablation', 'cardioversion', 'TEE', 'LP', 'bone marrow biopsy', 'HD catheter placement', 'AV fistula creation',
];
/** Imaging or exam findings (never PHI). */
export const FINDINGS = [
  'no acute process', 'increased bibasilar opacities', 'small L effusion', 'stable cardiomegaly', 'worsening pulmonary edema',
  'RLL infiltrate', 'ETT 4 cm above the carina', 'NGT in stomach', 'no PTX', 'new R apical PTX', 'low lung volumes', 'atelectasis at bases',
  'free air under the diaphragm', 'dilated loops of small bowel', 'no hydronephrosis', 'gallbladder wall thickening', 'new hypodensity in L MCA territory',
  'stable SAH', 'midline shift 4 mm', 'no acute fracture', 'DVT in L popliteal vein', 'EF 25-30%', 'moderate MR', 'LA enlargement',
];
const RHYTHMS = ['NSR', 'SR', 'ST', 'SB', 'AF', 'afib', 'A-flutter', 'V-paced', 'AV paced', 'SR with PACs', 'SR with occasional PVCs', 'junctional'];

/** @param c - the note (a diagnosis) */
export function writeDx(c: Ctx): void {
  c.b.text(pick(c.rng, DIAGNOSES));
}
/** @param c - the note (a procedure) */
export function writeProc(c: Ctx): void {
  c.b.text(pick(c.rng, PROCEDURES));
}
/** @param c - the note (a finding) */
export function writeFinding(c: Ctx): void {
  c.b.text(pick(c.rng, FINDINGS));
}
/** @param c - the note (a cardiac rhythm) */
export function writeRhythm(c: Ctx): void {
  c.b.text(pick(c.rng, RHYTHMS));
}
