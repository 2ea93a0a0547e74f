/**
 * Identifiers held as attributes of a child: NHS number (modulus 11 check digit) and the DfE unique
 * pupil number (13 characters, check letter first). Both are validated on every write.
 */

/** NHS number: 10 digits, the 10th a modulus-11 check digit over the first nine (weights 10..2). */
export function isValidNhsNumber(value: string): boolean {
  if (!/^\d{10}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(value[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(value[9]);
}

const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/**
 * The check letter for the last 12 characters of a UPN (DfE "Unique pupil numbers" guidance): weights
 * 2..13 over characters 2..13, letters in position 13 taking their index in the 23-letter alphabet.
 */
export function upnCheckLetter(rest12: string): string | null {
  if (rest12.length !== 12) return null;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const ch = rest12[i] as string;
    let v: number;
    if (/\d/.test(ch)) v = Number(ch);
    else if (i === 11 && UPN_LETTERS.includes(ch)) v = UPN_LETTERS.indexOf(ch);
    else return null;
    sum += v * (i + 2);
  }
  return UPN_LETTERS[sum % 23] ?? null;
}

/** A permanent UPN (13th character a digit) or a temporary one (13th character a letter). */
export function isValidUpn(value: string): boolean {
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(value)) return false;
  return upnCheckLetter(value.slice(1)) === value[0];
}

/** Build a valid UPN from an LA number (3 digits), a school (4 digits) and a serial (5 digits) — for synthetic data. */
export function makeUpn(la: number, school: number, serial: number): string {
  const rest12 = `${String(la).padStart(3, '0')}${String(school).padStart(4, '0')}${String(serial % 100_000).padStart(5, '0')}`;
  return `${upnCheckLetter(rest12)}${rest12}`;
}

/** Build a valid NHS number from a 9-digit stem, skipping stems whose check digit would be 10 — for synthetic data. */
export function makeNhsNumber(stem: number): string {
  for (let s = stem; ; s++) {
    const nine = String(s % 1_000_000_000).padStart(9, '0');
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${nine}${check === 11 ? 0 : check}`;
  }
}
