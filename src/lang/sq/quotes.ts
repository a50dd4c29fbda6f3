import type { QuoteLexicon } from '../types/quotes.js';

/** Albanian quotation knowledge: reporting verbs (aorist, perfect, present, imperfect), pronouns, source cues. */
const quotes: QuoteLexicon = {
  reportingVerbs: [
    'tha', 'thotë', 'thanë', 'thonë', 'thoshte', 'ka thënë', 'kanë thënë', 'kishte thënë',
    'deklaroi', 'deklaron', 'deklaruan', 'deklarojnë', 'ka deklaruar', 'kanë deklaruar', 'kishte deklaruar',
    'shtoi', 'shton', 'shtuan', 'ka shtuar', 'kanë shtuar',
    'theksoi', 'thekson', 'theksuan', 'ka theksuar', 'kanë theksuar',
    'nënvizoi', 'nënvizon', 'nënvizuan', 'ka nënvizuar',
    'përsëriti', 'përsërit', 'ka përsëritur',
    'bëri të ditur', 'bën të ditur', 'bënë të ditur', 'ka bërë të ditur', 'kanë bërë të ditur',
    'u shpreh', 'u shprehën', 'është shprehur', 'janë shprehur',
    'vlerësoi', 'ka vlerësuar', 'pohoi', 'ka pohuar', 'sqaroi', 'ka sqaruar', 'kujtoi', 'ka kujtuar',
    'paralajmëroi', 'ka paralajmëruar', 'konfirmoi', 'ka konfirmuar', 'mohoi', 'ka mohuar',
    'njoftoi', 'ka njoftuar', 'tregoi', 'ka treguar', 'pranoi', 'ka pranuar', 'shkroi', 'ka shkruar',
    'u tha', 'i tha', 'u ka thënë', 'i ka thënë', 'deklaroi për', 'nënvizonte', 'theksonte', 'shtonte',
    'cilësoi', 'e cilësoi', 'ka cilësuar', 'e ka cilësuar', 'argumentoi', 'ka argumentuar', 'kërkoi', 'ka kërkuar', 'porositi', 'ka porositur', 'siguroi', 'ka siguruar',
  ],
  complementizers: ['se', 'që'],
  pronouns: ['ai:m', 'ajo:f', 'ata:pl', 'ato:pl'],
  possessives: ['tij', 'saj', 'tyre'],
  unnamedSources: [
    'zyrtar', 'zyrtari', 'zyrtarë', 'zyrtarët', 'zyrtarëve', 'zyrtarit', 'zyrtare', 'zyrtarja',
    'burim', 'burimi', 'burime', 'burimet', 'burimeve', 'burimit',
    'diplomat', 'diplomati', 'diplomatë', 'diplomatët', 'diplomatëve',
    'përfaqësues', 'përfaqësuesi', 'përfaqësuesit', 'përfaqësuesve', 'ekspertët', 'ekspertë', 'analistët', 'analistë', 'vëzhguesit',
  ],
  orgLinks: ['i', 'e', 'të', 'së', 'nga', 'prej', 'në', 'brenda'],
  unnamedDeterminers: ['një', 'disa', 'dy', 'tre', 'ca', 'shumë'],
  roles: [
    'kreu', 'shefi', 'shefja', 'sekretari', 'sekretarja', 'presidenti', 'presidentja', 'kryeministri', 'kryeministrja',
    'ministri', 'ministrja', 'zëdhënësi', 'zëdhënësja', 'ambasadori', 'ambasadorja', 'kryetari', 'kryetarja',
    'drejtori', 'drejtoresha', 'komandanti', 'udhëheqësi', 'lideri', 'kryediplomati', 'kryediplomatja',
    'zëvendëskryeministri', 'zëvendësministri', 'kancelari', 'kancelarja', 'mbreti', 'guvernatori', 'prokurori',
  ],
  accordingTo: ['sipas', 'sipas fjalëve të', 'sipas deklaratës së'],
  outletCues: ['shkruan', 'raporton', 'raportoi', 'transmeton', 'transmetoi', 'citon', 'njofton agjencia', 'shkruan portali'],
  outletNouns: ['agjencia', 'portali', 'gazeta', 'televizioni', 'media', 'mediumi'],
};
export default quotes;
