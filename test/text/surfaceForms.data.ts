/**
 * The surface-form matrix of issue 10 (data and runner; the assertions live in
 * `surfaceForms.test.ts`, the human-readable grid in `npm run forms`).
 *
 * Every PHI surface form of `notes-in-the-wild.md` ("Where PHI hides") and of issue 10's leak
 * list is a row with three or more invented examples, written in the annotated markup of
 * `parseAnnotated` (`[[TYPE:value]]`; cue words that belong to the form, such as `Night float:`
 * or `pager #`, sit outside the brackets). Each example is placed in five contexts × three note
 * families of sentence frames written here. A cell's recall is the token recall of the scrubber
 * over its examples (the rule of `evaluateScrubber` and the PhysioNet scorer).
 *
 * Negatives (eponyms, scores, fractions, drugs, trial names, times, ages ≤ 89, states…) go
 * through the same frames and must come out untouched.
 */
import { evaluateScrubber, genericFacilityWord, parseAnnotated, type ScrubFn } from '../../src/testing/index.js';

/** A PHI surface form: its type and examples (annotated). */
export interface SurfaceForm {
  readonly key: string;
  readonly type: PhiTypeName;
  readonly examples: readonly string[];
  /** cue written before the example in the "after a cue" context (default: the type's cue) */
  readonly cue?: string;
  /** label of the "field value" context (default: the type's label) */
  readonly label?: string;
}

type PhiTypeName = 'NAME' | 'DATE' | 'AGE' | 'PHONE' | 'ID' | 'LOCATION' | 'HOSPITAL' | 'CONTACT';

const CUE: Record<PhiTypeName, string> = {
  NAME: 'discussed with',
  DATE: 'dated',
  AGE: 'age',
  PHONE: 'call',
  ID: 'ref',
  LOCATION: 'from',
  HOSPITAL: 'transferred from',
  CONTACT: 'contact',
};
const LABEL: Record<PhiTypeName, string> = {
  NAME: 'Name',
  DATE: 'Date',
  AGE: 'Age',
  PHONE: 'Phone',
  ID: 'ID',
  LOCATION: 'Address',
  HOSPITAL: 'Facility',
  CONTACT: 'Email',
};

const f = (key: string, type: PhiTypeName, examples: readonly string[], extra: { cue?: string; label?: string } = {}): SurfaceForm => ({ key, type, examples, ...extra });
const N = (v: string): string => `[[NAME:${v}]]`;
const D = (v: string): string => `[[DATE:${v}]]`;
const A = (v: string): string => `[[AGE:${v}]]`;
const Ph = (v: string): string => `[[PHONE:${v}]]`;
const I = (v: string): string => `[[ID:${v}]]`;
const L = (v: string): string => `[[LOCATION:${v}]]`;
const H = (v: string): string => `[[HOSPITAL:${v}]]`;
const C = (v: string): string => `[[CONTACT:${v}]]`;

