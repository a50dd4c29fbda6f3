/** Calendar arithmetic on UTC dates, and partial dates (`2023`, `2023-11`, `2023-11-22`). */

export interface Anchor {
  y: number;
  m?: number;
  d?: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseAnchor(value: string | null | undefined): Anchor | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const a: Anchor = { y: Number(m[1]) };
  if (m[2]) a.m = Number(m[2]);
  if (m[3]) a.d = Number(m[3]);
  return a;
}

export function formatAnchor(a: Anchor): string {
  if (a.m === undefined) return String(a.y);
  if (a.d === undefined) return `${a.y}-${pad(a.m)}`;
  return `${a.y}-${pad(a.m)}-${pad(a.d)}`;
}

export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export const ymd = (dt: Date) => `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;

/** Whether day d of month m of year y exists. */
export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return utc(y, m, d).getUTCMonth() === m - 1;
}

export const addDays = (dt: Date, n: number) => new Date(dt.getTime() + n * 86_400_000);

/** ISO weekday 1 (Monday)..7. */
export const isoWeekday = (dt: Date) => ((dt.getUTCDay() + 6) % 7) + 1;

/** ISO week value `2026-W06`. */
export function isoWeek(dt: Date): string {
  const thursday = addDays(dt, 4 - isoWeekday(dt));
  const y = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(y, 0, 1)) / 86_400_000 / 7) + 1;
  return `${y}-W${pad(week)}`;
}

/** Month `y-m` shifted by n months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + n;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}

export const monthValue = (y: number, m: number) => `${y}-${pad(m)}`;

export const anchorDate = (a: Anchor): Date | null => (a.m !== undefined && a.d !== undefined ? utc(a.y, a.m, a.d) : null);

/** The current year from the clock: the upper bound of plausible article years. */
export const currentYear = () => new Date().getUTCFullYear();

/** Value of a Roman numeral (I..XXX), or NaN. */
export function roman(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  const u = s.toUpperCase().replace(/Х/g, 'X').replace(/І/g, 'I');
  for (let i = 0; i < u.length; i++) {
    const a = v[u[i]!];
    const b = v[u[i + 1] ?? ''] ?? 0;
    if (a === undefined) return NaN;
    total += a < b ? -a : a;
  }
  return total;
}
