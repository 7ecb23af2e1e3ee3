/**
 * Radiology reports in the MIMIC-IV-Note layout (EXAMINATION, INDICATION with `History: 91F
 * ...`, TECHNIQUE, COMPARISON, FINDINGS, IMPRESSION, NOTIFICATION with readers and times) and
 * in older dictated layouts (FINAL REPORT, clip numbers, reason for exam, signatures).
 *
 * @internal
 */
import type { Ctx } from './ctx.js';
import { chance, int, pick, shuffled } from './rng.js';
import { fill, fillOne } from './template.js';

interface Modality {
  readonly exams: readonly string[];
  readonly technique: readonly string[];
  readonly findings: readonly string[];
  readonly impressions: readonly string[];
}

const CHEST: Modality = {
  exams: ['CHEST (PA AND LAT)', 'CHEST (PORTABLE AP)', 'CHEST (SINGLE VIEW)', 'CHEST PORT. LINE PLACEMENT', 'CXR PA/LAT', 'Chest radiograph, portable AP upright'],
  technique: ['Portable AP chest radiograph.', 'PA and lateral views of the chest.', 'Single frontal view of the chest.', 'AP semi-upright view.'],
  findings: [
    'The lungs are clear without focal consolidation, effusion, or pneumothorax.', 'Heart size is [normal|mildly enlarged|top normal]. Mediastinal contours are unremarkable.',
    'There is a [small|moderate|large] [left|right|bilateral] pleural effusion[ with adjacent atelectasis|].', 'Endotracheal tube terminates {n:2-7} cm above the carina.',
    'Enteric tube courses below the diaphragm with tip in the stomach.', 'Right IJ central venous catheter terminates in the [mid SVC|cavoatrial junction|right atrium].',
    'Mild pulmonary vascular congestion [without frank edema|with interstitial edema].', '[Patchy|Streaky] opacity at the [left|right] base may reflect atelectasis or pneumonia.',
    'No pneumothorax.', 'Median sternotomy wires are intact.', 'Calcified granuloma in the [RUL|LLL], unchanged.', 'There is LA enlargement and aortic knob calcification.',
    'Osseous structures are [unremarkable|notable for degenerative change of the thoracic spine|notable for an old healed rib fracture].', 'Kerley B lines are present.',
    'A {epo:device} projects over the [right|left] hemithorax.', 'Pacemaker leads terminate in the right atrium and right ventricle.',
  ],
  impressions: ['No acute cardiopulmonary process.', '[Small|Moderate] [left|right] pleural effusion.', 'Findings concerning for [pneumonia|pulmonary edema|aspiration].', 'Lines and tubes in appropriate position.', 'Interval improvement in [effusion|edema|opacity] compared to {past}.'],
};
const HEAD: Modality = {
  exams: ['CT HEAD W/O CONTRAST', 'CT HEAD WITHOUT CONTRAST', 'MR HEAD W & W/O CONTRAST', 'MRI BRAIN WITHOUT CONTRAST', 'CTA HEAD AND NECK', 'CT HEAD (STROKE PROTOCOL)'],
  technique: ['Contiguous axial images of the brain were obtained without contrast. Coronal and sagittal reformats were performed.', 'Multiplanar multisequence MR images of the brain were acquired before and after gadolinium.', 'DLP: {n:600-1400} mGy-cm. CTDIvol: {n:40-70} mGy.'],
  findings: [
    'There is no evidence of [hemorrhage|acute hemorrhage], edema, mass effect, or acute large territorial infarction.', 'The ventricles and sulci are [normal in size|prominent, consistent with age-related involution].',
    'Periventricular white matter hypodensities are compatible with chronic small vessel ischemic disease.', 'There is [a small|an acute] subdural hematoma along the [left|right] convexity measuring {n:2-12} mm.',
    'Subarachnoid hemorrhage in the basal cisterns, Fisher grade {n:1-4}.', 'Midline shift of {n:1-9} mm.', 'The visualized paranasal sinuses and mastoid air cells are clear.',
    'Hypodensity in the [left|right] MCA territory consistent with evolving infarct.', 'No fracture is identified.', 'Findings are compatible with a Chiari malformation.',
  ],
  impressions: ['No acute intracranial process.', '[Acute|Subacute] [left|right] subdural hematoma[ with {n:2-8} mm midline shift|].', 'Evolving [left|right] MCA infarct.', 'Chronic small vessel ischemic disease.', 'Stable {finding} compared to {past}.'],
};
const ABDO: Modality = {
  exams: ['CT ABD & PELVIS WITH CONTRAST', 'CT ABDOMEN/PELVIS W/O CONTRAST', 'US ABDOMEN COMPLETE', 'RUQ ULTRASOUND', 'MRCP', 'CT A/P WITH IV AND ORAL CONTRAST', 'RENAL ULTRASOUND'],
  technique: ['MDCT images of the abdomen and pelvis were obtained after IV contrast.', 'Grayscale and color Doppler images of the abdomen were obtained.', 'Oral and IV contrast were administered.'],
  findings: [
    'The liver is [normal in size|enlarged] [without focal lesion|with a {n:1-4} cm hypodense lesion in segment {n:2-8}].', 'The gallbladder is [distended with wall thickening|unremarkable|contracted with stones]. {Epo:sign} was [positive|negative] during the exam.',
    'No intra- or extrahepatic biliary ductal dilation. CBD measures {n:3-9} mm.', 'The pancreas is [unremarkable|edematous with peripancreatic fat stranding].',
    'The kidneys are [normal in size|atrophic] without hydronephrosis.', 'Dilated loops of small bowel with a transition point in the [RLQ|LLQ|mid abdomen].',
    "There is free fluid in Morison's pouch.", 'No free air.', 'Diverticulosis without diverticulitis.', 'Moderate ascites.', 'A {epo:device} is noted in the bladder.',
    'Degenerative changes at L4/5 and L5/S1.', 'Bosniak IIF cyst in the left kidney.',
  ],
  impressions: ['No acute intra-abdominal process.', 'Findings consistent with [acute cholecystitis|pancreatitis|SBO|diverticulitis|appendicitis].', 'Cholelithiasis without cholecystitis.', '[Moderate|Large] ascites.', 'Recommend follow-up per {epo:scale}.'],
};
const VEINS: Modality = {
  exams: ['BILAT LOWER EXT VEINS', 'UNILAT UP EXT VEINS US', 'LENIS BILATERAL', 'DUPLEX DOPP ABD/PEL'],
  technique: ['Grayscale, color and spectral Doppler images were obtained.', 'Compression and Doppler evaluation of the deep veins.'],
  findings: [
    'There is [occlusive|nonocclusive] thrombus in the [left|right] [common femoral|popliteal|peroneal] vein.', 'Normal compressibility, flow and augmentation of the deep veins.',
    'Baker\'s cyst measuring {n:2-6} cm.', 'Superficial thrombophlebitis of the [greater saphenous|cephalic] vein.', 'Respiratory variation is preserved.', 'Calf veins not well seen.',
  ],
  impressions: ['[Acute|No] deep vein thrombosis.', 'No evidence of DVT in the [left|right|bilateral] lower extremities.', '[Left|Right] popliteal DVT.'],
};
const CTA: Modality = {
  exams: ['CTA CHEST', 'CTA CHEST W&W/O C&RECONS', 'CT CHEST W/CONTRAST', 'CT CHEST W/O CONTRAST'],
  technique: ['CT angiography of the chest after IV contrast.', 'Helical images of the chest after {n:60-100} mL Omnipaque.'],
  findings: [
    'Filling defects in the [segmental|lobar|subsegmental] pulmonary arteries of the [RLL|LLL|RML].', 'RV/LV ratio {d:0-2}.', 'No pericardial effusion.',
    '[A|An unchanged] {n:4-12} mm nodule in the [RUL|LUL|RLL]; follow-up per Fleischner guidelines.', 'Emphysema, [centrilobular|paraseptal].', 'Small bilateral pleural effusions.',
    'Coronary artery calcifications.', 'Thoracic aorta is [normal in caliber|ectatic, measuring {n:38-48} mm].',
  ],
  impressions: ['Acute pulmonary embolism[ with right heart strain|].', 'No pulmonary embolism.', 'Pulmonary nodule, {epo:scale} follow-up recommended.', '{Score}.'],
};
const MSK: Modality = {
  exams: ['HIP 2 VIEWS', 'KNEE (AP, LAT & OBLIQUE)', 'FOOT AP,LAT & OBL', 'WRIST(3 + VIEWS)', 'ANKLE (AP, MORTISE & LAT)', 'SHOULDER 3 VIEWS'],
  technique: ['Three views of the [left|right] [hip|knee|ankle|wrist].', 'Frontal and lateral views.'],
  findings: [
    'There is a [displaced|nondisplaced] [femoral neck|intertrochanteric] fracture (Garden {n:1-4}).', 'Salter-Harris II fracture of the distal radius.', 'Weber B ankle fracture.',
    'No acute fracture or malalignment.', 'Moderate tricompartmental osteoarthritis.', 'Soft tissue swelling.', 'Hill-Sachs deformity of the humeral head.', "Colles' fracture with dorsal angulation.",
  ],
  impressions: ['[Displaced|Nondisplaced] [left|right] hip fracture.', 'No acute fracture.', 'Degenerative changes without acute abnormality.'],
};
const SPINE: Modality = {
  exams: ['L-SPINE (AP & LAT)', 'MR L SPINE W/O CONTRAST', 'CT C-SPINE W/O CONTRAST', 'MR C-SPINE W/ AND W/O CONTRAST'],
  technique: ['Sagittal and axial T1 and T2 images.', 'Axial images with sagittal and coronal reformats.'],
  findings: [
    'Moderate degenerative disc disease, most pronounced at L4/5 with [mild|moderate] canal stenosis.', 'Disc bulge at C5/6 and C6/7.', 'No acute fracture or malalignment.',
    'Grade {n:1-2} anterolisthesis of L4 on L5.', 'Conus terminates at L1.', 'Compression deformity of L{n:1-5}, [chronic|age-indeterminate].',
  ],
  impressions: ['Degenerative changes without acute abnormality.', 'No acute fracture.', 'Multilevel degenerative disease, worst at L4/5.'],
};
const ECHO: Modality = {
  exams: ['TTE (Complete)', 'TEE', 'ECHO W/ CONTRAST'],
  technique: ['Complete transthoracic echocardiogram with Doppler.', 'Focused study.'],
  findings: ['EF {n:15-70}%.', '{n:1-3}+ MR.', 'LA enlargement.', 'Mild AS, peak gradient {n:15-40} mmHg.', 'No pericardial effusion.', 'RV normal in size and function.', 'Moderate TR, RVSP {n:25-70}.'],
  impressions: ['[Normal|Mildly reduced|Severely reduced] biventricular systolic function.', 'EF {n:15-70}%.', 'No significant valvular disease.'],
};
const MODALITIES = [CHEST, CHEST, CHEST, HEAD, HEAD, ABDO, ABDO, VEINS, CTA, MSK, SPINE, ECHO];

