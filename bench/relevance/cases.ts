// The relevance set of issue 12.6: realistic queries a social worker types (typos, plurals,
// compounds, synonyms, English), each with the catalogue items a professional would accept in the
// first five, chosen by reading the item names, not from any engine's output.

export type Case = { query: string; kind: string; accept: string[] };

export const CASES: Case[] = [
  // Plain words and plurals
  { query: 'schulden', kind: 'word', accept: ['schuldhulpverlening', 'vroegsignalering-schulden'] },
  { query: 'voedselbank', kind: 'word', accept: ['voedselbank'] },
  { query: 'kledingbank', kind: 'word', accept: ['kledingbank'] },
  { query: 'mantelzorg', kind: 'word', accept: ['jonge-mantelzorg-ondersteuning'] },
  { query: 'bijles', kind: 'word', accept: ['bijles-huiswerkbegeleiding'] },
  { query: 'toeslagen', kind: 'word', accept: ['toeslagenservicepunt', 'toeslagen-huur-zorg'] },
  { query: 'kwijtschelding', kind: 'word', accept: ['kwijtschelding-gemeentelijke-belastingen'] },
  { query: 'mediation', kind: 'word', accept: ['mediation-relatietherapie'] },
  { query: 'statushouders', kind: 'plural', accept: ['werkervaring-statushouders'] },
  { query: 'peuters', kind: 'plural', accept: ['peuter-en-kinderopvang', 'vve-thuis'] },
  {
    query: 'ervaringsdeskundigen',
    kind: 'plural',
    accept: ['ervaringsdeskundigheid', 'ervaringsdeskundigen-bereikbaarheidsdienst'],
  },
  {
    query: 'vrijwilligers',
    kind: 'plural',
    accept: ['vrijwilligerswerk-dagstructuur', 'vrijwillige-informatiepunten'],
  },
  // Typos
  {
    query: 'scheidng',
    kind: 'typo',
    accept: ['relatie-en-scheidingspunt', 'mediation-relatietherapie'],
  },
  { query: 'schuldhulpverleneing', kind: 'typo', accept: ['schuldhulpverlening'] },
  { query: 'voedselbnak', kind: 'typo', accept: ['voedselbank'] },
  { query: 'formulierenbriegade', kind: 'typo', accept: ['formulierenbrigade'] },
  { query: 'budgetmaatjs', kind: 'typo', accept: ['budgetmaatjes'] },
  { query: 'opvoedondersteunig', kind: 'typo', accept: ['opvoedondersteuning'] },
  // Compounds
  {
    query: 'schoolspullen',
    kind: 'compound',
    accept: ['stichting-leergeld', 'materiele-steun-school', 'school-armoedebeleid'],
  },
  {
    query: 'opvoedingsvragen',
    kind: 'compound',
    accept: ['opvoedondersteuning', 'inloopsprekuren'],
  },
  {
    query: 'sportclubcontributie',
    kind: 'compound',
    accept: ['jeugdsportfonds', 'kortingspas-meedoen', 'sport-en-beweegaanbod'],
  },
  {
    query: 'geldbeheer',
    kind: 'compound',
    accept: [
      'budgetcursus',
      'budgetmaatjes',
      'maatjes-thuisadministratie',
      'financiele-competenties',
    ],
  },
  {
    query: 'huurschuld',
    kind: 'compound',
    accept: ['vroegsignalering-schulden', 'schuldhulpverlening'],
  },
  // Synonyms a worker types
  {
    query: 'geldzorgen',
    kind: 'synonym',
    accept: [
      'schuldhulpverlening',
      'budgetadvies-overzicht',
      'budgetcursus',
      'vroegsignalering-schulden',
      'noodfonds',
    ],
  },
  { query: 'voedselpakket', kind: 'synonym', accept: ['voedselbank'] },
  {
    query: 'alleenstaande moeder',
    kind: 'synonym',
    accept: ['moeders-van-emmen', 'steunouders', 'mobility-mentoring'],
  },
  {
    query: 'eenzaam',
    kind: 'synonym',
    accept: ['welzijn-op-recept', 'thuiskamers', 'ontmoetingsbijeenkomsten-gezinnen'],
  },
  { query: 'NEET', kind: 'synonym', accept: ['pak-je-toekomst'] },
  {
    query: 'deurwaarder',
    kind: 'synonym',
    accept: ['schuldhulpverlening', 'vroegsignalering-schulden'],
  },
  {
    query: 'energierekening',
    kind: 'synonym',
    accept: ['noodfonds', 'bijzondere-bijstand', 'budgetadvies-overzicht'],
  },
  { query: 'zorgverzekering', kind: 'synonym', accept: ['minimaverzekering'] },
  { query: 'verjaardag', kind: 'synonym', accept: ['stichting-jarige-job'] },
  { query: 'huiswerk', kind: 'synonym', accept: ['bijles-huiswerkbegeleiding'] },
  {
    query: 'post en papieren',
    kind: 'synonym',
    accept: ['maatjes-thuisadministratie', 'formulierenbrigade', 'budgetmaatjes'],
  },
  {
    query: 'uit elkaar',
    kind: 'synonym',
    accept: ['relatie-en-scheidingspunt', 'mediation-relatietherapie'],
  },
  { query: 'zwanger', kind: 'synonym', accept: ['kansrijke-start', 'nu-niet-zwanger'] },
  // English
  { query: 'debts', kind: 'English', accept: ['schuldhulpverlening', 'vroegsignalering-schulden'] },
  { query: 'lonely', kind: 'English', accept: ['welzijn-op-recept', 'thuiskamers'] },
  {
    query: 'single mother',
    kind: 'English',
    accept: ['moeders-van-emmen', 'steunouders', 'mobility-mentoring'],
  },
  {
    query: 'divorce',
    kind: 'English',
    accept: ['relatie-en-scheidingspunt', 'mediation-relatietherapie'],
  },
  { query: 'food bank', kind: 'English', accept: ['voedselbank'] },
  { query: 'homework', kind: 'English', accept: ['bijles-huiswerkbegeleiding'] },
  { query: 'health insurance', kind: 'English', accept: ['minimaverzekering'] },
  { query: 'refugees', kind: 'English', accept: ['werkervaring-statushouders'] },
];
