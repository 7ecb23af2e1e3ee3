/**
 * Discharge summaries in the MIMIC-IV-Note layout (header fields, titled sections, lab lines
 * with a date before the time, problem-based hospital course, follow-up instructions) and in
 * other common EHR layouts. Written for this project from the public description of the layout.
 *
 * @internal
 */
import type { Ctx } from './ctx.js';
import { chance, int, pick, shuffled, weighted } from './rng.js';
import { fill, fillOne } from './template.js';

const SERVICES = ['MEDICINE', 'SURGERY', 'NEUROLOGY', 'CARDIOTHORACIC', 'ORTHOPAEDICS', 'NEUROSURGERY', 'OBSTETRICS/GYNECOLOGY', 'UROLOGY', 'PSYCHIATRY', 'CARDIOLOGY', 'VASCULAR', 'ONCOLOGY', 'PLASTIC', 'OTOLARYNGOLOGY', 'TRANSPLANT'];
const ALLERGIES = ['No Known Allergies / Adverse Drug Reactions', 'Penicillins', 'Sulfa (Sulfonamide Antibiotics)', 'Codeine', 'Patient recorded as having No Known Allergies to Drugs', 'lisinopril / Iodine', 'Morphine / Percocet', 'NKDA', 'Latex', 'Shellfish Derived', 'Aspirin / Bactrim', 'Vancomycin (red man)', 'Keflex / Levaquin'];
const COMPLAINTS = ['Shortness of breath', 'Chest pain', 'Fall', 'Altered mental status', 'Abdominal pain', 'Fever', 'Weakness', 'Hematemesis', 'Melena', 'Syncope', 'Headache', 'Leg swelling', 'Dyspnea on exertion', 'Nausea/vomiting', 'Confusion', 'Hip pain', 'Cough', 'Palpitations', 'BRBPR', 'Dysuria', 'Seizure', 'Slurred speech', 'Back pain', 'Rash'];

const HEADER_MIMIC = [
  'Name:  {ptfull}[                 |\t\t|          |   ]Unit No:   {idnum}',
  'Admission Date:  {admit:note}[              |\t\t|     ]Discharge Date:   {today:note}',
  'Date of Birth:  {dob:note}[             |\t\t|      ]Sex:   {sex}',
];
const HEADER_OTHER = [
  'DISCHARGE SUMMARY\n{ptfull}   {id}   {id}\nAdmitted {admit} - Discharged {today}\nAttending: {drname:full}, MD   Pager {pager}',
  'DISCHARGE SUMMARY\nPatient: {ptfull}[    |\t|  ]{id:mrn}[    |\t|  ]DOB: {dob}\nAdmit date: {admit}[   |\t]Discharge date: {today}',
  'PATIENT NAME: {ptfull}\nMEDICAL RECORD #: {id:bare}\nDATE OF ADMISSION: {admit}\nDATE OF DISCHARGE: {today}\nADMITTING PHYSICIAN: {drname:full}, MD\nREFERRING PHYSICIAN: Dr. {drname:last}[, {clinic}|]',
  '[Discharge Summary|DISCHARGE SUMMARY|Hospital Discharge Summary] - {here:full}\n{ptfull} ({age:sexGlued})[ |  ]{id:mrn}\nAdmitted: {admit}  Discharged: {today}[\nPCP: {drname:full} ({clinic}) {phone}|]',
  'Name: {ptfull}\nDOB: {dob}   Age: {age:bare}   Sex: {sex}\n{id}\nAdmission: {admit:full}   Discharge: {today:full}\nAttending: {drname:fullMiddle}, MD',
  '{here:full}\n{loc:address}\nDISCHARGE SUMMARY\n\nPt: {ptfull}   Acct #: {idnum}   Adm: {admit}   D/C: {today}',
];