/** Every surface form, one row each (examples invented for this test). */
export const FORMS: readonly SurfaceForm[] = [
  // NAME
  f('name/surname', 'NAME', [N('Quenby'), N('Hartigan'), N('Oyelaran')]),
  f('name/first-last', 'NAME', [N('Maren Tollefsen'), N('Darnell Whitcombe'), N('Ines Valbuena')]),
  f('name/LAST, FIRST', 'NAME', [N('TOLLEFSEN, MAREN'), N('WHITCOMBE, DARNELL'), N('VALBUENA, INES')]),
  f('name/Last, First M.', 'NAME', [N('Tollefsen, Maren K.'), N('Whitcombe, Darnell J.'), N('Valbuena, Ines R.')]),
  f('name/F. Last', 'NAME', [N('M. Tollefsen'), N('D. Whitcombe'), N('I. Valbuena')]),
  f('name/initials after a role', 'NAME', [`Night float: ${N('JV')}`, `d/w ${N('KS')}`, `covering NP ${N('R.T.')}`], { cue: '' }),
  f('name/initials that spell an abbreviation', 'NAME', [`Attending: ${N('MG')}`, `Night float ${N('TB')}`, `Covering: ${N('LA')}`, `d/w ${N('SA')}`], { cue: '' }),
  f('name/signature', 'NAME', [`/s/ ${N('Maren Tollefsen')} MD`, `/s/ ${N('Darnell Whitcombe')}, M.D.`, `/s/ ${N('Ines Valbuena')} RN`], { cue: '' }),
  f('name/dictated by', 'NAME', [`Dictated by: ${N('Oskar Lindqvist')}`, `Dictated by: ${N('Priya Raghunathan')}, MD`, `Dictated by: Dr. ${N('Feeney')}`], { cue: '' }),
  f('name/cc', 'NAME', [`cc: ${N('Halvard Moe')}`, `cc: Dr. ${N('Abernethy')}`, `cc: ${N('Ruth Ekwueme')}, NP`], { cue: '' }),
  f('name/transcriptionist initials', 'NAME', [`${N('JS')}/${N('mk')}`, `${N('RTV')}/${N('lp')}`, `${N('AB')}:${N('cq')}`], { cue: '' }),
  f('name/username', 'NAME', [N('mtollefsen2'), N('dwhitcombe'), N('valbuenai')], { cue: 'login' }),
  f('name/nickname', 'NAME', [`goes by ${N('Bitsy')}`, `prefers ${N('Tripp')}`, `known as ${N('Sonny')}`], { cue: '' }),
  f("name/O'Brien", 'NAME', [`Mr. ${N("O'Callaghan")}`, `Ms. ${N("D'Amato")}`, `Mrs. ${N("O'Shaughnessy")}`]),
  f('name/McDonald', 'NAME', [`Mr. ${N('McAllister')}`, `Ms. ${N('MacTavish')}`, `Dr. ${N('McQuarrie')}`]),
  f('name/St. Pierre', 'NAME', [`Mr. ${N('St. Pierre')}`, `Ms. ${N('St. Germain')}`, `Dr. ${N('St. Onge')}`]),
  f('name/particle', 'NAME', [N('Lucia de la Cruz'), N('Pieter van der Berg'), N('Marco di Stefano')]),
  f('name/diacritics', 'NAME', [N('Zsófia Szabó'), N('Nguyễn Thị Lan'), N('Åsa Øvergård')]),
  f('name/hyphenated', 'NAME', [N('Temi Adebayo-King'), N('Clara Ruiz-Whitfield'), N('Jonas Berg-Halvorsen')]),
  f('name/lower case', 'NAME', [N('maren tollefsen'), N('darnell whitcombe'), N('ines valbuena')]),
  f('name/first name alone', 'NAME', [`${N('Roger')} has been doing well`, `${N('Yolanda')} ate her breakfast`, `${N('Thaddeus')} walked in the hall`], { cue: '' }),
  f('name/First L.', 'NAME', [N('Peter B.'), N('Anna S.'), N('Tobias R.')]),
  f('name/everyday-word given name', 'NAME', [`Son ${N('Will')} visited`, `Ms. ${N('May')} was seen`, `daughter ${N('Hope')} called`], { cue: '' }),
  f('name/Dr. A.', 'NAME', [`Dr. ${N('A.')}`, `Dr. ${N('K.')}`, `Dr. ${N('W.')}`]),
  f('name/titled surname', 'NAME', [`Dr. ${N('Quenby')}`, `Mrs. ${N('Hartigan')}`, `Mr. ${N('Oyelaran')}`]),
  f('name/everyday word after Dr', 'NAME', [`Dr ${N('Tyro')}`, `Dr. ${N('House')}`, `per Dr ${N('Lantern')}`], { cue: '' }),
  f('name/look-alike characters', 'NAME', [N('Jo\u200bhn Pellegrew'), N('Mar\u00adgit Ostrander'), N('\u0410nton Krejci')]),
  // DATE
  f('date/m/d/yy', 'DATE', [D('3/4/12'), D('11/27/09'), D('7/1/15')]),
  f('date/mm/dd/yyyy', 'DATE', [D('03/04/2012'), D('11/27/2009'), D('07/01/2015')]),
  f('date/mm-dd-yyyy', 'DATE', [D('03-04-2012'), D('11-27-2009'), D('07-01-2015')]),
  f('date/yyyy-mm-dd', 'DATE', [D('2012-03-04'), D('2009-11-27'), D('2015-07-01')]),
  f('date/yyyy/mm/dd', 'DATE', [D('2012/03/04'), D('2009/11/27'), D('2015/07/01')]),
  f('date/dotted m.d.yyyy', 'DATE', [D('3.4.2012'), D('10.13.2016'), D('7.1.2015')]),
  f('date/dotted yyyy.mm.dd', 'DATE', [D('2012.03.04'), D('2016.10.13'), D('2015.07.01')]),
  f('date/yyyymmdd', 'DATE', [D('20120304'), D('20161013'), D('20150701')]),
  f('date/Month d, yyyy', 'DATE', [D('March 4, 2012'), D('October 13, 2016'), D('July 1, 2015')]),
  f('date/Mon. d', 'DATE', [D('Mar. 4, 2012'), D('Oct 13 2016'), D('Jul. 1st')]),
  f('date/ordinal', 'DATE', [D('Mar. 4th'), D('4th of March'), `the ${D('13th of October')}`]),
  f('date/ddMonyyyy', 'DATE', [D('04Mar2012'), D('04MAR2012'), D('13Oct2016')]),
  f('date/month and year', 'DATE', [D('March 2012'), D('Oct-2016'), D('07/2015')]),
  f('date/year after a cue', 'DATE', [`in ${D('2010')}`, `since ${D('1998')}`, `back in ${D('2003')}`], { cue: '' }),
  f('date/season or holiday', 'DATE', [`after ${D('Thanksgiving')}`, `over ${D('Christmas 2019')}`, `in the ${D('summer of 2014')}`], { cue: '' }),
  f('date/month alone after a cue', 'DATE', [`missed the ${D('Feb')} dose`, `due in ${D('September')}`, `the ${D('March')} visit`], { cue: '' }),
  f('date/weekday + date', 'DATE', [`Monday, ${D('3/4/2012')}`, `Tues ${D('10/13/16')}`, `Friday ${D('July 1, 2015')}`]),
  f('date/glued to a time', 'DATE', [`${D('3/4')} 0600`, `${D('10/13')} 2215`, `${D('7/1/15')} 14:30`]),
  f('date/partial after a cue', 'DATE', [`on ${D('3/4')}`, `from ${D('10/13')}`, `until ${D('7/1')}`], { cue: '' }),
  f('date/two-digit year with an apostrophe', 'DATE', [`CABG ${D("'98")}`, `s/p MI ${D("04'")}`, `prostate CA${D("'88")}`, `back surgery ${D("'85")}`], { cue: '' }),
  f('date/other language', 'DATE', [`le ${D('4 mars 2012')}`, `am ${D('13. Oktober 2016')}`, `el ${D('1 de julio de 2015')}`], { cue: '' }),
  f('date/after a header label', 'DATE', [`Admission Date:  ${D('2012-03-04')}`, `Discharge Date:   ${D('10.13.2016')}`, `Date of Birth:  ${D('07/01/1931')}`], { cue: '', label: 'Dates' }),
  f('date/look-alike digits', 'DATE', [D('２０１２/０３/０４'), D('٣/٤/٢٠١٢'), D('3∕4∕2012')]),
  // AGE (over 89)
  f('age/91 yo', 'AGE', [`${A('91')} yo`, `${A('94')} yo`, `${A('102')} yo`]),
  f('age/91yo', 'AGE', [A('91yo'), A('94yo'), A('97yo')]),
  f('age/91 y/o', 'AGE', [`${A('91')} y/o`, `${A('95')} y/o`, `${A('99')} y/o`]),
  f('age/91-year-old', 'AGE', [`${A('91')}-year-old`, `${A('96')}-year-old`, `${A('100')}-year-old`]),
  f('age/91 year old', 'AGE', [`${A('91')} year old`, `${A('93')} year old`, `${A('98')} years old`]),
  f('age/91F', 'AGE', [A('91F'), A('93M'), A('97f')]),
  f('age/91 F', 'AGE', [`${A('91')} F`, `${A('92')} M`, `${A('95')} female`]),
  f('age/HPI: 91F', 'AGE', [`HPI: ${A('91F')}`, `History: ${A('94M')} with fall`, `CC: ${A('96F')} with SOB`], { cue: '' }),
  f('age/aged 91', 'AGE', [`aged ${A('91')}`, `aged ${A('95')}`, `aged ${A('101')}`], { cue: '' }),
  f('age/in her 90s', 'AGE', [`in her ${A('90s')}`, `in his ${A('nineties')}`, `in her late ${A('90s')}`], { cue: '' }),
  f('age/ninety-one', 'AGE', [`${A('ninety-one')} years old`, `${A('ninety-four')}-year-old`, `${A('ninety')} years of age`]),
  f('age/at 96', 'AGE', [`still drives at ${A('96')}`, `widowed at ${A('92')}`, `at ${A('97')} lives alone`], { cue: '' }),
  f('age/lived to 101', 'AGE', [`mother lived to ${A('101')}`, `father lived to ${A('98')}`, `grandmother lived to ${A('104')}`], { cue: '' }),
  f('age/(94)', 'AGE', [`the patient (${A('94')})`, `widow (${A('91')})`, `resident (${A('99')})`], { cue: '' }),
  f('age/turned 90', 'AGE', [`turned ${A('90')}`, `turned ${A('95')} last week`, `just turned ${A('100')}`], { cue: '' }),
  f('age/96th birthday', 'AGE', [`her ${A('96th')} birthday`, `his ${A('90th')} birthday`, `her ${A('101st')} birthday`], { cue: '' }),
  // PHONE
  f('phone/(617) 555-1212', 'PHONE', [Ph('(617) 555-1212'), Ph('(413) 782-0049'), Ph('(802)555-0171')]),
  f('phone/617-555-1212', 'PHONE', [Ph('617-555-1212'), Ph('413-782-0049'), Ph('802-555-0171')]),
  f('phone/617.555.1212', 'PHONE', [Ph('617.555.1212'), Ph('413.782.0049'), Ph('802.555.0171')]),
  f('phone/617 555 1212', 'PHONE', [Ph('617 555 1212'), Ph('413 782 0049'), Ph('802 555 0171')]),
  f('phone/555-1212', 'PHONE', [Ph('555-1212'), Ph('782-0049'), Ph('555-0171')]),
  f('phone/x51212', 'PHONE', [Ph('x51212'), Ph('x4471'), Ph('x30982')]),
  f('phone/with extension', 'PHONE', [Ph('617-555-1212 ext. 1212'), Ph('(413) 782-0049 x221'), Ph('802.555.0171 extension 45')]),
  f('phone/international', 'PHONE', [Ph('+44 20 7946 0018'), Ph('+61 3 9555 0123'), Ph('+1 617 555 1212')]),
  f('phone/letters for digits', 'PHONE', [Ph('6l7-555-O199'), Ph('4l3-782-OO49'), Ph('(8O2) 555-Ol71')]),
  f('phone/pager', 'PHONE', [`pager #${Ph('12345')}`, `pgr ${Ph('40921')}`, `beeper ${Ph('5567')}`], { cue: '' }),
  f('phone/fax', 'PHONE', [`fax ${Ph('617-555-0199')}`, `fax: ${Ph('(413) 782-0050')}`, `faxed to ${Ph('802.555.0172')}`], { cue: '' }),
  f('phone/en dashes', 'PHONE', [Ph('617\u2013555\u20131212'), Ph('413\u2013782\u20130049'), Ph('(802) 555\u20130171')]),
  // ID
  f('id/MRN', 'ID', [`MRN ${I('4471823')}`, `MRN: ${I('00982214')}`, `Medical record # ${I('55012397')}`], { cue: '' }),
  f('id/unit number', 'ID', [`Unit No: ${I('30419927')}`, `Unit #${I('7712045')}`, `unit no. ${I('88120456')}`], { cue: '' }),
  f('id/accession', 'ID', [`Accession #: ${I('RAD-2020-0045512')}`, `Accession ${I('CT19-00412')}`, `accession no. ${I('MR88123004')}`], { cue: '' }),
  f('id/specimen', 'ID', [`specimen ${I('S22-10488')}`, `Specimen #${I('SP-19-04412')}`, `block ${I('S21-3377-A2')}`], { cue: '' }),
  f('id/account', 'ID', [`Acct #${I('7870886910')}`, `account ${I('55120098')}`, `billing acct: ${I('A-441209')}`], { cue: '' }),
  f('id/SSN', 'ID', [`SSN ${I('123-45-6789')}`, `SS# ${I('078-05-1120')}`, `social security no. ${I('219-09-9999')}`], { cue: '' }),
  f('id/health plan', 'ID', [`insurance # is ${I('W228814467')}`, `Member ID ${I('XJH441209871')}`, `Medicare ${I('1EG4-TE5-MK73')}`], { cue: '' }),
  f('id/EMR', 'ID', [`EMR: ${I('4471823')}`, `EMR# ${I('99120034')}`, `EHR id ${I('E-5512098')}`], { cue: '' }),
  f('id/licence and certificate', 'ID', [`license ${I('D1234567')}`, `CLIA #${I('22D0012345')}`, `DEA ${I('BK4471823')}`], { cue: '' }),
  f('id/device serial and lot', 'ID', [`serial no. ${I('SN4X722981')}`, `lot ${I('2B4471')}`, `pacemaker SN ${I('PJN551209')}`], { cue: '' }),
  f('id/vehicle plate', 'ID', [`license plate ${I('7ABC123')}`, `plate # ${I('4KXR902')}`, `tag ${I('MA 812 TQL')}`], { cue: '' }),
  f('id/without a cue', 'ID', [I('S22-10488'), I('RAD-2020-0045512'), I('MR0044718-3')]),
  // LOCATION
  f('location/street', 'LOCATION', [L('12 Elm Row'), L('4471 Quarry Hill Rd'), L('88 Wendover Street, Apt 3')]),
  f('location/street, city, state ZIP', 'LOCATION', [`${L('12 Elm Row')}, ${L('Quincy')}, MA ${L('02169')}`, `${L('4471 Quarry Hill Rd')} ${L('Montpelier')} VT ${L('05602')}`, `${L('88 Wendover St')}, ${L('Brattleboro')} VT`], { cue: 'lives at' }),
  f('location/city', 'LOCATION', [L('Quincy'), L('Brattleboro'), L('Kalispell')], { cue: 'lives in' }),
  f('location/ZIP', 'LOCATION', [`ZIP ${L('02139')}`, `zip code ${L('05602-1184')}`, `ZIP: ${L('59901')}`], { cue: '' }),
  f('location/building', 'LOCATION', [`Building: KS ${L('12 Elm Row')} ${L('Quincy')}`, `Building: LM ${L('45 Ashmont Ave')} ${L('Dorchester')}`, `Bldg: SC ${L('3 Fenwick Pl')} ${L('Chelsea')}`], { cue: '' }),
  f('location/PO box', 'LOCATION', [L('PO Box 4471'), L('P.O. Box 88'), L('POB 1209')]),
  f('location/county', 'LOCATION', [L('Norfolk County'), L('Washtenaw County'), L('Coos County')]),
  // HOSPITAL
  f('hospital/full name', 'HOSPITAL', [H('Wexcombe General Hospital'), H('Harlan Falls Medical Center'), H('Pinecrest Memorial Hospital')]),
  f('hospital/abbreviation', 'HOSPITAL', [H('UCSF'), H('WGH'), H('BIDMC')]),
  f('hospital/nickname', 'HOSPITAL', [H("St. E's"), `the ${H('Brigham')}`, H('Mass General')]),
  f('hospital/misspelling', 'HOSPITAL', [H('Cedar Sinai'), H('Wexcomb General Hosptial'), H('Pinecrest Memorial Hosp')]),
  f('hospital/common-word start', 'HOSPITAL', [H('Mercy Hospital'), H('Good Samaritan Medical Center'), H('Hope Valley Clinic')]),
  f('hospital/@ for at', 'HOSPITAL', [`care received @ ${H('Wexcombe')} VA`, `had a bed @ ${H('St. Elsewhere')}`, `seen @ ${H('Mercy General')}`, `lives @ ${L('Kalispell')}`], { cue: '' }),
  f('hospital/town VA', 'HOSPITAL', [`${H('Baltimore')} VA`, `the ${H('Springfield')} VAMC`, `${H('Bedford')} V.A.`]),
  f('hospital/rehab or nursing', 'HOSPITAL', [H('Brookhaven Rehabilitation Center'), H('Maple Glen Nursing Home'), H('Sunnyside Skilled Nursing Facility')]),
  f('hospital/clinic named after a person', 'HOSPITAL', [H('Lahey Clinic'), H('Ferncliff Clinic'), H('Dr. Amadi Family Practice')]),
  // CONTACT
  f('contact/email', 'CONTACT', [C('maren.tollefsen@wexcombe.org'), C('dwhitcombe@harlanfalls-med.com'), C('ivalbuena77@gmail.com')]),
  f('contact/url', 'CONTACT', [C('https://portal.wexcombe.org/chart/4471'), C('www.harlanfallsmed.com'), C('http://10.2.44.8/pacs')]),
  f('contact/IP address', 'CONTACT', [C('10.24.118.9'), C('192.168.4.201'), C('172.16.0.54')]),
];

