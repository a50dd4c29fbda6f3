import type { LexicalMarker } from '../types.js';

/**
 * Lexical markers shared by the Serbian/Bosnian/Croatian/Montenegrin packs. Each pack imports the
 * lists that are evidence for it: ijekavian reflexes are evidence for bs, hr and cnr, ekavian for sr;
 * the eastern lexicon (hiljada, saradnja, voz, univerzitet, ...) for sr, bs and cnr; the Croatian one
 * for hr only. Patterns are matched case-insensitively on whole words, in both scripts where given.
 */
const m = (pattern: string, weight: number, ...examples: string[]): LexicalMarker => ({ pattern, weight, examples });

export const ijekavian: LexicalMarker[] = [
  m('vrijem\\p{L}*|вријем\\p{L}*', 1, 'u isto vrijeme', 'у исто вријеме'),
  m('mjest\\p{L}*|мјест\\p{L}*', 1, 'na mjestu'),
  m('rješ\\p{L}*|рјеш\\p{L}*', 1, 'rješenje problema'),
  m('bezbjedn\\p{L}*|безбједн\\p{L}*', 1, 'regionalnu bezbjednost'),
  m('savjet\\p{L}*|савјет\\p{L}*', 1, 'Savjet bezbjednosti'),
  m('izvješt\\p{L}*|извјешт\\p{L}*|izvješć\\p{L}*', 1, 'u izvještaju'),
  m('pjesm\\p{L}*|пјесм\\p{L}*', 1, 'nova pjesma'),
  m('djec\\p{L}*|дјец\\p{L}*', 1, 'djeca i roditelji'),
  m('sjever\\p{L}*|сјевер\\p{L}*', 1, 'na sjeveru'),
  m('svijet\\p{L}*|свијет\\p{L}*', 1, 'cijeli svijet'),
  m('uvijek|увијек', 1, 'uvijek spreman'),
  m('vijest\\p{L}*|вијест\\p{L}*', 1, 'dobre vijesti'),
  m('nedjelj\\p{L}*|недјељ\\p{L}*', 1, 'u nedjelju'),
  m('cijel\\p{L}*|цијел\\p{L}*', 1, 'cijela zemlja'),
  m('prije|прије', 1, 'prije dvije godine'),
  m('poslije|послије', 1, 'poslije sastanka'),
  m('dvije|двије', 1, 'dvije godine'),
  m('tijel\\p{L}*|тијел\\p{L}*', 1, 'radno tijelo'),
  m('sjedišt\\p{L}*|сједишт\\p{L}*', 1, 'u sjedištu'),
  m('sjednic\\p{L}*|сједниц\\p{L}*', 1, 'zajedničku sjednicu'),
  m('posjet\\p{L}*|посјет\\p{L}*', 1, 'je posjetio'),
  m('primjer\\p{L}*|примјер\\p{L}*', 1, 'na primjer'),
  m('cijen\\p{L}*|цијен\\p{L}*', 1, 'visoke cijene'),
  m('podsjet\\p{L}*|подсјет\\p{L}*', 1, 'je podsjetio'),
  m('obezbjeđ\\p{L}*|обезбјеђ\\p{L}*|obezbijed\\p{L}*', 1, 'obezbjeđivanju stabilnosti'),
  m('mjesec\\p{L}*|мјесец\\p{L}*', 1, 'prošlog mjeseca'),
  m('vjer\\p{L}*|вјер\\p{L}*', 0.5, 'vjerovatno'),
  m('lijep\\p{L}*|лијеп\\p{L}*', 1, 'lijepo vrijeme'),
  m('riječ\\p{L}*|ријеч\\p{L}*', 1, 'prema njegovim riječima'),
  m('bijel\\p{L}*|бијел\\p{L}*', 1, 'Bijela kuća'),
  m('mlijek\\p{L}*', 1, 'mlijeko'),
  m('pjeva\\p{L}*', 1, 'pjevač'),
  m('djelovanj\\p{L}*|djelatnost\\p{L}*|дјеловањ\\p{L}*', 1, 'djelovanje policije'),
  m('dijel\\p{L}*|dijelov\\p{L}*|дијел\\p{L}*', 1, 'u dijelovima'),
  m('sredstv\\p{L}*', 0, 'sredstva'),
];

