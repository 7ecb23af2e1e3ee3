import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
import { dateDetector } from '../../../src/text/detectors/rules/patterns/date.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

describe('rules/date', () => {
  it.each([
    ['seen on 3/4 in clinic', '3/4'],
    ['admitted 3/4/12 via ED', '3/4/12'],
    ['admitted 03-04-2012 via ED', '03-04-2012'],
    ['scan dated 2012-03-04 showed', '2012-03-04'],
    ['surgery on March 4th went well', 'March 4th'],
    ['biopsy 4-Mar-2012 benign', '4-Mar-2012'],
    ['follow up Mar 4 with PCP', 'Mar 4'],
    ['stent placed the 4th of March', '4th of March'],
    ['diagnosed in March 2009', 'March 2009'],
    ['SEEN ON SEPT 14, 2003 BY', 'SEPT 14, 2003'],
    ['s/p MI 1992; CABG', '1992'],
    ['hip fracture in 2004 treated', '2004'],
    ["CVA '92 with residual weakness", "'92"],
    ['PMH: HTN, CVA 74\'. DM', "74'"],
    ['extubated 5/19. Tolerating', '5/19'],
    ['drawn on11/23/87 by lab', '11/23/87'],
    ['s/p wrist fx6/95 healed', '6/95'],
    ['sputum from 6/3 grew GNR', '6/3'],
    ['ventilated 3/29-4/1 for pneumonia', '4/1'],
    ['MI in the 1980s', '1980s'],
    ['it happened on the 11th.', '11th'],
    ['last admitted in September.', 'September'],
    ['history: MVR 79, CVA 88; DM', '79'],
    ['hx TIA in 97 and 03 with no deficit', '03'],
    ['6/14.89 admitted for sepsis', '6/14.89'],
    ['extubated 12/5 without issue', '12/5'],
    ['no growth from 4/27 cultures', '4/27'],
    // a month/day stamped with a 24-hour time is a date even among settings
    ['last CO/CI (11/14 0600) 4.1/2.2', '11/14'],
    ['PEEP 5, 8/5 @ 14:30 increased', '8/5'],
    // dose events
    ['antibiotics stopped after last doses 6/9.', '6/9'],
    // hyphenated month-day after a date preposition, before a plain word
    ['went back to the OR on 6-9 for revision', '6-9'],
    ['CULTURE FROM 2-7 GREW GNR', '2-7'],
    // a day range glued before a month
    ['night shift 4->5 Oct, 01', '4->5 Oct'],
    ['away 3-4 March for surgery', '3-4 March'],
    ['seen 11 to 12 February', '11 to 12 February'],
    // lower-case "may" with a day after a date preposition
    ['last drank in may 12 per wife', 'may 12'],
    // two-digit years: MI variants, year opening a history item, slash-joined date pairs
    ['PMH: CAD s/p NQWMI 07. HTN', '07'],
    ['PMH: DM. 04 CABG x3. 11 stent to RCA', '04'],
    ['PMH: DM. 04 CABG x3. 11 stent to RCA', '11'],
    ['RECEIVED CHEMO 11/28/11/30 AND', '11/28/11/30'],
    ['chemo 12/30/1/2 then', '12/30/1/2'],
    // ventilator rules keep real dates
    ['RESP: extubated 5/5 to 4L NC', '5/5'],
    ['fall at home on 5/5, brought in by EMS', '5/5'],
    // a date preposition wins over respiratory words in other sentences
    ['Seen by Dr. Quenby on 5/5. Extubated 1/1, BP 120/80.', '5/5'],
    ['Extubated 1/1, BP 120/80. Seen by Dr. Quenby on 5/5. ', '5/5'],
    ['BIPAP started 10/5/12 in ED', '10/5/12'],
    // a joint or limb alone does not make a slash pair a muscle grade
    ['MRI L knee 3/5 showed a meniscal tear', '3/5'],
    ['COMPARISON:  Prior CT 2011 and MRI 10/19/2010.', '2011'],
    ['prior study 2009 showed no change', '2009'],
    ['fell on 3/5 knee pain since', '3/5'],
    // a date preposition makes a grade-like pair a date, whatever the sentence is about
    ['Seen on 4/5 for weakness', '4/5'],
    ['Weakness since 3/5, now improving', '3/5'],
    ['Strength improved. Next visit 3/5.', '3/5'],
  ])('finds the date in %j', (text, phi) => expectCovered(dateDetector, text, phi));

  it.each([
    ['BP 120/80 HR 72', undefined],
    ['BP 90/60 after fluids', undefined],
    ['2/6 systolic murmur at LUSB', undefined],
    ['strength 5/5 in all extremities', undefined],
    ['moves all ext, 5/5 strength', undefined],
    // muscle grades: a movement or muscle on either side
    ['C5/6, 3/5 hip flexion bilaterally', undefined],
    ['PT TO CT 1930, BACK AT 2030', undefined],
    ['4/5 L hip flexion, 5/5 deltoids', undefined],
    // strength grades of a motor exam, after a limb abbreviation or a motor word earlier in the sentence
    ['Left facial droop, LUE 2/5, LLE 3/5. Babinski upgoing.', undefined],
    ['Strength full 5/5 throughout except L IP 4/5.', undefined],
    ['Power 4/5 in L arm, 5/5 elsewhere', undefined],
    ['L hand grip 3/5, R 5/5', undefined],
    ['Full strength in all four extremities 5/5', undefined],
    ['Twin A female, Apgars 7/9; Twin B male, Apgars 6/8', undefined],
    ['Path: pT3N1a (1/18 nodes), MSI-high', undefined],
    ['MRI foot: osteomyelitis of the 1st metatarsal head.', undefined],
    ['Morton neuroma in the 4th-5th intermetatarsal space', undefined],
    ['Pain 8/10 at rest, improved to 4/10 with oxycodone', undefined],
    ['hip flexion 3/5, knee extension 4/5', undefined],
    ['deltoid 4/5 on the right', undefined],
    ['grip 4/5 R hand', undefined],
    ['3/5 BLE, 4/5 BUE', undefined],
    ['give 1/2 tab of ativan', undefined],
    ['L4/5 disc herniation', undefined],
    ['C5/6 fusion', undefined],
    ['pain 0/10 after morphine', undefined],
    ['rates pain 7/10 at rest', undefined],
    ['ABG 7.35/40/80 on 40%', undefined],
    ['lasix 10/20 mg iv', undefined],
    ['rales 2/3 of the way up', undefined],
    ['AC 550x14/8/50% overnight', undefined],
    ['vent PSV 10/5 tolerating', undefined],
    ['ambulating x2 with PT', undefined],
    ['I/O 1960 cc / 500 cc', undefined],
    ['meds given at 1930 and 2000', undefined],
    ['ratio 3:1 heparin', undefined],
    ['urine 500-1000 cc', undefined],
    ['pt may 2 visit later', undefined],
    ['dec BS at bases', undefined],
    ['q4-6h prn', undefined],
    ['G2/P1 female', undefined],
    ['c/o 6/10 sternal pain', undefined],
    ['reports 4/10 back pain', undefined],
    ['weaned from 10/5 PSV', undefined],
    ['mode 500x12x40%x8/5.00=45%', undefined],
    ['MI 2 years ago', undefined],
    // clock-time rule: not a month/day, or a unit after the four digits
    ['BP 120/80 1400 sitting', undefined],
    ['lasix 10/20 mg 0800 given', undefined],
    // hyphen ranges after prepositions stay ranges
    ['sats 95% on 2-4 L NC', undefined],
    ['on 1-2 pillows overnight', undefined],
    ['insulin from 2-4 units/hr', undefined],
    ['rate ranged from 3-5 with ectopy', undefined],
    ['PEEP decreased from 8-6 today', undefined],
    ['drip on 3-4 to keep MAP up', undefined],
    ['CVP 3-5 overnight', undefined],
    // day ranges before a word that is also a month
    ['given 2-3 mar to prevent', undefined],
    ['ABG 7.43/41/76/28 on 40%', undefined],
    ['IABP 1:1 75/94/35/59 now', undefined],
    ['pt may 12 hours later', undefined],
    ['he may 3 times a day', undefined],
    // ventilator settings written as a chain, or 5/5 in a respiratory passage
    ['SETTINGS SIMV/PS, 500X10, 40%, & 5/8. ABG OK', undefined],
    ['rested on 600X4, & 5/10 with sats high 90s', undefined],
    ['AC/600X12/40%/+5 with good gas', undefined],
    ['on BIPAP 10/5/12 overnight', undefined],
    ['RESP: trialed on 5/5, tolerated well', undefined],
    ['excellent 5/5 ABG this am', undefined],
  ])('leaves the clinical look-alike in %j alone', (text) => expectUntouched(dateDetector, text));

  it.each([
    ['no date: 12/5/3 is a triplet of lab values', '12/5/3'],
    ['spine T12/L1 level', '12'],
    ['HR 80/min then 13/45 ratio', '13/45'],
    ['on 3-4 liters then on 5/2', '3-4'],
    ['pairs 10/04/10/03 reversed', '10/04/10/03'],
    ['PMH: DM. 2 stents placed', '2'],
    ['diuresed 9 CABG patients', '9'],
    ['in may 12 hours later', 'may'],
  ])('near miss %j', (text, word) => expectUntouched(dateDetector, text, word));

  it.each([
    ["PMH: CABG '98, s/p MI 04', CVA 74'.", ["'98", "04'", "74'"]],
    ["PMH: CABG '98, S/P MI 04', PROSTATE CA'88, BACK SURGERY '85.", ["'98", "04'", "'88", "'85"]],
    ["hx: lap chole 99', TKR (R) '07", ["99'", "'07"]],
  ])('takes two-digit years with an apostrophe in a history list %j', (text, years) => {
    for (const y of years) expectCovered(dateDetector, text, y);
  });

  it.each([
    ['Pt is 5\'10" and 6\' tall.', "10"],
    ["O'Brien said 'ok'.", 'Brien'],
    ["Drain 1-2' in length.", "2'"],
    ["Rested 10' then walked 50'.", "10'"],
    ["After 15' of rest HR 90.", "15'"],
    ["Q 15' neuro checks overnight.", "15'"],
    ["Over 30' infusion, then flush.", "30'"],
    ["Took 10' to walk to the bathroom.", "10'"],
    ["Doses 10' apart.", "10'"],
  ])('leaves feet, inches and minutes with an apostrophe in %j', (text, word) => expectUntouched(dateDetector, text, word));
});

