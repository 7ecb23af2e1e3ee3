import { describe, expect, it } from 'vitest';
import { createTextContext } from '../../../src/text/context.js';
import { tableNameDetector } from '../../../src/text/detectors/rules/patterns/tableName.js';
import { expectCovered, expectUntouched } from '../_helpers.js';

const found = (text: string): string[] => tableNameDetector.detect(createTextContext(text)).map((s) => text.slice(s.start, s.end));

describe('rules/table-name', () => {
  it.each([
    ['Bed | Patient | Age | Dx\n4 | Tovey, Ada | 71 | CHF', 'Tovey, Ada'],
    ['| Rm | Pt | To do |\n|---|---|---|\n| 412 | baker, moses | f/u cx |', 'baker, moses'],
    ['  #  Patient              MRN          Question\n  1  BROWN, SUMMER        DSR2219034   Whipple?', 'BROWN, SUMMER'],
    ['Rm\tPatient Name\tAge\n12\tHalloran Quill\t64', 'Halloran Quill'],
    ['Name | MRN | Age\nOkafor, Bisi | 2209941 | 54', 'Okafor, Bisi'],
  ])('finds the name in %j', (text, phi) => expectCovered(tableNameDetector, text, phi));

  it('reads every row of an aligned table, whatever words the names are', () => {
    const text = '#  Pt                   Age   Issue\n1  Golden, Sterling     67    CP\n2  baker, moses         93    UTI\n3  CHANCE MASON         24    ankle';
    expect(found(text)).toEqual(['Golden, Sterling', 'baker, moses', 'CHANCE MASON']);
  });

  it.each([
    // a medication table's Name column: no patient field beside it
    ['Name | Dose | Route\nMetoprolol | 25 mg | PO'],
    // an empty bed, a count, a placeholder
    ['Bed | Patient | Age\n4 | empty | \n5 | 3 | 40\n6 | ___ | 71'],
    // prose with two spaces is no header
    ['Patient  was seen and examined.  Plan as below.\nHe is better.'],
  ])('leaves %j alone', (text) => expectUntouched(tableNameDetector, text));

  it('ends the table at a blank line', () => {
    expect(found('Bed | Patient | Age\n4 | Tovey, Ada | 71\n\nKettering Quill | daily | 5')).toEqual(['Tovey, Ada']);
  });

  it('reads at most 40 rows under a header, and no cell longer than a name', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `${i} | Quillon${'abcdefghij'[i % 10]}, Ada | 50`).join('\n');
    expect(found('Bed | Patient | Age\n' + rows)).toHaveLength(40);
    expect(found('| Patient | Note |\n| ' + 'x'.repeat(5000) + ' | y |')).toEqual([]);
  });
});
