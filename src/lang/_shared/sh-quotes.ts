import type { QuoteLexicon } from '../types/quotes.js';
import { latinToCyrillic } from './sh-translit.js';

/**
 * Quotation knowledge shared by Serbian, Bosnian, Croatian and Montenegrin, written once in
 * Latin (ijekavian and ekavian forms) and matched in both scripts.
 */

/** Past participles (masculine) of reporting verbs; feminine and plural forms are generated. */
const PARTICIPLES = [
  'rekao', 'izjavio', 'poručio', 'naveo', 'istakao', 'kazao', 'dodao', 'naglasio', 'ocijenio', 'ocenio',
  'podsjetio', 'podsetio', 'objasnio', 'pojasnio', 'saopštio', 'saopćio', 'priopćio', 'upozorio', 'tvrdio',
  'napisao', 'odgovorio', 'zaključio', 'potvrdio', 'najavio', 'konstatovao', 'konstatirao', 'precizirao',
  'napomenuo', 'uvjeravao', 'uveravao', 'ponovio', 'zatražio', 'poželio', 'primijetio', 'primetio', 'ustvrdio',
];
/** Present-tense reporting verbs (3rd person singular and plural). */
const PRESENT = [
  'kaže', 'kažu', 'navodi', 'navode', 'ističe', 'ističu', 'dodaje', 'dodaju', 'poručuje', 'poručuju', 'naglašava',
  'naglašavaju', 'tvrdi', 'tvrde', 'izjavljuje', 'smatra', 'smatraju', 'ocjenjuje', 'ocenjuje', 'upozorava', 'upozoravaju',
  'objašnjava', 'podsjeća', 'podseća', 'piše',
];

function participleForms(m: string): string[] {
  const stem = m.replace(/(ao|eo|io|uo|o)$/, (x) => (x === 'ao' ? 'a' : x === 'eo' ? 'e' : x === 'io' ? 'i' : x === 'uo' ? 'u' : ''));
  const f = m.endsWith('kao') ? m.replace(/kao$/, 'kla') : `${stem}la`;
  const pl = f.replace(/la$/, 'li');
  const out: string[] = [];
  for (const [form, g] of [[m, 'm'], [f, 'f'], [pl, 'pl']] as const) {
    const aux = g === 'pl' ? 'su' : 'je';
    out.push(`${form}:${g}`, `${form} ${aux}:${g}`, `${aux} ${form}:${g}`, `${form} ${aux} i:${g}`);
  }
  return out;
}

/** Each entry in Latin and in Cyrillic (a `:gender` tag stays as it is). */
const cyr = (x: string) => {
  const [body, g] = x.split(':');
  return g === undefined ? latinToCyrillic(body!) : `${latinToCyrillic(body!)}:${g}`;
};
const both = (xs: string[]) => [...new Set([...xs, ...xs.map(cyr)])];

const latin: QuoteLexicon = {
  reportingVerbs: [...PARTICIPLES.flatMap(participleForms), ...PRESENT, 'rekao je da', 'izjavio je za'],
  complementizers: ['da', 'kako'],
  pronouns: ['on:m', 'ona:f', 'oni:pl', 'one:pl'],
  possessives: ['njegovim', 'njenim', 'njezinim', 'njihovim'],
  unnamedSources: [
    'zvaničnik', 'zvaničnika', 'zvaničnici', 'zvaničnicima', 'dužnosnik', 'dužnosnika', 'dužnosnici', 'službenik',
    'službenici', 'izvor', 'izvora', 'izvori', 'izvorima', 'diplomata', 'diplomate', 'diplomati', 'diplomatski izvori',
    'predstavnik', 'predstavnika', 'predstavnici', 'funkcioner', 'funkcioneri', 'sagovornik', 'sugovornik', 'stručnjaci',
    'stručnjak', 'analitičari', 'analitičar', 'kritičari', 'posmatrači', 'promatrači',
  ],
  orgLinks: ['iz', 'u', 'pri', 'unutar'],
  unnamedDeterminers: ['jedan', 'jedna', 'neimenovani', 'neimenovana', 'anonimni', 'visoki', 'neki', 'nekoliko', 'dva'],
  roles: [
    'predsjednik', 'predsednik', 'predsjednica', 'predsednica', 'premijer', 'premijerka', 'ministar', 'ministrica',
    'ministarka', 'sekretar', 'tajnik', 'generalni sekretar', 'glavni tajnik', 'šef', 'šefica', 'portparol', 'portparolka',
    'glasnogovornik', 'glasnogovornica', 'ambasador', 'ambasadorka', 'veleposlanik', 'direktor', 'direktorica',
    'komandant', 'zapovjednik', 'lider', 'gradonačelnik', 'kancelar', 'kancelarka', 'izaslanik', 'čelnik', 'čelnica',
    'načelnik', 'član', 'članica', 'savjetnik', 'savetnik', 'kralj', 'kraljica', 'visoki predstavnik',
  ],
  accordingTo: [
    'prema riječima', 'prema rečima', 'po riječima', 'po rečima', 'prema njegovim riječima', 'prema njegovim rečima',
    'prema njenim riječima', 'prema njezinim riječima', 'prema njenim rečima', 'prema njihovim riječima',
    'prema njihovim rečima', 'po njegovim riječima', 'po njegovim rečima', 'po njenim riječima', 'po njenim rečima',
    'prema navodima',
  ],
  outletCues: [
    'javila je agencija', 'javlja agencija', 'javio je portal', 'javlja', 'prenosi', 'prenosi agencija', 'prenela je agencija',
    'prenijela je agencija', 'piše portal', 'piše list', 'izvještava', 'izveštava', 'objavila je agencija',
  ],
  outletNouns: ['agencija', 'portal', 'list', 'dnevnik', 'televizija', 'radio', 'dopisnik', 'novinska agencija'],
};

export const shQuotes: QuoteLexicon = {
  reportingVerbs: both(latin.reportingVerbs),
  complementizers: both(latin.complementizers),
  pronouns: both(latin.pronouns),
  possessives: both(latin.possessives),
  unnamedSources: both(latin.unnamedSources),
  orgLinks: both(latin.orgLinks),
  unnamedDeterminers: both(latin.unnamedDeterminers),
  roles: both(latin.roles),
  accordingTo: both(latin.accordingTo),
  outletCues: both(latin.outletCues),
  outletNouns: both(latin.outletNouns),
};
