/**
 * What completes the municipality lists of municipalities.ts and more-municipalities.ts: the
 * remaining municipalities of Bosnia and Herzegovina (both entities), North Macedonia and
 * Albania, the city municipalities of Serbia's cities outside Belgrade, Serbia's districts,
 * Albania's counties and the remaining cantons of the Federation of Bosnia and Herzegovina.
 * Format: `English name | kind | CC | fields` (see parse.ts); a `(qualifier)` after the name only
 * makes the id unique and is no part of the name.
 */
export const BOSNIA_COMPLETE: string[] = [
  // Federation of Bosnia and Herzegovina
  'Domaljevac-Šamac | municipality | BA | sh:Domaljevac-Šamac,Domaljevac',
  'Odžak | municipality | BA | sh:Odžak | en:Odzak',
  'Doboj Istok | municipality | BA | sh:Doboj Istok',
  'Sapna | municipality | BA | sh:Sapna',
  'Teočak | municipality | BA | sh:Teočak | en:Teocak',
  'Doboj Jug | municipality | BA | sh:Doboj Jug',
  'Usora | municipality | BA | sh:Usora',
  'Foča-Ustikolina | municipality | BA | sh:Foča-Ustikolina,Ustikolina | en:Foca-Ustikolina',
  'Pale-Prača | municipality | BA | sh:Pale-Prača,Prača',
  'Busovača | municipality | BA | sh:Busovača | en:Busovaca',
  'Dobretići | municipality | BA | sh:Dobretići',
  'Gornji Vakuf-Uskoplje | municipality | BA | sh:Gornji Vakuf-Uskoplje,Gornji Vakuf,Uskoplje',
  'Ravno | municipality | BA | sh:Ravno',
  'Centar (Sarajevo) | municipality | BA | sh:Centar Sarajevo,Općina Centar',
  'Novi Grad (Sarajevo) | municipality | BA | sh:Novi Grad Sarajevo',
  'Novo Sarajevo | municipality | BA | sh:Novo Sarajevo',
  'Stari Grad (Sarajevo) | municipality | BA | sh:Stari Grad Sarajevo',
  'Trnovo (Bosnia) | municipality | BA | sh:Trnovo',
  // Republika Srpska
  'Brod (Bosnia) | municipality | BA | sh:Brod,Bosanski Brod',
  'Istočni Drvar | municipality | BA | sh:Istočni Drvar',
  'Istočni Mostar | municipality | BA | sh:Istočni Mostar',
  'Istočni Stari Grad | municipality | BA | sh:Istočni Stari Grad',
  'Istočno Novo Sarajevo | municipality | BA | sh:Istočno Novo Sarajevo',
  'Krupa na Uni | municipality | BA | sh:Krupa na Uni',
  'Novo Goražde | municipality | BA | sh:Novo Goražde',
  'Stanari | municipality | BA | sh:Stanari',
  'Petrovac (Republika Srpska) | municipality | BA | sh:Drinić',
  // The remaining cantons of the Federation
  'Posavina Canton | region | BA | sh:Posavski kanton,Županija Posavska',
  'Bosnian-Podrinje Canton | region | BA | sh:Bosansko-podrinjski kanton,Bosansko-podrinjski kanton Goražde',
  'West Herzegovina Canton | region | BA | sh:Zapadnohercegovački kanton,Županija Zapadnohercegovačka',
  'Canton 10 | region | BA | sh:Kanton 10,Livanjski kanton,Hercegbosanska županija',
];

export const NORTH_MACEDONIA_COMPLETE: string[] = [
  'Gjorče Petrov | municipality | MK | mk:Ѓорче Петров | sq:Gjorçe Petrov | en:Gjorce Petrov',
  'Češinovo-Obleševo | municipality | MK | mk:Чешиново-Облешево | sq:Çeshinovë-Obleshevë | en:Cesinovo-Oblesevo',
];

