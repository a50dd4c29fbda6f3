/**
 * Linking across the articles of a run. Knowledge-base entities already share their ids; names
 * found only in the texts are article-local (`local:per:dragan-petkovic`) and spelt as each
 * language spells them (`Dragan Petković`, `Драган Петковић`, `Dragan Petkoviq`). Here they are
 * clustered over the run:
 * - by the phonetic key of the whole name (script, diacritics and the Albanian spelling of Slavic
 *   names folded: `petkovic` for all three), whatever type the recogniser gave each article's
 *   mention (the type most mentioned wins);
 * - a cluster whose name sounds like a knowledge-base entity that the run's articles mention
 *   (its name, aliases or the base forms written in the run) is that entity (`Тереза Мей` where
 *   another article linked `Терезы Мэй` to kb:theresa-may);
 * - a person named by the surname alone joins the one person of the run with that surname, when
 *   there is exactly one (a knowledge-base person or a cluster);
 * and each other cluster takes one id and a canonical Latin-script name: the Latin spelling most
 * mentioned, ties going to the one keeping more diacritics (`Petković` over `Petkoviq`), a
 * transliteration only when the run never writes the name in Latin. The other spellings become
 * aliases. Mentions, entities and quote speakers are rewritten to the cluster's id.
 */
import type { Article, Entity, EntityType } from '../../model/index.js';
import { nameKey, nameSkeleton, phoneticKey } from '../../kb/key.js';
import { isCyrillic, latinName, LOCAL_PREFIX, localId } from './link.js';

const DIACRITIC = /[^\u0000-\u007f]/g;

interface Member {
  doc: Article;
  entity: Entity;
  /** Written forms (base forms of its mentions) with how often each is mentioned. */
  forms: Map<string, number>;
}

/** The phonetic key of a name: each word's key, in order. */
function nameSound(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => phoneticKey(nameKey(w)))
    .join(' ');
}

/** The sound skeletons of a name's words (nameSkeleton), and how many letters make one telling. */
const skeletonOf = (sound: string) => sound.split(' ').map(nameSkeleton).join(' ');
const MIN_SKELETON = 5;