describe('rules/date: more holidays, and Spanish or Portuguese dates without a year', () => {
  it.each([
    ['fell over MLK Day weekend', 'MLK Day'],
    ["seen after Presidents' Day", "Presidents' Day"],
    ['on Palm Sunday she fell', 'Palm Sunday'],
    ['since Ash Wednesday', 'Ash Wednesday'],
    ['ate a lot on Super Bowl Sunday', 'Super Bowl Sunday'],
    ['over Kwanzaa', 'Kwanzaa'],
    ['MRI 2018-11-11 (Remembrance Day). Findings', 'Remembrance Day'],
    ['fell on Canada Day', 'Canada Day'],
    ['since Mardi Gras', 'Mardi Gras'],
    ['since the Fourth, more short of breath', 'Fourth'],
    ['missed lactulose since el 10 de marzo.', '10 de marzo'],
    ['internada em 3 de maio', '3 de maio'],
    ['Chest pain since 3/10, worse on exertion', '3/10'],
  ])('finds the date in %j', (text, phi) => expectCovered(dateDetector, text, phi));

  it.each([['Good Friday'], ['the fourth ventricle is normal'], ['Black box warning']])('leaves %j alone', (text) => expectUntouched(dateDetector, text));
});

describe('rules/date: a pair stamped by a clock time or a Saturday, and a pair before "normal"', () => {
  it.each([
    ['WET READ: RHg Sat 5/6 2:58 PM  acute R SDH', '5/6'],
    ['discussed by phone at 09:48 on Sat 6/3.', '6/3'],
    ['repeat CT 5/6 2:58 PM', '5/6'],
    ['seen 9/17 9am', '9/17'],
    ['Neuro checks stable. TCDs on 11/3 normal velocities.', '11/3'],
  ])('finds the date in %j', (text, phi) => expectCovered(dateDetector, text, phi));

  it.each([['PS 10/5 0800'], ['O2 sat 9/10 today'], ['running at 1/2 normal saline'], ['HR 80 Sat 98% 2L']])('leaves %j alone', (text) => expectUntouched(dateDetector, text));
});