const INDICATIONS = [
  'History: {age:sexGlued} with {complaint}', 'History: {age:sexSpaced} with {dx}, eval for {finding}', '{Agesex} with {dx}. Evaluate for [pneumonia|PE|fracture|hemorrhage|obstruction].',
  '{Age:yo} [F|M] s/p {proc} with {complaint}.', 'HISTORY: {age:sexGlued} [with fall|s/p fall|on {drug}, fell], r/o [bleed|fracture].', '[History|HISTORY|Hx]: {age:sexWord} with {dx}.',
  '{Agesex} with {epo:dx}, {complaint}. ?{dx}', 'Pt is a {age:yo}. {Complaint}.', '{age:sexGlued} {complaint}, ?{dx}', 'Eval for {dx} in {age:yearOld} transferred from {hosp}.',
  'HPI: {age:sexGlued} [w/|with] {dx}. Transfer from {hosp}.', 'Reason: {complaint} [in|for] {age:sexWord}', 'Pt {ptname:last} {age:paren} with {complaint}.',
  'Pt [is |]{anyage:decade} with {complaint}, ?{dx}.', '{Anyage:yearOld} [woman|man] [with|w/] {complaint}.',
  '[History|HISTORY|Hx]: {anyage:sexGlued} with [fall|{dx}|{complaint}]', '{Anyage:yoGlued} [F|M] s/p fall, r/o [fracture|bleed].', '{Anyage:words} [woman|man] with {complaint}.', '{Anyage:sexSpaced} from {rehab}, ?{dx}.',
];
const COMPARISONS = [
  'None.', 'None available.', 'Chest radiograph from {past}.', 'Chest radiograph from {past:partial} dated {past}.', 'CT from {hosp} dated {past}.', 'Prior study of {past:any}.',
  '[Multiple prior|Prior] chest radiographs, most recently {date}.', '{Past} and {past}.', 'Outside CT from {hosp} ({past:monthyear}).', 'MRI {past:full} at {hosp}.', 'None. [Images from {hosp} not available.|]',
  '{Dt}.', 'Prior exam [on|from] {wkdate}.',
];
const NOTIFICATIONS = [
  'The findings were discussed with Dr. {drname:last} by Dr. {drname:last} on the telephone on {today} at {time}, {n:2-40} minutes after discovery of the findings.',
  'The findings were discussed with {drname:full}, [M.D.|MD|NP|PA] by {drname:full}, M.D. on the telephone on {today} at {time}, {n:2-40} minutes after discovery of the findings.',
  'Dr. {drname:last} was paged with the results at {time} on {today:partial}.', 'Findings communicated to {drname:initLast} ({pager}) at {time}.',
  'Findings were [communicated|discussed] with [the covering resident|the ED team|{drname:full}] via [phone|secure chat] at {time} on {today}.', 'Wet read by {initials} at {time}; final read concurs.',
  'Called to the ordering provider, {drname:full}, at {phone} on {dt}.', 'The referring physician, Dr. {drname:last}, was notified by {drname:initials} at {time} on {today:partial}.',
  'Discussed with {initials} at {time}.', 'd/w {initials} ({pager}) at {time} on {today:partial}.', 'Night float {initials} was called with the findings at {time}.',
];
const SIGNATURES = [
  'Reader: {drname:full}, MD', 'Dictated by: {drname:full}, M.D.\nApproved by: {drname:full}, M.D. on {today:full} {time}', 'Electronically signed by {drname:fullMiddle}, MD on {today} at {time}',
  'RESIDENT: {drname:full}\nATTENDING: {drname:full}, MD', '{drname:initials}/{drname:initials}', 'Interpreted by: Dr. {drname:last} ({user})', 'DR. {drname:LASTFIRST}\nDR. {drname:LASTFIRST}',
  'Resident: {drname:initials}; Attending: {drname:full}', 'Signed: {drname:full} {today} {time}',
  'Signed by: {user} {today} {time}', 'Entered by: {user}', 'Completed by: {user} on {today:full}', 'Preliminary read by {user}, final by {drname:full}, MD', '{sig:MD}',
];
const HEADERS_OLD = [
  '{today} {time}\n@EXAM@[ |  ]Clip # {idnum}\nReason: {complaint}\nAdmitting Diagnosis: {dx}\n',
  '{today} {time}\n@EXAM@[ |  ]{id:acc}\n',
  'FINAL REPORT\n',
  'DATE: {today}   {id:acc}\nPATIENT: {ptfull}   MRN: {idnum}   DOB: {dob}\nEXAM: @EXAM@\n',
  '{ptfull} ({age:sexGlued})[  |\t]{id:mrn}\nExam date: {dt}\nOrdering: {drname:full}[, {here}|]\n',
  'Accession #: {idacc}  @EXAM@  {dt}\n',
];