/** The canonical Latin-script name of a cluster's spellings (see the module comment). */
function canonical(forms: Map<string, number>): string {
  const latin = [...forms].filter(([f]) => !isCyrillic(f));
  if (!latin.length) return latinName([...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  const marks = (f: string) => f.match(DIACRITIC)?.length ?? 0;
  latin.sort((a, b) => b[1] - a[1] || marks(b[0]) - marks(a[0]) || (a[0] < b[0] ? -1 : 1));
  return latin[0]![0];
}

/** Whether an entity id is the knowledge base's. */
const isKb = (id: string) => !id.startsWith(LOCAL_PREFIX);

const add = <K, V>(m: Map<K, Set<V>>, k: K, v: V) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
const lastWord = (sound: string) => sound.slice(sound.lastIndexOf(' ') + 1);

/** Cluster the run's article-local entities across its articles and rewrite the articles to the clusters' ids. */
export function linkAcrossArticles(docs: Article[]): void {
  const groups = new Map<string, Member[]>();
  /** The knowledge-base entities the run mentions: by the sound of each name they are written with; their entities. */
  const kbBySound = new Map<string, Set<string>>();
  const kbEntities = new Map<string, Entity>();
  for (const doc of docs) {
    const forms = new Map<string, Map<string, number>>();
    for (const m of doc.mentions) {
      if (!m.entity) continue;
      if (isKb(m.entity)) {
        add(kbBySound, nameSound(m.base), m.entity);
        continue;
      }
      const f = forms.get(m.entity) ?? forms.set(m.entity, new Map()).get(m.entity)!;
      f.set(m.base, (f.get(m.base) ?? 0) + 1);
    }
    for (const e of doc.entities) {
      if (isKb(e.id)) {
        if (!kbEntities.has(e.id)) kbEntities.set(e.id, e);
        for (const n of [e.name, ...e.aliases]) add(kbBySound, nameSound(n), e.id);
        continue;
      }
      const m: Member = { doc, entity: e, forms: forms.get(e.id) ?? new Map([[e.name, 1]]) };
      const key = nameSound(e.name);
      if (key) (groups.get(key) ?? groups.set(key, []).get(key)!).push(m);
    }
  }
  // Surnames of the run's people (knowledge-base ones and clusters named in full) → who bears them.
  const bySurname = new Map<string, Set<string>>();
  for (const [sound, ids] of kbBySound) {
    if (!sound.includes(' ')) continue;
    for (const id of ids) if (kbEntities.get(id)?.type === 'PER') add(bySurname, lastWord(sound), id);
  }
  for (const [key, ms] of groups) if (key.includes(' ') && ms.some((m) => m.entity.type === 'PER')) add(bySurname, lastWord(key), key);

  // Where each cluster goes: a knowledge-base entity, another cluster (a surname's), or its own new id.
  const target = new Map<string, string>();
  for (const [key, ms] of groups) {
    const kb = kbBySound.get(key);
    if (kb?.size === 1) {
      target.set(key, [...kb][0]!);
      continue;
    }
    const bearers = key.includes(' ') ? undefined : bySurname.get(key);
    if (bearers?.size === 1 && ms.some((m) => m.entity.type === 'PER')) target.set(key, [...bearers][0]!);
  }
  // Spellings the phonetic key keeps apart (`Азия Биби`, `Asia Bibi`; `Пенджаб`, `Пунджаб`) meet on
  // the names' sound skeletons when these are long enough to be telling.
  const kbBySkeleton = new Map<string, Set<string>>();
  for (const [sound, ids] of kbBySound) for (const id of ids) add(kbBySkeleton, skeletonOf(sound), id);
  const bySkeleton = new Map<string, string[]>();
  for (const key of [...groups.keys()].sort()) {
    if (target.has(key)) continue;
    const sk = skeletonOf(key);
    if (sk.replace(/ /g, '').length < MIN_SKELETON) continue;
    const kb = kbBySkeleton.get(sk);
    if (kb?.size === 1) target.set(key, [...kb][0]!);
    else (bySkeleton.get(sk) ?? bySkeleton.set(sk, []).get(sk)!).push(key);
  }
  for (const keys of bySkeleton.values()) for (const k of keys.slice(1)) target.set(k, keys[0]!);
  const resolveTarget = (key: string, depth = 0): string => {
    const t = target.get(key);
    if (t === undefined) return key;
    if (kbEntities.has(t)) return t;
    return depth < 3 && groups.has(t) ? resolveTarget(t, depth + 1) : key;
  };
  const clusters = new Map<string, Member[]>();
  for (const [key, ms] of groups) {
    const to = resolveTarget(key);
    (clusters.get(to) ?? clusters.set(to, []).get(to)!).push(...ms);
  }

  const rename = new Map<Article, Map<string, string>>();
  for (const [to, ms] of clusters) {
    let entity: Pick<Entity, 'id' | 'name' | 'type' | 'wikidata'>;
    const kb = kbEntities.get(to);
    if (kb) entity = kb;
    else {
      if (new Set(ms.map((m) => m.doc)).size < 2 && ms.length < 2) continue;
      entity = clusterEntity(ms);
    }
    for (const m of ms) {
      const r = rename.get(m.doc) ?? rename.set(m.doc, new Map()).get(m.doc)!;
      r.set(m.entity.id, entity.id);
      const aliases = new Set([m.entity.name, ...m.entity.aliases, ...m.forms.keys()]);
      aliases.delete(entity.name);
      Object.assign(m.entity, { name: entity.name, type: entity.type, wikidata: entity.wikidata, aliases: [...aliases] });
    }
  }
  for (const [doc, r] of rename) rewrite(doc, r);
}

/** A new cluster's entity: the type most mentioned, the canonical name of its fullest spellings, an id from that name. */
function clusterEntity(ms: Member[]): Pick<Entity, 'id' | 'name' | 'type' | 'wikidata'> {
  const types = new Map<EntityType, number>();
  for (const m of ms) types.set(m.entity.type, (types.get(m.entity.type) ?? 0) + [...m.forms.values()].reduce((a, b) => a + b, 0));
  const type = [...types].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const forms = new Map<string, number>();
  // The full names' spellings name the cluster; a surname alone only when nothing fuller exists.
  const words = (n: string) => n.split(/\s+/).length;
  const fullest = Math.max(...ms.map((m) => words(m.entity.name)));
  for (const m of ms) {
    if (words(m.entity.name) < fullest) continue;
    for (const [f, n] of m.forms) if (words(f) >= fullest) forms.set(f, (forms.get(f) ?? 0) + n);
  }
  if (!forms.size) for (const m of ms) forms.set(m.entity.name, (forms.get(m.entity.name) ?? 0) + 1);
  const name = canonical(forms);
  return { id: localId(type, name), name, type, wikidata: null };
}

/** Give an article's mentions, entities, quote speakers and event participants and places their new ids, merging entities that became one. */
function rewrite(doc: Article, r: Map<string, string>): void {
  const to = (id: string | null) => (id && r.get(id)) ?? id;
  for (const m of doc.mentions) m.entity = to(m.entity);
  for (const q of doc.quotes) q.speaker.entity = to(q.speaker.entity);
  for (const e of doc.events) {
    e.participants = [...new Set(e.participants.map((p) => to(p)!))];
    e.place = to(e.place);
  }
  const merged = new Map<string, Entity>();
  for (const e of doc.entities) {
    const id = to(e.id)!;
    const have = merged.get(id);
    if (!have) merged.set(id, { ...e, id });
    else have.aliases = [...new Set([...have.aliases, ...e.aliases, e.name])].filter((a) => a !== have.name);
  }
  doc.entities = [...merged.values()];
}
