/**
 * ICU nursing progress notes in the style of the PhysioNet notes (written for this project,
 * nothing copied): often ALL CAPS, terse, abbreviated, organised by system headings
 * (`NEURO:`, `CV:`), with family calls, `MD aware`, partial dates and staff by first name.
 *
 * @internal
 */
import type { Ctx } from './ctx.js';
import { chance, int, pick, shuffled, weighted } from './rng.js';
import { fill, fillOne } from './template.js';

const HEADERS = [
  'NURSING PROGRESS NOTE {today:partial} [7P-7A|7A-7P|0700-1900|1900-0700|19-07|07-19]', 'NPN [0700-1900|1900-0700|7a-7p|7p-7a|nights|days]',
  '[MICU|SICU|CCU|CSRU|TSICU|NICU|CVICU|Neuro ICU] [NURSING|Nursing] [NOTE|Note|Progress Note][| {today:partial}]', '[CCU|MICU] NPN: {today:partial}',
  'Nursing Note {today:partial} {time}', '{time}-{time} [NSG|NURSING] NOTE', 'Nursing Progress Note:', 'NSG NOTE {today:partial}', 'Addendum:',
  '[Nursing|NURSING] [admission|transfer|accept] note', 'Nursing {today:partial}[|, {time}]', 'RN NOTE [days|nights|eves]', 'Nursing progress note [|- ]{wkdate}',
];

const INTROS = [
  'Pt is a {agesex} admitted {admit:partial} with {dx}[| s/p {proc}].',
  '{Agesex} w/ h/o {dx}, {dx}, admitted from {hosp} with {dx}.',
  '{Ptname} is a {age} [with|w/] [PMH|h/o|hx] [of |]{dx} [who presented|p/w|admitted] with {dx}.',
  'Pt {age:sexGlued} [adm|admitted|transferred] {admit:partial} [from|via] [{hosp}|{facword}|ED] for {dx}.',
  '[Pt|PT] [is a |]{age:yo} [|female |male ]with [hx|h/o] {dx}[ and {epo:dx}|], [here|admitted] for {dx}.',
  'Pt transferred from {hosp} on {date:partial} for [further|higher level of] care[|, {dx}].', '[Transferred|Tx] from {hosp:abbr} [for|w/] {dx}[, {icu:vs}|].',
  'Pt [seen|admitted] at {hosp:abbr} {date:partial}, transferred here for {dx}.',
  '{Age:yearOld} [transferred|admitted] to [MICU|CCU|SICU|unit] [from|via] {facword} w/ {dx}.',
  'HPI: {age:sexGlued} [from|w/] {rehab} w/ {dx}.',
  'Pt is a pleasant {agesex} from {town} [admitted|here] with {dx}.',
  '[Pt|PT] s/p {proc} {hday:partial}[| at {hosp}], [tx|transferred] here for {dx}.',
];

