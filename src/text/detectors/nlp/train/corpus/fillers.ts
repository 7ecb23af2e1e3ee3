/**
 * Pools of filler values (names, places, streets) for the synthetic training notes, drawn from
 * many sources so the model learns shapes and contexts rather than one list: the shipped
 * lexicons (`allowlists/lexicons/`), `@faker-js/faker` locale data and seeded faker output in
 * many locales, and small hand-written lists of romanised names and given names that are
 * everyday words. Every pool is filtered with {@link isHeldOut}: a held-out value is never
 * emitted (the development set may use it).
 *
 * Faker locales reserved for the development set and NEVER used here: `en_AU`, `en_CA`, `nl`,
 * `pl`, `sv`, `tr`, `fi`, `ko` (plus `en_AU_ocker` and `nl_BE`, which inherit their data).
 * All faker data is reached through {@link fakerLocale}, which refuses them.
 *
 * @internal
 */
import { allLocales, base, Faker, type LocaleDefinition } from '@faker-js/faker';
import { loadLexicon } from '../../../../../allowlists/loadLexicon.js';
import { isHeldOut } from '../heldOut.js';
import { chance, int, pick, weighted, type Rng } from './rng.js';

/** Faker locales reserved for the development-set generator (never used for training). */
export const RESERVED_FAKER_LOCALES: readonly string[] = Object.freeze(['en_AU', 'en_CA', 'nl', 'pl', 'sv', 'tr', 'fi', 'ko', 'en_AU_ocker', 'nl_BE']);

/** Latin-script faker locales whose person and place data the training generator uses. */
export const LATIN_LOCALES: readonly string[] = Object.freeze([
  'af_ZA', 'az', 'cs_CZ', 'cy', 'da', 'de', 'de_AT', 'de_CH', 'en_GB', 'en_GH', 'en_IE', 'en_IN', 'en_NG', 'en_ZA', 'eo', 'es', 'es_MX',
  'fr', 'fr_BE', 'fr_CH', 'fr_LU', 'fr_SN', 'hr', 'hu', 'id_ID', 'it', 'ku_kmr_latin', 'lv', 'nb_NO', 'pt_BR', 'pt_PT', 'ro', 'ro_MD', 'sk',
  'sl_SI', 'sr_RS_latin', 'uz_UZ_latin', 'vi', 'yo_NG', 'zu_ZA',
]);
/** English-speaking faker locales (besides `en`) used for names. */
export const ENGLISH_LOCALES: readonly string[] = Object.freeze(['en', 'en_US', 'en_GB', 'en_IE', 'en_ZA', 'en_GH', 'en_NG', 'en_IN', 'en_HK', 'en_NP']);
/** Cyrillic and Greek faker locales, transliterated to Latin letters. */
export const TRANSLIT_LOCALES: readonly string[] = Object.freeze(['ru', 'uk', 'mk', 'el']);
/** Faker locales in other scripts, used rarely and as written. */
export const NATIVE_LOCALES: readonly string[] = Object.freeze(['ar', 'he', 'fa', 'zh_CN', 'ja', 'ka_GE', 'hy', 'th']);

/** Every faker locale the training generator touches. */
export const TRAINING_FAKER_LOCALES: readonly string[] = Object.freeze([...new Set([...ENGLISH_LOCALES, ...LATIN_LOCALES, ...TRANSLIT_LOCALES, ...NATIVE_LOCALES])]);

/**
 * The one gate to faker's locale data.
 *
 * @param name - a faker locale name
 * @returns its definition
 * @throws Error when the locale is reserved for the development set
 */
export function fakerLocale(name: string): LocaleDefinition {
  if (RESERVED_FAKER_LOCALES.includes(name)) throw new Error(`faker locale ${name} is reserved for the development set`);
  const def = (allLocales as Record<string, LocaleDefinition>)[name];
  if (!def) throw new Error(`unknown faker locale ${name}`);
  return def;
}

/** A name pool of one origin. */
export interface NameOrigin {
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly family: readonly string[];
}

