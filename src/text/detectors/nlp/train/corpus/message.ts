/**
 * Short clinician queries, messages and snippets: about half carry no PHI at all (questions
 * about drugs, doses, eponyms, scores and trials), the rest name patients, clinicians, dates,
 * phones, rooms and record numbers the way pages, secure chats and e-mails do.
 *
 * @internal
 */
import type { Ctx } from './ctx.js';
import { chance, pick } from './rng.js';
import { fill, fillOne } from './template.js';

const NO_PHI = [
  'What dose of {drug} for a {youngage:yo} with CrCl {n:10-60}?', 'Is {epo:sign} reliable in [elderly|sedated|diabetic] patients?', 'Max dose of {drug} in ESRD?',
  'Does {drug} interact with {drug}?', 'How do I calculate the {epo:scale}?', 'When can we restart {drug} after {proc}?', 'Per {trial}, should a pt with {score} get {drug}?',
  'Any contraindication to {drug} in {epo:dx}?', 'Can we give {drug} via {epo:device}?', 'What is the {epo:scale} cutoff for admission?', 'Is a {n:1-4}/6 murmur concerning in a {youngage:sexGlued}?',
  'Should I hold {drug} before {proc}?', 'Renal dosing for {drug} if on CRRT?', 'Does the ICU take patients on {drug} gtt?', 'Will {dept} see consults on weekends?',
  'Is {drug} safe in pregnancy?', 'Difference between {drug} and {drug} for {dx}?', 'How long to treat {dx} with {drug}?', '{Contr} Thoughts?',
  'Which patients qualify for {drug} under the {trial} criteria?', 'Is {score} high enough to anticoagulate?', 'What labs to monitor on {drug}?',
  'Best imaging for suspected {dx}: CT or MRI?', 'Can {drug} cause {epo:dx}?', 'pt on {drug} {n:5-40} mg, {frac}, ok to start {drug}?', 'Is {epo:sign} positive significant after {proc}?',
  'Does {epo:dx} increase risk of {dx}?', 'Anyone know the protocol for {drug} desensitization?', 'Typical {epo:device} size for adults?', 'Does the {epo:device} need to come out before MRI?', 'What BP goal after {dx}? BP {n:110-160}/{n:60-90} ok?',
  'For a {youngage:yearOld} with {score}, is {drug} reasonable?', 'Can {drug} be crushed for the [Dobhoff|PEG|NGT|G-tube|J-tube]?', 'How to convert {drug} IV to PO?', 'Thoughts on {trial} for HFpEF?',
  'Is {drug} covered by Medicare Part D?', 'When is {epo:proc} indicated?', 'Does {drug} need a level after {n:2-5} doses?', '[Is MS|Is LA enlargement|Is severe AS|Is a PA pressure of 60|Is recent ED use] a contraindication to {proc}?',
  'Who covers {dept} tonight?', '{Abbr} Thoughts?', 'Can a {youngage:sexGlued} on {drug} get {drug}?', 'Patient {youngage:aged}: start {drug}?',
  'Does {epo:dx} in a {youngage:yo} change the {epo:scale}?', '{Contr}', 'Is {epo:proc} still done for {dx}?', 'Is {drug} dosed by weight in {state}?', 'Is the {facword} accepting transfers today?', 'How often to check {epo:scale} in the ICU?', 'Are {state} licenses valid for telehealth in {state}?',
];
const PHI = [
  'EMR: {idnum} - please merge with {id:mrn}.', 'Registration needs {id:ssn} for {ptname:last}.', 'Pt says insurance # is {idval}.', '{Ptname} can go home after {holiday}?',
  'Is {pager} the right number for {drname:last}?', 'VPN from {ip} blocked, cannot open {ptname:last}\'s chart.',
  'Can Dr. {drname:last} see {title} {ptlast} on {future:partial}?', 'Pt {ptfull} in bed {n:1-30} needs {drug} renewed.', 'Please call {relname} ({rel}) at {phone} re: {his} MRI.',
  'FYI: MRN {idnum} labs back, K {d:3-6}.', 'Reminder: tumor board {wkdate} at {time} in {loc:building}.', 'Page from [4 West|ED|MICU|7 North]: {ptname:last} rm {n:1-40} HR {n:120-170}s, call {ext}.',
  'Can someone see {title} {ptlast} {age:paren} in room {n:100-999}? {Complaint} since {time}.', '{Ptname} ({id:mrn}) was discharged to {rehab} on {date:partial}.',
  'Is {dr} on call for {dept} tonight? Pager {pager}?', 'Spoke with {rel} {relname}; {he} will bring meds from {hosp} tomorrow.', 'Please fax records to {clinic} at {fax} attn: {drname:full}.',
  'Pt {ptlast} transferred from {hosp}, {age:sexGlued}, {dx}. Accepting: {drname:initials}.', 'What dose of {drug} for a {age:yo} with CrCl {n:10-40}?', 'Can we get {ptname:given} to {rehab} by {wkdate}?',
  'Pls call back {drname:given} at {phone} {ext}', '{Drname:given} - {ptname:last} in {n:1-20} is asking for you. {Relword} {wordgiven} at bedside.', '{Title} {wordfam} was seen by {dept} today.',
  'Hi {drname:given}, {ptname:full} ({dob}) needs a prior auth for {drug}. {id:ins}.', 'Covid swab for {ptname:lastFirst} sent {dt}.', 'Patient {ptname:full}, DOB {dob}, SSN on file {id:bare}.',
  '{Ptname} {age:turned} [recently|this week|last month], family asking about {drug}.', 'Is {ptname:given} still at {loc:street}? Mail came back from {town}.', 'New address for {ptname:last}: {loc:address}.',
  'Email {drname:given} at {email} for the {epo:scale} spreadsheet.', 'Portal link: {url}', 'Printer at {ip} is down again - labels for {ptname:last} not printing.',
  'Can Dr. {wordgiven} {drname:last} cover clinic on {wkdate}?', 'd/w {initials}: hold {drug} until {future:partial}.', 'Night float: {initials}. Pt {ptname:last} stable.',
  'Visit with {drname:full} moved to {wkdate} at {time}, {clinic}.', 'Lab called critical K {d:6-8} on {ptname:last} ({id:mrn}) at {time}.', '{Ptname} fell at {rehab} on {date:partial}, CT head neg.',
  '{Title} {ptlast} is a {age} with {dx} - ok for {proc} {future:partial}?', 'Family ({rel} {relname}, {cell}) requests update after rounds.',
  'Pt {ptname:given} {age:sexWord} c/o {complaint} {holiday}.', 'Accession {idacc}: please addend the read for {ptname:last}.', 'Specimen {id:spec} for {ptname:last} mislabeled, recollect.',
  '{Ptname} has {age:birthday} on {future:partial}, ok for day pass?', 'Pt missed the {monthcue} dose of {drug}, restart?', 'Is {ptname:full} {age:decade} ok for {proc}?',
  'Does {ptname:last} live in {loc:county}? VNA of {town} covers it.', 'Send the letter to {loc:pobox}, {town}, {state}.',
  'Bill to {ptname:lastFirst}, {id:ins}, {id:medicare}.', 'Pt\'s car (plate {id:plate}) is in the ED lot; {rel} will move it.', 'SSN for {ptname:last}? Reg has {id:ssn}.',
  'Pt seen in [Paris|Lyon|Madrid|Rome|Berlin|Lisbon] on {date:foreign}, records attached.', 'Images pushed to PACS node {ip} for {ptname:last}.', 'Pacemaker {id:dev} interrogated {date:partial}.',
  '{Ptname}, {age:aged}, {dx}: is {drug} ok?', 'Night float {initials} was called for {ptname:last}, {icu:vs}.', 'd/w {initials} in the AM re: {drug}.', 'Per {initials}, ok to start {drug}.',
  'Send the {epo:scale} form to {email} or fax {fax}.', 'New portal for {ptname:last}: {url}; labs at {ip}.', 'Pt\'s {rel} emails from {email:rel}.', 'Pt moved to {loc:address}.', 'Mail returned from {loc:townStateZip}.',
  'f/u with {initials} within {n:1-2} weeks.', 'Pt {ptname:last} {anyage:paren} needs {drug} renewed.', '{Anyage:sexGlued} with {dx}: ok to give {drug}?', 'Pt {anyage:turned} last week, family asks about {drug}.',
  'For {anyage:birthday}, can pt go out on pass?', '{Ptname:given} is {anyage:words} and lives alone - VNA?', 'Pt {anyage:decade} with {dx}, {drug} dose?', 'Please follow up with {initials} on {future:partial}.', 'Palliative care ({initials}) following {ptname:last}.', 'PT consulted ({initials}), recs pending.',
  'Dear {drname:given}, {ptname:given} is asking about {drug}.', 'Dear Dr. {drname:last},\n{Ptname:given} was seen today for {dx}.', '{Ptgiven} has been doing well since {date:partial}.',
  '{Ptgiven} called again about {drug}, {his} {rel} {relname:given} is worried.', 'Entered by: {user}. Pt {ptname:last} needs {drug} refill.', 'Patient {ptname:initials} {age:sexGlued} on {drug}, CrCl {n:15-40}.', 'Pt dx with {epo:dx} {age:at}, now {dx}.', 'Please schedule {ptname:lastFirst} with {drname:initLast} in {n:2-6} wks.',
];
const EMAIL = [
  'From: {drname:full} <{email}>\nTo: {drname:full}\nSubject: {ptname:last} f/u\n\n',
  'From: {drname:full}\nSent: {wkdate} {time}\nTo: [{dept}|{drname:full}]\nSubject: [consult|question|re: pt {ptname:last}]\n\n',
  '[{time}] {drname:given}: ', '{drname:initials} {time}: ', 'Msg from {rn}, RN: ', '-- forwarded by {user} --\n',
];
const PREFIX = ['Quick question: ', 'Pharmacy Q: ', 'Hi all, ', 'Question from the night team - ', 'Hi, ', 'Q: ', 'Curbside: ', 'Sorry to bother - ', 'FYI ', 'Hey, ', 'Attending question: ', 'Need help: '];
const CONTEXT = [
  '{Negs}', '{Negs}', 'Pt transferred from {hosp:abbr} today.', 'Pt seen at {hosp:abbr} last week.',
  'Pt is a {youngage:yo} with {dx} and {score}.', 'Pt has {epo:dx} and {dx}, on {drug}.', 'Labs: {labs}.', 'Vitals {vitals}.', 'Home meds include {drug} and {drug}.',
  '{Age:yo} with {dx}, {score}.', 'Currently on {med}.', 'Already tried {drug} without effect.', 'Renal function: Cr {d:0-6}.', '{Contr}', '{Abbr}',
];
const SIGN = [' - {drname:given}', '\n{sig:MD}', ' Thanks, {drname:given}', '\n-{drname:initials}', ' thx', ' Thanks!', '', '', '', '\n{drname:full}, MD | {pager}', '\nSent by: {user}', '\n-- {user}', ' ({initials})'];

