import { describe, expect, it } from 'vitest';
import { loginForms } from '../../src/text/loginForms.js';
import { createScrubber } from '../../src/text/scrub.js';

describe('loginForms', () => {
  it('gives the usual user-name shapes of a name', () => {
    const f = loginForms('Forest J. Kasperson');
    expect(f).toEqual(expect.arrayContaining(['fkasperson', 'fjkasperson', 'forestkasperson', 'kaspersonf', 'forestk']));
  });
  it('reads "Last, First" the other way round and drops accents and titles', () => {
    expect(loginForms('TANAKA, Hiroshi')).toContain('htanaka');
    expect(loginForms('Dr. Tomás Quintero')).toContain('tquintero');
  });
  it('joins a hyphenated surname and also uses its first part', () => {
    expect(loginForms('Leilani Kealoha-Pereira')).toEqual(expect.arrayContaining(['lkealohapereira', 'lkealoha']));
  });
  it('gives nothing for one word and leaves out forms under four letters', () => {
    expect(loginForms('Quenby')).toEqual([]);
    expect(loginForms('Jo Li')).not.toContain('jli');
    expect(loginForms('Dao Vue')).toContain('dvue');
  });
});

describe('logins in the scrubber', () => {
  const scrub = createScrubber();
  it('removes a login made from a name found in the note, with or without digits', () => {
    const out = scrub.scrub('To: Forest Kasperson, RN CM (fkasperson)\nfkasperson2 signed the note.').text;
    expect(out).not.toMatch(/kasperson/i);
  });
  it('takes a four-letter form only with digits after it', () => {
    const out = scrub.scrub('Seen by Jo Lee. jlee said ok; jlee2 acknowledged.').text;
    expect(out).toContain('jlee said');
    expect(out).not.toContain('jlee2');
  });
  it('does not remove a word that happens to be a login form', () => {
    // `aspirin` is a form of "A. Spirin" but a word: kept
    expect(scrub.scrub('Seen by Dr. A. Spirin, who stopped the aspirin.').text).toContain('aspirin');
  });
});