/** All filler pools. */
export interface Pools {
  /** [weight, origin] of name origins. */
  readonly origins: readonly (readonly [number, NameOrigin])[];
  /** Given names that are everyday English words (`Will`, `May`, `Hope`). */
  readonly wordGiven: readonly string[];
  readonly wordGivenFemale: readonly string[];
  readonly wordGivenMale: readonly string[];
  /** Surnames that are everyday English words (`Brown`, `King`, `Hope`). */
  readonly wordFamily: readonly string[];
  /** Short familiar forms (`Bob`, `Liz`). */
  readonly nicknames: readonly string[];
  /** US cities and towns. */
  readonly usCities: readonly string[];
  /** Cities abroad. */
  readonly foreignCities: readonly string[];
  /** Made-up US-looking towns (faker patterns: `Port Jude`, `East Eulahbury`). */
  readonly fakeTowns: readonly string[];
  /** Street names without suffix (`Elm`, `Cherry Tree`, `Washington`). */
  readonly streetStems: readonly string[];
  /** Whole foreign street names (`Adalbertstr.`, `Albion Street`). */
  readonly foreignStreets: readonly string[];
  /** Every single name (given and family) for fallbacks. */
  readonly anySurname: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// casing and transliteration

const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'y', 'e', 'al', 'el', 'bin', 'ben', 'bint', 'ibn', 'st']);

function capWord(w: string): string {
  if (w === '') return w;
  const lower = w.toLowerCase();
  if (lower.length > 3 && lower.startsWith('mc')) return 'Mc' + lower.charAt(2).toUpperCase() + lower.slice(3);
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Title-cases a lexicon entry (lower case, words split by single spaces): `o brien` → `O'Brien`,
 * `de la cruz` → `de la Cruz`, `mcdonald` → `McDonald`, `st pierre` → `St. Pierre`.
 *
 * @param entry - a lexicon entry
 * @param particlesLower - keep name particles in lower case
 * @returns the cased value
 */
export function titleCase(entry: string, particlesLower = true): string {
  const words = entry.split(' ').filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'o' && i + 1 < words.length) {
      out.push("O'" + capWord(words[++i]!));
    } else if (w === 'st' && i + 1 < words.length) {
      out.push('St.');
    } else if (PARTICLES.has(w) && i + 1 < words.length && particlesLower) {
      out.push(w);
    } else {
      out.push(w.split('-').map(capWord).join('-'));
    }
  }
  return out.join(' ');
}

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', ђ: 'dj', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
  α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z', η: 'i', ή: 'i', θ: 'th', ι: 'i', ί: 'i', ϊ: 'i', ΐ: 'i', κ: 'k', λ: 'l',
  μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', ύ: 'y', ϋ: 'y', ΰ: 'y', φ: 'f', χ: 'ch', ψ: 'ps',
  ω: 'o', ώ: 'o',
};

/**
 * @param s - a Cyrillic or Greek word
 * @returns it in Latin letters (simple scholarly-free romanisation), capitalised like the input
 */