export const ekavian: LexicalMarker[] = [
  m('vreme|vremenom|време|временом', 1, 'u isto vreme', 'у исто време'),
  m('mest\\p{L}*|мест\\p{L}*', 1, 'na mestu'),
  m('reš\\p{L}*|реш\\p{L}*', 1, 'rešenje problema'),
  m('bezbedn\\p{L}*|безбедн\\p{L}*', 1, 'regionalnu bezbednost', 'безбедност'),
  m('savet\\p{L}*|савет\\p{L}*', 1, 'Savet bezbednosti', 'Савет безбедности'),
  m('izvešt\\p{L}*|извешт\\p{L}*', 1, 'u izveštaju'),
  m('pesm\\p{L}*|песм\\p{L}*', 1, 'nova pesma'),
  m('dec[aeiu]|деца|деци|децу', 1, 'deca i roditelji'),
  m('sever\\p{L}*|север\\p{L}*', 1, 'na severu'),
  m('svet|sveta|svetu|свет|света|свету', 0.7, 'ceo svet'),
  m('uvek|увек', 1, 'uvek spreman'),
  m('vest|vesti|вест|вести', 1, 'dobre vesti'),
  m('nedelj\\p{L}*|недељ\\p{L}*', 1, 'u nedelju'),
  m('ce[oл]\\p{L}*|цео|цела|целу', 0.5, 'cela zemlja', 'ceo dan'),
  m('pre|пре', 0.7, 'pre dve godine'),
  m('posle|после', 1, 'posle sastanka'),
  m('dve|две', 1, 'dve godine'),
  m('telo|tela|тело|тела', 1, 'radno telo'),
  m('sedišt\\p{L}*|седишт\\p{L}*', 1, 'u sedištu'),
  m('sednic\\p{L}*|седниц\\p{L}*', 1, 'zajedničku sednicu'),
  m('poset\\p{L}*|посет\\p{L}*', 1, 'je posetio'),
  m('primer\\p{L}*|пример\\p{L}*', 1, 'na primer'),
  m('cen[aeiu]|цен[аеиу]', 1, 'visoke cene'),
  m('podset\\p{L}*|подсет\\p{L}*', 1, 'je podsetio'),
  m('mesec\\p{L}*|месец\\p{L}*', 1, 'prošlog meseca'),
  m('reč\\p{L}*|реч\\p{L}*', 1, 'prema njegovim rečima'),
  m('obezbeđ\\p{L}*|обезбеђ\\p{L}*', 1, 'obezbeđivanje'),
  m('deo|delu|delova|део|делу|делова', 1, 'u delu'),
];

/** Words of the eastern standards (sr, bs, cnr) that Croatian replaces. */
export const eastern: LexicalMarker[] = [
  m('hiljad\\p{L}*|хиљад\\p{L}*', 1, 'oko hiljadu vojnika', 'хиљаду'),
  m('saradnj\\p{L}*|сарадњ\\p{L}*', 1, 'saradnja sa Srbijom'),
  m('voz|vozom|vozu|воз|возом', 1, 'putovao vozom'),
  m('univerzitet\\p{L}*|универзитет\\p{L}*', 1, 'na univerzitetu'),
  m('opštin\\p{L}*|општин\\p{L}*', 1, 'opština Zvečan'),
  m('fudbal\\p{L}*|фудбал\\p{L}*', 1, 'fudbalska utakmica'),
  m('porodic\\p{L}*|породиц\\p{L}*', 1, 'njegova porodica'),
  m('tačk\\p{L}*|тачк\\p{L}*', 1, 'tačka dnevnog reda'),
  m('vazduh\\p{L}*|ваздух\\p{L}*', 1, 'u vazduhu'),
  m('ko|кo|ко', 0.5, 'ko je rekao'),
  m('šta|шта', 1, 'šta je rekao'),
  m('treba da|треба да', 0.5, 'treba da doprinese'),
  m('da li|да ли', 0.7, 'da li je'),
  m('nivo\\p{L}*|ниво\\p{L}*', 0.5, 'na visokom nivou'),
  m('bezbjedn\\p{L}*|bezbedn\\p{L}*', 0.5, 'bezbjednost'),
  m('sekretar\\p{L}*', 0.3, 'generalni sekretar'),
  m('izvršenj\\p{L}*', 0, 'izvršenje'),
];