/**
 * Writes one short clinician message or query.
 *
 * @param c - the note
 */
export function messageNote(c: Ctx): void {
  const { rng, b } = c;
  const phi = chance(rng, 0.5);
  if (!phi) {
    if (chance(rng, 0.35)) b.text(pick(rng, PREFIX));
    if (chance(rng, 0.35)) {
      fillOne(c, CONTEXT);
      b.text(' ');
    }
    fillOne(c, NO_PHI);
    if (chance(rng, 0.4)) {
      b.text(' ');
      fillOne(c, chance(rng, 0.5) ? NO_PHI : CONTEXT);
    }
    if (chance(rng, 0.2)) b.text(pick(rng, [' Thanks!', ' thx', ' Thank you.', ' Any help appreciated.', ' TIA']));
    return;
  }
  if (chance(rng, 0.25)) fillOne(c, EMAIL);
  else if (chance(rng, 0.2)) b.text(pick(rng, PREFIX));
  fillOne(c, PHI);
  if (chance(rng, 0.3)) {
    b.text(' ');
    fillOne(c, CONTEXT);
  }
  if (chance(rng, 0.35)) {
    b.text(' ');
    fillOne(c, chance(rng, 0.5) ? PHI : NO_PHI);
  }
  fill(c, pick(rng, SIGN));
}

/** Every template of this family (for tests). */
export const MESSAGE_TEMPLATES: readonly string[] = [...NO_PHI, ...PHI, ...EMAIL, ...SIGN, ...CONTEXT];
