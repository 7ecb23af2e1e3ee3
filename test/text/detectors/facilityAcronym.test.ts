import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
import { facilityAcronymDetector } from '../../../src/text/detectors/rules/patterns/facilityAcronym.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

const found = (text: string): string[] => facilityAcronymDetector.detect(createTextContext(text)).map((s) => text.slice(s.start, s.end));

describe('rules/facility-acronym', () => {
  it.each([
    // before an imaging or record label, as an outside study is cited
    ['Outside CT chest reviewed (QKDRH acc QK-CT-25-3390).', 'QKDRH'],
    ['Comparison: outside MRI (TVMC accession 25-118402).', 'TVMC'],
    ['Baby girl, PLRMC MRN 7730502, to NICU.', 'PLRMC'],
    // before a clinic's, a department's or a health system's word
    ['Wound check 7/12 0800, QNMC Ortho/Hand, 4th fl.', 'QNMC'],
    ['Transplant SW from ZW Health will call.', 'ZW'],
    ['Seen at KRMC Cardiology last month.', 'KRMC'],
    // alone in brackets after an outside study
    ['Outside XR R femur 5/18/2025 (QCHCF, pushed to PACS).', 'QCHCF'],
    // after a service and a comma closing a signature or a bracket, or before a clinic in lower case
    ['Amadou Quill, MD, Vascular Surgery, QAB; cc PCP', 'QAB'],
    ['16:09 Dr. Quill (Plastics, QPHS): will see', 'QPHS'],
    ['To be seen in QAB limb salvage clinic.', 'QAB'],
    // before a ward's bed or a room, and in brackets after a comparison study
    ['Sign-out for tonight\n1) Quill, Emir 58M QHH 5E-21, MRN 0731184 - needs cysto', 'QHH'],
    ['2) Boggs, Chance 27M QMMC rm 412', 'QMMC'],
    ['COMPARISON: Radiographs pelvis 10/2024 (QMC, report only).', 'QMC'],
    // between a study and its date, beside a year in brackets, before `in` and a town
    ['COMPARISON: MBS QAMC Sept 2023 (report only): mild penetration.', 'QAMC'],
    ['MRI brain QSFG Jun 2021.', 'QSFG'],
    ['COMPARISON: DXA Quillside 03/11/2022 (same manufacturer).', 'Quillside'],
    ['Outside single-view chest XR from QRIHS 06-14-25 21:02.', 'QRIHS'],
    ['Right total hip arthroplasty (2016, QGH).', 'QGH'],
    ['Son asked about QMH in Tallahassee.', 'QMH'],
    // ending like a facility (MC, H, HC), before a town the lexicon holds
    ['please take him to the ED right away, QBMC Brownsville is fine.', 'QBMC'],
    ['Regional Burn Center, QMC Lubbock', 'QMC'],
  ])('finds the facility in %j', (text, phi) => expectCovered(facilityAcronymDetector, text, phi));

  it('takes an acronym the note defines for a facility, and the same acronym wherever else the note writes it', () => {
    const text = 'Transferred from Quillfield University Hospital (QUH) after ORIF. Ortho at QUH will follow; QUH records requested.';
    expect(found(text)).toEqual(['QUH', 'QUH', 'QUH']);
    expect(found('Seen at Hospital of the University of Quillsburg (HUQ) in May.')).toEqual(['HUQ']);
    expect(found('Quill Valley Medical Center Hospital (QVMCH) Odessa, interventional radiology')).toEqual(['QVMCH']);
  });

  it('takes a health system in capitals before HEALTH on a letterhead of a mixed-case note', () => {
    const note = (head: string): string => `${head}\nExam: CT head. Patient seen today in the clinic for follow up.`;
    expect(found(note('QUILLCOAST HEALTH - ST. LUKE HOSPITAL'))).toEqual(['QUILLCOAST']);
    expect(found(note('QHR HEALTH RADIOLOGY - EDINBURG'))).toEqual(['QHR']);
    expect(found(note('PUBLIC HEALTH notified. MENTAL HEALTH consult. HOME HEALTH arranged. BEHAVIORAL HEALTH.'))).toEqual([]);
    expect(found(note('Referred to WOMENS HEALTH clinic'))).toEqual([]);
  });

  it('leaves brackets alone that abbreviate no facility, or not the words before them', () => {
    expect(found('Chronic kidney disease (CKD) stage 3; follow with Nephrology (NEPH).')).toEqual([]);
    expect(found('Mass General Quillham (MGQ) portal message.')).toEqual([]); // no facility's word among them
    expect(found('Quillfield University Hospital (QXH) called.')).toEqual([]); // not its initials
    // defined there, but a lab's abbreviation elsewhere in the note: only the bracket
    expect(found('Medical Center Hospital (MCH) Odessa.\nCBC: MCV 88, MCH 29.1')).toEqual(['MCH']);
  });

  it('takes both sides of a transfer arrow', () => {
    expect(found('Thread: "QKHC -> QNMC transfer - hypothermia"')).toEqual(['QKHC', 'QNMC']);
  });

  it.each([
    // an arrow with no move on its line is a trend or a plan
    ['Na 128 -> 134, BUN -> CRT ok'],
    // units, modalities, abbreviations and words are no facility
    ['MICU -> SICU transfer after extubation.'],
    ['CT acc 12345 reviewed; GI Clinic next week; ENT Clinic; NIH Stroke Scale 4.'],
    ['Outside CT 3/2 (OSH, report only).'],
    // protocols and views between a study and its date, a delivery before a town, a view word
    ['MRI brain WWO 3/4/2024; CT head NCCT 03/04/2024; XR knee LAT 3/4/2024; CT chest Portable 3/4/2024.'],
    ['Prior SVD in Tallahassee; CHF in Boston.'],
    // a name in capitals before a department is a person's, not a facility's
    ['Seen by ADA Cardiology? No: per ADA guidance.'],
    // two capitals need a health system's word
    ['GI Clinic, ID Clinic and PT Clinic follow.'],
    // abbreviations before a clinic, a unit after a service
    ['Follow in HIV clinic and CHF clinic; Cardiology, ICU;'],
    // a unit before its bed is no facility
    ['Moved to MICU rm 4; CVICU bed 12; NICU 5E-21.'],
    // a Roman numeral is a level or a class
    ['Transferred to our level III NICU; class IV Clinic visit.'],
  ])('leaves %j alone', (text) => expectUntouched(facilityAcronymDetector, text));

  it('says nothing in a note written in one case', () => {
    expect(found('SEEN AT QNMC ORTHO/HAND. QKHC -> QNMC TRANSFER.')).toEqual([]);
  });
});

