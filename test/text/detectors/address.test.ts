import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
import { addressDetector } from '../../../src/text/detectors/rules/patterns/address.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

describe('rules/address', () => {
  it.each([
    ['lives at 123 Main St with wife', '123 Main St'],
    ['lives at 45 Elm Street, Apt 4B', '45 Elm Street'],
    ['lives at 45 Elm Street, Apt 4B', 'Apt 4B'],
    ['sent to 9 North Pleasant Ave.', '9 North Pleasant Ave'],
    ['mail to P.O. Box 1234', 'P.O. Box 1234'],
    ['mail to POB 1209 please', 'POB 1209'],
    ['Post Office Box 88, Fenwick', 'Post Office Box 88'],
    ['Springfield, MA 01103', '01103'],
    ['zip code 02115-1234', '02115-1234'],
    ['LIVES AT 12 OAK HILL ROAD', '12 OAK HILL ROAD'],
    ['Suite 200', 'Suite 200'],
    ['HOME ADDRESS 88 QUILLBY ST, NORTH FENWICK. FAMILY AWARE', '88 QUILLBY ST'],
    ['HOME ADDRESS 88 QUILLBY ST, NORTH FENWICK. FAMILY AWARE', 'NORTH FENWICK'],
    ['LIVES AT 7 ASHER AVE IN WEST DUNMORE WITH SON', 'WEST DUNMORE'],
    ['Home address 31 Larch Close Ave, Fenwick. wife in to visit', 'Fenwick'],
    ['lives at 12 Elm Street, St. Louis, MO', 'St. Louis'],
  ])('finds the address part in %j', (text, phi) => expectCovered(addressDetector, text, phi));

  it.each([
    ['1 MM ST DEPRESSION in V4'],
    ['POB: Boston, moved at 3'],
    ['on 1st step mattress'],
    ['2 units PRBC'],
    ['WBC 12000 today'],
    ['stage 2 on coccyx'],
    ['in 2 Dr visits'],
    ['20 mg po qd'],
    ['12 LEAD ST ELEVATION, 2 UNITS ST'],
    ['ECG: 12 LEAD ST CHANGES IN V2'],
  ])('leaves %j alone', (text) => expectUntouched(addressDetector, text));

  it.each([
    ['lives at 12 Elm Street, MA', 'MA'],
    ['LIVES AT 7 ASHER AVE IN NH NOW', 'NH'],
    ['lives at 3 Oak Rd with his wife', 'with'],
  ])('stops the town before a state or a function word in %j', (text, word) => expectUntouched(addressDetector, text, word));

  it.each([['12345 cc total', '12345']])('near miss %j: a 5-digit number without address context', (text, word) =>
    expectUntouched(addressDetector, text, word),
  );
});

describe('rules/address: upper-case streets with an abbreviated suffix', () => {
  it.each([
    ['GI CLINIC AT DUMOND HOUSE NURSING HOME, 1208 CALLOWAY BEND AVE, SUITE 761', '1208 CALLOWAY BEND AVE'],
    ['PSYCHIATRY CLINIC AT OJAI GENERAL, 2900 CHAM PL: 05/2016', '2900 CHAM PL'],
    ['CLINIC AT 714 ELM ST, SUITE 2 ON MONDAY', '714 ELM ST'],
    ['MAIL TO 714 ELM ST, DOVER, NH 03820', '714 ELM ST'],
  ])('finds %j', (text, phi) => expectCovered(addressDetector, text, phi));

  it.each([
    ['HR 110 SINUS TACH ST WITH PVCS', 'ST'],
    ['GIVEN 2 UNITS PRBC ST', 'PRBC'],
    ['BP 90 PALPABLE DR AWARE', 'DR'],
  ])('leaves %j alone at %j', (text, word) => expectUntouched(addressDetector, text, word));

  it.each([
    ['a line cook at a bakery on Charles St; note provided', 'Charles St'],
    ['Pharmacy now CVS on Pleasant St.', 'Pleasant St'],
    ['SPOKE WITH PHARMACIST AT STORE ON MAIN ST, MALDEN (781-555-0101)', 'MAIN ST'],
    ['lives off Quarry Hill Road', 'Quarry Hill Road'],
    // after `the`, or after more words of place
    ['bus operator on the Quillwood Rd route', 'Quillwood Rd'],
    ['the corner of Quill St and Main St', 'Main St'],
    ['walked down Quillby Ave at night', 'Quillby Ave'],
    ['near the 167th St stop on the D', '167th St'],
  ])('finds the street named without a number in %j', (text, phi) => expectCovered(addressDetector, text, phi));

  it.each([
    ['ON TELE ST 110S', 'ST'],
    ['on EKG ST changes', 'ST'],
    ['ON TELE ST, HR 110', 'TELE'],
    ['HR 110 ON LOPRESSOR ST, BP 120', 'LOPRESSOR'],
    ['on the Lane', 'Lane'],
    ['and Inferior ST changes noted', 'Inferior'],
  ])('leaves %j alone at %j (no street)', (text, word) => expectUntouched(addressDetector, text, word));

  it('takes no suite for a town after a street', () => {
    const text = 'Clinic at 714 Elm Street, Suite 2 on Monday';
    const spans = addressDetector.detect(createTextContext(text)).map((s) => text.slice(s.start, s.end));
    expect(spans).toContain('Suite 2');
    expect(spans).not.toContain('Suite');
  });
});

describe('rules/address: rural routes and streets whose kind comes first', () => {
  it.each([
    ['Address for hospice: Rt. 2 Box 47A, Man, WV 25635.', 'Rt. 2 Box 47A'],
    ['lives at RR 3 Box 112 up the hollow', 'RR 3 Box 112'],
    ['mailing: Route 2, Box 47, Salyersville', 'Route 2, Box 47'],
    ['stairs at home (1127 E Via Verde Apt 2C, Upland)', '1127 E Via Verde'],
    ['lives at 450 Calle del Sol, Ponce', '450 Calle del Sol'],
  ])('finds the address in %j', (text, phi) => expectCovered(addressDetector, text, phi));
  it.each([['gave 2 Vista Flow catheters'], ['a box of 2 gloves on the route']])('leaves %j alone', (text) => expectUntouched(addressDetector, text));
});

describe('rules/address: a floor before the town, and a city after a neighbourhood', () => {
  it.each([
    ['Lives at 58 Ives St, 2nd floor, Fox Point, Providence. Works nights.', 'Providence'],
    ['house at 3017 Brereton St, Polish Hill, Pittsburgh 15219.', 'Pittsburgh'],
    ['at 4 Main St, Apt 3B, Dover, NH', 'Dover'],
  ])('finds the place in %j', (text, phi) => expectCovered(addressDetector, text, phi));
  it('leaves a state after the town alone', () => {
    const text = 'lives at 12 Elm St, Quincy, MA 02169';
    expect(addressDetector.detect(createTextContext(text)).some((s) => text.slice(s.start, s.end) === 'MA')).toBe(false);
  });
});

describe('rules/address: a street named after a state', () => {
  it.each([
    ['granddaughter at the house on Tennessee St in Vallejo.', 'Tennessee St'],
    ['lives on Pennsylvania Ave near the park', 'Pennsylvania Ave'],
  ])('finds the street in %j', (text, phi) => expectCovered(addressDetector, text, phi));
  it('leaves a state alone', () => expectUntouched(addressDetector, 'moved to Texas last year'));
});
