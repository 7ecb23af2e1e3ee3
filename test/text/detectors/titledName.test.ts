import { describe, it } from 'vitest';
import { titledNameDetector } from '../../../src/text/detectors/rules/patterns/titledName.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

describe('rules/titled-name', () => {
  it.each([
    ['discussed with Dr. Smith today', 'Smith'],
    ['Dr. John Smith called back', 'John Smith'],
    ['DR. WYNDHAM INFORMED OF NA 131', 'WYNDHAM'],
    ['paged dr. ashcombe about it', 'ashcombe'],
    ['Mrs. Jones is the patient', 'Jones'],
    ['seen by Ms. O\'Brien', "O'Brien"],
    ['Dr J. Doe-Martin consulted', 'J. Doe-Martin'],
    ['note by Jane Doe, RN', 'Jane Doe'],
    ['Mary Smith MD aware', 'Mary Smith'],
    ['NP Wolfe notified', 'Wolfe'],
    // a nurse's credential vouches for a capitalised word no list knows
    ['Results called to RN Tamsin on 4 West', 'Tamsin'],
    ['handed off to NP Ilsabet', 'Ilsabet'],
    ['Mr Brown ambulated', 'Brown'],
    ['K. HARRISON TO REVIEW FILMS', 'HARRISON'],
    ['T. Abernathy NP to see', 'T. Abernathy'],
    ["DR'S PEMBERTON AND HARGREAVES IN TO SEE", 'HARGREAVES'],
    ['CASEWORKER MARGARET HOLLAND CALLING', 'MARGARET HOLLAND'],
    ['MR JONES IS RESTING COMFORTABLY', 'JONES'],
    ['Jane Quenby, RN', 'Jane Quenby'],
    ['MR QUENBY WAS SEEN ON ROUNDS', 'QUENBY'],
    ['PSYCH NURSE DOROTHY QUENBY SPOKE WITH PT', 'DOROTHY QUENBY'],
    // an initial, one word and a credential: a clinician even when the word is an everyday word
    ['no distress noted. q. field rrt\n', 'q. field'],
    ['NEBS DONE Q4H. B. MEADOW RN', 'B. MEADOW'],
    ['Neb given per protocol, t. field, rt.', 't. field'],
    // after a title and a first name, a Title-case everyday word is the surname
    ['Plan reviewed with Dr Rosalind Thimble today', 'Rosalind Thimble'],
    // a title and a bare initial
    ['DISCUSSED MRS R. PLAN OF CARE WITH FAMILY', 'R.'],
    ['pt seen on rounds\nmr T slept well', 'T'],
    // a first name joined by "and" to a titled name
    ['LYTES REPLETED. MARA QUELLIN AND DRS HALVORSEN AND PIKE IN TO SEE', 'MARA QUELLIN'],
  ])('finds the name in %j', (text, phi) => expectCovered(titledNameDetector, text, phi));

  it.each([
    ['MD aware of low u/o'],
    ['Dr. aware, will follow'],
    ['CALLED MD RE: LOW BP'],
    ['RHYTHM SR WITHOUT PVCS'],
    ['MS IMPROVED, MD UPDATED'],
    ['MR 2+ on echo'],
    ['mental status: ms improving'],
    ['URINE OUTPUT POOR MD AWARE'],
    ['CXR PA AND LATERAL'],
    ['Woundcare CNS to evaluate'],
    ['Ostomy RN to visit'],
    ['E. coli in urine'],
    ['I&O. Check lytes in am'],
    ['80\'S. LUNGS COARSE'],
    ['G.U-CATHETER DRAINING WELL'],
    ['assess MS. OOB to chair'],
    ['mild MR and TR'],
    ['MR UNCHANGED ON TTE'],
    ['Monitor I & O. Advance PT'],
    ['E. coli PT consult'],
    ['s. aureus pt notified'],
    ['RR 14. PA Gage 40/18.'],
    ['MS A.M. LABS PENDING'],
    ['Dr. aware. A. Called PT'],
    ['RN Assessment: stable'],
    ['NP Thyroid 60 mg daily'],
    ['PA Quenbyview 2 cm'],
    // a letter after class, grade or vitamin is no initial
    ['MELD-Na 24, Child-Pugh class C. Large-volume paracentesis'],
    ['Grade B. Small amount of ascites.'],
    ['Vitamin D. Level pending.'],
    // a strain after influenza is no initial
    ['COPD exacerbation triggered by influenza A. Quenbyvir x5 days'],
    // a unit after a number ends the sentence
    ['one further LVP of 4 L. Quenbyek and spironolactone held'],
  ])('leaves %j alone', (text) => expectUntouched(titledNameDetector, text));

  it.each([
    ['Dr. Smith ordered lasix', 'ordered'],
    ['Dr. Smith ordered lasix', 'Dr'],
    ['Jane Doe, RN', 'RN'],
    ['Dr Rosalind Called back', 'Called'],
    ['seen by renal and Dr. Smith', 'renal'],
    ['Lasix and Dr. Smith', 'Lasix'],
    ['HOPE AND DR SMITH AGREE', 'HOPE'],
    ['MR A. FIB RN AWARE', 'FIB'],
    ['q. field rrt', 'rrt'],
  ])('near miss %j: %s is not part of the name', (text, word) => expectUntouched(titledNameDetector, text, word));
});

