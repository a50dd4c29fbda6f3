import iconv from 'iconv-lite';
import chardet from 'chardet';

export class DecodeError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text: UTF-8 (BOM or not), UTF-16 (by BOM, or by the pattern of zero bytes), and the
 * legacy single-byte encodings of the region (Windows-1250/1251, ISO-8859-2), detected by chardet.
 * Binary data (NUL bytes outside UTF-16, many control bytes) is refused with a DecodeError.
 */
export function decodeBytes(buf: Buffer): { text: string; encoding: string } {
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
    const guess = legacyEncoding(buf);
    if (!guess) throw new DecodeError('invalid UTF-8 and no known legacy encoding fits');
    return { text: iconv.decode(buf, guess), encoding: guess };
  }
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
    if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  return ctrl > n * 0.1;
}

/** Which legacy encoding of the region fits the bytes best: chardet's ranking, restricted to ours. */
function legacyEncoding(buf: Buffer): string | null {
  const ours = new Map([
    ['windows-1250', 'windows-1250'],
    ['windows-1251', 'windows-1251'],
    ['iso-8859-2', 'iso-8859-2'],
    ['iso-8859-5', 'iso-8859-5'],
    ['koi8-r', 'koi8-r'],
    ['windows-1252', 'windows-1252'],
    ['iso-8859-1', 'windows-1252'],
  ]);
  for (const c of chardet.analyse(buf)) {
    const enc = ours.get(c.name.toLowerCase());
    if (enc) return enc;
  }
  return null;
}