const NEURO = [
  'Glasgow Coma Scale {n:3-15}[, Hunt and Hess grade {n:1-5}|].', '[Babinski|Chaddock] [upgoing|downgoing] on the [left|right].', 'Hx of [Parkinson\'s disease|Lewy body dementia|Guillain-Barré syndrome|Alzheimer\'s dementia], at baseline.',
  'A&O x{n:1-3}, MAE, follows commands[|, PERRL].', 'Alert, oriented to self only, strength {n:3-5}/5 throughout.', 'Sedated on {drug:sedative} at {n:10-60} mcg/kg/min, {score}.',
  'PERRL {n:2-4}mm brisk. {score}.', 'Pupils equal and reactive, {epo:sign} negative.', 'Lethargic but arousable to voice.', '{Contr}',
  'Pt confused overnight, reoriented frequently, {drug:psych} {n:1-5} mg IV given x1 with good effect.', 'Hx of {epo:dx}, at baseline per {relword}.',
  'Denies pain, pain {n:0-3}/10.', 'C/o HA, {drug:pain} given w/ relief.', 'Pt became agitated at {time}, pulling at lines, soft restraints applied per protocol[|, {dr} aware].',
  'Neuro checks q{n:1-4}h unchanged.', 'MAE, strength {n:3-5}/5 [throughout|BUE|BLE|RUE, {n:2-4}/5 LUE].', '{Score}, {score}.', 'Opens eyes to voice, does not track. {score}.',
  'Nods appropriately to questions, mouths words.', 'Seizure precautions maintained, on [Keppra|levetiracetam|Dilantin|lacosamide|Vimpat].', 'Sleeping in naps, {drug:psych} given at {time}.',
  'Sedation held at {time} for SBT, pt awake and calm.', 'Pt [|very ]anxious, [reassurance|emotional support] given.', '{Epo:sign} [negative|positive|equivocal].',
  'EVD open at {n:10-20} cm H2O, draining {n:5-15} cc/hr blood tinged CSF.', 'Pt remains [on|off] {drug:sedative} gtt, {score}.',
];
const CV = [
  'Allen test [normal|positive] before A-line. Hx of [von Willebrand disease|Stevens-Johnson syndrome] noted.', 'CHA2DS2-VASc {n:1-8}, on {drug:anticoag}.',
  'HR {n:60-120} {rhythm}[, no ectopy|, occ PVCs|]. BP {n:85-170}/{n:40-100}.', '{Vitals}.', 'SBP {n:80-180}s on {drug:pressor} gtt, titrated to MAP > {n:60-70}.',
  'K {d:3-4} repleted with {n:20-60} mEq KCl[| PO| IV].', '+{n:1-3} pulses bilat, extremities warm.', 'Afib with RVR to {n:130-170}s at {time}, {drug:bp} {n:5-20} mg IV given[|, {dr} aware].',
  'Trop {d:0-2}, CK {n:100-900}.', 'Edema {n:1-3}+ BLE, cap refill < 3 sec.', '{n:1-4}/6 SEM heard at LSB.', 'BP labile, {drug:pressor} weaned off at {time}.',
  'Hypotensive to {n:70-89}/{n:30-50} at {time}, {n:250-1000} cc NS bolus given[| with good effect].', 'A-line [dampened|positional], re-zeroed, correlates with cuff.',
  'MAP > 65 on {drug:pressor} {d:0-1} mcg/kg/min.', 'Remains in {rhythm}, rate {n:50-110}s.', 'Heparin gtt at {n:600-1800} units/hr, PTT {n:40-110}.',
  'Swan numbers: CVP {n:4-20}, PAP {n:25-70}/{n:10-35}, CI {d:1-4}.', 'Dopplerable pulses[, Doppler at bedside|].', '{Score}.',
];
const RESP = [
  'LS clear, diminished at bases. Sats {n:90-100}% on {n:1-6}L NC.', 'Remains on CPAP {n:5-10}/{n:5-8}, RR {n:12-30}.', 'Vent settings: AC {n:400-550}x{n:12-24}, PEEP {n:5-15}, FiO2 {n:30-100}%.',
  'ABG 7.{n:25-48}/{n:28-70}/{n:60-200}.', 'Suctioned for [small|moderate|large] amt of [thick|thin] [white|tan|yellow|blood tinged] secretions.',
  'Extubated at {time} to {n:2-6}L NC, tolerating well.', 'CXR this am: {finding}.', 'Coarse BS throughout, [strong|weak] cough.', 'On {n:5-12}/5 CPAP overnight, sats {n:92-99}%.',
  'SBT done at {time}, RSBI {n:20-120}.', 'Trach care done, inner cannula changed.', 'Chest tube to -20 cm sxn, no air leak.', '{Score}.',
  'IS to {n:500-1500} cc.', 'Nebs q4h with {drug:neb}.', 'Remains on BiPAP {n:10-18}/{n:5-10}.', 'Desat to {n:80-88}% with turning, recovered quickly.',
];
const GI = [
  'Abd soft, NT/ND, +BS. TF [Nepro|Jevity 1.2|Osmolite|Pulmocare|Promote|Replete] at goal {n:20-80} cc/hr.', 'BM x{n:1-3}, [loose|formed|soft|liquid] brown stool, guaiac [neg|pos].',
  'NPO for [procedure|OR|ERCP|EGD] in am. {drug} held.', 'OGT to LIWS draining {n:50-400} cc bilious.', 'LFTs trending down.', 'Tolerating [clears|full liquids|regular diet|soft solids].',
  'No BM since admission, [senna|Colace|MiraLAX|lactulose|bisacodyl|Dulcolax] given.', 'Rectal tube draining {n:100-900} cc [brown|green] liquid.', 'Abd [firm|distended], [hypoactive|absent] BS, {dr} aware.',
  'Swallow eval [passed|failed], [diet advanced|remains NPO].', 'Glucose {n:70-300}, covered per SSI.', 'PEG site clean and dry.',
];
const GU = [
  'Foley draining clear yellow urine, u/o {n:20-150} cc/hr.', 'Foley catheter in place, draining {icu:gu}.', '{Drug:diuretic} {n:20-80} mg IV with good diuresis, [-|+]{n:200-2000} cc for the day.', 'Cr {d:0-5}, up from {d:0-4}.',
  'Voiding via [Foley|Coude catheter|condom cath|suprapubic cath].', 'U/o marginal, {n:15-30} cc/hr, {dr} aware.', 'CVVH running at {n:1500-3000} cc/hr, goal [even|neg 1L].', 'Foley d/c at {time}, due to void by {time}.',
  'Dialysis in am per renal.', 'Urine cloudy, UA/UCx sent.', 'Bladder scan {n:100-800} cc, straight cathed.',
];
const ID = [
  'Tmax {d:98-103}. WBC {d:4-25}. On {drug:abx} and {drug:abx}.', 'Cultures pending.', 'Contact precautions for [MRSA|VRE|C. diff|ESBL|COVID|CRE].', 'Afebrile. {drug:abx} day {n:2-10} of {n:7-14}.',
  'BCx from {date:partial} with GPC in clusters.', 'Febrile to {d:100-104}, pan cultured, {drug:abx} started.', 'Remains on droplet precautions.',
];
const SKIN = [
  'Intact.', 'Stage {n:1-4} on coccyx, [Mepilex|Tegaderm|Allevyn|DuoDERM|barrier cream] applied.', 'Turned and repositioned q2h.', 'Skin warm, dry, intact.', 'Ecchymosis at old IV sites.',
  'Incision C/D/I, [Steri-Strips|JP drain|Hemovac|Blake drain|Penrose drain|staples] in place.', 'Wound vac to sacrum, good seal.', 'Heels offloaded. Braden {n:8-20}.', 'Rash on trunk, ? drug reaction.',
];
const LINES = [
  'R IJ TLC, L radial A-line, PIV x2.', 'PICC placed by IR {date:partial}.', 'L SC CVL, PIV x{n:1-3}.', 'A-line d/c at {time}.', 'Quinton cath R IJ.',
  '[Quinton|Swan-Ganz|Cordis|Hickman|Shiley] R femoral.', 'PIV x2, {n:18-22}g.', 'New PICC {hday:partial}, tip in SVC per CXR.',
];
const ENDO_HEME = [
  'FS {n:80-300}, covered with SSI per protocol.', 'Insulin gtt at {n:1-10} units/hr per protocol.', 'Hct {n:20-40}, {n:1-2} u PRBC given.', 'Plt {n:20-90}, no s/s bleeding.',
  'INR {d:1-5}, vit K given.', '{Score}.', 'On {drug:anticoag} for DVT ppx.', 'Transfused 1 u PRBC for Hct {n:20-25}, post Hct pending.',
];
const SOCIAL = [
  '{Rel} {relname} will visit {holiday}.', 'Pt hoping to be home {holiday}.', '{Rel} visiting from {city} {holiday}.', 'Family asked about Paxlovid given {rel} is COVID+.',
  '{Rel} {relname} called x{n:1-3} overnight, updated by RN.', '{Rel} and {relword} in to visit this evening. Questions answered.',
  'Family meeting planned for {wkdate} with {dr}.', '{Rel} {relname} is HCP[|, phone {phone}|, # {phone}].', 'Pt lives in {town} with {his} {rel}.',
  '{Rel} ({relname}) requests call if any changes: {cell}.', '{Rel} {relname} visited, very supportive.', 'No family contact this shift.',
  '{Relword} {wordgiven} visited [this am|tonight|with grandkids].', 'Case mgmt ({person:given}) aware of plan for d/c to {rehab}.',
  'Plan for d/c to {rehab} vs {facword} when bed available.', 'Full code. {Rel} {relname} updated on plan of care by {dr}.',
  'Pt [is from|resides in|lives alone in] {town}[, {state}|].', 'Pt originally from {country}, [speaks|understands] [Spanish|Haitian Creole|Portuguese|Russian|Cantonese|Vietnamese] only[|, interpreter used].',
  '{Rel} {relname} called from {city}, will fly in {wkdate}.', '{Rel} {relname} [is at|at] bedside, [very anxious|tearful|asking appropriate questions].',
  'Chaplain {person:given} in to see pt and family.', 'SW {person:given} following. Pt {age:turned} [last month|this week|in {monthcue}].',
  'Pt celebrated {age:birthday} [today|yesterday|last week] with family.', '{Rel} {relname} ({phone}) would like a call in the AM.',
  'DNR/DNI per discussion with {rel} {relname} and {dr} on {date:partial}.', 'Pt\'s {rel} {relname} and {relword} {wordgiven} here all day.',
  '[Son|Husband|Brother] {wordgiven:M} called for update.', '[Daughter|Wife|Sister] {wordgiven:F} called for update.', 'Ms. {wordfam} from case management called re: {rehab}.',
  'Pleasant {man} {age:decade}, lives with {his} {rel} in {town}.', 'Widowed, {age:aged}, moved to {rehab} last {monthcue}.', 'Pt missed the {monthcue} dose of {drug} per {rel}.',
  '{Rel} {relname}\'s car (plate {id:plate}) in visitor lot overnight.', 'Mail to {loc:pobox}, {town}, {state}.', 'Pt lives in {loc:county}, {state}; VNA arranged.', '{Rel} gave {his} {id:ins}.',
  'Pt has a dog at home, {rel} caring for it. Lives at {loc:street}.', 'Pt states {he} lives at {loc:street} w/ {his} {rel}.',
  'Pt\'s {rel} lives in {country} and was called with update.', 'Family from {state}, staying at hotel nearby.',
  'Pt {anyage:turned} [last week|in {monthcue}|yesterday|this month].', 'Family celebrated {anyage:birthday} [today|at bedside|last week].', '{Rel} is {anyage:yo} and [frail|still drives|lives alone].',
  'Pt\'s {rel} {relname} {anyage:paren} visited {when}.', '{Rel} {relname:given}, {relanyage:sexGlued}, [also hospitalized|at home with VNA].', 'Pt lives w/ {his} {anyage:yoGlued} {rel}.', '{Rel} {relanyage:decade}, unable to visit.',
  'Pt\'s mother {relage:livedTo}.', '{Rel} said pt was looking forward to {anyage:birthday}.', 'Pt\'s {rel} is {relanyage:decade} and [frail|sharp].', 'Pt is {age:words}, [sharp|HOH|very pleasant].', 'Pt {age:turned} {holiday}.', 'Pt {age:at} [moved to|entered] {rehab}.',
  '{Ptgiven} has been doing well today.', '{Ptgiven} [slept|rested] well overnight.', 'Spoke w/ {ptgiven} about plan, [agrees|verbalized understanding].', 'Told {ptgiven} {his} {rel} will visit {when}.',
  '{Ptgiven} and {his} {rel} {relname:given} watched TV together.', '{Rel} {relname:given} at bedside {when}, [very supportive|updated by RN|asking about d/c].', '[Husband|Wife|Son|Daughter|Sister|Brother|Niece|Friend] {relname:given} called {cnt:x}.',
];
const MD_EVENTS = [
  'Dr. {drname:last} ({pager}) aware.', '{Dr} aware, {pager}.',
  'MD AWARE.', '{Dr} aware.', 'HO aware.', 'Night float: {initials}.', 'd/w {initials}.', '{Dr} paged x{n:2-3} re: {finding}, [no call back|call returned at {time}].',
  'Covering MD {dr} notified at {time}.', 'Dr. {drname:last} in to see pt at {time}[, new orders received|].', 'Plan d/w {dr} [and|&] team.', 'Resident {drname:given} aware of {finding}.',
  '{Dr} at bedside for [line placement|intubation|family meeting].', 'Called {dr} re: {finding}; {drug} ordered.', 'NP {drname:given} aware[| and in agreement].',
  'Fellow ({initials}) aware of K {d:3-6}.', 'Attending {dr} updated.', 'Per {dr}, hold {drug} tonight.', 'Dr. {drname:last} [(renal)|(cards)|(GI)|(ID)|(neuro)] [rec|recs] [d/c|start|increase] {drug}.',
  'Discussed with {initials}/{initials}.', '{Drname:initials} and {drname:initials} aware.',
  'Night float {initials} was called re: {finding}.', 'NF {initials} aware.', 'HO {initials} at bedside.', 'Report given to {initials}, RN.', 'Per {initials}, hold {drug}.',
  'Spoke w/ {initials} from [renal|cards|ID|GI|neuro].', 'D/w {initials} in the AM.', '{Initials} aware of {icu:vs}.', 'Plan d/w {initials} [and|&] {initials}.', 'Paged {initials} x{n:2-3} re: {icu:cv}.',
];
const EVENTS = [
  'Tele monitor box swapped, IP {ip} per biomed.', 'Pt\'s EMR: {idnum} (old record merged).', '{Rel} provided {id:ssn} for registration.',
  'Events: {dt} pt desatted to {n:80-88}%, bagged, sats improved.', '{Dt} HR to {n:140-170}s, {drug} given.', 'On {date:partial} pt had {dx}, see prior notes.',
  'CT head done {dt}, [neg|no change|{finding}].', 'Transferred to unit at {time} from {facword}.', 'Pt to [CT|MRI|IR|OR|cath lab] at {time}, returned at {time} without incident.',
  'PICC placed {wkdate}.', 'Pt was admitted to {hosp} in {past:monthyear} for {dx}.', 'Last admission {past:full} at {here}.',
  'Prior records from {hosp} requested, {fax}.', 'EMS brought pt from {city}[| nursing home].', 'Pt s/p {proc} on {hday:partial}.',
  'Pt\'s PCP Dr. {drname:last} at {clinic} notified, [office|clinic] {phone}.', '{Contr}', 'Plan per {dept}: {drug} and repeat labs.', '{Abbr}', '{Abbr}',
  'Seen by {dept}, recs appreciated.', 'Pt refusing {drug} [again|this am], {dr} aware.', 'Pt\'s MRN {idval} verified with band before transfusion.',
  'Pacemaker interrogated, {id:dev}.', 'Pt dx with {epo:dx} {age:at} per {rel}.', 'EMR {id:emr} merged with old record per HIM.', 'Labs drawn from old {id:acct}.',
  'Blood bank called re: antibodies, sample sent ({id:spec}).', 'Pt\'s glasses and dentures sent home with {rel}.', 'Valuables ($40, watch) to security, receipt #{idval}.',
];
const PLAN = [
  'Cont to monitor.', 'Wean vent as tol.', 'Possible extubation in am.', 'Family meeting {wkdate}.', 'F/u cultures.', 'Transfer to floor when bed available.',
  'D/c to {rehab} {future:partial}.', 'Cont {drug}, monitor lytes.', 'Keep pt comfortable, support family.', 'Pain control, pulm toilet.', 'F/u {dept} recs.',
  'CT [head|abd] in am.', 'Goal neg 1L.', 'Advance diet as tol.', 'Titrate {drug:pressor} to MAP > 65.', '{Contr}', 'Possible transfer back to {hosp} {wkdate}.',
  'Awaiting bed at {rehab}.', 'Repeat lytes at {time}.', 'Will need [PT|OT|PT/OT|SLP] eval.',
  // shorthand of nursing notes that is no date or name: dec/inc (decreased, increased), parts of the day, "see"
  '[Lasix|Heparin|Insulin|Propofol|Levophed] gtt [dec|inc|dec\'d|inc\'d] to {n:1-20} [units/hr|mcg/min|mg/hr].', 'BS [dec|diminished|dec.] at bases.', '[Sputum|UO|Secretions] [dec|inc] over [course of day|the shift|rest of day].',
  '[Wife|Family|Son|Daughter] in [most of day|for most of the day|all day|rest of day].', '[Plan|Goal] to keep even for [rest of day|remainder of shift].', '[See|Please see|Also see] [MD notes|flowsheet|careview|MAR|H&P|orders] for [details|specifics|vitals].',
  '[Eschar|Slough|Granulation tissue] noted in [center|centre|base] of wound.', 'ETT rotated to [center|left|right] of mouth.', '[Dec|Inc] FIO2 to {n:30-60}%, ABG to follow.',
  'Developed [fever|PNA|delirium] on [2nd|3rd|4th] day of admission.', 'No [BM|food|stool] x [several days|many days|{n:2-5} days].',
];

