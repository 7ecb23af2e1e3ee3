/**
 * Contact details: email addresses, URLs (with a scheme or `www.`), bare domains of common
 * top-level domains, and IPv4 addresses.
 *
 * @module
 */
import { defineDetector } from '../../../spans.js';
import type { Span } from '../../../types.js';
import { eachMatch, mkSpan } from './_lib.js';

const SOURCE = 'rules/contact';

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}\.){1,6}[A-Za-z]{2,24}(?![\w@])/g;
const URL = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`]{1,2000}/gi;
const DOMAIN = /(?<![\w@.\/-])(?:[A-Za-z0-9-]{1,63}\.){1,4}(?:com|org|net|edu|gov|mil|info|biz|io|us|co\.uk|org\.uk|ca)(?:\/[^\s<>"'`]{0,1000})?(?![\w@])/gi;
const IPV4 = /(?<![\d.\/])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\d|\.\d)/g;
/** A dotted quad is an address when its first part has two digits or one part three ("7.45.34.7" is a blood gas). */
const IP_SHAPE = /^\d{2}|\d{3}/;

/** A social or messaging handle with an underscore or a digit after `@` (`@skwon_retina`, `@jdoe88`), not an email. `m[1]` the handle. */
const HANDLE = /(?<![\w@.])@([A-Za-z][A-Za-z0-9_.]{1,29})(?![\w@]|\.[A-Za-z])/g;
/** A handle after a messaging app's name (`WeChat chenwei_phl88`, `IG: maya.r_22`, `Snapchat jdoe88`). `m[1]` the handle. */
const APP_HANDLE =
  /\b(?:WeChat|Wechat|wechat|WhatsApp|Whatsapp|whatsapp|Telegram|telegram|Signal|Snapchat|snapchat|Snap|snap|Instagram|instagram|IG|Insta|insta|TikTok|Tiktok|tiktok|Twitter|twitter|Facebook|facebook|FB|Venmo|venmo|Kakao(?:Talk)?|kakao(?:talk)?|Viber|viber|Discord|discord)[ \t]{0,2}(?:ID|id|handle|username|user)?[ \t]{0,2}:?[ \t]{0,2}@?([A-Za-z][A-Za-z0-9_.]{2,29})(?![\w@])/g;
const HAS_URL = /:\/\/|www\./i;
const HAS_TLD = /\.(?:com|org|net|edu|gov|mil|info|biz|io|us|uk|ca)\b/i;
const HAS_IP = /\d\.\d{1,3}\.\d{1,3}\.\d/;

function trimTrailing(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[.,;:!?)\]}]/.test(text[e - 1]!)) e--;
  return e;
}

/**
 * Pattern detector for email, URL and IP addresses (type `CONTACT`, source `rules/contact`).
 *
 * @example
 * ```ts
 * contactDetector.detect(createTextContext('mail jo@example.org')); // one span over the address
 * ```
 */
export const contactDetector = defineDetector({
  name: SOURCE,
  algorithm: 'rules',
  types: ['CONTACT'],
  detect: ({ text }) => {
    const out: Span[] = [];
    if (text.includes('@')) {
      eachMatch(EMAIL, text, (m) => out.push(mkSpan(m.index, m.index + m[0].length, 'CONTACT', SOURCE, 0.95)));
    }
    if (text.includes('@')) {
      // a handle: an underscore or a digit in it, as an email's first part or a word never has alone
      eachMatch(HANDLE, text, (m) => {
        if (!/[_\d]/.test(m[1]!)) return;
        const end = m.index + m[0].length - (/\.$/.test(m[1]!) ? 1 : 0);
        out.push(mkSpan(m.index + 1, end, 'CONTACT', SOURCE, 0.8));
      });
    }
    eachMatch(APP_HANDLE, text, (m) => {
      const h = m[1]!.replace(/\.$/, '');
      if (!/[_\d]/.test(h)) return;
      const end = m.index + m[0].length - (m[1]!.length - h.length);
      out.push(mkSpan(end - h.length, end, 'CONTACT', SOURCE, 0.8));
    });
    if (HAS_URL.test(text)) eachMatch(URL, text, (m) => {
      const end = trimTrailing(text, m.index, m.index + m[0].length);
      if (end > m.index) out.push(mkSpan(m.index, end, 'CONTACT', SOURCE, 0.95));
    });
    if (HAS_TLD.test(text)) eachMatch(DOMAIN, text, (m) => {
      const end = trimTrailing(text, m.index, m.index + m[0].length);
      if (end > m.index) out.push(mkSpan(m.index, end, 'CONTACT', SOURCE, 0.8));
    });
    if (HAS_IP.test(text)) eachMatch(IPV4, text, (m) => {
      if (IP_SHAPE.test(m[0])) out.push(mkSpan(m.index, m.index + m[0].length, 'CONTACT', SOURCE, 0.85));
    });
    return out;
  },
});
