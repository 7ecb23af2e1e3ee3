import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
import { organisationDetector } from '../../../src/text/detectors/rules/patterns/organisation.js';
import { createScrubber } from '../../../src/text/scrub.js';
import { expectCovered } from '../_helpers.js';

const found = (text: string): string[] => organisationDetector.detect(createTextContext(text)).map((s) => text.slice(s.start, s.end));
const typesOf = (text: string): string[] => organisationDetector.detect(createTextContext(text)).map((s) => s.type);

describe('rules/organisation', () => {
  it.each([
    // a head that only organisations use: everyday words before it are the organisation's own
    ['Retired bus driver (Quarry Hollow School District). Lives alone.', 'Quarry Hollow School District'],
    ['Secondary insurance WEA Trust through her job.', 'WEA Trust'],
    ['Deacon at Greater Bethel M.B. Church. Still smokes.', 'Greater Bethel M.B. Church'],
    ['Crew member, pays into the Kodiak Fishermen\'s Fund for P&I.', "Kodiak Fishermen's Fund"],
    ['Deckhand for Tidewater Bounty Seafood; wants an answer before the boat leaves.', 'Tidewater Bounty Seafood'],
    ['Ships milk to Foremost Farms twice a week.', 'Foremost Farms'],
    ['Owner-operator leased to Seven Creeks Transport out of the valley.', 'Seven Creeks Transport'],
    ['Home O2 from Lone Pine Medical Supply, concentrator on loan.', 'Lone Pine Medical Supply'],
    // a head that clinical text also uses: a word of no everyday list before it
    ['She goes to the Kealaula Center twice a week for the kupuna program.', 'Kealaula Center'],
    // what a head is of
    ['Reported to Quenby County Board of Health today.', 'Quenby County Board of Health'],
    // a temple or a shrine after a word of its own, and the heads of Hindu and Buddhist houses of worship
    ['wife wants the monks from Quillaratanaram Temple to visit', 'Quillaratanaram Temple'],
    ['She attends Sri Quillesha Mandir on weekends.', 'Sri Quillesha Mandir'],
    ['Mom volunteers at Quillmuki Shrine.', 'Quillmuki Shrine'],
  ])('finds the organisation in %j', (text, phi) => expectCovered(organisationDetector, text, phi));

  it.each([
    ['laceration to the Left Temple area'],
    ['Hit his Right Temple on the door.'],
    ['Pt prays at the Buddhist Temple.'],
    ['Burn to R temple. Temple tenderness.'],
  ])('leaves the side of the head or a generic temple alone in %j', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['Referring: Dr. Ames, Harbor Crest Orthopaedics, 3rd floor.', 'Harbor Crest Orthopaedics'],
    ['Pharmacy: Walnut Lane Specialty Rx, fax on file.', 'Walnut Lane Specialty Rx'],
    ['Home infusion by Green Prairie Infusion three times a week.', 'Green Prairie Infusion'],
    ['Prelim by overnight teleradiology (NightHarbor Radiology) at 02:51.', 'NightHarbor Radiology'],
    ['Outside mammograms from Open Window Imaging in the spring.', 'Open Window Imaging'],
    ['Ortho f/u: Dr. Ames, Monument Orthopedic Specialists, in two weeks.', 'Monument Orthopedic Specialists'],
    ['Referring: Dr. Ames, Squirrel Hill Geriatrics', 'Squirrel Hill Geriatrics'],
    // a letterhead opening a line keeps its everyday first word when the rest holds none of its own
    ["Steel City Women's Imaging - Bone Density Services", "Steel City Women's Imaging"],
  ])('finds a practice, a pharmacy or a supplier of care in %j (type HOSPITAL)', (text, phi) => {
    expectCovered(organisationDetector, text, phi);
    expect(typesOf(text)).toContain('HOSPITAL');
  });

  it('keeps the full stop of an abbreviated head and nothing of the sentence before', () => {
    expect(found('Worked 30 yrs at Big Quarry Mining Co. Retired.')).toEqual(['Big Quarry Mining Co.']);
    expect(found('Attends Coon Hollow Lutheran Church weekly.')).toEqual(['Coon Hollow Lutheran Church']);
    expect(found('Works at Quill Creek Peanut Co-op in season.')).toEqual(['Quill Creek Peanut Co-op']);
  });

  it.each([
    // national bodies, generic agencies and committees: nothing of their own
    ['Per American Heart Association guidelines; Child Protective Services notified.'],
    ['Discussed at the Infection Control Committee and the Pharmacy and Therapeutics Committee.'],
    ['Minnesota Department of Health was informed.'],
    // a kind of care after a clinical adjective, and allergies
    ['No Known Allergies / Adverse Drug Reactions'],
    ['Neurointerventional Radiology already in the room; Radiation Oncology to see.'],
    ['Sickle Cell Gene Therapy Program information sheet given.'],
    ['Seen in Nuclear Medicine, Travel Medicine, Sports Medicine, Family Medicine and Emergency Medicine.'],
    ['Attends Church weekly.'],
    // a heading alone on its line, before a colon, or in capitals
    ['Social History:\nWorks nights.\nFamily Spirit Program\nEnrolled.'],
    ['MULTIDISCIPLINARY GI TUMOR BOARD - Thursday 07:00'],
    // a full stop ends the name; a connector only joins after a head
    ['Mass at St. Columba. Garden IV fracture of the femoral neck.'],
    // a department of a hospital is the hospital rules'
    ['Seen at Desert Springs Regional Cancer Center last year.'],
  ])('leaves %j to the other rules', (text) => expect(found(text)).toEqual([]));

  it('says nothing in a note written in one case', () => {
    expect(found('RETIRED FROM QUARRY HOLLOW SCHOOL DISTRICT. WEA TRUST SECONDARY.')).toEqual([]);
  });

  it('leaves PHI-free text alone through the scrubber', () => {
    const text = 'Per NCCN and the American Cancer Society, Radiation Oncology will see her; Home Health Services arranged.';
    expect(createScrubber().scrub(text).text).toBe(text);
  });
});