export const ALBANIA_COMPLETE: string[] = [
  'Kurbin | municipality | AL | sq:Kurbin,Kurbini,Laç,Laçi',
  // The twelve counties (qarqe)
  'Berat County | region | AL | sq:Qarku i Beratit | sh:Okrug Berat',
  'Dibër County | region | AL | sq:Qarku i Dibrës | en:Diber County',
  'Durrës County | region | AL | sq:Qarku i Durrësit | en:Durres County',
  'Elbasan County | region | AL | sq:Qarku i Elbasanit',
  'Fier County | region | AL | sq:Qarku i Fierit',
  'Gjirokastër County | region | AL | sq:Qarku i Gjirokastrës | en:Gjirokaster County',
  'Korçë County | region | AL | sq:Qarku i Korçës | en:Korce County',
  'Kukës County | region | AL | sq:Qarku i Kukësit | en:Kukes County',
  'Lezhë County | region | AL | sq:Qarku i Lezhës | en:Lezhe County',
  'Shkodër County | region | AL | sq:Qarku i Shkodrës | en:Shkoder County',
  'Tirana County | region | AL | sq:Qarku i Tiranës',
  'Vlorë County | region | AL | sq:Qarku i Vlorës | en:Vlore County',
];

export const SERBIA_COMPLETE: string[] = [
  // City municipalities outside Belgrade
  'Medijana | municipality | RS | sh:Medijana | of:kb:nis',
  'Pantelej | municipality | RS | sh:Pantelej | of:kb:nis',
  'Crveni Krst | municipality | RS | sh:Crveni Krst | of:kb:nis',
  'Niška Banja | municipality | RS | sh:Niška Banja | of:kb:nis | en:Niska Banja',
  'Palilula (Niš) | municipality | RS | sh:Palilula | of:kb:nis',
  'Petrovaradin | municipality | RS | sh:Petrovaradin | of:kb:novi-sad',
  'Kostolac | municipality | RS | sh:Kostolac | of:kb:pozarevac',
  'Vranjska Banja | municipality | RS | sh:Vranjska Banja | of:kb:vranje',
  'Sevojno | municipality | RS | sh:Sevojno | of:kb:uzice',
  // Districts (okruzi)
  'North Bačka District | region | RS | sh:Severnobački okrug | en:North Backa District',
  'Central Banat District | region | RS | sh:Srednjobanatski okrug',
  'North Banat District | region | RS | sh:Severnobanatski okrug',
  'South Banat District | region | RS | sh:Južnobanatski okrug',
  'West Bačka District | region | RS | sh:Zapadnobački okrug | en:West Backa District',
  'South Bačka District | region | RS | sh:Južnobački okrug | en:South Backa District',
  'Srem District | region | RS | sh:Sremski okrug',
  'Mačva District | region | RS | sh:Mačvanski okrug | en:Macva District',
  'Kolubara District | region | RS | sh:Kolubarski okrug',
  'Podunavlje District | region | RS | sh:Podunavski okrug',
  'Braničevo District | region | RS | sh:Braničevski okrug | en:Branicevo District',
  'Šumadija District | region | RS | sh:Šumadijski okrug | en:Sumadija District',
  'Pomoravlje District | region | RS | sh:Pomoravski okrug',
  'Bor District | region | RS | sh:Borski okrug',
  'Zaječar District | region | RS | sh:Zaječarski okrug | en:Zajecar District',
  'Zlatibor District | region | RS | sh:Zlatiborski okrug',
  'Moravica District | region | RS | sh:Moravički okrug',
  'Raška District | region | RS | sh:Raški okrug | en:Raska District',
  'Rasina District | region | RS | sh:Rasinski okrug',
  'Nišava District | region | RS | sh:Nišavski okrug | en:Nisava District',
  'Toplica District | region | RS | sh:Toplički okrug',
  'Pirot District | region | RS | sh:Pirotski okrug',
  'Jablanica District | region | RS | sh:Jablanički okrug',
  'Pčinja District | region | RS | sh:Pčinjski okrug | en:Pcinja District',
  'Šumadija | region | RS | sh:Šumadija | sq:Shumadija | en:Sumadija',
  'Banat | region | - | sh:Banat | sq:Banat | uk:Банат | ru:Банат',
  'Bačka | region | RS | sh:Bačka | sq:Baçka | en:Backa',
  'Srem | region | RS | sh:Srem,Srijem | sq:Srem | en:Syrmia',
];