const HPI = [
  'Symptoms began {holiday} per {his} {rel}.',
  '{He} was found to have Murphy\'s sign and was started on {drug:abx}.', 'Glasgow Coma Scale was {n:3-15} on arrival; Hunt and Hess grade {n:1-5}.',
  '{Title} {ptlast} is a {age} with [a history of|h/o|PMH significant for|past medical history of] {dx}, {dx} and {epo:dx} who presented to {hosp} with {complaint}.',
  '{Ptname} is a {age} [with|w/] {dx} [who presents|presenting] with {n:2-7} days of {complaint}.',
  'Per {his} PCP Dr. {drname:last}, {he} had been doing well until {date:partial} when {he} developed {complaint}.',
  '{He} was transferred from {hosp} on {hday} for [further management|higher level of care|evaluation for {proc}].',
  'At the OSH, {vitals}. {He} received {drug} and {drug} and was transferred.',
  'In the ED, initial vitals: {vitals}. Labs notable for {labs}.',
  '{He} was recently admitted to {hosp} [from|on] {past:partial} [to|-] {past:partial} for {dx}.',
  'Of note, {he} was seen in {clinic} on {past} by {dr} and started on {drug}.',
  '{His} {rel} {relname} reports that {he} has been more confused [for the past week|{holiday}|since {wkdate}].',
  'History is obtained from {his} {rel} [and|as well as] {hosp} records [as the patient is|given pt] [intubated|aphasic|confused].',
  '{He} lives at {rehab} and was found on the floor by staff at {time}.',
  '{He} reports {complaint} that began [the night before|yesterday|{date:partial}] and [worsened|progressed] [over the day|despite {drug}].',
  'EMS was called by {his} {rel}; {he} was found [down|confused|diaphoretic] at home in {town}.',
  '{He} [denies|reports] fevers, chills, chest pain, [dyspnea|SOB], abdominal pain, [dysuria|diarrhea].',
  '{He} [recently|just] returned from [a trip to|visiting family in] [{country}|{state}] on {date:partial}.',
  '{He} has had [a |]{n:10-30} lb weight loss since {past:monthyear}.',
  'Of note, {he} {age:turned} [last month|in {monthcue}|this year] and [has been|had been] independent in ADLs.',
  '{He} [was seen|had a visit] at {clinic} [last week|on {date:partial}], where {vitals}.',
  'Cardiology ({drname:last}) was consulted in the ED given {score}.',
  '[{He} {age:turned} [last month|this year|{holiday}]|{He} celebrated {age:birthday} [last week|in {monthcue}]|{He} is {age:words} and [lives alone|walks with a cane]|{He} is {age:decade} and [drives|is independent]].',
  '{His} {rel} {relname} {anyage:paren} [helps at home|is {his} HCP|is also unwell].', '{His} {rel} is {anyage:words} and [lives nearby|is in assisted living].',
  '{His} {rel} [died|passed away] {anyage:at} [last year|in {year}].', '{Ptfull} {age:paren} presented to {hosp} with {complaint}.', '{He} [was diagnosed with {dx}|had {proc}] {anyage:at}.',
];

const PMH = [
  '{Dx}', '{Dx}', '{Dx} [s/p|status post] {proc} ({year})', '{Epo:dx}', 'HTN', 'HLD', 'DM2 [on insulin|on metformin|diet controlled]', 'CKD stage {n:2-5}',
  'CAD s/p {proc} [in {year}|{year}|at {hosp} in {year}]', 'Atrial fibrillation on {drug}', 'COPD (FEV1 {n:30-80}% predicted)', 'Breast cancer s/p lumpectomy {past:monthyear}',
  'Prostate cancer, {score}, s/p XRT [in|{year}] {year}', 'Hypothyroidism', 'GERD', 'Depression', 'Osteoarthritis s/p {proc}', 'Gout', 'Anemia', 'OSA on CPAP',
  'h/o {dx} ({past:monthyear})', 'Missed the {monthcue} dose of {drug}', '{Epo:dx} diagnosed {age:at}', 'Hip fracture in {year}', 'Remote {proc} ([{year}|{past:yy}])', 'CVA [in {year}|{past:monthyear}] with residual [L|R] weakness', 'Dementia ([Lewy body|Alzheimer type|vascular|mixed])',
  'HFrEF (EF {n:15-40}% on TTE {past})', 'Cirrhosis, {score}', 'PVD s/p {proc}', 'Chronic back pain, {frac}', 'BPH', 'Glaucoma', 'Macular degeneration',
];

