import { describe, it } from 'vitest';
import { hospitalDetector } from '../../../src/text/detectors/rules/patterns/hospital.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

describe('rules/hospital', () => {
  it.each([
    ['transferred from Ashgrove Hospital ER', 'Ashgrove'],
    ["admitted to St. Mary's Medical Center", "St. Mary's"],
    ['from Oak Hill Nursing Home', 'Oak Hill'],
    ['d/c to Pine Crest Rehab', 'Pine Crest'],
    ['resident of Maple Manor', 'Maple'],
    ['ARRIVED FROM BRANTWOOD HOSPITAL', 'BRANTWOOD'],
    ['seen at Boston General Hospital', 'Boston General'],
    ['transfer to Thornbury 2 in am', 'Thornbury'],
    ['PLAN: TRANSFER TO THORNBURY 4 TODAY', 'THORNBURY'],
    ['taken to Salem Regional by ambulance', 'Salem Regional'],
    ['came from University of Vermont hospital', 'University of Vermont'],
    ['treated at U Vermont clinic', 'U Vermont'],
    ['PT WAS SEEN AT BCH LAST MONTH', 'BCH'],
    ["discharged to St. Agnes later", 'St. Agnes'],
    ['sent over from Memorial Hospital', 'Memorial'],
    ['he is in the hospital ("ThornburyBuilding")', 'ThornburyBuilding'],
    ['PT ADMITTED TO THORNBURY7 W/ CHF', 'THORNBURY7'],
    ['pt transferred to 209 thornbury. stable', 'thornbury'],
    ['c/o to thornbury if stable overnight', 'thornbury'],
    ['Pt went to Lakeside on Tuesday with abd pain', 'Lakeside'],
    ['Surgeon from Lakeside in this evening to talk to pt', 'Lakeside'],
  ])('finds the facility name in %j', (text, phi) => expectCovered(hospitalDetector, text, phi));

  it.each([
    ['transferred from an outside hospital'],
    ['awaiting rehab placement'],
    ['PT WAITING FOR REHAB BED'],
    ['LENGTHY HOSPITAL COURSE'],
    ['to the hospital by ambulance'],
    ['START REHAB SOON'],
    ["CAN'T REHAB/OT"],
    ['transferred from OSH on 8/2'],
    ['balloon pump on IABP 1:2'],
    ['transfer to MICU 2'],
    ['2 U PRBC given'],
    ['NPH 10 units, pt to receive 1 bag'],
    ['history of ICH in 2001'],
    ['SBP IN THE HIGH 120S'],
    ['REQUIRES MUCH ENCOURAGEMENT TO EAT'],
    ['PIVOT TO CH WITH ASSIST'],
    ['team to resite line in am'],
    ['Went to Rehab gym today'],
    ['Transferred to Floor once bed available'],
    ['Pt went to Sleep at 2200'],
    ['WENT TO HARBOR FOR LUNCH'],
    ['Went to CT at 1400'],
    ['seen in Family Practice clinic'],
    ['General Pediatrics consulted'],
    ['Nephrology Associates to follow'],
    ['CARDIOLOGY ASSOCIATES AWARE'],
    ['Primary Care Associates'],
    ['COMPARISON: CT from 3/4/2012'],
    ['images from CT dated 4/5/2011'],
    ['compared with study from Tuesday dated 3/4'],
    ['switched from Lasix, 40 mg daily'],
    ['Dr. Lee of Hospital Medicine saw the patient'],
    ['Transferred to 7 North'],
    ['Pt moved to 11 East overnight'],
    ['transfer to North 2 when bed available'],
    ['PT SEEN BY JOHN OF HOSPITAL TRANSPORT'],
    ['outside study (CT, 2012) not available'],
  ])('leaves %j alone', (text) => expectUntouched(hospitalDetector, text));

  it.each([['transferred from Ashgrove Hospital', 'Ashgrove Hospital'], ['Fallsburg Nursing and Rehabilitation Center', 'Fallsburg Nursing and Rehabilitation Center'], ['f/u at Dr. Amadi Family Practice', 'Dr. Amadi Family Practice'], ['f/u with Kowalski Pediatrics', 'Kowalski Pediatrics'], ['DR. OSEI FAMILY PRACTICE', 'DR. OSEI FAMILY PRACTICE'], ['Chen Dental on Monday', 'Chen Dental'], ['transferred from Wexcomb General Hosptial', 'Wexcomb General Hosptial'], ['Ratcliff Rehabilitation Hopital - Tempe', 'Ratcliff Rehabilitation Hopital'], ['COMPARISON:  Outside study (SBH, December 2012) not available.', 'SBH'], ['COMPARISON:  CHEST RADIOGRAPH FROM THE PORT DATED 4/17/2014.', 'PORT']])(
    'removes the facility words with the name in %j',
    (text, name) => expectCovered(hospitalDetector, text, name),
  );
});