export function transliterate(s: string): string {
  let out = '';
  for (const ch of s) {
    const low = ch.toLowerCase();
    const t = CYRILLIC[low];
    if (t === undefined) out += ch;
    else out += ch !== low && t !== '' ? t.charAt(0).toUpperCase() + t.slice(1) : t;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// hand-written pools

/** Given names that are also everyday words: they must be learnt from context. */
const WORD_GIVEN_MALE = new Set(['Will', 'Bill', 'Frank', 'Mark', 'Art', 'Jack', 'Ray', 'Gene', 'Hunter', 'Chase', 'Drew', 'Lane', 'Grant', 'Christian', 'Major', 'Sterling', 'Earnest', 'Guy', 'Don', 'Bud', 'Buck', 'Cliff', 'Dale', 'Glen', 'Heath', 'Reed', 'Rod', 'Woody', 'Chip', 'Dusty', 'Noble', 'Royal', 'Rich', 'Bob', 'Max', 'Sonny', 'Cash', 'Miles', 'Wade', 'Lance', 'Norm', 'Pierce', 'Sol', 'Rocky', 'Storm', 'Justice', 'River', 'Sage', 'Sky', 'Angel', 'Pat', 'Robin', 'Sandy', 'Sunny', 'Gay', 'Bliss']);
const WORD_GIVEN_BOTH = new Set(['Pat', 'Robin', 'Sandy', 'Sunny', 'Angel', 'Justice', 'River', 'Sage', 'Sky', 'Drew', 'Lane', 'Dale', 'Gay', 'Bliss']);
const WORD_GIVEN = [
  'Will', 'May', 'Hope', 'Bill', 'Rose', 'Faith', 'Grace', 'Joy', 'June', 'April', 'Summer', 'Dawn', 'Frank', 'Mark', 'Art', 'Pat', 'Sue',
  'Jack', 'Ray', 'Gene', 'Hunter', 'Chase', 'Daisy', 'Iris', 'Ivy', 'Lily', 'Holly', 'Robin', 'Sandy', 'Sunny', 'Amber', 'Crystal', 'Hazel',
  'Autumn', 'Jewel', 'Paige', 'Drew', 'Lane', 'Grant', 'Penny', 'Christian', 'Major', 'Sterling', 'Earnest', 'Guy', 'Carol', 'Don', 'Bud',
  'Buck', 'Cliff', 'Dale', 'Glen', 'Heath', 'Reed', 'Rod', 'Woody', 'Chip', 'Dusty', 'Noble', 'Pearl', 'Ruby', 'Ginger', 'Patience', 'Honey',
  'Harmony', 'Destiny', 'Precious', 'Royal', 'Sage', 'River', 'Sky', 'Storm', 'Star', 'Rich', 'Gay', 'Bob', 'Max', 'Sonny', 'Cash', 'Bliss',
  'Angel', 'Miles', 'Wade', 'Lance', 'Norm', 'Pierce', 'Sol', 'Rocky', 'Genesis', 'Trinity', 'Justice', 'Unity', 'Melody', 'Violet', 'Olive',
  'Jasmine', 'Willow', 'Heather', 'Fern', 'Blossom', 'Coral', 'Jade', 'Ebony', 'Misty', 'Windy', 'Brook', 'Cherry', 'Candy', 'Bunny',
];
/** Surnames that are also everyday words. */
const WORD_FAMILY = [
  'Brown', 'White', 'Black', 'Green', 'Young', 'King', 'Long', 'Short', 'Small', 'Rich', 'Best', 'Story', 'Love', 'Moody', 'Strong', 'Sharp',
  'Wise', 'Bell', 'Hall', 'Wood', 'Stone', 'Rivers', 'Hill', 'Banks', 'Fields', 'Cash', 'Fortune', 'Hope', 'Bush', 'Price', 'Grant', 'Page',
  'Lane', 'May', 'Moss', 'Marsh', 'Rice', 'Bean', 'Bird', 'Fox', 'Wolf', 'Lamb', 'Crane', 'Swan', 'Hunter', 'Fisher', 'Baker', 'Cook',
  'Mason', 'Carpenter', 'Potter', 'Miller', 'Taylor', 'Turner', 'Walker', 'Weaver', 'Gardner', 'Glass', 'Gold', 'Silver', 'Sterling',
  'Frost', 'Snow', 'Winter', 'Summers', 'Day', 'Knight', 'Bishop', 'Pope', 'Church', 'Temple', 'Chambers', 'Ball', 'Pool', 'Waters', 'Lake',
  'Ford', 'Bridges', 'Street', 'Parks', 'Woods', 'Forest', 'Hardy', 'Strange', 'Good', 'Goodman', 'Noble', 'Power', 'Savage', 'Sweet',
  'Joy', 'Wells', 'Hope', 'Major', 'Little', 'Large', 'Bright', 'Gay', 'Moon', 'Sun', 'Star', 'Rose', 'Heart', 'Price', 'Coward', 'Person',
];
const NICKNAMES = [
  'Bob', 'Bobby', 'Bill', 'Billy', 'Peggy', 'Liz', 'Beth', 'Betsy', 'Tom', 'Tommy', 'Jim', 'Jimmy', 'Kathy', 'Chuck', 'Dick', 'Ted', 'Teddy',
  'Sally', 'Molly', 'Polly', 'Hank', 'Ned', 'Sonny', 'Junior', 'Mo', 'Tony', 'Vinnie', 'Sal', 'Marty', 'Patty', 'Trish', 'Deb', 'Debbie',
  'Sue', 'Suzy', 'Meg', 'Maggie', 'Jen', 'Jenny', 'Kate', 'Katie', 'Rob', 'Robbie', 'Mike', 'Mikey', 'Dave', 'Steve', 'Joe', 'Joey', 'Danny',
  'Nick', 'Chris', 'Alex', 'Sam', 'Sammy', 'Ben', 'Benny', 'Ed', 'Eddie', 'Fred', 'Freddie', 'Gus', 'Hal', 'Lou', 'Manny', 'Pete', 'Rick',
  'Ricky', 'Stu', 'Walt', 'Abby', 'Barb', 'Cathy', 'Connie', 'Dottie', 'Ellie', 'Fran', 'Ginny', 'Izzy', 'Jo', 'Lottie', 'Mandy', 'Nan',
];

interface Romanised {
  readonly female: readonly string[];
  readonly male: readonly string[];
  readonly family: readonly string[];
}
const ROMANISED: readonly Romanised[] = [
  {
    // Chinese (pinyin and Cantonese spellings)
    female: ['Xiuying', 'Fang', 'Ying', 'Min', 'Hui', 'Yan', 'Li', 'Na', 'Jing', 'Mei', 'Lan', 'Yun', 'Hua', 'Xinyi', 'Meiling', 'Yuxuan', 'Zihan', 'Shu', 'Qing', 'Wai Man', 'Mei Ling', 'Siu Ying'],
    male: ['Wei', 'Jie', 'Jun', 'Lei', 'Ming', 'Hao', 'Yu', 'Qiang', 'Tao', 'Ping', 'Hong', 'Zhiwei', 'Jianguo', 'Haoran', 'Bo', 'Kai', 'Rui', 'Zhen', 'Wing Kei', 'Ka Ho', 'Chi Keung'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin', 'Luo', 'Gao', 'Zheng', 'Liang', 'Xie', 'Tang', 'Song', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Shen', 'Yao', 'Qian', 'Fang', 'Chan', 'Wong', 'Leung', 'Cheung', 'Lam', 'Ng', 'Ho', 'Tsang', 'Chow', 'Kwok', 'Yip'],
  },
  {
    // Japanese
    female: ['Yumi', 'Keiko', 'Akiko', 'Yoko', 'Sakura', 'Hana', 'Aoi', 'Emi', 'Naoko', 'Mariko', 'Kaori', 'Haruka', 'Misaki', 'Riko', 'Tomoko', 'Noriko', 'Kazuko', 'Yui', 'Mei', 'Chiyo'],
    male: ['Hiroshi', 'Takeshi', 'Kenji', 'Yuki', 'Haruto', 'Sota', 'Yuto', 'Akira', 'Satoshi', 'Kazuo', 'Makoto', 'Daisuke', 'Shota', 'Ren', 'Taro', 'Ichiro', 'Noboru', 'Osamu', 'Tetsuya', 'Ryo'],
    family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Yamaguchi', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi', 'Shimizu', 'Yamazaki', 'Mori', 'Abe', 'Ikeda', 'Hashimoto', 'Ishikawa', 'Ogawa', 'Fujita', 'Okada', 'Goto', 'Hasegawa', 'Murakami', 'Kondo', 'Ishii', 'Saito', 'Sakamoto', 'Endo', 'Aoki', 'Fujii', 'Nishimura', 'Fukuda', 'Ota', 'Miura', 'Okamoto', 'Matsuda', 'Nakagawa'],
  },
  {
    // Korean (hand-written romanisations, not faker's ko locale)
    female: ['Seo-yeon', 'Ji-woo', 'Hye-jin', 'Eun-ji', 'Soo-jin', 'Min-seo', 'Ji-yeon', 'Yoon-ah', 'Ha-eun', 'Su-bin', 'Mi-kyung', 'Young-hee', 'Jiyoung', 'Eunhee', 'Sunhee'],
    male: ['Min-jun', 'Ji-hoon', 'Sung-min', 'Jae-won', 'Hyun-woo', 'Do-yun', 'Seung-ho', 'Dong-hyun', 'Sang-woo', 'Young-soo', 'Jin-ho', 'Kyung-soo', 'Minho', 'Jaehyun', 'Taeyang'],
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Yang', 'Baek', 'Heo', 'Nam', 'Noh', 'Ha', 'Kwak'],
  },
  {
    // Arabic
    female: ['Fatima', 'Aisha', 'Mariam', 'Layla', 'Noor', 'Zainab', 'Huda', 'Rania', 'Salma', 'Yasmin', 'Amira', 'Leila', 'Samira', 'Hana', 'Nadia', 'Dalia', 'Lubna', 'Rasha', 'Ghada', 'Widad'],
    male: ['Mohammed', 'Muhammad', 'Ahmed', 'Ahmad', 'Ali', 'Omar', 'Hassan', 'Hussein', 'Khalid', 'Youssef', 'Ibrahim', 'Mustafa', 'Tariq', 'Karim', 'Samir', 'Nabil', 'Rami', 'Walid', 'Abdulaziz', 'Faisal', 'Ziad', 'Bilal', 'Hamza'],
    family: ['Al-Sayed', 'El-Amin', 'Haddad', 'Khoury', 'Nassar', 'Mansour', 'Saleh', 'Hamdan', 'Abdullah', 'Abdel-Rahman', 'Al-Hashimi', 'Bakr', 'Farouk', 'Ghanem', 'Hijazi', 'Jaber', 'Kassem', 'Masri', 'Najjar', 'Qureshi', 'Rahman', 'Shaikh', 'Tawfik', 'Yousef', 'Zaki', 'Aziz', 'Darwish', 'Hakim', 'Khalil', 'Sabbagh', 'al-Tamimi', 'el-Baz', 'Abu-Ghazaleh', 'Bin Laden'],
  },
  {
    // Persian, Hebrew, South Asian and Ethiopian names
    female: ['Parisa', 'Shirin', 'Nasrin', 'Maryam', 'Yael', 'Noa', 'Tamar', 'Shira', 'Maya', 'Priya', 'Ananya', 'Lakshmi', 'Deepa', 'Sunita', 'Meera', 'Tigist', 'Selam', 'Hiwot', 'Bethlehem', 'Mahlet'],
    male: ['Reza', 'Mehdi', 'Farhad', 'Hossein', 'Dariush', 'Avi', 'Moshe', 'Yosef', 'Eitan', 'Itai', 'Arjun', 'Rahul', 'Sanjay', 'Vikram', 'Rajesh', 'Abebe', 'Tesfaye', 'Dawit', 'Yohannes', 'Girma'],
    family: ['Ahmadi', 'Hosseini', 'Karimi', 'Rezaei', 'Moradi', 'Tehrani', 'Jafari', 'Sadeghi', 'Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Katz', 'Avraham', 'Shapiro', 'Patel', 'Shah', 'Reddy', 'Iyer', 'Nair', 'Gupta', 'Chatterjee', 'Banerjee', 'Venkataraman', 'Subramanian', 'Tadesse', 'Bekele', 'Haile', 'Gebremedhin', 'Wolde'],
  },
];

/** Korean and Chinese (Wade-Giles, as in Taiwan) given names as hyphenated syllables: `Ji-an`, `Min-ho`, `Chia-Hui`. */
const KO_FIRST = ['Ji', 'Min', 'Su', 'Seo', 'Ha', 'Yoon', 'Hye', 'Eun', 'Jae', 'Hyun', 'Sung', 'Young', 'Jin', 'Joon', 'Dong', 'Sang', 'Kyung', 'Seung', 'Da', 'Na', 'Ye', 'So', 'Chae', 'Yu', 'Woo', 'Tae', 'Hee', 'Mi', 'Jung', 'Hyo', 'In', 'Kyu', 'Bo', 'Ho', 'Hae', 'Ah', 'Soo', 'Hyeon', 'Yeon', 'Chang'];
const KO_SECOND = ['an', 'ho', 'a', 'yeon', 'woo', 'jin', 'hee', 'min', 'eun', 'bin', 'jun', 'hoon', 'seo', 'won', 'yun', 'young', 'kyung', 'soo', 'ah', 'rin', 'hyun', 'jae', 'sung', 'hwa', 'ok', 'sook', 'ja', 'ri', 'yoon', 'gyu', 'chul', 'seok', 'wook', 'ji', 'na', 'mi', 'hye', 'il', 'su'];
const ZH_FIRST = ['Chia', 'Yu', 'Hsiao', 'Mei', 'Shu', 'Chih', 'Wen', 'Chun', 'Hui', 'Ya', 'Li', 'Pei', 'Kuo', 'Chien', 'Tzu', 'Hsin', 'Ming', 'Wei', 'Yi', 'Chung', 'Kai', 'Jia', 'Xiao', 'Zhi', 'Shih', 'Ching', 'Hung', 'Yen', 'Chao', 'Fang'];
const ZH_SECOND = ['hui', 'ting', 'wen', 'ling', 'ming', 'chen', 'hua', 'fen', 'lan', 'jie', 'hao', 'wei', 'yu', 'han', 'chun', 'hsien', 'lin', 'yi', 'an', 'kang', 'hong', 'li', 'mei', 'hsuan', 'chieh', 'tsung', 'jung', 'feng', 'cheng', 'yao'];
const KO_FAMILY = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Hong', 'Jeon', 'Ko', 'Moon', 'Yang', 'Baek', 'Heo', 'Nam', 'Noh', 'Ha', 'Kwak', 'Chung', 'Byun', 'Bae', 'Yeo', 'Ryu', 'Woo', 'Chae', 'Gil', 'Pyo', 'Min'];
const ZH_FAMILY = ['Chen', 'Lin', 'Huang', 'Chang', 'Wang', 'Liu', 'Tsai', 'Yang', 'Hsu', 'Cheng', 'Hsieh', 'Kuo', 'Hung', 'Tseng', 'Chiu', 'Chou', 'Lai', 'Yeh', 'Su', 'Lu', 'Kao', 'Chien', 'Chung', 'Pan', 'Fu', 'Tu', 'Shih', 'Hsiao', 'Tang', 'Chao'];

function hyphenated(first: readonly string[], second: readonly string[], capSecond: number): string[] {
  const out: string[] = [];
  for (const a of first) {
    for (const b of second) {
      if (a.toLowerCase() === b) continue;
      out.push(`${a}-${b}`);
      if (capSecond > 0 && (a.length + b.length) % capSecond === 0) out.push(`${a}-${b.charAt(0).toUpperCase()}${b.slice(1)}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// building the pools

function flatten(x: unknown): string[] {
  if (x === undefined || x === null) return [];
  if (Array.isArray(x)) return x.filter((v): v is string => typeof v === 'string');
  if (typeof x === 'object') return Object.values(x as Record<string, unknown>).flatMap(flatten);
  return [];
}

function part(x: unknown, key: 'female' | 'male' | 'generic'): string[] {
  if (Array.isArray(x)) return flatten(x);
  if (x && typeof x === 'object') return flatten((x as Record<string, unknown>)[key]);
  return [];
}

/**
 * @param v - a value
 * @returns whether it is not held out as written, in upper case or in lower case
 */
export function allCasesOk(v: string): boolean {
  return !isHeldOut(v) && !isHeldOut(v.toUpperCase()) && !isHeldOut(v.toLowerCase());
}

/** Keeps values that are usable fillers: not held out in any casing, one to four words of letters. */
function usable(values: Iterable<string>, maxWords = 4): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const v = raw.trim();
    if (v === '' || seen.has(v)) continue;
    seen.add(v);
    if (v.split(' ').length > maxWords || v.length > 40) continue;
    if (!/^\p{L}[\p{L}\p{M}' .-]*$/u.test(v)) continue;
    if (!allCasesOk(v)) continue;
    out.push(v);
  }
  return out;
}

function fromLocale(names: readonly string[], map: (s: string) => string = (s) => s): NameOrigin {
  const female: string[] = [];
  const male: string[] = [];
  const family: string[] = [];
  for (const n of names) {
    const p = fakerLocale(n).person;
    if (!p) continue;
    const fg = part(p.first_name, 'generic');
    female.push(...part(p.first_name, 'female').map(map), ...fg.map(map));
    male.push(...part(p.first_name, 'male').map(map), ...fg.map(map));
    family.push(...flatten(p.last_name).map(map));
  }
  return { female: usable(female), male: usable(male), family: usable(family) };
}

function lexiconList(name: 'first-names' | 'surnames' | 'cities' | 'streets'): string[] {
  return [...loadLexicon(name)];
}

type StaticPools = Omit<Pools, 'fakeTowns' | 'foreignStreets' | 'anySurname'> & { readonly foreignStreetsStatic: readonly string[] };

let staticPools: StaticPools | undefined;

function loadStatic(): StaticPools {
  if (staticPools) return staticPools;
  const given = usable(lexiconList('first-names').filter((e) => e.length > 1 && !e.includes(' ')).map((e) => titleCase(e)));
  const enPerson = fakerLocale('en').person;
  const enFemale = new Set(part(enPerson?.first_name, 'female'));
  const enMale = new Set(part(enPerson?.first_name, 'male'));
  const census: NameOrigin = {
    female: given.filter((g) => !enMale.has(g) || enFemale.has(g)),
    male: given.filter((g) => !enFemale.has(g) || enMale.has(g)),
    family: usable(lexiconList('surnames').filter((e) => e.length > 1).map((e) => titleCase(e))),
  };
  const english = fromLocale(ENGLISH_LOCALES);
  const latin = LATIN_LOCALES.map((l) => fromLocale([l])).filter((o) => o.family.length > 0 && o.female.length + o.male.length > 0);
  const translit = TRANSLIT_LOCALES.map((l) => fromLocale([l], transliterate)).filter((o) => o.family.length > 0);
  const native = NATIVE_LOCALES.map((l) => fromLocale([l])).filter((o) => o.family.length > 0 && o.female.length > 0);
  const romanised = ROMANISED.map((r) => ({ female: usable(r.female), male: usable(r.male), family: usable(r.family) }));
  const koGiven = usable(hyphenated(KO_FIRST, KO_SECOND, 0));
  const zhGiven = usable(hyphenated(ZH_FIRST, ZH_SECOND, 3));
  const hyphen: NameOrigin[] = [
    { female: koGiven, male: koGiven, family: usable(KO_FAMILY) },
    { female: zhGiven, male: zhGiven, family: usable(ZH_FAMILY) },
  ];
  const origins: (readonly [number, NameOrigin])[] = [
    [40, census],
    [15, english],
    ...latin.map((o) => [30 / latin.length, o] as const),
    ...translit.map((o) => [3 / translit.length, o] as const),
    ...romanised.map((o) => [9 / romanised.length, o] as const),
    ...hyphen.map((o) => [2.5, o] as const),
    ...native.map((o) => [0.8 / native.length, o] as const),
  ];
  const usCities = usable(
    lexiconList('cities')
      .filter((e) => e.length >= 4 && /^[a-z][a-z ]*$/.test(e) && e.split(' ').length <= 3)
      .map((e) => titleCase(e, false)),
  );
  const foreign: string[] = [];
  for (const l of [...LATIN_LOCALES, 'en']) foreign.push(...flatten(fakerLocale(l).location?.city_name));
  for (const l of TRANSLIT_LOCALES) foreign.push(...flatten(fakerLocale(l).location?.city_name).map(transliterate));
  const foreignStreets: string[] = [];
  for (const l of ['de', 'cs_CZ', 'sk', 'en_GB', 'de_AT', 'de_CH']) foreignStreets.push(...flatten(fakerLocale(l).location?.street_name));
  staticPools = {
    origins,
    wordGiven: usable(WORD_GIVEN),
    wordGivenFemale: usable(WORD_GIVEN.filter((n) => !WORD_GIVEN_MALE.has(n) || WORD_GIVEN_BOTH.has(n))),
    wordGivenMale: usable(WORD_GIVEN.filter((n) => WORD_GIVEN_MALE.has(n))),
    wordFamily: usable(WORD_FAMILY),
    nicknames: usable(NICKNAMES),
    usCities,
    foreignCities: usable(foreign),
    streetStems: usable(lexiconList('streets').map((e) => titleCase(e, false))),
    foreignStreetsStatic: usable(foreignStreets.filter((s) => !/\d/.test(s))),
  };
  return staticPools;
}

/** Locales whose seeded faker output (street and city patterns) feeds the pools. */
const PATTERN_LOCALES: readonly string[] = Object.freeze(['en', 'en_US', 'en_GB', 'en_IE', 'es', 'it', 'hu', 'fr', 'pt_BR', 'de', 'en_IN', 'ro']);

/**
 * Builds the pools for one generator run. The static part (lexicons, faker data) is cached;
 * the seeded faker output is drawn from `rng`.
 *
 * @param rng - the run's PRNG
 * @returns the pools
 */
export function buildPools(rng: Rng): Pools {
  const s = loadStatic();
  const fakeTowns: string[] = [];
  const streets: string[] = [];
  for (const l of PATTERN_LOCALES) {
    const faker = new Faker({ locale: [fakerLocale(l), fakerLocale('en'), base] });
    faker.seed(int(rng, 1, 2 ** 31 - 1));
    const n = l === 'en' || l === 'en_US' ? 600 : 120;
    for (let i = 0; i < n; i++) {
      if (l === 'en' || l === 'en_US') fakeTowns.push(faker.location.city());
      streets.push(faker.location.street());
    }
  }
  return {
    origins: s.origins,
    wordGiven: s.wordGiven,
    wordGivenFemale: s.wordGivenFemale,
    wordGivenMale: s.wordGivenMale,
    wordFamily: s.wordFamily,
    nicknames: s.nicknames,
    usCities: s.usCities,
    foreignCities: s.foreignCities,
    fakeTowns: usable(fakeTowns),
    streetStems: s.streetStems,
    foreignStreets: [...s.foreignStreetsStatic, ...usable(streets)],
    anySurname: s.origins[0]![1].family,
  };
}

const PARTICLE_PREFIXES: readonly (readonly [string, boolean])[] = [
  ['de la', false], ['del', false], ['van der', false], ['van', false], ['von', false], ['di', false], ['da', false], ['dos', false],
  ['De', false], ['Van', false], ['Le', false], ['La', false], ['St.', false], ['Mac', true], ["O'", true], ['Mc', true], ['al-', true], ['El-', true],
];

/** A person of a note. */
export interface Person {
  readonly given: string;
  readonly family: string;
  readonly middle: string;
  readonly sex: 'F' | 'M';
}

/**
 * Draws a person: an origin, a given name (sometimes an everyday word or a nickname), a middle
 * name, and a family name (sometimes hyphenated, with a particle, or an everyday word).
 *
 * @param rng - the PRNG
 * @param pools - the pools
 * @param sex - the person's sex (random when omitted)
 * @returns the person
 */
export function drawPerson(rng: Rng, pools: Pools, sex?: 'F' | 'M'): Person {
  const sx = sex ?? (chance(rng, 0.5) ? 'F' : 'M');
  const origin = weighted(rng, pools.origins);
  const sameOrigin = chance(rng, 0.8) ? origin : weighted(rng, pools.origins);
  const givens = sx === 'F' ? origin.female : origin.male;
  let given = givens.length > 0 ? pick(rng, givens) : pick(rng, pools.nicknames);
  const r = rng();
  if (r < 0.05) given = pick(rng, sx === 'F' ? pools.wordGivenFemale : pools.wordGivenMale);
  else if (r < 0.08) given = pick(rng, pools.nicknames);
  const base = pick(rng, sameOrigin.family);
  let family = base;
  const f = rng();
  if (f < 0.04) family = pick(rng, pools.wordFamily);
  else if (f < 0.08) family = `${family}-${pick(rng, weighted(rng, pools.origins).family)}`;
  else if (f < 0.1 && !family.includes(' ')) {
    const [prefix, glued] = pick(rng, PARTICLE_PREFIXES);
    family = glued ? prefix + family.charAt(0).toUpperCase() + family.slice(1) : `${prefix} ${family}`;
  } else if (f < 0.108 && !family.includes(' ')) family = `${pick(rng, ['St.', 'St.', 'St', 'Saint', 'Ste.'])} ${family}`;
  if (!allCasesOk(family)) family = base;
  const middles = sx === 'F' ? origin.female : origin.male;
  const middle = middles.length > 0 ? pick(rng, middles) : pick(rng, pools.nicknames);
  return { given, family, middle, sex: sx };
}
