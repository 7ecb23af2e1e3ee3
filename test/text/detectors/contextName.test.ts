import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
import { contextNameDetector } from '../../../src/text/detectors/rules/patterns/contextName.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

describe('rules/context-name', () => {
  it.each([
    ['wife Mary at bedside', 'Mary'],
    ['son John called', 'John'],
    ['her daughter Jane visited', 'Jane'],
    ['HCP is Ann Lee', 'Ann Lee'],
    ['brother (Thomas) in to visit', 'Thomas'],
    ['spoke with Margaret about plan', 'Margaret'],
    ['d/w Patricia re: code status', 'Patricia'],
    ['Name: Doe, Jane', 'Doe, Jane'],
    ['Patient: Quentin Ashworth', 'Quentin Ashworth'],
    ['Attending: Lee', 'Lee'],
    ['Doe, Jane\nadmitted for CHF', 'Doe, Jane'],
    ['plan as above\n-- Jane Doe\n', 'Jane Doe'],
    ['WIFE MARY IN TO VISIT', 'MARY'],
    ['SPOKE WITH DAUGHTER LINDA', 'LINDA'],
    ['notes\nbeatrice holloway rn\n', 'beatrice holloway'],
    ['neb given\nHAROLD P. WHITAKER, RRT\n', 'HAROLD P. WHITAKER'],
    ['UPDATED THE CALLAHAN FAMILY', 'CALLAHAN'],
    ['comfortable at present. Deborah\n', 'Deborah'],
    ['social: son visited. Family: Robert called', 'Robert'],
    ['pt lives with husband, niece kathleen nearby', 'kathleen'],
    ['Daughters Eleanor, Margaret and Louise visited', 'Louise'],
    ["social: dtr-in-law Gwendolyn Ashby visited", 'Gwendolyn Ashby'],
    // a name right before a phone number or a phone cue
    ['Contacts: Quilla Marzetti cell# 555-222-1919', 'Quilla Marzetti'],
    // surname, given name and a credential, inside a line
    ['WOUND VAC WITH GOOD SEAL. QUELLBY, MARGARET RRT IN TO SEE PT', 'QUELLBY, MARGARET'],
    ['dressing changed by Ashworth, Linda NP today', 'Ashworth, Linda'],
    ['Contact numbers: Orlena Pessagno (555) 201-3344 days', 'Orlena Pessagno'],
    ['Orlena Pessagno home # 555-0100', 'Orlena Pessagno'],
    // an unknown capitalised word before a verb of wishing or saying
    ['Quilla wishes to speak with the team tomorrow', 'Quilla'],
    ['Orlena does not wish to be called overnight', 'Orlena'],
    // a first name the general rule refuses, after a relation
    ['Nephew, Ed, phoned twice.', 'Ed'],
    ['PT RESTING. BOYFRIEND JOY AT BEDSIDE', 'JOY'],
    // a first name opening a clause, then a visit or call verb
    ['overnight quiet. pat called at 3am.', 'pat'],
    ['rob phoned at noon', 'rob'],
    // typist initials on their own line before a date that opens with a month or weekday
    ['Electronically signed\nAD/tc  Sep. 19, 2015 10:20 PM\n', 'AD/tc'],
    ['AL/bd  Sun 11/03/13 2:49 AM', 'AL/bd'],
    // the reporter of a communicated finding, before how or when they reported it
    ['The findings were discussed with Dr. Senderling by DM on the telephone on 8/3.', 'DM'],
    ['Findings were communicated to Dr. Oba by JT at 3:10 PM.', 'JT'],
    // initials after "follow up with"
    ['Please follow up with JT on 10/17/2012 at 3:40 PM', 'JT'],
    ['f/u with KW in clinic', 'KW'],
  ])('finds the name in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([
    ['wife in to visit'],
    ['son at bedside'],
    ['daughter and son updated'],
    ['WIFE WENT HOME TO REST'],
    ['SON DROVE HIM HERE'],
    ['MOTHER UNDERSTANDABLY TEARFUL'],
    ['settings as per Metavision.'],
    ['insulin per SSI'],
    ['spoke with team about plan'],
    ['Neuro: alert, oriented'],
    ['PT: TOLERATING'],
    ['spoke with pt and family'],
    ['Tylenol given prn'],
    ['goal- family conference tomorrow'],
    ['Social- Continue family updates'],
    ['praying to God'],
    ['son works in Vermont, cell# 555-0100'],
    ['Pager 617-555-1234'],
    ['Lab called with K 5.1. Pharmacy called back.'],
    ['Lasix given. Patient states relief.'],
    ['WIFE WILL VISIT TOMORROW'],
    ['son, ED visit last week'],
    ['Date 2012-3456 ref'],
    ['SON MAY VISIT LATER'],
    ['Nephrology agrees with plan.'],
    ['Pateint states she is fine'],
    ['Paitent requests pain meds'],
    ['Pateint 555-0100 called back'],
    ['BP, HR MD AWARE OF LABS'],
    ['K, MG REPLETED. PT OT EVAL TODAY'],
    ['BUN/Cr 24/1.1 stable'],
    ['GU:Pt 3 voids overnight'],
    ['Palliative Care (PC) team following'],
    ['follow up with PCP in 2 weeks'],
    ['follow up with cardiology as planned'],
  ])('leaves %j alone', (text) => expectUntouched(contextNameDetector, text));

  it.each([
    ['wife Mary at bedside', 'wife'],
    ['spoke with Margaret about plan', 'about'],
    ['Quilla Marzetti cell# 555-222-1919', 'cell'],
    ['pt lives in Ohio. Orlena Pessagno 555-201-3344', 'Ohio'],
    ['Quilla wishes to go home', 'wishes'],
  ])('near miss %j: %s is kept', (text, word) => expectUntouched(contextNameDetector, text, word));
});

