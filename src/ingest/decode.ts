import iconv from 'iconv-lite';

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as (lower case, iconv-lite names). */
  encoding: string;
  /** Set when the text was read but something was repaired (invalid UTF-8 bytes replaced). */
  warning?: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LOOSE = new TextDecoder('utf-8');

/**
 * The legacy single-byte encodings tried when bytes are not UTF-8, in order of preference: the
 * region's pages first, so a tie (text that reads the same in several) goes to the region.
 */
const LEGACY = ['windows-1250', 'windows-1251', 'iso-8859-2', 'koi8-u', 'windows-1252', 'iso-8859-5'] as const;

/**
 * Bytes to text. In order:
 * 1. a byte-order mark (UTF-8, UTF-16 LE/BE) decides;
 * 2. UTF-16 without a BOM is recognised by its pattern of zero bytes;
 * 3. binary data (NUL bytes, many control bytes) is refused;
 * 4. valid UTF-8 is UTF-8;
 * 5. a declared charset (HTTP header, `<meta charset>`, XML declaration) is used when iconv knows it;
 * 6. mostly-valid UTF-8 with a few broken sequences (a truncated download, a bad copy) is read as
 *    UTF-8 with U+FFFD in place of the broken bytes, and a warning;
 * 7. otherwise the legacy encoding whose decoding reads most like text of the region wins
 *    (Windows-1250/1251, ISO-8859-2, KOI8, Windows-1252); when none reads like text: DecodeError.
 */
export function decodeBytes(buf: Buffer, declared?: string | null): Decoded {
  if (buf.length === 0) throw new DecodeError('empty file');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: strictUtf8(buf.subarray(3)), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  const utf16 = sniffUtf16(buf);
  if (utf16) return { text: iconv.decode(buf, utf16), encoding: utf16 };
  if (looksBinary(buf)) throw new DecodeError('binary file (not text)');
  try {
    return { text: UTF8.decode(buf), encoding: 'utf-8' };
  } catch {
    // not UTF-8: below
  }
  const hint = declared ? normaliseCharset(declared) : null;
  if (hint && hint !== 'utf-8' && iconv.encodingExists(hint)) return { text: iconv.decode(buf, hint), encoding: hint };
  const { valid, invalid, firstInvalid } = utf8Census(buf);
  if (valid > 0 && valid >= 4 * invalid) {
    return {
      text: UTF8_LOOSE.decode(buf),
      encoding: 'utf-8',
      warning: `invalid UTF-8 at byte ${firstInvalid} (${invalid} broken sequence${invalid === 1 ? '' : 's'} replaced with U+FFFD)`,
    };
  }
  const best = bestLegacy(buf);
  if (!best) throw new DecodeError('invalid UTF-8 and no known legacy encoding (Windows-1250/1251, ISO-8859-2, KOI8) fits');
  return best;
}

/** A charset label as written in a header or a page → iconv-lite's name (`cp1251`, `UTF8` …). */
export function normaliseCharset(label: string): string {
  const s = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (s === 'utf8') return 'utf-8';
  const cp = /^(?:cp|x-cp|ms-?)(125\d)$/.exec(s);
  if (cp) return `windows-${cp[1]}`;
  if (s === 'latin2' || s === 'l2') return 'iso-8859-2';
  return s;
}

/**
 * The charset a document declares in its first bytes: `<meta charset>`, `<meta http-equiv
 * content="…; charset=…">`, or `<?xml … encoding="…"?>`. Read as ASCII, so it works before decoding.
 */
export function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 2048).toString('latin1');
  const m =
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? normaliseCharset(m[1]!) : null;
}

function strictUtf8(buf: Buffer): string {
  try {
    return UTF8.decode(buf);
  } catch {
    throw new DecodeError('invalid UTF-8 after a UTF-8 byte-order mark');
  }
}

/** UTF-16 without a BOM: every other byte zero in the first bytes of mostly-ASCII text. */
function sniffUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length - (buf.length % 2), 512);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32) || b === 127) ctrl++;
  }
  return ctrl > n * 0.05;
}

/** Count well-formed UTF-8 multi-byte sequences and broken ones (lead or continuation bytes out of place). */
function utf8Census(buf: Buffer): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) ok = (buf[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

// Letters the region writes: South Slavic Latin, Albanian, and the Cyrillic alphabets of
// Russian, Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian; plus typographic punctuation.
const REGIONAL = new Set(
  'čćžšđČĆŽŠĐëçËÇ' +
    'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ' +
    'ђјљњћџѓќѕЂЈЉЊЋЏЃЌЅіїєґўІЇЄҐЎ' +
    '„“”‘’‚«»–—…€°§',
);
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * How much a decoding reads like text of the region, per non-ASCII character: a regional letter or
 * typographic mark scores 1, another letter 0.3, anything else (controls, box drawing, ©, ¤) -2;
 * a word that mixes scripts or changes case in its middle (`пРИВЕТ`, KOI8 read as 1251) costs 1.
 */
function plausibility(text: string): number {
  let score = 0;
  let nonAscii = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (REGIONAL.has(ch)) score += 1;
    else if (LETTER.test(ch)) score += 0.3;
    else if (ch !== '\u00a0') score -= 2;
  }
  for (const w of text.match(/\p{L}{2,}/gu) ?? []) {
    if (!/[^\x00-\x7f]/.test(w)) continue;
    let lat = false;
    let cyr = false;
    let caseFlips = 0;
    let prevLower = false;
    for (const ch of w) {
      if (LATIN.test(ch)) lat = true;
      else if (CYRILLIC.test(ch)) cyr = true;
      if (prevLower && UPPER.test(ch)) caseFlips++;
      prevLower = LOWER.test(ch);
    }
    if (lat && cyr) score -= 1;
    if (caseFlips) score -= 1;
  }
  return nonAscii === 0 ? 1 : score / nonAscii;
}

function bestLegacy(buf: Buffer): Decoded | null {
  let best: Decoded | null = null;
  let bestScore = -Infinity;
  for (const enc of LEGACY) {
    const text = iconv.decode(buf, enc);
    const s = plausibility(text);
    if (s > bestScore + 1e-9) {
      best = { text, encoding: enc };
      bestScore = s;
    }
  }
  return bestScore >= 0.25 ? best : null;
}
