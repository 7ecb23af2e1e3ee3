import { describe, it } from 'vitest';
import { contactDetector } from '../../../src/text/detectors/rules/patterns/contact.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

describe('rules/contact', () => {
  it.each([
    ['email jane.doe@example.org today', 'jane.doe@example.org'],
    ['see https://portal.example.com/p?id=3.', 'https://portal.example.com/p?id=3'],
    ['www.example.net has forms', 'www.example.net'],
    ['family blog example-family.com', 'example-family.com'],
    ['device at 192.168.1.20 alarmed', '192.168.1.20'],
  ])('finds the contact in %j', (text, phi) => expectCovered(contactDetector, text, phi));

  it.each([['ABG 7.35/40/80'], ['version 1.2.3'], ['temp 98.6'], ['pt @ 0400 called'], ['k 3.5 mg 2.1 phos 4.0']])(
    'leaves %j alone',
    (text) => expectUntouched(contactDetector, text),
  );

  it.each([['see https://x.example.com.', '.']])('trims trailing punctuation in %j', (text) => {
    expectCovered(contactDetector, text, 'https://x.example.com');
    expectUntouched(contactDetector, text, ' ');
  });
});

describe('rules/contact: social and messaging handles', () => {
  it.each([
    ['or text via TigerText @skwon_retina.', 'skwon_retina'],
    ['WeChat chenwei_phl88. Issues today', 'chenwei_phl88'],
    ['IG: maya.r_22 posted a photo', 'maya.r_22'],
  ])('finds the handle in %j', (text, phi) => expectCovered(contactDetector, text, phi));
  it.each([['R FEMORAL PA LINE DC.NO BLEEDING'], ['seen @ bedside, snap 2 more'], ['on Facebook page']])('leaves %j alone', (text) => expectUntouched(contactDetector, text));
});