describe('rules/hospital: `@` for "at" before a place', () => {
  it.each([
    ['CARE RECEIVED @ WEXCOMBE VA. PLAN TO FOLLOW UP.', 'WEXCOMBE'],
    ['PT SEEN @ BALTIMORE LAST MONTH.', 'BALTIMORE'],
    ['Had a bed @ St. Elsewhere until last week.', 'St. Elsewhere'],
    ['She was seen @ Mercy General for chest pain.', 'Mercy General'],
    ['Patient lives @ Quillby with her son.', 'Quillby'],
    ['f/u @the Ashby VAMC', 'Ashby'],
    ['followed @ pinecrest memorial', 'pinecrest memorial'],
  ])('takes the place after the @ in %j', (text, place) => expectCovered(hospitalDetector, text, place));

  it.each([
    ['Dilaudid gtt @ 1230 started.', '1230'],
    ['Insulin @ 5pm per sliding scale.', '5pm'],
    ['D5W @ 40cc/hr overnight.', '40cc'],
    ['SATS 95% @ REST, 88% WITH EXERTION.', 'REST'],
    ['LASIX GIVEN @ HS. PT @ BEDSIDE WITH WIFE.', 'HS'],
    ['Tolerating TF @ Goal, pt @ Risk for falls.', 'Goal'],
    ['Tolerating TF @ Goal, pt @ Risk for falls.', 'Risk'],
    ['Ambulating @ baseline, seen @ noon.', 'baseline'],
    ['Lives @ home with wife.', 'home'],
    ['GTT @ DIURSING RATE, WILL F/U', 'DIURSING'],
    ["HR @ X'S TO 90S", "X'S"],
    ['email jdoe@mercygeneral.org re: labs', 'mercygeneral'],
  ])('leaves times, rates, everyday words and slips after the @ in %j (%s)', (text, word) => expectUntouched(hospitalDetector, text, word));
});

describe('rules/hospital: a town before VA is a veterans hospital', () => {
  it.each([
    ['PT TRANSFERRED FROM BALTIMORE VA YESTERDAY.', 'BALTIMORE'],
    ['Followed at the Springfield VAMC for years.', 'Springfield'],
    ['followed by the baltimore va for copd.', 'baltimore'],
    ['Admitted to the Springfield V.A. in the past.', 'Springfield'],
    ['Baltimore VA records requested.', 'Baltimore'],
  ])('takes the town in %j', (text, town) => expectCovered(hospitalDetector, text, town));

  it.each([
    ['Followed at the Springfield VAMC for years.', 'VAMC'],
    ['PT TRANSFERRED FROM BALTIMORE VA YESTERDAY. VA BENEFITS PENDING.', 'VA'],
    ['Address: 12 Elm Row, Richmond VA 23219', 'VA'],
    ['She lives in Arlington VA with her son.', 'Arlington'],
    ['VA: 20/40 OU, VA cc 20/25.', 'VA'],
  ])('keeps VA itself, and a state after a town, in %j (%s)', (text, word) => expectUntouched(hospitalDetector, text, word));

  it.each([
    // a role after `by` in a caseless note; a dash ends a phrase; a clinical abbreviation names no facility
    ['SHEATH PULLED AT 1500 BY TECH. SITE CDI.', 'TECH'],
    ['CONT CARDIAC REHAB WITH PT- REHAB SCREEN IN AM.', 'PT'],
    ['Diuresis held. Cont rehab.', 'Cont'],
    ['PLAN: PT REHAB TOMORROW.', 'PT'],
    ['Qualifies for the Medicare hospice benefit.', 'Medicare'],
  ])('everyday word %j: %s is no facility', (text, word) => expectUntouched(hospitalDetector, text, word));

  it.each([
    ['PT TRANSFERRED TO BCH BY AMBULANCE.', 'BCH'],
    ['RECEIVED FROM NESH THIS AM.', 'NESH'],
    ['seen by BCH team', 'BCH'],
    ['ADMITTED TO ST. AGNES REHAB.', 'ST. AGNES'],
  ])('facility %j: %s is still found', (text, phi) => expectCovered(hospitalDetector, text, phi));
});

