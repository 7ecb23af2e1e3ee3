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
    ['Springfield, MA 01103', '01103'],
    ['zip code 02115-1234', '02115-1234'],
    ['LIVES AT 12 OAK HILL ROAD', '12 OAK HILL ROAD'],
    ['Suite 200', 'Suite 200'],
  ])('finds the address part in %j', (text, phi) => expectCovered(addressDetector, text, phi));

  it.each([
    ['1 MM ST DEPRESSION in V4'],
    ['on 1st step mattress'],
    ['2 units PRBC'],
    ['WBC 12000 today'],
    ['stage 2 on coccyx'],
    ['in 2 Dr visits'],
    ['20 mg po qd'],
  ])('leaves %j alone', (text) => expectUntouched(addressDetector, text));

  it.each([['12345 cc total', '12345']])('near miss %j: a 5-digit number without address context', (text, word) =>
    expectUntouched(addressDetector, text, word),
  );
});