/** A text that must come out untouched: the term (plain text) may come with words around it. */
export interface Negative {
  readonly key: string;
  /** full example; the part to keep is `keep` (default: the whole example) */
  readonly text: string;
  readonly keep?: string;
}

const n = (key: string, text: string, keep?: string): Negative => ({ key, text, ...(keep ? { keep } : {}) });

/** Terms that are not PHI and must survive every context. */
export const NEGATIVES: readonly Negative[] = [
  n('eponym/Chaddock', 'Chaddock sign negative'),
  n('eponym/Gleason', 'Gleason 3+4 adenocarcinoma'),
  n('eponym/Guillain-Barré', 'Guillain-Barré syndrome'),
  n('eponym/von Willebrand', 'von Willebrand disease'),
  n('eponym/Stevens-Johnson', 'Stevens-Johnson syndrome'),
  n('eponym/Parkinson', "Parkinson's disease"),
  n('eponym/Foley', 'Foley catheter in place'),
  n('eponym/Glasgow', 'Glasgow Coma Scale 14'),
  n('eponym/Hunt and Hess', 'Hunt and Hess grade 2'),
  n('eponym/Lewy body', 'Lewy body dementia'),
  n('eponym/Allen test', 'Allen test normal'),
  n('eponym/Cushing', 'Cushing syndrome'),
  n('eponym/Babinski', 'Babinski upgoing'),
  n('eponym/Murphy', "Murphy's sign positive"),
  n('eponym/Hodgkin', 'Hodgkin lymphoma'),
  n('eponym/Wolff-Parkinson-White', 'Wolff-Parkinson-White pattern'),
  n('eponym/Cheyne-Stokes', 'Cheyne-Stokes respirations'),
  n('procedure/Roux-en-Y', 's/p Roux-en-Y gastric bypass'),
  n('score/Framingham', 'Framingham risk score'),
  n('score/CHA2DS2-VASc', 'CHA2DS2-VASc 4'),
  n('score/MELD', 'MELD-Na 22'),
  n('fraction/murmur', '2/6 murmur'),
  n('fraction/strength', '5/5 strength'),
  n('fraction/tab', '1/2 tab'),
  n('fraction/L4/5', 'L4/5 disc bulge'),
  n('fraction/BP', 'BP 120/80'),
  n('fraction/muscle grade', '3/5 hip flexion'),
  n('time/0600', 'labs at 0600', '0600'),
  n('time/3:15 PM', 'called at 3:15 PM', '3:15 PM'),
  n('time/@ 1230', 'gtt @ 1230', '1230'),
  n('rate/@ 40cc/hr', 'D5W @ 40cc/hr', '40cc/hr'),
  n("length/5'10\"", `5'10" and 6' tall`),
  n("minutes/q 15'", "q 15' neuro checks"),
  n('word/Dr aware', 'Dr aware of labs', 'aware of labs'),
  n('age/72 y/o', '72 y/o'),
  n('age/85F', '85F'),
  n('age/aged 67', 'aged 67'),
  n('age/in her 80s', 'in her 80s'),
  n("word/Don't", "Don't lift more than 10 lbs"),
  n('ward/7 North', 'transferred to 7 North'),
  n('state/Massachusetts', 'moved from Massachusetts', 'Massachusetts'),
  n('state/TX', 'vacationing in TX', 'TX'),
  n('territory/Puerto Rico', 'moved from Puerto Rico', 'Puerto Rico'),
  n('country/Sri Lanka', 'born in Sri Lanka', 'Sri Lanka'),
  n('drug/Paxlovid', 'Paxlovid course'),
  n('drug/Remdesivir', 'Remdesivir day 3'),
  n('drug/apixaban', 'apixaban 5 mg BID'),
  n('trial/ARISTOTLE', 'per ARISTOTLE'),
  n('abbreviation/LA', 'LA enlargement'),
  n('abbreviation/MS', 'MS flare'),
  n('abbreviation/PA', 'PA pressure 45'),
  n('abbreviation/Mg', 'Mg 2.0 repleted'),
  n('abbreviation/TB', 'TB test negative'),
  n('abbreviation/ROS', 'ROS otherwise negative'),
  n('trial/WHI', 'per the WHI trial'),
  n('trial/PLATO', 'ticagrelor per PLATO trial'),
  n('eponym/Virchow-Robin', 'Virchow-Robin spaces prominent'),
  n("eponym/Baker's cyst", "Baker's cyst in the popliteal fossa"),
  n('score/strength grades', 'LUE 4/5, LLE 3/5, 5/5 elsewhere'),
  n('exam/motor grid', 'Delt Bic Tri WrE FFl IP Quad Ham TA Gastroc'),
];