/** Dense numeric lines per system (vitals, labs, vent, drips, I&O, scores): never PHI. */
const NEURO_NUM = [
  '{Iculine:neuro}.', 'Sedated on propofol @ {n:10-50} mcg/kg/min, {icu:neuro}. {Icu:neuro}.', '{Icu:neuro}, {icu:neuro}, MAE, follows commands.',
  'Neuro checks {cnt:q} unchanged, {icu:neuro}.', 'Pain {range:0-10}/10 {when}, {icu:neuro} with relief.', '{Terse} {Icu:neuro}.',
  'Fentanyl bolus {n:25-100} mcg x{n:1-3} {when} for vent dyssynchrony.', 'Opens eyes to voice, {icu:neuro}, {icu:neuro}.',
  'Sedation held {when}, {icu:neuro}; restarted @ {n:10-40} mcg/kg/min.', '[Morphine|Dilaudid|Ativan] [2-4|1-2|0.5-1|2-6] mg IV q[4-6|2-4|3-4|2-3]h PRN [pain|anxiety], last dose {when}.', '{Icu:neuro}. {Iculine:neuro}.',
];
const CV_NUM = [
  '{Iculine:cv}.', '{Iculine:cv}. {Iculine:drips}.', 'SBP {range:80-180}, {icu:cv}, {icu:drips}.', 'HR {range:80-150} {rhythm}, SBP {range:90-160}, {icu:cv}.',
  'BP {range:90-160}/{range:40-90}, HR {range:60-140}.', 'Neo titrated to keep MAP >{n:60-65}, currently @ {d:0-3} mcg/kg/min.',
  '{Drug:bp} {n:5-20} mg IV {when} for HR {n:120-160}s, now {range:90-120}.', 'K {d:3-4} {when}, repleted w/ {n:20-60} mEq KCl, recheck {when}.',
  '{Icu:cv}. {Terse}', 'Hypotensive to {n:70-89}/{n:30-50} {when}, {icu:drips}.', '{Iculine:cv}; {icu:drips}.',
];
const RESP_NUM = [
  '{Iculine:resp}.', 'Vent: {iculine:resp}.', 'Remains on {icu:resp}, {icu:resp}. {Icu:resp}.', 'ABG {when}: 7.{n:25-48}/{n:28-70}/{n:60-200}/{n:15-32}, {icu:resp}.',
  'Weaned to {icu:resp}, sats {range:90-100}%, RR {range:14-30}.', 'LS coarse, sxn {cnt:x} for mod amt tan secretions. {Icu:resp}.',
  'SBT {when} on PS {n:5-10}/{n:5-8}, RSBI {n:20-120}, {icu:resp}.', 'Extubated {when} to {n:2-6}L NC, sats {range:92-100}%.', '{Iculine:resp}. {Terse}',
];
const GI_NUM = ['{Iculine:gi}.', 'TF @ goal {n:20-80} cc/hr via OGT, residuals {n:0-150}. {Icu:gi}.', 'FSBS {range:100-300} {when}, {icu:gi}.', '{Icu:gi}, {icu:gi}. {Terse}', 'BM {cnt:x}, {icu:gi}.'];
const GU_NUM = ['{Iculine:gu}.', 'K {range:3.1-5.4-1} {when}, [repleted|recheck in AM|no repletion needed].', 'UO {range:20-300} cc/hr {when}, {icu:gu}.', 'I/O {iculine:io}.', '{Icu:gu}. {Icu:gu}.', 'Lasix {n:20-80} mg IV {when} w/ UO {range:100-500} cc/hr, {icu:gu}.', '{Iculine:io}.'];
const ID_NUM = ['{Iculine:id}.', 'Tmax {d:99-103} {when}, {icu:id}.', '{Icu:id}, {icu:id}. BCx {cnt:x} sent.', '{Cnt:frac} bld cx + GPC, {icu:id}.', '{Cnt:of} bottles GPC, {icu:id}.'];
const HEME_NUM = ['{Iculine:heme}.', 'HCT {d:20-30} {when}, transfused {n:1-3} u PRBC, post HCT {d:24-34}.', '{Icu:heme}, {icu:heme}.', '{Iculine:labs}.'];
const SKIN_NUM = ['{Iculine:skin}.', '{Terse} {Icu:skin}.', '{Icu:skin}, {icu:skin}.'];
const SOCIAL_NUM = ['{Terse}', 'Family in {when}, updated.', '{Rel} called {cnt:x} {when}.', 'Visiting hrs {when}.'];
const LINES_NUM = ['{Iculine:skin}.', '{Icu:skin}, {icu:skin}.'];