describe('rules/titled-name: an everyday word after Dr', () => {
  it.each([
    ['PT SEEN PER DR TYRO. WILL F/U.', 'TYRO'],
    ['DR HOUSE AWARE OF K 3.1.', 'HOUSE'],
    ['DR. TYRO IN TO SEE PT.', 'TYRO'],
    ['D/W DR BRIGHT RE: PLAN.', 'BRIGHT'],
    ['Seen by Dr Tyro today.', 'Tyro'],
    ['Dr. Page aware of labs.', 'Page'],
  ])('takes the word after Dr as a name in %j', (text, name) => expectCovered(titledNameDetector, text, name));

  it.each([
    ['DR AWARE. DR NOTIFIED OF BP.', 'AWARE'],
    ['DR AWARE. DR NOTIFIED OF BP.', 'NOTIFIED'],
    ['DR CALLED, DR PAGED X2.', 'CALLED'],
    ['DR IN TO SEE PT. DR AT BEDSIDE.', 'IN'],
    ['DR CONTACTED RE: BP.', 'CONTACTED'],
    ['DR REVIEWING FILMS.', 'REVIEWING'],
    ['DR THINKS PT NEEDS CT.', 'THINKS'],
    ['DR WROTE ORDERS.', 'WROTE'],
    ['DR APPT TOMORROW AT 10.', 'APPT'],
    ['DR UNAVAILABLE, WILL RETRY.', 'UNAVAILABLE'],
    ['DR HOUSE STAFF AWARE.', 'HOUSE'],
    ['DR CARDIOLOGY AWARE.', 'CARDIOLOGY'],
    ['DR OFFICE CALLED.', 'OFFICE'],
    ['Dr Office called re: refill.', 'Office'],
    ['dr aware of labs.', 'aware'],
  ])('near miss %j: %s after Dr is no name', (text, word) => expectUntouched(titledNameDetector, text, word));
});

describe('rules/titled-name: after a title, where case says nothing, an everyday word ends the name', () => {
  it.each([
    ['MRS QUENBY FAIR UNDERSTANDING OF PLAN.', 'FAIR'],
    ['PER DR QUENBY PICC IN SVC, OK TO USE.', 'PICC'],
    ['LINE ADJUSTED BY DR. QUENBY W IMPROVED FLOWS.', 'W'],
    ["mrs. quenby con't to be sedated.", "con't"],
    ["Mrs. Quenby con't to be sedated.", "con't"],
  ])('%j: %s is no part of the name', (text, word) => expectUntouched(titledNameDetector, text, word));

  it.each([
    ['MRS QUENBY FAIR UNDERSTANDING OF PLAN.', 'QUENBY'],
    ['MRS TAN CALLED FOR UPDATE.', 'TAN'],
    ['DR JOHN B KOWALSKI AWARE.', 'JOHN B KOWALSKI'],
    ['MRS MARY ANN QUENBY HERE.', 'MARY ANN QUENBY'],
    ['DR. MARY T. QUENBY AWARE.', 'MARY T. QUENBY'],
    ['Mrs. Mary Fair called.', 'Mary Fair'],
  ])('%j: %s is the name', (text, phi) => expectCovered(titledNameDetector, text, phi));
});