describe('rules/date: "2/2" as "secondary to", a rate per hours, a murmur by its sound, an ordinal before a bone', () => {
  it.each([
    ['Dx: adrenal crisis 2/2 primary adrenal insufficiency'],
    ['AKI 2/2 dehydration, improving'],
    ['Na 124 -> 133 over 48h (no faster than 8/24h)'],
    ['there was a harsh 4/6 late-peaking crescendo murmur'],
    ['plantar ulcer under the 2nd met head, probe to bone'],
    ['- Katz ADL 3/6, Lawton IADL 1/8\n- Mini-Cog 1/5; CAM positive'],
    ['Western blot IgM 3/3 bands and IgG 6/10 bands.'],
    ['into the right portal vein on the 3rd pass.'],
  ])('leaves %j alone', (text) => expectUntouched(dateDetector, text));

  it.each([
    ['CXR 2/2 showed RLL PNA', '2/2'],
    ['seen on 2/2 by cards', '2/2'],
    ['admitted 2/2 with sepsis', '2/2'],
    // a culture's number after it is its date
    ['gram + cocci blood cultures 10/1 via right IJ', '10/1'],
  ])('finds the date in %j', (text, phi) => expectCovered(dateDetector, text, phi));
});


describe('rules/date: holidays of many calendars, after a time word or in brackets', () => {
  it.each([
    ['delivered 12/24/22 (Christmas Eve), heavy bleeding', 'Christmas Eve'],
    ['handoff 12/31 (NYE, expect busy)', 'NYE'],
    ['family wants to travel for Tet to see relatives', 'Tet'],
    ['we are going to Salt Lake for Dashain next week', 'Dashain'],
    ['she fasted during Navratri and felt faint', 'Navratri'],
    ['visiting family since Chuseok', 'Chuseok'],
    ['se cayó en Nochebuena, dice la hija', 'Nochebuena'],
    ['plans to travel for Dia de los Muertos', 'Dia de los Muertos'],
    // a people's New Year, whole
    ["asks if he'll be home for Khmer New Year (4/14)", 'Khmer New Year'],
    ['Parents asked if baby will be home for Hmong New Year: likely not', 'Hmong New Year'],
    ['fell at the Lunar New Year party', 'Lunar New Year'],
  ])('finds the holiday in %j', (text, phi) => expectCovered(dateDetector, text, phi));

  it.each([
    ['during a tet spell he squats'],
    ['tetralogy repaired; no Tet spells since'],
    ['holistic care plan'],
    ['she lent him money'],
    ['Khmer interpreter booked for the new meds'],
    ['Happy New Year to the team'],
  ])('leaves %j alone', (text) => expectUntouched(dateDetector, text));
});

