import { describe, expect, it } from 'vitest';
import { contextPlaceDetector } from '../../../src/text/detectors/rules/patterns/contextPlace.js';
import { createTextContext as createCtx } from '../../../src/text/context.js';
import { expectCovered, expectUntouched, found } from '../_helpers.js';

describe('rules/context-place', () => {
  it.each([
    ['spent the summer on the Western Slope with family', 'Western Slope'],
    ['DAUGHTER DROVE IN FROM THE NORTH SHORE LAST NIGHT', 'NORTH SHORE'],
    ['grew up in the Upper Peninsula', 'Upper Peninsula'],
    ['keeps a boat on the Southern Shore, returns Friday', 'Southern Shore'],
    ['FOUND AT HOME IN AMESBURY MILLS BY NEIGHBOR', 'AMESBURY MILLS'],
    ['lives near Wyoming Heights with her son', 'Wyoming Heights'],
    ['husband works for Tandem Robotics as an engineer', 'Tandem Robotics'],
    ['WIFE IS CEO OF ZENTRIX. SMOKES 1 PPD', 'ZENTRIX'],
    ['he works for brightline freight.', 'brightline freight'],
    ['employed by Corvane Systems since 2001', 'Corvane Systems'],
    ['lives alone in Fox Hollow, daughter nearby', 'Fox Hollow'],
    ['pt lives with his wife in Quillby. no etoh', 'Quillby'],
    ['PT WORKS AS A TEACHER IN QUILLBY. WOUND VAC ON', 'QUILLBY'],
    ['Patient is originally from Fenwick, lives with son', 'Fenwick'],
    ['RECORDS FAXED TO ASHGROVE HOSPITAL IN FENWICK. PT CALM', 'FENWICK'],
    ['PT ADMITTED TO TWO RIVERS MEDICAL CENTER 84 DAYS AGO', 'TWO RIVERS'],
    ['Moved from Coos County in 2009', 'Coos County'],
    ['lives in Washtenaw County with son', 'Washtenaw County'],
    ['from St. Louis County, MO', 'St. Louis County'],
    ['the Lake County fair', 'Lake County'],
    ['COOS COUNTY RESIDENT', 'COOS COUNTY'],
    ['grew up in Orleans Parish', 'Orleans Parish'],
    ['retired and lives with family in Piechowice.', 'Piechowice'],
    ['lives with daughter in Zakliczyn', 'Zakliczyn'],
  ])('finds the place in %j', (text, phi) => expectCovered(contextPlaceDetector, text, phi));

  it.each([
    ['lives in an apartment with wife'],
    ['Works for the city as a bus driver'],
    ['LIVES ALONE IN SENIOR HOUSING'],
    ['lives in assisted living, walks with cane'],
    ['upper end of normal range'],
    ['LOWER EXTREMITY EDEMA, LOWER VALLEY OF SIGNAL'],
    ['back from an East Coast trip'],
    ['social work for emotional support'],
    ['Mills: none. pt went to Springs of water?'],
    ['north shore of the lesion'],
    ['works for himself doing carpentry'],
    ['AWAIT PT FROM CATH LAB, CONT MONITOR'],
    ['PT FROM HOME, LIVES WITH WIFE'],
    ['TRANSFERRED TO THE OUTSIDE HOSPITAL'],
    ['was in the hospital in the past'],
    ['ADMITTED TO COMMUNITY HOSPITAL'],
    ['lives in the county, drives to town'],
    ['moved from a neighboring County last year'],
    ['The County sends a nurse weekly'],
    ['OUT OF COUNTY, NO FAMILY'],
    ['lives with family in an apartment'],
    ['lives with wife in senior housing'],
  ])('leaves %j alone', (text) => expectUntouched(contextPlaceDetector, text));

  it('reports the whole town and suffix as one LOCATION span', () => {
    expect(new Set(found(contextPlaceDetector, 'HOME IN AMESBURY MILLS TODAY'))).toEqual(new Set(['AMESBURY MILLS']));
    const spans = contextPlaceDetector.detect(createCtx('on the Western Slope'));
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ start: 7, end: 20, type: 'LOCATION', source: 'rules/context-place' });
  });
});