describe('rules/context-name: initials in a radiology notification', () => {
  it.each([
    ['The findings were communicated to LS (ED) at 1:53 AM by telephone.', 'LS'],
    ['Results relayed to JZ (night float) at 10 PM.', 'JZ'],
    ['pager 2-4417. call KT (senior) for rapid response', 'KT'],
    ['Handoff to JZ (Night Float) done', 'JZ'],
    ['Results called to BK (Cross-Cover) at 3 PM', 'BK'],
    ['FINDINGS WERE COMMUNICATED TO CP (COVERING NP) AT 2:10 PM.', 'CP'],
    ['Findings discussed with Dr. Lee at 3:53 PM on Nov. 17th by IF.', 'IF'],
    ['The findings were reported by AT on the telephone.', 'AT'],
    ['FINDINGS WERE DISCUSSED WITH DR. QUELL BY DR. OBI ON THE TELEPHONE ON 5/1 AT 11:35 AM BY SM.', 'SM'],
    ['RESULTS COMMUNICATED AT 12:39 AM ON 05/2018 BY FA.', 'FA'],
  ])('finds the initials in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([
    ['CT (ED) SHOWED NO BLEED', 'CT'],
    ['PT (COVERING NP) AWARE', 'PT'],
    ['Effusion was confirmed by US.', 'US'],
    ['Wife was notified via phone by DR. Quell.', 'DR'],
    ['Findings were read by ME on the telephone.', 'ME'],
    ['PT WAS SEEN AND EVALUATED, REPORTED BY PT.', 'PT'],
    ['FAMILY CALLED, NOTIFIED BY SON.', 'SON'],
    ['CXR REVIEWED, READ BY IT.', 'IT'],
  ])('leaves %j alone at %j', (text, word) => expectUntouched(contextNameDetector, text, word));
});

describe('rules/context-name: a lower-case given name set off by commas after a relation', () => {
  it.each([
    ["Spoke with pt's daughter, lucy, by phone.", 'lucy'],
    ['wife, rose, at bedside all day', 'rose'],
  ])('finds it in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([
    ['Her son, will, visits daily.', 'will'],
  ])('leaves %j alone at %j: a function word', (text, word) => expectUntouched(contextNameDetector, text, word));
});

describe('rules/context-name: a relation in brackets after a name', () => {
  it.each([
    ['Spoke with Bill (son) at length', 'Bill'],
    ["Summer (pt's granddaughter) is a nurse", 'Summer'],
    ['Rita (daughter/HCP) called back', 'Rita'],
    ['Spoke with Bill Quenby (son).', 'Bill Quenby'],
    ['SPOKE WITH BILL (SON)', 'BILL'],
  ])('finds it in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([
    ['Called wife (HCP)'],
    ['Update given to family (son and daughter)'],
    ['pain (daughter reports)'],
    ['Lasix (wife gives it)'],
  ])('leaves %j alone', (text) => expectUntouched(contextNameDetector, text));
});