describe('rules/date: a month/day that could be a fraction, joined to a date', () => {
  it.each([
    ['grafts to both hands 2/26 and 3/4; face managed', '3/4'],
    ['vancomycin from 12/28 to 1/3', '1/3'],
  ])('finds the second date in %j', (text, phi) => expectCovered(dateDetector, text, phi));
  it.each([['strength 4/5 and 3/5 bilaterally'], ['on 2/14, 3/4 of the dose was given']])('leaves the fraction in %j alone', (text) => {
    const spans = dateDetector.detect(createTextContext(text));
    expect(spans.some((s) => /^\d\/\d$/.test(text.slice(s.start, s.end)))).toBe(false);
  });
});

describe('rules/date: a bare recent year where the note writes no four-digit clock time', () => {
  it.each([
    // after a word of time, only where the note writes a year elsewhere
    ['Seen 2/10/24. Lived in Dadaab camp until 2016, now in clinic.', '2016'],
    ['Prior L breast core bx 2011 at the outside hospital = fibroadenoma.', '2011'],
    ['On the 2022 LDCT this was a 7 mm part-solid nodule.', '2022'],
    ['Hx TB treated ~2006 in camp. Seen 3/4/2024.', '2006'],
    ['Alendronate 2019-2023, stopped for esophagitis.', '2019'],
    ['Alendronate 2019-2023, stopped for esophagitis.', '2023'],
  ])('finds the year in %j', (text, year) => expectCovered(dateDetector, text, year));

  it.each([
    // the note writes clock times as four digits: 2000 may be eight in the evening
    ['Started @ 1800. Unclamp CT @ 2000 as stated.'],
    ['Lie flat until 2000.'],
    ['Heparin gtt, ptt due 2030.'],
    ['Shift 1900-2000 uneventful, vitals at 0400 stable.'],
    // measures, editions, table rows
    ['EBL 2000, UOP 400.'],
    ['fluid restriction 2000 per nephrology'],
    ['per the 2020 AHA/ACC HCM guideline'],
    ['ELN 2022 intermediate risk'],
    ['Banff 2019 i1 t1 on the biopsy'],
    ['Freq (Hz) | 1000 | 2000 | 3000 |'],
    ['dumped 2000+ after transfusion'],
  ])('leaves %j alone', (text) => expectUntouched(dateDetector, text));
});

