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
    ['Mr Brown ambulated', 'Brown'],
    ['K. HARRISON TO REVIEW FILMS', 'HARRISON'],
    ['T. Abernathy NP to see', 'T. Abernathy'],
    ["DR'S PEMBERTON AND HARGREAVES IN TO SEE", 'HARGREAVES'],
    ['CASEWORKER MARGARET HOLLAND CALLING', 'MARGARET HOLLAND'],
    ['MR JONES IS RESTING COMFORTABLY', 'JONES'],
    ['Jane Quenby, RN', 'Jane Quenby'],
    ['MR QUENBY WAS SEEN ON ROUNDS', 'QUENBY'],
    ['PSYCH NURSE DOROTHY QUENBY SPOKE WITH PT', 'DOROTHY QUENBY'],
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
  ])('leaves %j alone', (text) => expectUntouched(titledNameDetector, text));

  it.each([
    ['Dr. Smith ordered lasix', 'ordered'],
    ['Dr. Smith ordered lasix', 'Dr'],
    ['Jane Doe, RN', 'RN'],
  ])('near miss %j: %s is not part of the name', (text, word) => expectUntouched(titledNameDetector, text, word));
});
