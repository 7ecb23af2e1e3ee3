import { describe, expect, it } from 'vitest';
import { MIMIC_REMOVED_SECTIONS, removeSections } from '../../src/text/removeSections.js';

const note = [
  'Name: Quill, Ada    Unit No: 12345',
  '',
  'Chief Complaint:',
  'chest pain',
  '',
  'Social History:',
  'Lives at 12 Elm Street with her husband Bo. Retired teacher.',
  'Tobacco: 1 ppd',
  '',
  'Brief Hospital Course:',
  'Treated with aspirin.',
  '',
  'Discharge Instructions: Please call Dr. Rook at 617-555-0101.',
  'Follow up in 2 weeks.',
  '',
].join('\n');

describe('removeSections', () => {
  it('removes the MIMIC-IV sections with their bodies and keeps the rest', () => {
    const out = removeSections(note, MIMIC_REMOVED_SECTIONS);
    expect(out).not.toContain('Social History');
    expect(out).not.toContain('Elm Street');
    expect(out).not.toContain('Tobacco'); // a labelled line inside the section does not end it
    expect(out).not.toContain('Discharge Instructions');
    expect(out).not.toContain('617-555-0101');
    expect(out).toContain('Chief Complaint:\nchest pain\n');
    expect(out).toContain('Brief Hospital Course:\nTreated with aspirin.\n');
    expect(out.startsWith('Name: Quill, Ada')).toBe(true);
  });

  it('matches headings case-insensitively and ignores mentions inside sentences', () => {
    expect(removeSections('SOCIAL HISTORY:\nlives alone\nPLAN:\nhome\n', ['Social History'])).toBe('PLAN:\nhome\n');
    const mention = 'Plan: review social history: tomorrow\n';
    expect(removeSections(mention, ['Social History'])).toBe(mention);
  });

  it('returns the text unchanged when no heading matches or none is asked for', () => {
    expect(removeSections(note, [])).toBe(note);
    expect(removeSections(note, ['Family History'])).toBe(note);
  });

  it('stays linear on a 1 MB note of colons and heading-like lines', () => {
    const big = 'Social History: x\n'.repeat(20_000) + ':'.repeat(500_000) + '\nKeep:\nme\n';
    expect(removeSections(big, MIMIC_REMOVED_SECTIONS)).toBe('Keep:\nme\n');
  });
});