describe('rules/context-place: roads by number', () => {
  it.each([
    ['exit 8 off Route 24', 'Route 24'],
    ['MVC on I-290 at high speed', 'I-290'],
    ['lives off Hwy. 9 near the lake', 'Hwy. 9'],
    ['injured on a lease off FM 1788 nr the plant', 'FM 1788'],
    ['lives off CR 412 past the church', 'CR 412'],
    ['house on SR-20 east of town', 'SR-20'],
  ])('finds it in %j', (text, phi) => expectCovered(contextPlaceDetector, text, phi));

  it.each([['I-131 therapy for Graves'], ['I-123 uptake scan'], ['Rt 5th finger swollen'], ['on CR 1.2 today'], ['Cr 1.2 on admission, SR 20 min'], ['CR 412 pending']])('leaves %j alone', (text) => expectUntouched(contextPlaceDetector, text));
});

describe('rules/context-place: a town after a facility and a comma', () => {
  it.each([
    ['Referring: Saint Francis ER, Tulsa\nClinical hx', 'Tulsa'],
    ['Site: Foothills Medical Centre, Calgary\nReferring', 'Calgary'],
    ['Seen at Quenby Hospital, Lowell, MA', 'Lowell'],
  ])('finds it in %j', (text, phi) => expectCovered(contextPlaceDetector, text, phi));

  it.each([['the hospital, Monday.'], ['the ED, Trauma.\n'], ['Saint Francis ER, tulsa\n']])('leaves %j alone', (text) => expectUntouched(contextPlaceDetector, text));
});

describe('rules/context-place: air-medical services by name', () => {
  it.each([
    ['CPR on scene. Summit AirCare 2 (tail N58SA) flew him in.', 'Summit AirCare 2'],
    ['Flown in by LifeLine 4. GCS 13 on scene.', 'LifeLine 4'],
    ['transferred via Valley AirCare, ETA 15:00.', 'Valley AirCare'],
    ['Mercy Air Med 3 landed at 0210.', 'Mercy Air Med 3'],
  ])('finds the service in %j', (text, phi) => expectCovered(contextPlaceDetector, text, phi));

  it.each([
    ['Call the 988 Suicide & Crisis Lifeline anytime.'],
    ['arrived by Life Flight from the scene'],
    ['The AirCare team landed on the pad.'],
    ['air care was called for transport'],
  ])('leaves %j alone', (text) => expectUntouched(contextPlaceDetector, text));
});

describe('rules/context-place: a place no list knows after a verb of life or travel', () => {
  it.each([
    ['Attends the masjid. Family from Sylhet. Cell on file.', 'Sylhet'],
    ['scared of needles since what happened in Enugu. My pastor prays.', 'Enugu'],
    ['wife and son remain in Fuzhou; cousin visits', 'Fuzhou'],
    ['Pt asking about going home to Fuzhou; will revisit', 'Fuzhou'],
    // a relative and `in`, the place closing the clause, a phone number after it or a verb going on
    ['Brother in Quebrada +238 991 23 45. No EtOH.', 'Quebrada'],
    ['Parents in Nuku’alofa +676 771 2034.', 'Nuku’alofa'],
    ['Daughter in Tegucigalpa sends money monthly.', 'Tegucigalpa'],
    ['Wife is still in Battambang; son here.', 'Battambang'],
    ['his uncles are living in Qarshibad and call weekly', 'Qarshibad'],
  ])('finds the place in %j', (text, phi) => expectCovered(contextPlaceDetector, text, phi));
  it.each([
    ['They came from Cardiology.'],
    ['pt went home to Eliquis.'],
    ['family from Mexico and speaks Spanish.'],
    // a relative in a unit, a service or a state: no town
    ['Daughter in ICU waiting room overnight.'],
    ['Son in Cardiology clinic today.'],
    ['Mother in Texas sends her love.'],
    ['Brother in law at bedside.'],
  ])('leaves %j alone', (text) => expectUntouched(contextPlaceDetector, text));
});

