/**
 * The compact line format of the curated lists in scripts/kb/:
 * `Name | kind | CC | field | field ...` (people: `Name | CC | field ...`, countries: `CC | field ...`).
 * Fields: `xx:Name,Name` names in language xx (`sh:` = Serbian/Croatian/Bosnian/Montenegrin Latin),
 * `aka:A,B` acronyms and short forms for every language, `name=X` canonical English name,
 * `Q123` Wikidata id, `head:role`, `of:kb:id` part of, `@role/ORG from..to` an office.
 */
export interface Office {
  role: string;
  org: string;
  from: string | null;
  to: string | null;
}

export interface Fields {
  names: Record<string, string[]>;
  aliases: string[];
  wikidata: string | null;
  head: string | null;
  partOf: string | null;
  canonical: string | null;
  offices: Office[];
}

const LANG_FIELD = /^([a-z]{2,3}):(.*)$/s;
const OFFICE = /^@([a-z-]+)\/([A-Za-z0-9-]+)\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)?\.\.(\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

export function parseFields(parts: string[], where: string): Fields {
  const f: Fields = { names: {}, aliases: [], wikidata: null, head: null, partOf: null, canonical: null, offices: [] };
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    let m: RegExpExecArray | null;
    if (/^Q\d+$/.test(p)) f.wikidata = p;
    else if (p.startsWith('name=')) f.canonical = p.slice(5).trim();
    else if (p.startsWith('head:')) f.head = p.slice(5).trim();
    else if (p.startsWith('of:')) f.partOf = p.slice(3).trim();
    else if (p.startsWith('aka:')) f.aliases.push(...split(p.slice(4)));
    else if ((m = OFFICE.exec(p))) f.offices.push({ role: m[1]!, org: m[2]!, from: m[3] ?? null, to: m[4] ?? null });
    else if ((m = LANG_FIELD.exec(p))) (f.names[m[1]!] ??= []).push(...split(m[2]!));
    else throw new Error(`${where}: cannot read field '${p}'`);
  }
  return f;
}

function split(s: string): string[] {
  return s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'dj')
    .replace(/Đ/g, 'Dj')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
