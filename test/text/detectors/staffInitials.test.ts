import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
import { staffInitialsDetector } from '../../../src/text/detectors/rules/patterns/staffInitials.js';
import { createScrubber } from '../../../src/text/scrub.js';

const found = (text: string): string[] => staffInitialsDetector.detect(createTextContext(text)).map((s) => text.slice(s.start, s.end));

describe('rules/staff-initials', () => {
  it.each([
    ['Tech: QRM / vlk.', ['QRM', 'vlk']],
    ['Referring: Dr. Quill     Tech: QMB/TRQ', ['QMB', 'TRQ']],
    ['Sonographer: QRS (#4471). Pt NPO > 6h.', ['QRS']],
    ['report auto-faxed. Dict: qtl Trans: VR', ['qtl']],
    ['MD     D: 05/08/2025 15:54     Trans: RQC', ['RQC']],
    ['Dictated 12/3/2025  Transcribed 12/4/2025 (tqw)   Job ID PX-7730918', ['tqw']],
    // the letters may spell a word: the label says they are initials
    ['Signed 08/22/2025 14:06     D/T 8/22/25 mad/kqr', ['mad', 'kqr']],
    ['D: 04/18/25 07:09  T: 04/18/25 07:16  qkh   Job #: 5583102', ['qkh']],
    ['RT: K.O.  Sedation RN: on file', ['K.O.']],
    // a footer's label in lower case with a slash, a colon or a space, then a login or initials
    ['Signed 11/05/2024 11:06\ndict/qlindqvist   trans/mrv   doc id 4412097', ['qlindqvist', 'mrv']],
    ['MQSA facility ID 192044   /dict syc', ['syc']],
    ['Signed 2/27/2025 09:34   |  trans: gha  |  conf# 558301', ['gha']],
    ['Transcribed rqablan 6/11/25    ref# CRI-TR-55810', ['rqablan']],
    ['encounter E-77290314.\ndict dqlanagan/trans pcq', ['dqlanagan', 'pcq']],
    // a dictator and a typist with no stamp, and typists after a slash closing a reference
    ['Attested 03/14/2025 13:10    D: bos  T: ajm   job 3301774', ['bos', 'ajm']],
    ['Dict ref SRA-991047 / yab / lcv', ['yab', 'lcv']],
    ['T: 03/04/25 14:35   Job# 775120   /kmf', ['kmf']],
  ])('finds the initials in %j', (text, want) => expect(found(text)).toEqual(want));

  it.each([
    // a temperature, a side, "due to", a field filled without a name
    ['T: 38.5 HR 88. Tech: portable. RT: at bedside.'],
    ['ALL DISTAL PULSES PRESENT EXCEPT RT DP. FEET COOL'],
    ['PMH: CAD, PMR D/T SSS, REFLUX'],
    ['Trans: VR   Tech: N/A   Sonographer: RDMS'],
    // trans fats, a vitamin's dose, a word after a label
    ['Avoid trans fats and take vitamin D: 5000 units daily.'],
    ['Dictated by resident, typed portable, trans: none'],
  ])('reads no initials in %j', (text) => expect(found(text)).toEqual([]));

  it('removes the initials through the scrubber and leaves the next label', () => {
    expect(createScrubber().scrub('Dict: qtl Trans: VR').text).toBe('Dict: ___ Trans: VR');
  });
});