/** The three note families. */
export const FAMILIES = { n: 'nursing', d: 'discharge', r: 'radiology' } as const;
/** The five contexts. */
export const CONTEXTS = { L: 'line start', C: 'after a cue', M: 'mid-sentence', F: 'field value', U: 'upper-case line' } as const;
export type FamilyCode = keyof typeof FAMILIES;
export type ContextCode = keyof typeof CONTEXTS;

/**
 * Sentence frames per family: `{X}` is the example, `{cue}` the cue, `{label}` the field label.
 * The upper-case context is the "after a cue" frame upper-cased whole.
 */
const FRAMES: Record<FamilyCode, Record<Exclude<ContextCode, 'U'>, string>> = {
  n: {
    L: 'NPN 7a-7p\n{X} per report, pt resting comfortably.',
    C: 'Neuro: A&Ox3, MAE. {cue} {X} this shift, will cont to monitor.',
    M: 'Neuro: A&Ox3, MAE; {X} noted this shift, will cont to monitor.',
    F: 'NPN 7a-7p\n{label}: {X}\nResp: LS clear, sats 97% on 2L.',
  },
  d: {
    L: 'Brief Hospital Course:\n{X} was reviewed at the time of admission.',
    C: 'History of Present Illness:\nThe history was {cue} {X} prior to admission and she was given ceftriaxone.',
    M: 'Brief Hospital Course:\nOn review, {X} was documented and the plan was unchanged.',
    F: 'Discharge Instructions:\n{label}:  {X}\n \nFollowup Instructions:',
  },
  r: {
    L: 'FINDINGS: \n{X} as noted on the requisition. Lungs are clear.',
    C: 'COMPARISON:  Study {cue} {X}, no acute change.',
    M: 'IMPRESSION: \nNo acute process; {X} per the requisition.',
    F: 'EXAMINATION:  CHEST (PA AND LAT)\n{label}:  {X}\nTECHNIQUE:  PA and lateral views.',
  },
};

