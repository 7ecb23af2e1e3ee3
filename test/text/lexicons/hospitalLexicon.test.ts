import { describe, it } from 'vitest';
import { hospitalLexiconDetector } from '../../../src/text/detectors/rules/lexicons/index.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

const d = hospitalLexiconDetector;

describe('rules/hospital-lexicon', () => {
  it.each([
    ['Transferred from Mass General for cath.', 'Mass General'],
    ['Followed at BIDMC cardiology clinic.', 'BIDMC'],
    ['Discharged to Kowalski Nursing Home.', 'Kowalski'],
    ['ADMITTED FROM KOWALSKI NURSING HOME.', 'KOWALSKI'],
    ['Discharged to Holy Family Manor for rehab.', 'Holy Family'],
    ['transfer from good samaritan medical center requested', 'good samaritan'],
    ["Will go to St. Elizabeth's for rehab.", 'St. Elizabeth'],
    ['transferred to Hennessey Rehab today', 'Hennessey'],
    ['WENT TO HOLY CROSS WITH FEVER', 'HOLY CROSS'],
    ['plan transfer back to sacred heart in am', 'sacred heart'],
    ['came from Good Sam last night', 'Good Sam'],
  ])('finds the facility in %j', (text, phi) => {
    expectCovered(d, text, phi);
  });

  it.each([
    ['Transferred from an outside hospital.', 'outside'],
    ['Admitted to the hospital overnight.', 'the'],
    ['Community hospital course uncomplicated.', 'Community'],
    ['GENERAL HOSPITAL COURSE UNCOMPLICATED.', 'GENERAL'],
    ['SINUS TACH, ST DOWN TO 70S AFTER LOPRESSOR.', 'ST'],
    ['NEW 1 ST DEGREE HEART BLOCK ON EKG.', 'ST'],
    ['Plan: supportive medical care only.', 'supportive'],
    ['Seen in clinic for follow up.', 'clinic'],
    ['Qualifies for the Medicare hospice benefit.', 'Medicare'],
    ['MEDICAID NURSING HOME COVERAGE PENDING.', 'MEDICAID'],
    ['Seen in Nephrology Clinic on Monday.', 'Nephrology'],
    ['Hi Nephrology clinic team, a question', 'Hi'],
    ['Our clinic is in the east wing', 'Our'],
    ['Started Toprol XL. Hospital course was complicated.', 'XL'],
  ])('does not flag %j at %j', (text, word) => {
    expectUntouched(d, text, word);
  });

  it('reports the name with its facility words', () => {
    expectCovered(d, 'Discharged to Kowalski Nursing Home.', 'Kowalski Nursing Home');
  });
});
