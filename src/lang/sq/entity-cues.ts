import type { EntityCues } from '../types/entity-cues.js';
import closedClassWords from './function-words.js';

/** Albanian cues: titles before people, prepositions before places, head words of organisations. */
const cues: EntityCues = {
  personTitles: [
    'kryeministri', 'kryeministrit', 'kryeministrja', 'kryeministres', 'ish-kryeministri',
    'presidenti', 'presidentit', 'presidentja', 'presidentes', 'presidente', 'president', 'ish-presidenti',
    'ministri', 'ministrit', 'ministrja', 'ministres', 'zëvendësministri', 'zëvendëskryeministri',
    'sekretari i përgjithshëm', 'sekretarit të përgjithshëm', 'sekretari gjeneral', 'sekretarit gjeneral',
    'kryetari', 'kryetarit', 'kryetarja', 'kryetares', 'deputeti', 'deputetit', 'deputetja',
    'ambasadori', 'ambasadorit', 'ambasadorja', 'zëdhënësi', 'zëdhënësit', 'zëdhënësja',
    'kancelari', 'kancelarit', 'kancelarja', 'komandanti', 'komandantit', 'gjenerali', 'gjeneralit',
    'homologu', 'homologun', 'homologut', 'liderit', 'lideri', 'kreu', 'kreut', 'shefi', 'shefit',
    'zoti', 'zotit', 'zonja', 'zonjës', 'analisti', 'gazetari', 'gazetarja', 'profesori', 'dr.',
  ],
  placePrepositions: ['në', 'nga', 'drejt', 'për', 'prej', 'afër', 'pranë', 'përmes', 'brenda', 'jashtë', 'mes', 'ndaj', 'kundër', 'me', 'te', 'tek', 'deri', 'rreth'],
  orgHeads: ['ministria', 'ministrisë', 'kuvendi', 'kuvendit', 'qeveria', 'qeverisë', 'partia', 'partisë', 'lidhja', 'lidhjes', 'lëvizja', 'lëvizjes', 'komisioni', 'komisionit', 'këshilli', 'këshillit', 'gjykata', 'gjykatës', 'policia', 'policisë', 'agjencia', 'agjencisë', 'universiteti', 'universitetit', 'banka', 'bankës', 'fondacioni', 'organizata', 'organizatës', 'aleanca', 'aleancës', 'bashkimi', 'bashkimit', 'forcat', 'forcave', 'zyra', 'zyrës', 'instituti', 'institutit'],
  notNames: ['Sot', 'Dje', 'Nesër', 'Ai', 'Ajo', 'Ata', 'Ato', 'Ne', 'Ju', 'Unë', 'Por', 'Edhe', 'Në', 'Nga', 'Me', 'Për', 'Kjo', 'Ky', 'Këto', 'Këta', 'Sipas', 'Pas', 'Para', 'Gjatë', 'Megjithatë', 'Ndërkaq', 'Ndërkohë', 'Kur', 'Si', 'Se', 'Që', 'Nëse', 'Duke', 'Një', 'Të', 'E', 'I'],
  closedClassWords,
  examples: ['Kryeministri [[Albin Kurti]] tha se', 'Ai udhëtoi në [[Shkup]] të hënën'],
};
export default cues;