describe('rules/date: a month/day by a clinical word, within three weeks of another date of the note', () => {
  it.each([
    ['Vanc from 12/30 (end 2/10/24). PICC placed 1/5 L basilic, 42 cm.', '1/5'],
    ['Admitted 3/2/2024. UGIB: EGD 3/4 (Dr. Smith) - 2 clean-based ulcers.', '3/4'],
    ['Seen 3/19 09:15. RR 28, ABG 3/9 7.33/58/54, required 5L.', '3/9'],
    ['Seen 1/2/2025. Metformin 1000 BID (reduced to 500 BID 1/6), glargine 30u.', '1/6'],
    ['Stay met 9/30. Clinical: PT 9/30 - min-mod A transfers.', '9/30'],
  ])('finds the date in %j', (text, date) => expectCovered(dateDetector, text, date));

  it.each([
    // no date of the note near it (a study's name before the pair is a date's cue: see below)
    ['Admitted 8/2/2024. RR 28, ABG 3/9 7.33/58/54, required 5L.'],
    ['PICC placed 1/5 L basilic, 42 cm.'],
    // a fraction, a grade, a murmur, a score, a count, a setting: never, however near
    ['Admitted 1/2/2024. Take 1/2 tab daily; 3/4 of the dose given.'],
    ['Admitted 2/3/2024. Soft 2/6 murmur at the apex.'],
    ['Admitted 4/3/2024. Strength 4/5 L hip flexion.'],
    ['Admitted 1/3/2024. Pain 1/10 at rest.'],
    ['Admitted 2/3/2024. Blood cultures 2/4 bottles positive.'],
    ['Admitted 5/3/2024. PEEP 5/5 on CPAP.'],
  ])('leaves the pair alone in %j', (text) => {
    const spans = dateDetector.detect(createTextContext(text));
    const pair = /(?:ABG|placed|take|soft|strength|pain|cultures|PEEP) (\d\/\d)/i.exec(text)!;
    const at = pair.index + pair[0].length - pair[1]!.length;
    expect(spans.some((s) => s.start <= at && s.end > at)).toBe(false);
  });
});