/** The annotated text of one example in one cell. */
export function place(example: string, context: ContextCode, family: FamilyCode, cue: string, label: string): string {
  const frame = FRAMES[family][context === 'U' ? 'C' : context];
  const text = frame
    .replace('{label}', family === 'r' ? label.toUpperCase() : label)
    .replace('{cue} ', cue === '' ? '' : `${cue} `)
    .replace('{X}', () => example);
  return context === 'U' ? text.toUpperCase() : text;
}

/** Key of a cell: `<context><family>`, e.g. `Ln`, `Ud`. */
export type CellCode = `${ContextCode}${FamilyCode}`;
export const CELLS: readonly CellCode[] = (Object.keys(CONTEXTS) as ContextCode[]).flatMap((c) => (Object.keys(FAMILIES) as FamilyCode[]).map((fam) => `${c}${fam}` as CellCode));

/** Outcome of one cell. */
export interface CellResult {
  readonly recall: number;
  /** missed tokens, as `token in «text»` lines (invented values only) */
  readonly missed: readonly string[];
}

/** Runs every form through every cell. */
export function runForms(scrub: ScrubFn): Map<string, Map<CellCode, CellResult>> {
  const out = new Map<string, Map<CellCode, CellResult>>();
  for (const form of FORMS) {
    const cells = new Map<CellCode, CellResult>();
    for (const cell of CELLS) {
      const [c, fam] = [cell[0] as ContextCode, cell[1] as FamilyCode];
      const cases = form.examples.map((e) => place(e, c, fam, form.cue ?? CUE[form.type], form.label ?? LABEL[form.type]));
      const r = evaluateScrubber(scrub, cases, { uncounted: genericFacilityWord });
      const missed = r.misses.map((m) => `${m.token} in ${JSON.stringify(parseAnnotated(cases[m.case]!).text)}`);
      cells.set(cell, { recall: r.recall, missed });
    }
    out.set(form.key, cells);
  }
  return out;
}