const SOCIAL = [
  'Lives [with|w/] {his} {rel} {relname} in {town}.', 'Lives alone in [an apartment|a single-family home|senior housing] in {town}[, {state}|].',
  'Resides at {rehab} [for the past {n:1-5} years|since {past:monthyear}].', 'Retired [teacher|engineer|nurse|mechanic|postal worker|accountant|firefighter|bus driver].',
  'Works as a [carpenter|cashier|lawyer|home health aide|professor] at [{clinic}|{hosp}].', 'Originally from {country}; moved to {city} in {year}.',
  'Tobacco: [never|former, quit {year}|{n:10-60} pack-years, quit {year}|current, 1 ppd]. EtOH: [none|social|{n:2-6} drinks/day|remote heavy use]. Illicits: [denies|none|marijuana].',
  'Ambulates with [a cane|a walker|no assistive device]. Independent in ADLs/IADLs.', 'HCP is {his} {rel} {relfull} ({phone}).',
  '{His} {rel} {relname} [helps|assists] with medications. [Has|No] VNA services.', 'Veteran, served in [Vietnam|Korea|the Gulf War]. Gets care at the VA.',
  'Married to {spouse}; has {n:2-6} children [who live nearby|in {state}|in {city}].', 'Contact: {rel} {relname} {cell}[, {cell}|].',
  '{His} mailing address is {loc:address}.', 'Mailing address: {loc:pobox}, {town}, {state} {zip}', 'Lives in {loc:county} with {his} {rel}.', '{Age:decade}, widowed, lives alone.',
  'Born in {country}[ on {dob:foreign}|]; emigrated in {year}.', '{His} mother {relage:livedTo} and {his} father {relage:livedTo}.', '{Rel} {relname} {anyage:paren} lives with {him}.',
  'Celebrated {age:birthday} {holiday} with family.', '{His} {rel} just had {relanyage:birthday}.', '[Both parents|{His} parents] lived into their [80s|90s].', '{His} {rel} is {relanyage:decade} and [in a nursing home|lives with them].', '{He} {age:turned} in {monthcue} and [still drives|lives independently].', 'Lives with {his} {anyage:yoGlued} {rel}.', 'Moved from {loc:address} to {loc:street}, {town}, in {year}.', 'Insurance: {id:ins}; {id:medicare}.', 'Drives; car plate {id:plate}.', 'Lives at {loc:street} in {town} with {his} {rel}.',
];
const FAMILY = [
  '[Mother|Father] [died|passed] [at|at age] {relage:bare} of [MI|stroke|cancer|old age].', 'Mother {relage:livedTo}; father with {epo:dx}.',
  '[Mother|Father|Sister|Brother] with {dx}.', 'No family history of [early CAD|sudden cardiac death|colon cancer|clotting disorders].',
  '[Brother|Sister] with {epo:dx}, [mother|father] with {dx}.', 'Noncontributory.', 'Father {relage:livedTo}; mother {relage:livedTo}.', 'Family history of {epo:dx} in [mother|maternal aunt|father].',
];
const EXAM_LINES = [
  'VS: {vitals}', 'GENERAL: [NAD|Alert, in no acute distress|Frail elderly {man} lying in bed|Uncomfortable appearing].', 'HEENT: [MMM|Dry mucous membranes], [anicteric sclera|EOMI, PERRLA].',
  'NECK: [Supple|JVP at {n:6-14} cm|No LAD].', 'CV: [RRR|Irregularly irregular], {n:1-4}/6 [SEM|holosystolic murmur][, no rubs or gallops|].', 'LUNGS: [CTAB|Crackles at bases bilaterally|Decreased BS at R base|Scattered wheezes].',
  'ABDOMEN: [Soft, NT/ND|Distended, tympanitic|Mild RUQ tenderness, {epo:sign} negative].', 'EXTREMITIES: [WWP|{n:1-3}+ pitting edema to knees|No C/C/E], {n:3-5}/5 strength.',
  'NEURO: [A&Ox3|Oriented to self only], CN II-XII intact, {n:3-5}/5 strength, [Babinski negative|Chaddock absent|Romberg negative|Hoffmann sign present].', 'SKIN: [No rashes|Stage {n:2-4} sacral ulcer|Ecchymoses on arms].',
  'PULSES: 2+ DP/PT bilaterally[, Allen test normal|, Homans\' sign negative|].', 'GU: [Foley in place|No CVA tenderness].',
];
const COURSE_TITLES = ['# {Dx}', '#{Dx}:', '{Dx}:', '# {Dx} ({epo:dx}):', '#. {Dx}', '# {Dx} -', '{Dx}'];
const COURSE = [
  '{He} was started on {drug} and {drug} with improvement. [Cultures|Blood cultures] from {hday} grew [E. coli|MSSA|Klebsiella|no growth].',
  'On {hday:partial}, {he} developed {dx} and was transferred to the [MICU|CCU|SICU] for [pressors|BiPAP|close monitoring].',
  '{Dept} was consulted and recommended {drug}; {he} was seen by {dr} who [agreed|recommended {proc}].',
  '{He} underwent {proc} on {hday} [without complications|complicated by {dx}].', '[TTE|CT|MRI] on {hday} showed {finding}.',
  'Diuresed with IV {drug} with net negative {n:2-12} L; discharge weight {n:45-120} kg.', '{He} was restarted on home {drug} at discharge.',
  '[Per|After discussion with] {his} {rel} {relname}, goals of care were readdressed and {he} was made [DNR/DNI|CMO|full code].',
  '{His} outpatient [cardiologist|oncologist|nephrologist], {dr} [at|of] {clinic}, was [updated|contacted] on {hday:partial}.',
  'Records from {hosp} were obtained and showed {finding} on {past}.', 'Creatinine peaked at {d:1-6} on {hday:partial} and improved to {d:0-2} with fluids.',
  'Anticoagulation with {drug} was [held|continued|started] given {score}, in line with {trial} data.', 'Sodium improved from {n:115-128} to {n:130-138} with fluid restriction.',
  '{He} was evaluated by PT who recommended discharge to {rehab}.', 'Gleason score {n:6-10} on biopsy at {hosp} ({id:spec}).', 'Per ARISTOTLE data, apixaban was chosen over warfarin.',
  'Discussed with {his} {rel} over the phone ({phone}); {he} [prefers|wants] discharge before {holiday}.', 'Insurance issue resolved ({id:ins}).', 'PT/OT recommended rehab; {he} was accepted at {rehab} on {hday:partial}.',
  '{He} remained afebrile and [hemodynamically stable|HD stable] after {hday:partial}.', 'Had an episode of [delirium|agitation] on {hday:partial} managed with {drug}.',
  'Pain was controlled with {drug} {n:2-10} mg q{n:4-8}h prn.', '{Contr}', 'Glucose managed with {drug} and sliding scale; A1c {d:5-12}.',
  'A [CTA chest|LENI|V/Q scan] on {hday} was [negative|positive for {finding}].', 'Discussed at [tumor board|multidisciplinary conference] on {wkdate}.',
  'Seen by [GI|Hepatology|Surgery|IR] ({drname:initLast}) who performed {proc} on {hday}.', '{Score} on admission; treated per [protocol|guidelines].',
  '[Night float {initials} was called [overnight|at {time}|on {hday:partial}] for {complaint}[ and ordered {drug}|].|Plan was d/w {initials} in the AM.|Case [d/w|discussed with] {initials} (attending) on {hday:partial}.|Per {his} PCP {initials}, {he} had been [stable|doing well|independent] until {date:partial}.]',
  '[[Physical Therapy|PT|OT|Nutrition|Social Work|Speech and Swallow] was consulted ({initials}) and recommended [{rehab}|home with services|a soft diet|a rolling walker].|[Palliative care|Psychiatry|Ethics|Geriatrics|Wound care|Addiction consult] ({initials}) followed [and helped with goals of care|throughout the stay|and signed off on {hday:partial}].]',
  '[{Dept} ({initials}) was consulted on {hday:partial}.|Seen by {initials} from {dept} who recommended {drug}.|Discussed with {initials} and {initials} on rounds.]',
  '[{Ptgiven} has been doing well and [ambulates|eats|sleeps] [without difficulty|with a walker|well].|{Ptgiven} tolerated {proc} without complications.|Spoke with {ptgiven} and {his} {rel} {relname} about [the plan|goals of care|discharge].]',
  '[We reassured {ptgiven} that the [CT|MRI|echo] was [reassuring|unchanged].|{Ptgiven} [was|remained] [afebrile|pleasant|confused at times] and {icu:vs}.|On {hday:partial} {ptgiven} [fell|became hypotensive|spiked a fever] ({icu:vs}).]',
  '{Negs}', '{Negs} {Negs}', '{He} was transferred from {hosp:abbr} on {hday:partial} for [{proc}|further care].', '{He} had been followed at {hosp:abbr} and {clinic:abbr} for {dx}.',
  '{He} was hypotensive to {icu:cv} on {hday:partial} and received {icu:drips}.', 'UO {range:20-80} cc/hr on {hday:partial}; {icu:gu}.', 'Labs on {hday:partial}: {iculine:labs}.',
];
const TRANSITIONAL = [
  'Follow up with Dr. {drname:last} in {n:1-4} weeks[| at {clinic}].', 'Repeat [CBC|BMP|LFTs|INR] on {future} [to be faxed|faxed] to {fax}.',
  'Code: [Full|DNR/DNI|DNR, OK to intubate] (confirmed with {rel} {relname}).', 'Contact: {rel} {relname} {phone}.',
  'Consider [colonoscopy|EGD|CT chest|PET] as outpatient.', '[Started|Stopped|Increased] {drug}.', 'Pending: [blood cultures|pathology ({id:spec})|{dept} recs].',
  'Patient will need {proc} at {hosp} on {future}.', 'Weight on discharge {n:45-120} kg; if gain > 3 lb call {clinic} {phone}.', 'Per {trial}, consider {drug}.',
  '[[F/u|f/u|Follow up|Follow-up] with {initials} within {n:1-2} week[s|].|Please follow up with {initials} on {future}.|PCP {initials} to [recheck|follow] [BMP|CBC|INR|LFTs] in {n:1-2} weeks.]',
  '[[f/u|F/U] with [PCP|cardiology|renal|onc] ({initials}) on {future:partial}.|Pathology to be followed by {initials}.|{Ptgiven} should [f/u|follow up] with {initials} [in clinic|by phone] in {n:1-3} weeks.]',
];
const FOLLOWUP_MIMIC = [
  'Department: {dept_upper}\nWhen: {wkdate:future} at {time}\nWith: {drname:full}, MD [{phone}]\nBuilding: {loc:building}[ ({town})|] Campus: [EAST|WEST|NORTH|MAIN]     Best Parking: [Garage|Lot A|Street]',
  'Department: {dept_upper}\nWhen: {future} at {time}\nWith: [{drname:full}, [MD|NP|RN]|{dept} Clinic] [{phone}]\nBuilding: [{loc:building}|{loc:street}] [Campus: EAST|]',
  'Please follow up with Dr. {drname:last} at {clinic} on {future} at {time}. Phone: {phone}.',
  'Name: {drname:full}, MD\nSpecialty: [Cardiology|PCP|Neurology|Nephrology]\nLocation: {clinic:full}\nAddress: {loc:address}\nPhone: {phone}\nAppointment: {wkdate:future} {time}',
  'You have an appointment with your PCP, Dr. {drname:last}, on {future}. If you need to reschedule call {phone}[ {ext}|].',
  '[{Dept}|Dr. {drname:last}] will call you to schedule [an appointment|a follow-up] in {n:1-4} weeks. Office: {phone}[, fax {fax}|].',
  'Provider: {drname:full}, MD Phone: {phone} Date/Time: {future} {time}',
];
const INSTRUCTIONS = [
  'Dear {ptgiven},\n\nYou were [admitted to|cared for at] {here} for {dx}. [While you were here|During your stay] [we treated you with {drug}|you had {proc}]. Please follow up with {initials} on {future}. [Questions: {email}|Your results will be on {url}|You can reach us at {email} or {phone}].\n\n[Best wishes|Sincerely|Take care],\nYour [medicine|surgery|cardiology] team',
  '[Dear|DEAR] [{ptlast}|{ptgiven}|{ptfull}|{title} {ptlast}],\n\nIt was a [pleasure|privilege] to [care for|take care of] you. You came in with {complaint} and were found to have {dx}.\n- Take {drug} {n:1-2} tab daily\n- Call {phone} if [fever > 101|chest pain|weight gain > 3 lb]\n- [Send questions to {email}|Results at {url}|Mail forms to {loc:pobox}, {town}, {state} {zip}]\n\nSincerely,\n{drname:full}, MD',
  'Dear {ptgiven}, you were seen for {dx}. [Your {rel} {relname} was updated.|We stopped {drug}.] Please [call|contact] {initials} at {phone} with questions.',

  'Dear {title} {ptlast},\n\nIt was a pleasure taking care of you at {here}. You were admitted for {dx}. [We treated you with {drug}.|You had {proc}.] Please take your medications as prescribed and keep your follow-up appointments.\n\nIf you have [fevers|chest pain|shortness of breath], call Dr. {drname:last} at {phone} or go to the nearest ED.\n\nSincerely,\nYour {here:short} [Care Team|Medicine Team]',
  'You were admitted to {here} for {dx}. Please call {clinic} at {phone} with questions. [Do not drive while taking {drug}.|Weigh yourself every morning.]',
  'Discharge instructions reviewed with patient and {rel} {relname}, who verbalized understanding. Questions may be sent via the portal ({url}) or {email}.',
  '[Please|] [take|continue] {drug} daily. [Do not|Don\'t] take {drug} until told by Dr. {drname:last}. Call {phone} [{ext}|] with any questions.',
];