describe('rules/hospital: acronyms typed in lower case or after an arrow', () => {
  it.each([
    ['pt transferred to bwh for cath on day 2', 'bwh'],
    ['wife did not come to nwh with pt', 'nwh'],
    ['rec\'d lasix enroute to svmc er', 'svmc'],
    ['CABG last year at slh. Now with BRBPR', 'slh'],
    ['HPI: found down -> BCH EW today', 'BCH'],
    ['found down → SVMC ED', 'SVMC'],
  ])('finds %s', (text, phi) => expectCovered(hospitalDetector, text, phi));

  it.each([
    ['went to bath then back to bed', 'bath'],
    ['moved to the th floor this am', 'th'],
    ['ABG 7.30 -> PH 7.35 after bicarb', 'PH'],
    ['transferred to nh for rehab', 'nh'],
    ['sent to oh for eval', 'oh'],
    ['NPH -> ICH protocol per neuro', 'ICH'],
  ])('leaves %s alone', (text, word) => expectUntouched(hospitalDetector, text, word));
});

describe('rules/hospital: an acronym where the patient came from or went', () => {
  it.each([
    ['Admitted for the same and discharged to SAH.', 'SAH'],
    ['He was discharged to ACI on 3/4 for rehab.', 'ACI'],
    ['Transferred from WMH for further care.', 'WMH'],
  ])('finds %s', (text, phi) => expectCovered(hospitalDetector, text, phi));

  it.each([
    ['Pt transferred from MICU on 3/4.', 'MICU'],
    ['Discharged to SNF.', 'SNF'],
    ['Transferred from OSH for cath.', 'OSH'],
    ['She was discharged to HOME with VNA.', 'HOME'],
    ['New clot sent to BB for type and cross.', 'BB'],
  ])('leaves a unit, a kind of place or where a specimen goes alone: %s', (text, word) => expectUntouched(hospitalDetector, text, word));
});

describe('rules/hospital: departments, sections and sentence ends are no facility', () => {
  it.each([
    ['Follow up in the Infectious Disease clinic next week.', 'Infectious'],
    ['Follow up with the Heart Failure clinic.', 'Failure'],
    ['Seen in Nephrology Clinic on Monday.', 'Nephrology'],
    ['Started Jardiance and Toprol XL. Hospital course was complicated.', 'XL'],
    ['Brief Hospital Course: stable on room air.', 'Brief'],
  ])('leaves %j alone at %j', (text, word) => expectUntouched(hospitalDetector, text, word));

  it.each([
    ['Seen at Sacred Heart Hospital last year.', 'Sacred Heart'],
    ['Followed at Mercy Clinic for diabetes.', 'Mercy'],
    ['Transferred from Mass. General Hospital for cath.', 'Mass. General'],
    ["Admitted to St. Mary's Hospital in May.", "St. Mary's"],
  ])('still finds %j', (text, phi) => expectCovered(hospitalDetector, text, phi));
});

describe('rules/hospital: a place before its emergency department', () => {
  it.each([
    ['got a call from Tufts ED about our pt', 'Tufts'],
    ['transferred from Quenbyton ED', 'Quenbyton'],
    ['seen at Lowell General ER yesterday', 'Lowell General'],
  ])('finds it in %j', (text, phi) => expectCovered(hospitalDetector, text, phi));

  it.each([
    ['came in to the ED'],
    ['seen in the Peds ED'],
    ['Pt seen in Main ED'],
    ['brought in to Adult ED by EMS'],
    ['seen in the Pediatric Emergency Department'],
    ['f/u in Device clinic: interrogation ok'],
  ])('leaves %j alone', (text) => expectUntouched(hospitalDetector, text));
});

