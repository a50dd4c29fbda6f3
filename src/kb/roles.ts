import type { KbEntity, Office } from './types.js';

/** Who held which office when: `holderOf('secretary-general', 'kb:nato', '2023-11-22')` → Jens Stoltenberg. */
interface Term extends Office {
  person: string;
}

/** Compares ISO dates of any precision by their common prefix (`2024` falls inside `2024-10-01`'s year). */
function before(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

export class OfficeIndex {
  private readonly terms = new Map<string, Term[]>();

  add(person: KbEntity): void {
    for (const o of person.offices ?? []) {
      const k = `${o.org}|${o.role}`;
      const list = this.terms.get(k) ?? [];
      list.push({ ...o, person: person.id });
      this.terms.set(k, list);
    }
  }

  /** Everyone who held the office, in order of their term's start. */
  termsOf(role: string, org: string): Term[] {
    return [...(this.terms.get(`${org}|${role}`) ?? [])].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  }

  /** The person holding the office on a date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); the latest term when several overlap a coarse date. */
  holderOn(role: string, org: string, date: string): string | null {
    let found: Term | null = null;
    for (const t of this.termsOf(role, org)) {
      const started = t.from === null || !before(date, t.from);
      const ended = t.to !== null && !before(date, t.to) && !(date.length < t.to.length && t.to.startsWith(date));
      if (started && !ended) found = t;
    }
    return found?.person ?? null;
  }
}