function section(c: Ctx, title: string): void {
  const { rng, b } = c;
  b.endLine();
  if (chance(rng, 0.85)) b.text(' \n');
  b.text(title);
  b.text(pick(rng, [':', ':', ':\n', ': ', ':\n']));
}

function list(c: Ctx, bank: readonly string[], n: number, numbered = false): void {
  const { rng, b } = c;
  const style = pick(rng, ['- ', '* ', '', '\u2022 ', '1. ', '1) ']);
  const items = shuffled(rng, bank).slice(0, n);
  items.forEach((t, i) => {
    b.endLine();
    if (numbered || style === '1. ') b.text(`${i + 1}. `);
    else if (style === '1) ') b.text(`${i + 1}) `);
    else b.text(style);
    fill(c, t);
  });
  b.nl();
}

function paragraph(c: Ctx, bank: readonly string[], n: number): void {
  const { rng, b } = c;
  const items = shuffled(rng, bank);
  for (let i = 0; i < n; i++) {
    if (i > 0) b.text(pick(rng, [' ', ' ', '  ']));
    fill(c, items[i % items.length]!);
  }
  b.nl();
}

function medList(c: Ctx, n: number): void {
  const { rng, b } = c;
  const numbered = chance(rng, 0.8);
  const dash = pick(rng, ['', '- ', '* ']);
  for (let i = 0; i < n; i++) {
    b.endLine();
    b.text(numbered ? `${i + 1}. ` : dash);
    fill(c, '{med}');
    if (chance(rng, 0.15)) fill(c, ' [Disp #*{n:10-90} Tablet Refills:*{n:0-3}|(hold for SBP < 100)|RX *{drug} {n:1-50} mg {n:1-2} tab(s) by mouth daily]');
  }
  b.nl();
}