describe('rules/date: a score named after a person, and a person named like a score', () => {
  it.each([
    ['Agree. Beighton 3/9, no hypermobility.'],
    ['Oswestry 34%; Roland-Morris 11/24. MRI not indicated.'],
    ['Ishihara 7/14 OD and 14/14 OS'],
    ['Centor 3/4, rapid strep sent'],
  ])('leaves the score in %j alone', (text) => expectUntouched(dateDetector, text));

  it.each([
    // a title or a word of meeting before the name: the person's visit, on that day
    ['Seen by Dr. Bishop 3/9 for follow up', '3/9'],
    ['f/u with Katz 4/12 in clinic', '4/12'],
    ['Pt saw Braden 5/11, no changes', '5/11'],
  ])('finds the date in %j', (text, phi) => expectCovered(dateDetector, text, phi));

  it('still reads a score after its own name', () => {
    expect(dateDetector.detect(createTextContext('Braden 14/23, turning q2h')).length).toBe(0);
    expect(dateDetector.detect(createTextContext('Bishop score 9/13 favourable')).length).toBe(0);
    expect(dateDetector.detect(createTextContext('Katz 4/6 independent')).length).toBe(0);
  });
});

describe('rules/date: a month and day after a date of service or a study', () => {
  it.each([
    ['pro fee q - for omar dos 3/3 u billed 99223', '3/3'],
    ['ex-smoker, LDCT 2/3 at the imaging center showed 11mm', '2/3'],
    ['Echo 2/3 showed EF 55%.', '2/3'],
  ])('finds %j', (text, phi) => expectCovered(dateDetector, text, phi));
  it.each([['strength 4/5, CT head neg'], ['CT head: 1/2 of the ventricle effaced'] ])('leaves %j alone', (text) =>
    expectUntouched(dateDetector, text, text.match(/\d\/\d/)![0]));
});

describe('rules/date: a year of a guideline or an equation', () => {
  it.each([
    ['would lower apixaban exposure; the 2023 ACC/AHA/ACCP/HRS atrial fibrillation guideline advises against it', '2023'],
    ['Key exclusion: eGFR below 20 by CKD-EPI 2021; systolic BP below 95', '2021'],
  ])('leaves %j alone', (text, year) => expectUntouched(dateDetector, text, year));
  it('still finds a procedure of a year', () => expectCovered(dateDetector, 'Pt had CABG 2019 and stent in 2021.', '2019'));
});

describe('rules/date: a lower-case month and day after `to`', () => {
  it('finds both ends of the stay', () => {
    expectCovered(dateDetector, 'i will be in France from may 2 to may 30. i had the DVT', 'may 30');
  });
});

describe('rules/date: the year of an edition of a guideline, a classification or a reference work', () => {
  it.each([
    ['LDL goal <55 (2019 ESC) on Lipitor', '2019'],
    ['Criteria for NCSE not met. ACNS 2021 terminology.', '2021'],
    ['Beers (AGS 2023): benzodiazepine - avoid.', '2023'],
    ['3.8 copies/cell = NEGATIVE (ASCO/CAP 2018, group 5)', '2018'],
    ['Belmont Report; 2018 Common Rule. AEs per CTCAE', '2018'],
    ['Sources: CDC Yellow Book 2024, WHO.', '2024'],
  ])('leaves %j alone', (text, year) => expectUntouched(dateDetector, text, year));
  it.each([['Pt had CABG 2019 and stent in 2021.', '2019'], ['Nursing Facility in 2015 for Light criteria; pt', '2015']])('still finds %j', (text, year) =>
    expectCovered(dateDetector, text, year));
});

describe('rules/date: a score\'s change, and a score in a table row with its result', () => {
  it.each([
    ['cross-cradle hold. LATCH 7/10 -> 9/10 after sandwich hold.', '7/10'],
    ['  Aldrete 8/10 -> 9/10 at 1415', '9/10'],
    ['Test                  | Raw   | Result\nCVLT-3 long delay     | 3/16  | impaired', '3/16'],
    ['Thin (0)       | 7/8 silent     | moderate', '7/8'],
  ])('leaves %j alone', (text, pair) => expectUntouched(dateDetector, text, pair));
  it.each([['Cr 1.1 on 3/9 -> 3/12 rising', '3/12'], ['Levels from 3/10 -> 4/10 stable', '4/10']])('still finds %j', (text, pair) => expectCovered(dateDetector, text, pair));
});