describe('rules/context-name: a name set off by commas after "patient", and after "ask"/"tell"', () => {
  it.each([
    ['the patient, Ezequiel, has been', 'Ezequiel'],
    ['can u ask tom if the pt can eat', 'tom'],
    ['told Rosalind the plan', 'Rosalind'],
  ])('finds it in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([
    ['The patient, who was seen, is stable'],
    ['Please ask pharmacy to verify'],
    ['asked him to call back'],
    ['pt asked for ativan'],
  ])('leaves %j alone', (text) => expectUntouched(contextNameDetector, text));
});

describe('rules/context-name: a speaker naming themselves, a name before "the <role>"', () => {
  it.each([
    ['hi, this is kim from 5 north, can someone call me back', 'kim'],
    ['This is Quenbyra calling from the lab', 'Quenbyra'],
    ['jeff the RT said the vent settings were changed', 'jeff'],
    ['Maren, the night nurse, reports pain', 'Maren'],
    ['Spoke with Ostrander the case manager', 'Ostrander'],
  ])('finds it in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([
    ['this is normal for her'],
    ['this is Tylenol from home'],
    ['Mild edema, the nurse reports'],
    ['Pain the RN says is better'],
  ])('leaves %j alone', (text) => expectUntouched(contextNameDetector, text));
});

describe('rules/context-name: handles, sign-offs and typists closing a signature line', () => {
  it.each([
    ['cc @jpelletier re: plan', 'jpelletier'],
    ['pls call when back. thx -mk', 'mk'],
    ['see above, thanks, JT', 'JT'],
    ['pls call back\n--KLM', 'KLM'],
    ['THEODORE K. ASHGROVE, M.D.\nTK/rs   D:02/14/97  T:02/15/97', 'TK/rs'],
    ['M. LAFLEUR, MD  5/5/99  ML:jk\n', 'ML:jk'],
    ['W. HALLORAN, M.D. / jbp', 'jbp'],
    ['D: 06/02/19 13:05   T: 06/03/19 11:47   JOB#: 448812   MF/rk\n', 'MF/rk'],
    ['DR. H. ABERNATHY-COLE / rj / DICTATED 3/4', 'rj'],
  ])('finds it in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([
    ['ok to refill? -kp', 'kp'],
    ['left a voicemail. -rn tj\nnext', 'tj'],
    ['Will call back tomorrow. – DMB', 'DMB'],
    ['Attg aware. -- JS\n', 'JS'],
    ['wants the echo from last week. -Quenby\nnext', 'Quenby'],
    ['Order # 88123476. - mrodrigues\n', 'mrodrigues'],
  ])('finds a one-dash sign-off in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([['Given lasix 40. -PRN'], ['Plan: CT. -ok'], ['Stable. - ICU\n'], ['Afebrile. -GI'], ['Stable overnight. -Plan\n'], ['Will call. -Thanks']])('leaves a one-dash line end %j alone', (text) => expectUntouched(contextNameDetector, text));

  it.each([['meds @home'], ['thanks all'], ['- PT\n- OT'], ['ok thanks, see you'], ["LAST #'S PA 48-55/18-26 CO/CI 3.7/2.03 SVR 1189"], ['ASA / ppi\n']])('leaves %j alone', (text) => expectUntouched(contextNameDetector, text));
});

