import type { EventLexicon } from '../types/events.js';

/** Event knowledge of Albanian: triggers, locative prepositions, future and negation markers, units. */
const events: EventLexicon = {
  triggers: {
    meeting: [
      'takim*', 'takoh*', 'u takua', 'u takuan', 'u takova', 'u takuam', 'mblidh*', 'mbledh*', 'u mblodhën', 'bisedime',
      'bisedimet', 'bisedimeve', 'bisedimesh',
    ],
    visit: ['vizit*', 'qëndroi', 'qëndron', 'u prit nga', 'u prit në', 'turit', 'turin', 'turi', 'turne*', 'mbërriti në', 'mbërrin në'],
    summit: ['samit*'],
    press_conference: [
      'konferencë për shtyp', 'konferenca për shtyp', 'konferencën për shtyp', 'konferencës për shtyp',
      'konferencë të përbashkët për shtyp', 'konferencën e përbashkët për shtyp', 'konferencë shtypi', 'konferencën e shtypit',
      'pres-konferenc*', 'brifing*',
    ],
    statement: ['fjalim*', 'deklaratë', 'deklaratën', 'deklarata', 'deklaratës', 'iu drejtua', 'u drejtua'],
    deployment: ['dislok*', 'vendosi trupa', 'vendosur trupa', 'vendosjen e trupave', 'dërgoi trupa', 'dërgojë trupa'],
    commitment: [
      'zotu*', 'zotoh*', 'zotim*', 'ranë dakord', 'bien dakord', 'rënë dakord', 'u pajtuan', 'u pajtua', 'angazhim*', 'premtoi',
      'premtuan', 'premtim*', 'u angazhuan',
    ],
  },
  locatives: ['në', 'ne', 'nё'],
  missionNouns: ['mision*'],
  relativeWhere: ['ku'],
  capitalNouns: ['kryeqytetin', 'kryeqytetit', 'kryeqyteti', 'kryeqytet'],
  future: ['do', 'do të', 'do ta', 'do t', 'pritet', 'përgatitet', 'planifikohet', 'planifikon', 'planifikojnë', 'i ardhshëm', 'e ardhshme', 'ardhshëm'],
  negation: ['nuk', 's', 'as', 'jo', 'asnjë'],
  approximate: ['rreth', 'përafërsisht', 'afro', 'afërsisht', 'mbi', 'gati', 'thuajse', 'deri në'],
  units: {
    troops: ['ushtar*', 'trupa', 'trupat', 'efektiv*', 'pjesëtar*', 'forca'],
    EUR: ['euro', 'eurove', 'euroje'],
    USD: ['dollar*'],
  },
  gdp: ['pbb*', 'bpv*', 'prodhimit të brendshëm bruto'],
  numbers: { 'mijë': 1000, 'milion*': 1e6, 'miliard*': 1e9, 'një mijë': 1000 },
};
export default events;
