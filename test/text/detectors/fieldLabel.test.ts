import { describe, it } from 'vitest';
import { fieldLabelDetector } from '../../../src/text/detectors/rules/patterns/fieldLabel.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

describe('rules/field-label', () => {
  it.each([
    ['Admission Date:  10.13.2016              Discharge Date:   10/19/2016', '10.13.2016'],
    ['Admission Date:  10.13.2016              Discharge Date:   10/19/2016', '10/19/2016'],
    ['Date of Birth:  04MAR1931             Sex:   F', '04MAR1931'],
    ['Appointment: WEDNESDAY 6/27/2023 at 8:15 AM', 'WEDNESDAY 6/27/2023'],
    ['Name:  DE LA LABONNE, TUULIKKI                 Unit No:   146-8457-2', 'DE LA LABONNE, TUULIKKI'],
    ['Name:  DE LA LABONNE, TUULIKKI                 Unit No:   146-8457-2', '146-8457-2'],
    ['Attending: Işıner el-Tilbury, MD', 'Işıner el-Tilbury'],
    ['Night float: JV', 'JV'],
    ['Sonographer: KJ\nAttending: Dr. Lee', 'KJ'],
    ['WET READ: RKJ TUE 2/8/2022 3:04 AM', 'RKJ'],
    ['Name: X   MRN: 914 228 07   DOB: 1923', '914 228 07'],
    ['Patient: Y   MRN: FH 11-298-004   Acc: PT0088214', 'FH 11-298-004'],
    ['Unit No:   HSC 0716652\nAdmission Date:', 'HSC 0716652'],
    ['Completed by: sodemarino2 24 April 2014', 'sodemarino2'],
    ['EMR: 55102934', '55102934'],
    ['SS# 031-55-0192', '031-55-0192'],
    ['His insurance # is BX4410923.', 'BX4410923'],
    ['Accession #: RAD-2020-0045512', 'RAD-2020-0045512'],
    ['License plate: MA 812 TQL', 'MA 812 TQL'],
    ['Phone: 2l3-72O-8279', '2l3-72O-8279'],
    ['Address: 14 Larkspur Lane, Wexcombe, MA 02139', '14 Larkspur Lane, Wexcombe'],
    ['Address: 14 Larkspur Lane, Wexcombe, MA 02139', '02139'],
    ['Facility:\nRatcliff Rehabilitation Hospital - Tempe\n', 'Ratcliff Rehabilitation Hospital - Tempe'],
    ['Facility:\nVNA of Gniezno\n', 'Gniezno'],
  ])('finds the value in %j', (text, phi) => expectCovered(fieldLabelDetector, text, phi));

  it.each([
    ['ID: Tmax 101.2, WBC 12.3'],
    ['ID: TM 100.2'],
    ['DOS: Cabgx4 and MVR. Received from OR'],
    ['Attending: aware of plan'],
    ['Replaced foley with #20fr 3way'],
    ['Facility:\nExtended Care\n'],
    ['Neuro: A&Ox3, MAE'],
    // CC is also the chief complaint
    ['Allergies: NKDA\nCC: hematemesis x2, melena\n'],
  ])('leaves %j alone', (text) => expectUntouched(fieldLabelDetector, text));

  it('finds a copied name after cc', () => expectCovered(fieldLabelDetector, 'cc: Quenby Zorvath\n', 'Quenby Zorvath'));

  it('ends a date value at the time of day', () => expectUntouched(fieldLabelDetector, 'Dates: 3/4 0600', '0600'));

  it.each([['Address: 14 Larkspur Lane, Wexcombe, MA 02139', 'MA'], ['Attending: Dr. A.', 'Dr']])('keeps %j free of %j', (text, word) =>
    expectUntouched(fieldLabelDetector, text, word),
  );
});

describe('rules/field-label: Location in a block of contact fields', () => {
  it.each([
    ['Followup Instructions:\nName: Quell, Irwinn I.\nLocation: LHSNF\nAddress: 19 Broadway Way, Dover, VT 46025', 'LHSNF'],
    ['Name: Dr. Quell\nLocation: Ashgrove Cardiology\nPhone: 555-0101', 'Ashgrove Cardiology'],
  ])('finds the facility in %j', (text, phi) => expectCovered(fieldLabelDetector, text, phi));

  it.each([
    ['Wound care:\nLocation: L forearm\nSize: 2 cm', 'forearm'],
    ['PICC line\nLocation: right basilic\nTip: SVC', 'basilic'],
    ['Location: ICU\nName: none', 'ICU'],
  ])('leaves a wound, a line or a unit alone in %j', (text, word) => expectUntouched(fieldLabelDetector, text, word));

  it('leaves the article before a facility name', () => {
    expectCovered(fieldLabelDetector, 'Discharge Disposition: Extended Care\nFacility: the Senderling', 'Senderling');
    expectUntouched(fieldLabelDetector, 'Discharge Disposition: Extended Care\nFacility: the Senderling', 'the');
  });
});

describe('rules/field-label: a name value in a note in capitals', () => {
  it('ends the name where everyday words begin', () => {
    expectCovered(fieldLabelDetector, 'NEURO: A&OX3, MAE. CC: HALVARD MOE THIS SHIFT, WILL CONT TO MONITOR.', 'HALVARD MOE');
    expectUntouched(fieldLabelDetector, 'NEURO: A&OX3, MAE. CC: HALVARD MOE THIS SHIFT, WILL CONT TO MONITOR.', 'THIS SHIFT');
  });
});

describe('rules/field-label: an id with a prefix of four to six capitals', () => {
  it('takes the prefix and the number', () => expectCovered(fieldLabelDetector, 'Name:  COLLINS, OPAL     Unit No:   GRMC 118-204-7', 'GRMC 118-204-7'));
  it('leaves a word in capitals without digits alone', () => expectUntouched(fieldLabelDetector, 'Unit No:   NONE'));
});