describe('rules/context-name: a nickname in quotes after "prefers"', () => {
  it.each([
    ['Ms. Park (prefers "Sunny") is anxious', 'Sunny'],
    ['prefers to be called Bubba', 'Bubba'],
  ])('finds it in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([['pt prefers Ensure with meals']])('leaves %j alone', (text) => expectUntouched(contextNameDetector, text));
});

describe('rules/context-name: the sender of a secure-chat line', () => {
  it.each([
    ['04/11/2022 02:14  kpatel7: hey are you covering', 'kpatel7'],
    ['notes\n04/11/2022 02:16  dwinter: yes', 'dwinter'],
    ['Work notes:\n01/05/24 10:02 svc_tbrandt: merge completed', 'tbrandt'],
    ['[3/4 14:02] Dana: can you see him', 'Dana'],
  ])('finds it in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([['3/4 0600 Plan: continue'], ['3/4 14:00 BP: 120/80']])('leaves %j alone', (text) => expectUntouched(contextNameDetector, text));
});

describe('rules/context-name: a relation, then the name in brackets', () => {
  it.each([
    ['Rate now 90s on dig. Daughter (Clemency) flew in', 'Clemency'],
    ['sister (Hope) visited', 'Hope'],
    ['HCP (Jane) aware of plan', 'Jane'],
    ['grandpa (Quenby) visited', 'Quenby'],
  ])('finds it in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([['son (HCP) aware'], ['GRANDDAUGHTER (SPOKESPERSON)CALLED TO GET UPDATE'], ["Wife (Pt's HCP) at bedside"]])('leaves %j alone', (text) => expectUntouched(contextNameDetector, text));
});

describe('rules/context-name: RE: and a list of recipients', () => {
  it.each([
    ['TO: DR X\nRE: ROSE REDCLOUD, MRN MH0092231\n', 'REDCLOUD'],
    ['(on behalf of Dr. M)\nRE: GRAVES, BERNADETTE L    MRN 8842\n', 'BERNADETTE'],
    ['From: Dr. A\nTo: Ruiz, Paloma; Steeplechase, Will\nSubject: x', 'Steeplechase, Will'],
  ])('finds it in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([['Re: the pt with the rash\n'], ['RE: CT HEAD FINDINGS\n']])('leaves %j alone', (text) => expectUntouched(contextNameDetector, text));
});

describe('rules/context-name: CC is a copy or the chief complaint', () => {
  it('finds a copied name', () => expectCovered(contextNameDetector, 'CC: Quenby Zorvath, MD', 'Quenby'));
  it('leaves a chief complaint alone', () => expectUntouched(contextNameDetector, 'CC: worst headache of life'));
});

describe('rules/context-name: a patient written surname first, and a greeting', () => {
  it.each([
    ['Pharmacy Q: pt HUNTER, LANE A Acct# 7736', 'LANE'],
    ['pls call re: PT MANNING, YOUNG-HEE CT RESULTS', 'YOUNG-HEE'],
    ['pt Quenby, Zorvath needs a refill', 'Zorvath'],
    ['Hey Ray, can you add on a lipase', 'Ray'],
    ['Hi Dana - the pt in 4 is asking for you', 'Dana'],
    ['note\nGood morning Quenby, quick question', 'Quenby'],
    ['Call the front desk (Marisol) to book', 'Marisol'],
  ])('finds it in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([
    ['PT AWAKE, ALERT AND ORIENTED', 'ALERT'],
    ['pt Smith, afebrile overnight', 'afebrile'],
    ['Hi team, question', 'team'],
    ['Hi Nephrology, quick q', 'Nephrology'],
    ['Hi all, thanks', 'all'],
    ['on hi flow NC', 'flow'],
  ])('leaves %j alone at %j', (text, word) => expectUntouched(contextNameDetector, text, word));
});

describe('rules/context-name: a login written as an initial and a surname', () => {
  it.each([
    ['Order entered by rkapoor at 09:44 and verified', 'rkapoor'],
    ['(resident, dkwiat)', 'dkwiat'],
    ['signed: jmorales3', 'jmorales3'],
    ['hdrummond – pharmacy called re vanc trough', 'hdrummond'],
    ['WET READ: jmcallister SAT MAR 06, 2021 2:14', 'jmcallister'],
    ['WET READ: Tanveer Qureshi (tqureshi) 2022-08-13 23:48', 'tqureshi'],
    ['signout rbhatt -> ekowalski2, 1900', 'ekowalski2'],
    ['signout rbhatt -> ekowalski2, 1900', 'rbhatt'],
    ['lap chole, uncomplicated (surg: TRO/kpatel3)', 'kpatel3'],
    ['specimen drawn 10/3 0545 by kbellamy -- REJECTED', 'kbellamy'],
    ['My login is mbarrett4, workstation 12', 'mbarrett4'],
    ['transcribed by rlt\nJob ID 4410', 'rlt'],
    ["Transcribed: mo'c\nRush", "mo'c"],
    ['read: tbm (thibodeaux, bernard)', 'tbm'],
    ['note for team\n  tquinlan: K 6.2, repeat sent', 'tquinlan'],
    // alone in brackets, spelling a given name's initial and the surname (or its first letters) before it
    ['Electronically signed by Quackenbush, Jolene PA-C (jquacke2) 02/03/2025 14:12', 'jquacke2'],
    ['Dr. Marisol Oyelaran-Quill (moyelaran) reviewed.', 'moyelaran'],
    // a chat line opening with its sender, a role in brackets, then the time
    ['prior text\nmquillard (charge RN) 07:40: updated bed board', 'mquillard'],
  ])('finds it in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));

  it.each([
    ['Camzyos (mavacamten) started'],
    ['Seen by Rachel Quill (rquillfield).'], // longer than the surname: no spelling
    ['Sodium Quillby (squillx) low'], // the rest is no name before it
  ])('leaves the bracket in %j alone', (text) => expect(contextNameDetector.detect(createTextContext(text)).filter((sp) => text[sp.start - 1] === '(')).toEqual([]));

  it.each([['seen by pharmacy, cardiology'], ['followed by abrupt drop'], ['by sharp pain'], ['tolerating Jello (jello) well'], ['read: ok\n'], ['read: pna\n'], ['confirmed by xray'], ['ahead - no change'], ['update: plan unchanged'], ['lasix: 40 mg IV']])('leaves %j alone', (text) => expectUntouched(contextNameDetector, text));
});


describe('rules/context-name: a bed or room, then the patient, in any case', () => {
  it.each([
    ['07:01 rn: bed 14 washington (the gsw) still on pressors', 'washington'],
    ['charge rn here. bed 9 j. hill (17yo, bat assault)', 'hill'],
    ['Rm 4 Okafor: febrile overnight', 'Okafor'],
  ])('finds the name in %j', (text, phi) => expectCovered(contextNameDetector, text, phi));
  it.each([['bed 9 empty, bed 10 clean: ready'], ['bed 3 NPO after midnight'], ['bed 2 s/p fall, stable']])('leaves %j alone', (text) => expectUntouched(contextNameDetector, text));
});

describe('rules/context-name: a signer after a dash mid-line, and initials closing a message', () => {
  it.each([
    ['pls call x45521 or pgr 30817 -tess RN', 'tess'],
    ['f/u is hard. - sk, Pellworth Family Practice', 'sk'],
    ['callback 555-0188. -hv on call 3/8', 'hv'],
    ['cb 555-0147 (spanish). - jw triage RN', 'jw'],
    ['next wt check 3/10. -MT pgr 55190', 'MT'],
    ['pls call back 555-0177. -Iris (oncology RN, cancer center)', 'Iris'],
    ['pls page 40972 - hl', 'hl'],
    ['Reply 3/14 11:30, CT fellow: ok\nReply 11:41 Will: yes please', 'Will'],
  ])('finds %j', (text, phi) => expectCovered(contextNameDetector, text, phi));
  it.each([
    ['recheck lytes in am - BMP', 'BMP'],
    ['BP stable - HR 80 on call', 'HR'],
    ['weaning - ok', 'ok'],
    ['Keep NPO - RN aware', 'RN'],
  ])('leaves %j alone', (text, word) => expectUntouched(contextNameDetector, text, word));
});

describe('rules/context-name: dotted initials of a client or a signer, and a given name after thanks', () => {
  it.each([
    ['Signed I.D. 3/18/24 0235.', 'I.D.'],
    ['Shelter log\n1. R.T. (bunk 14): BP 182/104', 'R.T.'],
    ['Shelter log\n5. J.B.: foot check, ulcer healing.', 'J.B.'],
    ['my son will drive me. thank u lola', 'lola'],
    ['next INR check 3/7. thx dana @ anticoag clinic x3390', 'dana'],
  ])('finds %j', (text, phi) => expectCovered(contextNameDetector, text, phi));
  it.each([
    ['Services\n1. P.T.: ambulating 100 ft', 'P.T.'],
    ['Services\n2. O.T.: ADLs', 'O.T.'],
    ['thanks again', 'again'],
    ['thank you doctor', 'doctor'],
    ['thx team', 'team'],
  ])('leaves %j alone', (text, word) => expectUntouched(contextNameDetector, text, word));
});