/** Bosnian words that neither Serbian nor Croatian uses (as a standard). */
export const bosnian: LexicalMarker[] = [
  m('historij\\p{L}*', 1.5, 'historija Bosne'),
  m('sedmic\\p{L}*', 1, 'prošle sedmice'),
  m('lahk\\p{L}*', 2, 'nije lahko'),
  m('hljeb\\p{L}*', 1.5, 'hljeb'),
  m('općin\\p{L}*', 0.5, 'općina Centar'),
  m('kahv\\p{L}*', 2, 'kahva'),
  m('mahal\\p{L}*', 1, 'mahala'),
  m('hoćemo|mehk\\p{L}*', 1, 'mehko'),
];

/** Croatian words that the eastern standards replace. */
export const croatian: LexicalMarker[] = [
  m('tisuć\\p{L}*', 2, 'tisuću vojnika'),
  m('tjedn\\p{L}*|tjedan', 2, 'prošlog tjedna'),
  m('vlak\\p{L}*', 1.5, 'vlakom'),
  m('sveučilišt\\p{L}*', 2, 'na sveučilištu'),
  m('suradnj\\p{L}*', 2, 'suradnja s Hrvatskom'),
  m('tko', 1.5, 'tko je rekao'),
  m('obitelj\\p{L}*', 2, 'njegova obitelj'),
  m('zrak\\p{L}*', 1, 'u zraku'),
  m('točk\\p{L}*', 1.5, 'točka dnevnog reda'),
  m('povijest\\p{L}*', 2, 'povijest'),
  m('glasnogovorni\\p{L}*', 2, 'glasnogovornik vlade'),
  m('izvješć\\p{L}*', 2, 'izvješće'),
  m('nogomet\\p{L}*', 2, 'nogometna utakmica'),
  m('sigurnost\\p{L}*', 0.7, 'regionalna sigurnost'),
  m('vijeć\\p{L}*', 1.5, 'Vijeće sigurnosti'),
  m('je li', 1, 'je li to'),
  m('kazao|kazala', 0, 'kazao je'),
  m('studen\\p{L}*|prosin\\p{L}*|siječ\\p{L}*|veljač\\p{L}*|ožuj\\p{L}*|travanj\\p{L}*|travnj\\p{L}*|svib\\p{L}*|lipanj\\p{L}*|lipnj\\p{L}*|srpanj\\p{L}*|srpnj\\p{L}*|kolovoz\\p{L}*|rujan\\p{L}*|rujn\\p{L}*|listopad\\p{L}*', 1, 'u studenom', 'u rujnu'),
  m('tijekom', 2, 'tijekom godine'),
  m('uopće|općenito|već|veće', 0.3, 'uopće'),
  m('trebao|trebala', 0, 'trebao bi'),
  m('milijun\\p{L}*|milijard\\p{L}*', 1.5, 'milijun eura'),
  m('europsk\\p{L}*|europ\\p{L}*', 1, 'Europska unija'),
];

/** Montenegrin-only spellings and words (the letters ś and ź, jekavian jotation). */
export const montenegrin: LexicalMarker[] = [
  m('\\p{L}*[śź]\\p{L}*', 3, 'śutra', 'iźesti'),
  m('đe|ђе|đeca|ђеца|đevojk\\p{L}*|sjutra|сјутра|tamo đe', 2, 'đe si', 'đevojka'),
  m('ćerati|ćera', 1, 'ćerati'),
];
