import { describe, it } from 'vitest';
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