function labLines(c: Ctx, n: number): void {
  const { rng, b } = c;
  for (let i = 0; i < n; i++) {
    b.endLine();
    const r = rng();
    if (r < 0.7) {
      fill(c, `{hday:${pick(rng, ['note', 'note', 'full', 'partial'])}} `);
      fill(c, '{time} BLOOD ');
      fill(c, '{bloodlabs}');
    } else if (r < 0.85) {
      fill(c, '[CXR|CT head|CT A/P|TTE|RUQ US|MRI brain|LENIs] ([{hday}|{hday:partial}]): {finding}.');
    } else {
      fill(c, '[Blood culture|Urine culture|Sputum culture|C. diff] ([{hday}|{dt}]): [no growth|E. coli, pan-sensitive|MRSA|negative|pending].');
    }
  }
  b.nl();
}

/**
 * Writes one discharge summary.
 *
 * @param c - the note
 */
export function dischargeNote(c: Ctx): void {
  const { rng, b } = c;
  const mimic = chance(rng, 0.65);
  if (mimic) {
    b.text(' \n');
    for (const line of HEADER_MIMIC) {
      fill(c, line);
      b.text(chance(rng, 0.8) ? '\n \n' : '\n');
    }
    b.text(`Service: ${pick(rng, SERVICES)}\n \nAllergies: \n${pick(rng, ALLERGIES)}\n \nAttending: `);
    fill(c, `{drname:${pick(rng, ['full', 'full', 'fullMiddle', 'initLast', 'lastFirst'])}}.`);
    b.nl();
  } else {
    fillOne(c, HEADER_OTHER);
    b.nl();
    if (chance(rng, 0.5)) b.text(`Service: ${pick(rng, SERVICES)}\nAllergies: ${pick(rng, ALLERGIES)}\n`);
  }
  section(c, 'Chief Complaint');
  b.text(pick(rng, COMPLAINTS));
  section(c, 'Major Surgical or Invasive Procedure');
  if (chance(rng, 0.4)) b.text('None');
  else fill(c, '{proc}[ on {hday}| ({hday:partial})|][\n{proc} {hday}|]');
  section(c, 'History of Present Illness');
  if (chance(rng, 0.3)) fill(c, '{Title} {ptlast} is a {age} [{man}|] with {dx} presenting with {complaint}. ');
  paragraph(c, HPI, int(rng, 3, 8));
  section(c, 'Past Medical History');
  list(c, PMH, int(rng, 3, 9));
  section(c, 'Social History');
  paragraph(c, SOCIAL, int(rng, 2, 5));
  section(c, 'Family History');
  paragraph(c, FAMILY, int(rng, 1, 3));
  section(c, 'Physical Exam');
  b.text(pick(rng, ['ADMISSION EXAM:\n', 'Admission:\n', 'On admission:\n', '']));
  list(c, EXAM_LINES, int(rng, 5, 10));
  if (chance(rng, 0.6)) {
    b.text(pick(rng, ['DISCHARGE EXAM:\n', 'Discharge:\n', 'At discharge:\n']));
    list(c, EXAM_LINES, int(rng, 3, 7));
  }
  section(c, 'Pertinent Results');
  labLines(c, int(rng, 3, 12));
  section(c, 'Brief Hospital Course');
  if (chance(rng, 0.6)) {
    fill(c, '{Ptname} is a {age} with {dx} [who presented|admitted] with {complaint}[, found to have {dx}|].');
    b.nl();
  }
  const problems = int(rng, 2, 6);
  for (let i = 0; i < problems; i++) {
    b.endLine();
    if (chance(rng, 0.5)) b.nl();
    fillOne(c, COURSE_TITLES);
    b.text(chance(rng, 0.5) ? '\n' : ' ');
    paragraph(c, COURSE, int(rng, 1, 4));
  }
  if (chance(rng, 0.5)) {
    b.text(pick(rng, ['\nTRANSITIONAL ISSUES:\n', '\nTransitional Issues\n', '\nTRANSITIONAL ISSUES\n=====================\n']));
    list(c, TRANSITIONAL, int(rng, 2, 6));
  }
  section(c, 'Medications on Admission');
  if (chance(rng, 0.2)) fill(c, 'The Preadmission Medication list is accurate and complete.\n');
  medList(c, int(rng, 2, 10));
  section(c, 'Discharge Medications');
  medList(c, int(rng, 3, 14));
  section(c, 'Discharge Disposition');
  const facility = chance(rng, 0.45);
  b.text(facility ? 'Extended Care' : pick(rng, ['Home', 'Home With Service', 'Home with Services']));
  if (facility) {
    section(c, 'Facility');
    fill(c, `{rehab:${pick(rng, ['full', 'full', 'short', 'any', 'misspelt'])}}`);
  } else if (chance(rng, 0.3)) {
    section(c, 'Facility');
    fill(c, '[VNA of {town}|{rehab:full}|{clinic:full}]');
  }
  section(c, 'Discharge Diagnosis');
  fill(c, '[Primary|PRIMARY]: {dx}\n[Secondary|SECONDARY]: {dx}, {dx}[, {epo:dx}|]');
  section(c, 'Discharge Condition');
  b.text(pick(rng, ['Mental Status: Clear and coherent.\nLevel of Consciousness: Alert and interactive.\nActivity Status: Ambulatory - Independent.', 'Mental Status: Confused - sometimes.\nLevel of Consciousness: Lethargic but arousable.\nActivity Status: Out of Bed with assistance to chair or wheelchair.', 'Stable', 'Fair. Hemodynamically stable.', 'Good']));
  section(c, 'Discharge Instructions');
  fillOne(c, INSTRUCTIONS);
  section(c, 'Followup Instructions');
  const nf = int(rng, 1, 3);
  for (let i = 0; i < nf; i++) {
    b.endLine();
    fillOne(c, FOLLOWUP_MIMIC);
    b.nl();
  }
  if (chance(rng, 0.55)) {
    b.nl();
    fill(
      c,
      pick(rng, [
        '{sig:MD}[ {id:mrn}|]',
        'Completed by: {drname:full} [{today:full}|{dt}]',
        'Dictated By: {drname:full}, MD\n[MEDQUIST36|Transcribed by: {initials}]\nD: {dt}\nT: {dt}\nJOB#: {id:bare}',
        'Electronically signed by {drname:full}, MD on {today:full} at {time}',
        '/s/ {drname:full} MD\ncc: Dr. {drname:last}, {clinic}[; {drname:full}, MD|]',
        '{drname:initials}/{user}\nDictated by: {drname:full}\ncc: {drname:full}, MD',
        'Completed by: {user} {dt}', 'Completed by:{user}', 'Signed by: {user} on {today:full}', 'Entered by: {user} [{dt}|{today}]', 'Last edited by {user} on {dt}',
        'Signed electronically by: {user}', 'Completed by: {drname:full}, MD ({user}) {dt}',
      ]),
    );
    b.nl();
  }
  void weighted;
}

/** Every template of this family (for tests). */
export const DISCHARGE_TEMPLATES: readonly string[] = [...HEADER_MIMIC, ...HEADER_OTHER, ...HPI, ...PMH, ...SOCIAL, ...FAMILY, ...EXAM_LINES, ...COURSE_TITLES, ...COURSE, ...TRANSITIONAL, ...FOLLOWUP_MIMIC, ...INSTRUCTIONS];