/** Numbers next to PHI cues: a date after `on`/`since`/`dated`, a phone after `call`/`#`, an age with `yo`. */
const NUM_PHI = [
  'BCx x2 from {date:partial} NGTD.', 'Last BM {date:partial}.', 'Intubated {date:partial} {when}.', 'On {drug:abx} since {date:partial}, day {n:2-6} of {n:7-14}.',
  'Foley changed {date:partial}.', 'CXR dated {date:partial}: {finding}.', 'Transfused {n:1-3} u PRBC on {date:partial}.', 'PICC placed {date:partial}, {icu:skin}.',
  'TLC placed on {date:partial}, PIV {cnt:x}.', 'Trach changed {date:partial}, #{n:6-8} Shiley.', 'Hct {d:20-30} on {date:partial}, {d:24-34} today.',
  'Cx from {date:partial}: {n:1-2}/2 bottles GPC.', 'Last HD {wkdate}, next {wkdate:future}.', 'Vanc started {date:partial} {when}.', 'NPO since {date:partial}.',
  'Admitted {admit:partial} w/ {dx}, {icu:vs}.', 'Extubated {date:partial}, reintubated {date:partial}.', 'Off sedation since {date:partial}.', 'ETT since {date:partial}, {icu:resp}.',
  '{Rel} asks to be called at {phone} {when}.', '{Rel} {relname} # {phone}, call w/ changes.', 'Please call HCP {relname} @ {phone} if any change.',
  'Type and screen sent, {id:spec}, armband MRN {idval} checked before {n:1-2} u PRBC.', 'New labels printed, MRN {idval}, acct {idnum}.', 'Pager {pager} for renal.', '{Rel} {relname} (cell {phone}) updated {when}.', 'Call {rel} {relname} at {phone}, not home #.', 'Renal fellow paged {pager} {when}.',
  '{Agesex}, {icu:vs}, {icu:vs}.', 'Pt is {age:yo}, {icu:cv}.', '{Age:sexGlued} w/ {dx}, {icu:resp}.', '{Age:yearOld} {man}, {icu:vs}.',
  // bare partial dates with no preposition, as nurses write them next to events and results
  'LBM {date:partial}.', 'Echo {date:partial} showing EF {n:20-60}%.', 'WT {date:partial} {d:50-120}kg.', 'BCx {date:partial} NGTD.',
  'Vanc stopped, final dose {date:partial}.', 'Febrile to {d:101-104} {date:partial}, pan cultured.', 'S/P MI x2 ({date:partial}, {date:partial}).',
  'HX: {date:partial} [found down|new confusion|fall at home], {icu:vs}.', 'CXR {date:partial}: {finding}.', 'Intubated at OSH {date:partial}.',
  '{Rel} will visit {date:partial}.', 'Will talk to pt tomorrow. {date:partial}', 'K repleted {date:partial} and today.', 'Last BM {date:partial}, {icu:gi}.',
  'Transferred to 4 West {date:partial}.', 'Was on 7 North until {date:partial}.', 'PMH: {dx} {year:apos}, {dx}, s/p {proc} [{year:apos}|{year}].', '[PMH|PSH|Hx]: s/p {proc} {year:apos}; {dx}[ {year:apos}|].', 'H/O {dx} ({year:apos}).',
  // a chronology of events with bare month/day dates, before or after the event
  '{date:partial} [extubated|reintubated|to OR for {proc}|CT head neg|started on {drug}|abx changed to {drug}|transfused {n:1-3} u PRBC|family meeting held|made DNR|to IR for {proc}].',
  '[Extubated|Intubated|Febrile|Pan cultured|Transfused|Admitted to CCU|Seen by {dept}|Line changed|Foley changed] {date:partial}[, {icu:vs}|].',
  '[BCx|UCx|Sputum cx|CXR|Echo|LENIs|Stool for C diff] {date:partial} [neg|pending|NGTD|unchanged|showed {finding}].', '{Drug} [started|d/c\'d|held|resumed] {date:partial}[ per {dept}|].',
  '{date:partial} {icu:vs}. {date:partial} {icu:resp}.', '[HPI|Hx|Events]: {date:partial} [new SOB|chest pain|fall at home|found down], {date:partial} [to ED|intubated|transferred here].',
  // "@" for "at" before a place, as nurses type it (a time after "@" stays a time)
  'Care received @ {hosp} [prior to adm|for yrs|].', 'Pt had a bed @ {rehab}[, awaiting ins approval|].', 'Seen @ {hosp:abbr} {date:partial}, tx here.', 'Lives @ {town} w/ {rel}.', 'Meds given @ {time}.', 'Gtt @ {n:2-20} cc/hr.',
];