describe('rules/facility-acronym: a letterhead of a radiology department or an imaging site', () => {
  it.each([
    ['Outside report scanned.\nUAMS DEPARTMENT OF RADIOLOGY - Outside Film Review\nExam: CT chest', 'UAMS'],
    ['Faxed copy.\nJFL -- DEPARTMENT OF RADIOLOGY\nChest radiograph, two views.', 'JFL'],
    ['UCDMC Department of Radiology - outside read\nExam: MRI brain', 'UCDMC'],
    ['Signed 03/18/2025 07:41\nUFHTV Radiology, second floor\nNo comparison.', 'UFHTV'],
  ])('finds the acronym in %j', (text, acr) => expectCovered(facilityAcronymDetector, text, acr));

  it.each([['MSK Radiology reviewed the films with the team.'], ['CT Department called back with the slot.']])('leaves %j alone', (text) =>
    expect(facilityAcronymDetector.detect(createTextContext(text))).toEqual([]));
});

describe('rules/facility-acronym: after a word of coming, going or comparing, and before a desk', () => {
  it.each([
    ['Go to the nearest ED (20 min, closer than QVMC).', 'QVMC'],
    ['Pt transferred from QRMC yesterday after a fall.', 'QRMC'],
    ['Walk-in visit at ZUC on Friday for cough.', 'ZUC'],
    ['Sent to QBRH for acute rehab.', 'QBRH'],
    ['Spoke with QSHR liaison Gwen, who accepted.', 'QSHR'],
    ['Call QSHV intake with any concerns.', 'QSHV'],
  ])('finds the acronym in %j', (text, acr) => expectCovered(facilityAcronymDetector, text, acr));

  it.each([
    // hormones, tests and joints that end like a facility, and a lab's value
    ['Hyponatremia due to ADH excess; FSH at goal; referred to CMC arthroplasty clinic.'],
    ['Trend from LDH 412 to MCH 29.1.'],
    ['Secondary to SAH; progressed to ICH; from PPH.'],
    // no cue before it
    ['QVMC drew labs.'],
  ])('leaves %j alone', (text) => expectUntouched(facilityAcronymDetector, text));
});
