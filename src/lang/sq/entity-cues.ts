import type { EntityCues } from '../types/entity-cues.js';
import closedClassWords from './function-words.js';

/** Each stem with each ending (`kuvend` + `it` → `kuvendit`). */
const forms = (stems: string[], endings: string[]) => stems.flatMap((st) => endings.map((e) => st + e));

/** Albanian cues: titles before people, prepositions before places, head words of organisations. */
const cues: EntityCues = {
  personTitles: [
    // (kryeministri, ministri and their other forms come from the stems below)
    'ish-kryeministri',
    'presidenti', 'presidentit', 'presidentja', 'presidentes', 'presidente', 'president', 'ish-presidenti',
    'sekretari i përgjithshëm', 'sekretarit të përgjithshëm', 'sekretari gjeneral', 'sekretarit gjeneral',
    'kryetari', 'kryetarit', 'kryetarja', 'kryetares', 'deputeti', 'deputetit', 'deputetja',
    'ambasadori', 'ambasadorit', 'ambasadorja', 'zëdhënësi', 'zëdhënësit', 'zëdhënësja',
    'kancelari', 'kancelarit', 'kancelarja', 'komandanti', 'komandantit', 'gjenerali', 'gjeneralit',
    'homologu', 'homologun', 'homologut', 'liderit', 'lideri', 'kreu', 'kreut', 'shefi', 'shefit',
    'zoti', 'zotit', 'zonja', 'zonjës', 'analisti', 'gazetari', 'gazetarja', 'profesori', 'dr.',
    ...forms(['trajner', 'sulmues', 'mbrojtës', 'mesfushor', 'portier', 'lojtar', 'kapiten', 'përfaqësues', 'nënkryetar', 'guvernator',
      'kryeprokuror', 'prokuror', 'gjyqtar', 'komisioner', 'eurodeputet', 'senator', 'drejtor', 'sekretar', 'këshilltar', 'kryediplomat',
      'kryenegociator', 'negociator', 'emisar', 'i dërguar', 'zëvendëskryeministr', 'zëvendësministr', 'kryeministr', 'ministr', 'këngëtar', 'aktor', 'shkrimtar', 'avokat', 'udhëheqës', 'themelues', 'kryeshef'].map((w) => w.replace(/^i /, '')), ['i', 'it', 'in', 'ja', 'es']),
    'ministër', 'kryeministër', 'kryetar', 'nënkryetar', 'deputet', 'ambasador', 'zëdhënës', 'sekretar', 'drejtor', 'ish-ministri', 'ish-kryetari', 'ish-deputeti', 'ish-presidentja',
  ],
  placePrepositions: ['në', 'nga', 'drejt', 'për', 'prej', 'afër', 'pranë', 'përmes', 'brenda', 'jashtë', 'mes', 'ndaj', 'kundër', 'me', 'te', 'tek', 'deri', 'rreth'],
  orgHeads: [
    // masculine: a head, the head, of the head, the head (object)
    ...forms(['kuvend', 'komision', 'këshill', 'universitet', 'fondacion', 'institut', 'departament', 'parlament', 'senat', 'kongres', 'sekretariat', 'fond', 'shërbim', 'shtab', 'tribunal', 'asociacion', 'koalicion', 'inspektorat', 'kolegj', 'autoritet', 'ombudsperson'], ['', 'i', 'it', 'in']),
    // `Bashkim` alone is a given name
    'bashkimi', 'bashkimit', 'bashkimin',
    // feminine in -ia / -ja
    ...forms(['ministri', 'qeveri', 'parti', 'polici', 'agjenci', 'kryeministri', 'prokurori', 'drejtori', 'ushtri', 'akademi', 'kryesi', 'kompani'], ['a', 'së', 'në']),
    ...forms(['lidhj', 'lëvizj'], ['a', 'es', 'en']),
    // other feminines
    ...forms(['gjykat', 'bank', 'organizat', 'aleanc', 'zyr', 'ambasad', 'presidenc', 'od', 'dhom', 'federat', 'shoqat', 'sindikat', 'qendr', 'dogan', 'komun'], ['a', 'ës', 'ën']),
    'forcat', 'forcave',
  ],
  placeHeads: [
    ...forms(['stadium', 'kamp', 'aeroport', 'shesh', 'bulevard', 'park', 'pallat', 'liqen', 'lum', 'kompleks'], ['i', 'it', 'in']),
    ...forms(['rrug', 'ur', 'kal', 'lagj', 'aren', 'sall'], ['a', 'ës', 'ën']),
  ],
  /** Capitalised words after a title that belong to it (`Ministri i Mbrojtjes`, `Përfaqësuesja e Lartë`). */
  titleComplements: [
    'jashtëm', 'jashtme', 'brendshëm', 'brendshme', 'punëve', 'mbrojtjes', 'financave', 'drejtësisë', 'shëndetësisë', 'arsimit',
    'ekonomisë', 'tregtisë', 'industrisë', 'bujqësisë', 'kulturës', 'rinisë', 'sportit', 'mjedisit', 'infrastrukturës', 'diasporës',
    'integrimit', 'integrimeve', 'lartë', 'përgjithshëm', 'përgjithshme', 'shtetit', 'zhvillimit', 'pushtetit', 'administratës', 'punës',
    'mirëqenies', 'energjisë', 'turizmit', 'transportit', 'inovacionit', 'shkencës', 'teknologjisë', 'planifikimit', 'evropian', 'evropiane', 'komunitetit', 'komuniteteve',
    'zgjerim', 'zgjerimin', 'zgjerimit', 'fqinjësi', 'fqinjësisë', 'politikën', 'sigurinë', 'sigurisë', 'çështje', 'çështjet',
  ],
  nameBreakers: ['dhe', 'nga', 'ose', 'apo', 'me', 'në', 'se', 'por', 'kundër', 'ndaj', 'drejt', 'prej', 'pranë', 'përmes', 'mes', 'midis', 'te', 'tek', 'deri', 'rreth', 'për', 'pas', 'para', 'gjatë', 'sipas', 'ku', 'kur', 'si'],
  nameLinks: ['i', 'e', 'të', 'së', 'për'],
  conjunctions: ['dhe'],
  /** Clubs, papers, companies are introduced by what they are (`klubi Ballkani`, `gazeta Koha`); players score for a club. */
  orgTitles: [
    ...forms(['klub', 'ekip', 'portal', 'televizion', 'sponsor'], ['i', 'it', 'in']),
    ...forms(['skuadr', 'gazet', 'firm', 'kompani'], ['a', 'ës', 'ën']).map((w) => w.replace(/iës$/, 'isë').replace(/iën$/, 'inë')),
    'gol për', 'gola për', 'golin për', 'golat për', 'golave për',
    // a match's opponent: a team is played against (`luan kundër Ballkanit`)
    'luan kundër', 'luajnë kundër', 'luajti kundër', 'luajtën kundër', 'ndeshjen kundër', 'ndeshja kundër', 'ndeshjes kundër',
  ],
  /** Compass adjectives and nouns: Evropa Perëndimore, Afrika e Jugut. */
  placeWords: ['Perëndimore', 'Perëndimor', 'Perëndimit', 'Lindore', 'Lindor', 'Lindjes', 'Veriore', 'Verior', 'Veriut', 'Jugore', 'Jugor', 'Jugut', 'Qendrore', 'Juglindore', 'Verilindore', 'Jugperëndimore', 'Veriperëndimore'],
  /** Genitive (and dative, ablative) endings of definite nouns: Kosov-ës, Tregtis-ë, Kuvend-it, Ujk-ut, Punë-ve. */
  genitiveEndings: ['ës', 'së', 'it', 'ut', 've'],
  /** Visiting takes its place as a direct object (`vizitoi Shëngjinin`), no preposition. */
  placeVerbs: ['vizitoi', 'vizituan', 'viziton', 'vizitojnë', 'vizitojë', 'vizitonte', 'vizitova', 'vizituam', 'vizitoni', 'vizituar', 'vizitojmë'],
  notNames: ['Sot', 'Dje', 'Nesër', 'Ai', 'Ajo', 'Ata', 'Ato', 'Ne', 'Ju', 'Unë', 'Por', 'Edhe', 'Në', 'Nga', 'Me', 'Për', 'Kjo', 'Ky', 'Këto', 'Këta', 'Sipas', 'Pas', 'Para', 'Gjatë', 'Megjithatë', 'Ndërkaq', 'Ndërkohë', 'Kur', 'Si', 'Se', 'Që', 'Nëse', 'Duke', 'Një', 'Të', 'E', 'I',
    // peoples, capitalised at the start of a sentence: no names (CoNLL's MISC)
    'Shqiptarët', 'Serbët', 'Kosovarët', 'Maqedonasit', 'Boshnjakët', 'Turqit', 'Romët', 'Ukrainasit', 'Rusët', 'Amerikanët', 'Gjermanët', 'Malazezët', 'Kroatët', 'Grekët', 'Bullgarët', 'Evropianët',
    // meetings and events: CoNLL's MISC (`Samiti i NATO-s` names only NATO)
    'Samiti', 'Samitin', 'Samitit', 'Konferenca', 'Konferencën', 'Konferencës',
    // acronyms of things, not organisations
    'COVID', 'PCR', 'SMS', 'PDF', 'DNA', 'ADN', 'HIV', 'SIDA', 'PIB', 'BPV', 'TVSH', 'EUR', 'USD', 'CEO', 'LGBT', 'LGBTI', 'VIP', 'GPS', 'USB', 'WC', 'SUV',
    // words of a headline written in capitals
    'VIDEO', 'FOTO', 'FOTOT', 'LAJM', 'LAJMI', 'EKSKLUZIVE', 'LIVE', 'URGJENTE'],
  closedClassWords,
  examples: ['Kryeministri [[Albin Kurti]] tha se', 'Ai udhëtoi në [[Shkup]] të hënën'],
};
export default cues;