describe('rules/organisation: a business named by words joined with "&"', () => {
  it.each([
    ['Husband works at Big Red Tire & Lube; pt previously did housekeeping.', 'Big Red Tire & Lube'],
    ['Drives part time for Sunrise Shuttle & Tours and cannot drive now.', 'Sunrise Shuttle & Tours'],
    ['Works tomorrow at Cookson Hills Feed & Seed - note given.', 'Cookson Hills Feed & Seed'],
  ])('finds %j', (text, phi) => {
    expectCovered(organisationDetector, text, phi);
    expect(typesOf(text)).toEqual(['OTHER']);
  });

  it('types a practice named so as a facility', () => {
    const text = 'Podiatry: Dr. Baek, Spring Valley Foot & Ankle, next week.';
    expect(found(text)).toEqual(['Spring Valley Foot & Ankle']);
    expect(typesOf(text)).toEqual(['HOSPITAL']);
  });

  it.each([
    ['Reviewed Risks & Benefits with the patient.'],
    ['Seen by Physical Medicine & Rehabilitation today.'],
    ['c/o Nausea & Vomiting since the morning.'],
    ['Assessment & Plan:\nStable.'],
    ['Consult Obstetrics & Gynecology today.'],
    ['Labs: Na & K normal.'],
    ['988 Suicide & Crisis Lifeline reviewed.'],
    // two words alone, and a heading alone on its line
    ['Referred to Heart & Vascular for a stress test.'],
    ['Wound Care & Dressing Changes\nDaily.'],
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});

describe('rules/organisation: a home-care or day-care agency named by everyday words', () => {
  it.each([
    ['Works FT for Kind Hands Home Care; weekends at her sister.', 'Kind Hands Home Care'],
    ['Home health (Capital Region Home Care, SOC pending).', 'Capital Region Home Care'],
    ['Grandson goes to Sunflower Day Care while she works.', 'Sunflower Day Care'],
    ['Ordering: Mira Haddad, MD, Elm Street Primary Care', 'Elm Street Primary Care'],
    ['Imaging done @ Mile High Urgent Care last night.', 'Mile High Urgent Care'],
  ])('finds %j (type HOSPITAL)', (text, phi) => {
    expect(found(text)).toEqual([phi]);
    expect(typesOf(text)).toEqual(['HOSPITAL']);
  });

  it.each([
    ['Provide Comfort Care and Home Care per family.'],
    ['Arranged Skilled Home Care and Adult Day Care.'],
    ['Discussed Primary Care follow-up and Comfort Care goals.'],
    ['Follow up with Primary Care in 1 week; return to Urgent Care if worse.'],
    ['Establish with Internal Medicine Primary Care.'],
  ])('leaves %j alone', (text) => expect(found(text)).toEqual([]));
});