/** Runs every negative through every cell: a cell passes when no token of the kept part is touched. */
export function runNegatives(scrub: ScrubFn): Map<string, Map<CellCode, CellResult>> {
  const out = new Map<string, Map<CellCode, CellResult>>();
  for (const neg of NEGATIVES) {
    const cells = new Map<CellCode, CellResult>();
    const keep = neg.keep ?? neg.text;
    const at = neg.text.indexOf(keep);
    // the kept part is marked as gold of a pseudo-type, so "touched" tokens are the ones to report
    const annotated = `${neg.text.slice(0, at)}[[KEEP:${keep}]]${neg.text.slice(at + keep.length)}`;
    for (const cell of CELLS) {
      const [c, fam] = [cell[0] as ContextCode, cell[1] as FamilyCode];
      const text = place(annotated, c, fam, 'with', 'Assessment');
      const r = evaluateScrubber(scrub, [text]);
      const touched = r.goldTokens - r.misses.length;
      cells.set(cell, { recall: touched === 0 ? 1 : 0, missed: touched === 0 ? [] : [`touched ${touched} of ${r.goldTokens} tokens in ${JSON.stringify(parseAnnotated(text).text)}`] });
    }
    out.set(`neg:${neg.key}`, cells);
  }
  return out;
}

/** A cell passes at 99% union recall (in practice: every example caught). */
export const CELL_TARGET = 0.99;