/**
 * Writes one radiology report.
 *
 * @param c - the note
 */
export function radiologyNote(c: Ctx): void {
  const { rng, b } = c;
  const m = pick(rng, MODALITIES);
  const examText = pick(rng, m.exams);
  const sep = pick(rng, [':  ', ': ', ':\n', ':  ', ': ']);
  const mimic = chance(rng, 0.6);
  if (!mimic || chance(rng, 0.2)) {
    fill(c, pick(rng, HEADERS_OLD).replace('@EXAM@', examText));
    b.nl();
  }
  if (mimic || chance(rng, 0.5)) b.text(`EXAMINATION${sep}${examText}\n\n`);
  const ind = pick(rng, ['INDICATION', 'CLINICAL HISTORY', 'CLINICAL INFORMATION', 'MEDICAL CONDITION', 'HISTORY', 'REASON FOR EXAM', 'INDICATION']);
  b.text(ind + sep);
  fillOne(c, INDICATIONS);
  if (b.last !== '.') b.text(pick(rng, ['.', '', '.']));
  if (chance(rng, 0.2)) fill(c, ' [Ordered by {dr}.|{Pager}.|Please call {drname:given} at {ext} with results.|Transfer from {hosp}.|Pt at {rehab}.]');
  b.text('\n\n');
  b.text(`TECHNIQUE${sep}`);
  fillOne(c, m.technique);
  b.text('\n\n');
  b.text(`COMPARISON${sep}`);
  fillOne(c, COMPARISONS);
  b.text('\n\n');
  b.text(`FINDINGS${sep}`);
  if (chance(rng, 0.3)) b.nl();
  const fs = shuffled(rng, m.findings).slice(0, int(rng, 2, 7));
  const para = chance(rng, 0.6);
  fs.forEach((f, i) => {
    if (i > 0) b.text(para ? ' ' : '\n');
    fill(c, f);
  });
  if (chance(rng, 0.15)) fill(c, ' [Findings were also present on the study from {hosp} dated {past}.|Device serial {id:dev} noted on prior op note.|Exam limited by patient motion.|Clinical correlation with {score} recommended.]');
  b.text('\n\n');
  b.text(`IMPRESSION${sep}`);
  if (chance(rng, 0.3)) b.nl();
  const imps = shuffled(rng, m.impressions).slice(0, int(rng, 1, 3));
  imps.forEach((t, i) => {
    b.endLine();
    if (imps.length > 1 || chance(rng, 0.4)) b.text(`${i + 1}. `);
    fill(c, t);
  });
  b.nl();
  if (chance(rng, 0.4)) {
    b.text(`\nNOTIFICATION${sep}`);
    fillOne(c, NOTIFICATIONS);
    b.nl();
  }
  if (chance(rng, 0.5)) {
    b.nl();
    fillOne(c, SIGNATURES);
    b.nl();
  }
}

/** Every template of this family (for tests). */
export const RADIOLOGY_TEMPLATES: readonly string[] = [
  ...INDICATIONS, ...COMPARISONS, ...NOTIFICATIONS, ...SIGNATURES, ...HEADERS_OLD,
  ...MODALITIES.flatMap((m) => [...m.technique, ...m.findings, ...m.impressions]),
];