type Sys = readonly [heading: readonly string[], bank: readonly string[], p: number, num: readonly string[]];
const SYSTEMS: readonly Sys[] = [
  [['NEURO', 'Neuro', 'NEURO', 'N', 'CNS', 'neuro'], NEURO, 0.95, NEURO_NUM],
  [['CV', 'CARDIAC', 'Cardiac', 'CV', 'C/V', 'cv', 'CVS'], CV, 0.95, CV_NUM],
  [['RESP', 'Resp', 'PULM', 'Pulm', 'RESP', 'Respiratory', 'resp'], RESP, 0.95, RESP_NUM],
  [['GI', 'GI', 'gi', 'GI/NUTRITION', 'ABD'], GI, 0.85, GI_NUM],
  [['GU', 'GU', 'RENAL', 'Renal', 'gu', 'GU/RENAL'], GU, 0.8, GU_NUM],
  [['ID', 'ID', 'Id', 'INFECTION'], ID, 0.6, ID_NUM],
  [['ENDO', 'Endo', 'HEME', 'Heme', 'ENDO/HEME'], ENDO_HEME, 0.5, HEME_NUM],
  [['SKIN', 'Skin', 'INTEG', 'Integ', 'SKIN/WOUND'], SKIN, 0.6, SKIN_NUM],
  [['LINES', 'Access', 'LINES/ACCESS', 'IV ACCESS'], LINES, 0.35, LINES_NUM],
  [['SOCIAL', 'Social', 'SOC', 'FAMILY', 'Family', 'Psychosocial', 'PSYCHOSOCIAL', 'dispo', 'DISPO'], SOCIAL, 0.85, SOCIAL_NUM],
];