describe('rules/context-place: an airport by its code after a verb of flying, and a town flown from', () => {
  it.each([
    ['Her niece is flying from Iloilo and lands at SFO Sunday.', 'SFO'],
    ['connecting through DFW tomorrow night', 'DFW'],
    ['Her niece is flying from Iloilo and lands Sunday.', 'Iloilo'],
  ])('finds the place in %j', (text, phi) => expectCovered(contextPlaceDetector, text, phi));
  it.each([['arrived to PACU at 1400; flew in from OSH with sepsis'], ['landed at ICU bed 4']])('leaves %j alone', (text) => expectUntouched(contextPlaceDetector, text));
});

describe('rules/context-place: a town naming an employer\'s site', () => {
  it.each([
    ['process operator at Gulf Crescent Refining, Pasadena plant, injured', 'Pasadena'],
    ['worked nights at the Dearborn warehouse', 'Dearborn'],
  ])('finds the town in %j', (text, phi) => expectCovered(contextPlaceDetector, text, phi));
  it.each([['Transplant site: right iliac fossa'], ['Surgical site clean and dry.']])('leaves %j alone', (text) => expectUntouched(contextPlaceDetector, text));
});

describe('rules/context-place: a practice or a facility, a comma or a dash, then its town', () => {
  it.each([
    ['CT head 2019-02-14, Cary Medical Center, Caribou (outside PACS).', 'Caribou'],
    ['Follow-up: Dr. Coffin, Island Health Care, Edgartown - within 2 wks.', 'Edgartown'],
    ['Sandia Vista Medical Center NICU, Albuquerque\n', 'Albuquerque'],
    ['MESSAGE - Flint Hills Community Clinic, Emporia KS', 'Emporia'],
    ['Clinic: Valley Blvd Family Medicine - Rosemead\n', 'Rosemead'],
  ])('finds the town in %j', (text, town) => expectCovered(contextPlaceDetector, text, town));

  it.each([
    ['P: CONTINUE SUPPORTIVE CARE, MONITOR HR/RHYTHM, RECHECK PTT AT 1800.'],
    ['Consults: Cardiology, Internal Medicine - Hospitalist (day team).'],
    ['Seen by Internal Medicine, Pulmonary (consult).'],
  ])("leaves %j alone", (text) => expect(contextPlaceDetector.detect(createCtx(text))).toEqual([]));
});

describe('rules/context-place: a town abroad, a comma and its country', () => {
  it.each([
    ['CLINICAL HISTORY: 55M, born Rzeszów, Poland, forklift operator.', 'Rzeszów'],
    ['Born Ibadan, Nigeria; came to the US in 2001.', 'Ibadan'],
    ['26 yo G3P3 (born in Uvira, South Kivu, DRC; lived in camp).', 'Kivu'],
  ])('finds the town in %j', (text, town) => expectCovered(contextPlaceDetector, text, town));

  it.each([['Lived in Kenya, Somalia and Ethiopia before.'], ['PMH: Asthma, Georgia resident.'], ['Speaks Spanish, Mexico trip planned.']])('leaves %j alone', (text) =>
    expect(contextPlaceDetector.detect(createCtx(text))).toEqual([]));
});

describe('rules/context-place: military bases and towns typed in lower case', () => {
  it.each([
    ['living next to open burn pits at FOB Saleh; then Joint Base Kettle Point.', 'FOB Saleh'],
    ['then Naval Air Station Kettle Point.', 'Naval Air Station Kettle Point'],
    ['dad is stationed at NAS Pell Point.', 'NAS Pell Point'],
    ['basic training at Fort Halvorsen; later Carrow AFB.', 'Carrow AFB'],
    ['family = son, lives over in marrowby', 'marrowby'],
    ['her mom lives in tullow falls now.', 'tullow falls'],
  ])('finds %j', (text, phi) => expectCovered(contextPlaceDetector, text, phi));
  it.each([
    ['Camp counselor job this summer.', 'Camp counselor'],
    ['Pt lives in apartment with wife.', 'apartment'],
    ['lives in a group home', 'group'],
  ])('leaves %j alone', (text, word) => expectUntouched(contextPlaceDetector, text, word));
});

describe('rules/context-place: a weekly schedule is no place', () => {
  it.each([['Hematology clinic runs Thursdays.', 'Thursdays'], ['device clinic runs Tuesdays and Thursdays', 'Tuesdays']])('leaves %j alone', (text, word) =>
    expectUntouched(contextPlaceDetector, text, word));
});