describe('rules/hospital: a hospital by its one distinctive word after a place preposition', () => {
  it.each([
    ['brought him to Mercy last night', 'Mercy'],
    ['transferred to Deaconess for ERCP', 'Deaconess'],
  ])('finds it in %j', (text, phi) => expectCovered(hospitalDetector, text, phi));

  it.each([['attends services at Methodist church'], ['raised in Baptist faith'], ['a mercy admission']])('leaves %j alone', (text) => expectUntouched(hospitalDetector, text));
});

describe('rules/hospital: a ward between its intensive care unit and its floor', () => {
  it.each([
    ['RT question: pt in bed 22 MICU Blake 7 - Mr. X', 'Blake'],
    ['NG tube placement. Pt in CCU Quenby 2B bed 3.', 'Quenby'],
  ])('finds it in %j', (text, phi) => expectCovered(hospitalDetector, text, phi));

  it.each([['MICU Team 2 rounds'], ['CCU Day 3 of admission']])('leaves %j alone', (text) => expectUntouched(hospitalDetector, text));
});

describe('rules/hospital: a one-word name with an inner capital after at or from', () => {
  it.each([
    ['His last paracentesis was at MetroWest on 8/28', 'MetroWest'],
    ['transferred from HealthSouth rehab', 'HealthSouth'],
  ])('finds it in %j', (text, phi) => expectCovered(hospitalDetector, text, phi));

  it.each([['switched to NovoLog at bedtime'], ['seen in CareVue'], ['metrowest and healthsouth in lower case'], ['IV access at PICC site']])('leaves %j alone', (text) => expectUntouched(hospitalDetector, text));
});


describe('rules/hospital: a visiting nurses\' agency by name', () => {
  it('finds the agency', () => expectCovered(hospitalDetector, 'BP check with Ocean State Visiting Nurses on Saturday', 'Ocean State'));
  it('leaves the visiting nurse alone', () => expectUntouched(hospitalDetector, 'the visiting nurse will come Tuesday'));
});

describe('rules/hospital: a facility word that qualifies the word after it, and units of a hospital after a move', () => {
  it.each([
    ['PHARMACY CONSULT NOTE - VANCOMYCIN AUC DOSING AND DRUG INTERACTION REVIEW\nIndication: MRSA bacteremia.', 'DRUG'],
    ['OCCUPATIONAL THERAPY EVALUATION - INPATIENT REHABILITATION UNIT\nDiagnosis: left MCA stroke.', 'REHABILITATION'],
    ['Plan: admit to Labor and Delivery; penicillin G for GBS.', 'Labor'],
  ])('leaves %j alone', (text, word) => expectUntouched(hospitalDetector, text, word));
  it.each([
    ['His prior Lakeside Hospital admission was in May.', 'Lakeside Hospital'],
    ['Per Mercy Clinic notes from 3/4.', 'Mercy Clinic'],
    ['Rx sent to Kessler Drug on Lakeview.', 'Kessler Drug'],
  ])('keeps the named facility in %j', (text, phi) => expectCovered(hospitalDetector, text, phi));
});

describe('rules/hospital: surgery centres and kidney care by their own name', () => {
  it.each([
    ['i had the knee scope at Ashcombe Surgical on 2/27 and', 'Ashcombe Surgical'],
    ['HD TTS at Sycamore Bend Renal Care in Harrow Creek', 'Sycamore Bend'],
    ['now at Pinecrest Kidney Care for HD', 'Pinecrest Kidney'],
  ])('finds %j', (text, phi) => expectCovered(hospitalDetector, text, phi));
  it.each([['Post Surgical care: wound checks', 'Surgical'], ['Acute Renal Care protocol', 'Renal']])('leaves %j alone', (text, word) => expectUntouched(hospitalDetector, text, word));
});

describe('rules/hospital: a wound classification named after a university', () => {
  it('leaves University of Texas 2A alone and keeps a university hospital', () => {
    expectUntouched(hospitalDetector, 'Wagner 2; University of Texas 2A; 1.6 x 1.4 cm', 'University');
    expectCovered(hospitalDetector, 'seen at University of Vermont 2 weeks ago', 'University of Vermont');
  });
});