/** Flowsheet-style lines that some notes open or close with. */
const FLOWSHEET: readonly (readonly [label: readonly string[], sys: string])[] = [
  [['VS', 'VS:', 'Vitals:', 'V/S'], '{iculine:vs}'], [['LABS', 'Labs:', 'AM labs:', 'LABS:'], '{iculine:labs}'], [['I/O', 'I&O:', 'I/O:', 'I+O'], '{iculine:io}'],
  [['DRIPS', 'Drips:', 'GTTS:', 'Infusions:'], '{iculine:drips}'], [['VENT', 'Vent:', 'Vent settings:', 'RESP:'], '{iculine:vent}'], [['ABG', 'ABG:', 'Gas:'], '{icu:abg}[, {icu:abg}|]'],
];

/**
 * Writes one ICU nursing note.
 *
 * @param c - the note
 */
export function nursingNote(c: Ctx): void {
  const { rng, b } = c;
  const sep = pick(rng, [': ', ':', ' - ', '- ', ': ', '; ', '/ ', ':  ']);
  const paragraph = chance(rng, 0.15);
  const onOwnLine = !paragraph && chance(rng, 0.2);
  const bullet = chance(rng, 0.15) ? pick(rng, ['- ', '* ', '\u2022 ', '-', '> ', 'o ']) : '';
  const eol = (): void => (paragraph ? b.text(pick(rng, [' ', '  ', ' '])) : b.nl());
  if (chance(rng, 0.75)) {
    fillOne(c, HEADERS);
    b.nl();
    if (chance(rng, 0.3)) b.nl();
  }
  if (chance(rng, 0.6)) {
    fillOne(c, INTROS);
    eol();
  }
  if (chance(rng, 0.25)) {
    fillOne(c, EVENTS);
    eol();
  }
  const flow = chance(rng, 0.35);
  const flowsheet = (): void => {
    for (const [labels, t] of shuffled(rng, FLOWSHEET).slice(0, int(rng, 2, FLOWSHEET.length))) {
      b.text(pick(rng, labels) + ' ');
      fill(c, t);
      b.nl();
    }
  };
  if (flow && chance(rng, 0.5)) flowsheet();
  const systems = chance(rng, 0.85) ? SYSTEMS : shuffled(rng, SYSTEMS);
  for (const [heads, bank, p, num] of systems) {
    if (!chance(rng, p)) continue;
    b.text(bullet + pick(rng, heads));
    if (onOwnLine) b.nl();
    else b.text(sep);
    const n = weighted(rng, [[15, 1], [30, 2], [30, 3], [18, 4], [7, 5]] as const);
    const own = shuffled(rng, bank);
    const md = shuffled(rng, MD_EVENTS);
    const ev = shuffled(rng, EVENTS);
    const numbers = shuffled(rng, num);
    const cued = shuffled(rng, NUM_PHI);
    for (let i = 0; i < n; i++) {
      if (i > 0) b.text(pick(rng, [' ', ' ', '  ']));
      const r = rng();
      if (r < 0.09) fill(c, md[i]!);
      else if (r < 0.15 && bank !== SOCIAL) fill(c, ev[i]!);
      else if (r < 0.22) fill(c, cued[i]!);
      else if (r < 0.25) fill(c, '{Negs}');
      else if (r < 0.68) fill(c, numbers[i % numbers.length]!);
      else fill(c, own[i % own.length]!);
    }
    eol();
  }
  if (flow) flowsheet();
  if (chance(rng, 0.7)) {
    b.text(pick(rng, ['PLAN', 'Plan', 'P', 'A/P', 'ASSESSMENT/PLAN', 'A', 'PLAN']) + sep);
    const n = int(rng, 1, 4);
    const plans = shuffled(rng, PLAN);
    for (let i = 0; i < n; i++) {
      if (i > 0) b.text(' ');
      fill(c, chance(rng, 0.15) ? pick(rng, MD_EVENTS) : plans[i]!);
    }
    b.nl();
  }
  if (chance(rng, 0.6)) {
    if (chance(rng, 0.3)) b.nl();
    fill(c, pick(rng, ['{sig:RN}', '{sig:RN}', 'RN: {rn}', '-{rn}', 'Signed: {rn}, RN', '{rn}, RN', '{rn} RN', 'Nursing: {rn}', 'Entered by: {user}[ {time}|]', 'Signed by {user}, RN', 'Completed by: {user}']));
    b.nl();
  }
}

/** Every template of this family (for tests). */
export const NURSING_TEMPLATES: readonly string[] = [
  ...HEADERS, ...INTROS, ...NEURO, ...CV, ...RESP, ...GI, ...GU, ...ID, ...SKIN, ...LINES, ...ENDO_HEME, ...SOCIAL, ...MD_EVENTS, ...EVENTS, ...PLAN,
  ...NEURO_NUM, ...CV_NUM, ...RESP_NUM, ...GI_NUM, ...GU_NUM, ...ID_NUM, ...HEME_NUM, ...SKIN_NUM, ...SOCIAL_NUM, ...LINES_NUM, ...NUM_PHI, ...FLOWSHEET.map(([, t]) => t),
];
