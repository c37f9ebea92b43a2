// One case per construction of ANNOTATION.md §6, through extract() with pinned dates (dated and
// undated articles). Each case names the directive it checks by its surface.
import { beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import type { DirectiveRecord, Lang } from '../../src/types.js';

interface Case {
  name: string;
  lang: Lang;
  date: string | null;
  text: string;
  /** Expected directives (a subset of fields each), in text order; [] means none. */
  want: Partial<DirectiveRecord>[];
}

const cases: Case[] = [
  // issuers
  { name: 'kk pronoun Ол → the last named official', lang: 'kk', date: '2026-01-27',
    text: 'Отырысты Премьер-министр Олжас Бектенов өткізді. Ол Білім министрлігіне оқулықтарды жаңартуды тапсырды.',
    want: [{ verb: 'тапсырды', issuer: 'Олжас Бектенов', addressees: ['Білім министрлігіне'], content: 'оқулықтарды жаңартуды' }] },
  { name: 'kk quote then — деді X', lang: 'kk', date: '2026-01-27',
    text: '— Әкімдіктерге бір ай ішінде жылу жүйесін тексеруді тапсырамын, — деді Олжас Бектенов.',
    want: [{ verb: 'тапсырамын', issuer: 'Олжас Бектенов', deadline: '2026-02-27', addressees: ['Әкімдіктерге'] }] },
  { name: 'kk title → the office-holder at the article date (2015: Nazarbayev)', lang: 'kk', date: '2015-05-04',
    text: 'Мемлекет басшысы Үкіметке жаңа бағдарламаны әзірлеуді тапсырды.',
    want: [{ verb: 'тапсырды', issuer: 'Нұрсұлтан Назарбаев' }] },
  { name: 'kk title → the office-holder at the article date (2026: Tokayev)', lang: 'kk', date: '2026-05-04',
    text: 'Мемлекет басшысы Үкіметке жаңа бағдарламаны әзірлеуді тапсырды.',
    want: [{ verb: 'тапсырды', issuer: 'Қасым-Жомарт Тоқаев' }] },
  { name: 'kk agentless directives in a passage → that person', lang: 'kk', date: '2026-01-19',
    text: 'Қорытындылай келе, Аида Балаева жұмысты күшейтуді тапсырды. Сонымен қатар туризмді дамыту міндеті қойылды. Сондай-ақ бюджетті тиімді жұмсау тапсырылды.',
    want: [{ verb: 'тапсырды', issuer: 'Аида Балаева' }, { verb: 'міндеті қойылды', issuer: 'Аида Балаева', content: 'туризмді дамыту' }, { verb: 'тапсырылды', issuer: 'Аида Балаева', content: 'бюджетті тиімді жұмсау' }] },
  { name: 'kk agentless directive with no earlier one → whoever held the meeting', lang: 'kk', date: '2026-01-19',
    text: 'Премьер-министрдің орынбасары Аида Балаева кеңес өткізді. Кеңесте әкімдіктерге мектептерді жөндеу тапсырылды.',
    want: [{ verb: 'тапсырылды', issuer: 'Аида Балаева', addressees: ['әкімдіктерге'], content: 'мектептерді жөндеу' }] },
  { name: 'ru agentless directive → the chair (под председательством X)', lang: 'ru', date: '2026-01-14',
    text: 'Под председательством Аиды Балаевой прошло совещание. Министерству просвещения поручено в месячный срок подготовить план.',
    want: [{ verb: 'поручено', issuer: 'Аида Балаева', addressees: ['Министерству просвещения'], deadline: '2026-02-14', content: 'подготовить план' }] },
  { name: 'ru deadline before the verb', lang: 'ru', date: '2026-01-14',
    text: 'Олжас Бектенов провел совещание. До 1 марта Министерству энергетики поручено подготовить котельные.',
    want: [{ verb: 'поручено', issuer: 'Олжас Бектенов', deadline: '2026-03-01', addressees: ['Министерству энергетики'], content: 'подготовить котельные' }] },
  { name: 'kk a foreign president → the person named before, not Kazakhstan\'s', lang: 'kk', date: '2026-01-20',
    text: '— Біз бұл мәселені шешуіміз керек, — деді Шавкат Мирзиеев.\nОсыларды ескере отырып, Өзбекстан президенті бағдарламаларды іске қосуды тапсырды.',
    want: [{ verb: 'тапсырды', issuer: 'Шавкат Мирзиеев' }] },
  { name: 'kk an article about another country\'s president: a bare "Президент" is that one', lang: 'kk', date: '2026-01-20',
    text: 'Қырғызстан Президенті Садыр Жапаров кеңес өткізді.\n— Үкіметке бағдарламаны жаңартуды тапсырамын, — деді Президент.',
    want: [{ verb: 'тапсырамын', issuer: 'Садыр Жапаров' }] },
  { name: 'kk — деді ол after a line that named a title', lang: 'kk', date: '2026-01-20',
    text: '— Бұл маңызды, — деді Президент.\n— Үкіметке бағдарламаны жаңартуды тапсырамын, — деді ол.',
    want: [{ verb: 'тапсырамын', issuer: 'Қасым-Жомарт Тоқаев', addressees: ['Үкіметке'] }] },
  { name: 'kk a quote over two paragraphs: the speaker is named where it ends', lang: 'kk', date: '2026-01-20',
    text: 'Аида Балаева кеңес өткізді.\n— Әкімдіктерге мектептерді тексеруді тапсырамын.\nБұл жұмыс жыл соңына дейін аяқталуы тиіс, — деді Олжас Бектенов.',
    want: [{ verb: 'тапсырамын', issuer: 'Олжас Бектенов' }] },
  { name: 'ru quote then — сказал X', lang: 'ru', date: '2026-02-01',
    text: '— Поручаю Министерству энергетики в двухнедельный срок представить план, — сказал Олжас Бектенов.',
    want: [{ verb: 'Поручаю', issuer: 'Олжас Бектенов', deadline: '2026-02-15', addressees: ['Министерству энергетики'], content: 'представить план' }] },
  { name: 'ru pronoun Она → the last named official', lang: 'ru', date: '2026-01-14',
    text: 'Совещание провела Аида Балаева. Она поручила акиму Костанайской области до 1 марта завершить ремонт школ.',
    want: [{ verb: 'поручила', issuer: 'Аида Балаева', addressees: ['акиму Костанайской области'], deadline: '2026-03-01', content: 'завершить ремонт школ' }] },
  { name: 'ru title Глава государства', lang: 'ru', date: '2026-03-02',
    text: 'Глава государства поручил Правительству до конца года принять закон.',
    want: [{ verb: 'поручил', issuer: 'Касым-Жомарт Токаев', deadline: '2026-12-31', addressees: ['Правительству'], content: 'принять закон' }] },
  // deadlines in undated articles
  { name: 'kk relative deadline in an undated article → null', lang: 'kk', date: null,
    text: 'Премьер-министр Олжас Бектенов әкімдерге жыл соңына дейін мектептерді салуды тапсырды.',
    want: [{ verb: 'тапсырды', deadline: null }] },
  { name: 'ru relative deadline in an undated article → null; a dated one resolves', lang: 'ru', date: null,
    text: 'Олжас Бектенов поручил в месячный срок внести предложения и до 1 марта 2027 года принять их.',
    want: [{ verb: 'поручил', deadline: null }] },
  { name: 'ru absolute deadline with its year in an undated article', lang: 'ru', date: null,
    text: 'Олжас Бектенов поручил до 1 марта 2027 года принять программу.',
    want: [{ verb: 'поручил', deadline: '2027-03-01' }] },
  { name: 'kk event-tied deadline → null', lang: 'kk', date: '2026-01-27',
    text: 'Олжас Бектенов әкімдіктерге маусым басталғанға дейін жағажайларды дайындауды тапсырды.',
    want: [{ verb: 'тапсырды', deadline: null }] },
  // references
  { name: 'kk Мемлекет басшысының тапсырмасына сәйкес → reference, each mention its own', lang: 'kk', date: '2026-01-27',
    text: 'Мемлекет басшысының тапсырмасына сәйкес көмек көрсетілді. Президент тапсырмасын орындау жалғасуда.',
    want: [{ verb: 'тапсырмасына', reference: true, issuer: 'Қасым-Жомарт Тоқаев' }, { verb: 'тапсырмасын', reference: true, issuer: 'Қасым-Жомарт Тоқаев' }] },
  { name: 'ru Согласно поручению Главы государства → reference', lang: 'ru', date: '2026-01-27',
    text: 'Согласно поручению Главы государства, в регионе открыты три школы.',
    want: [{ verb: 'поручению', reference: true, issuer: 'Касым-Жомарт Токаев' }] },
  { name: 'kk тапсырған болатын → reference', lang: 'kk', date: '2026-01-27',
    text: 'Бұған дейін Мемлекет басшысы Үкіметке көлік жүйесін жаңартуды тапсырған болатын.',
    want: [{ verb: 'тапсырған болатын', reference: true }] },
  { name: 'kk an earlier event in plain past inside another speaker\'s quote → reference', lang: 'kk', date: '2026-01-27',
    text: '"Мемлекет басшысы Ұлттық құрылтайда тұжырымдаманы әзірлеуді тапсырды. Біз бұл жұмысты жалғастырамыз", – деді Олжас Бектенов.',
    want: [{ verb: 'тапсырды', reference: true, issuer: 'Қасым-Жомарт Тоқаев' }] },
  { name: 'kk "let us recall" tells an earlier instruction', lang: 'kk', date: '2026-01-30',
    text: 'Айта кетейік, Тоқаев Үкіметке еріктілер ісін дамытуды көздейтін жаңа құжат әзірлеуді тапсырды.',
    want: [{ verb: 'тапсырды', reference: true, addressees: ['Үкіметке'] }] },
  { name: 'ru "Напомним" tells an earlier instruction', lang: 'ru', date: '2026-01-30',
    text: 'Напомним, Олжас Бектенов поручил акиматам подготовить котельные.',
    want: [{ verb: 'поручил', reference: true, issuer: 'Олжас Бектенов' }] },
  // not directives
  { name: 'kk obligations (тиіс, қажет) are not directives', lang: 'kk', date: '2026-01-19',
    text: 'Әкімдіктер кадр даярлау жұмысын жоспарлауы тиіс. Скрининг сапасын арттыру қажет.',
    want: [] },
  { name: 'ru obligations (необходимо, должны) are not directives', lang: 'ru', date: '2026-01-14',
    text: 'Необходимо усилить контроль. Акиматы должны обеспечить школы учебниками.',
    want: [] },
  { name: 'kk тапсырыс is a procurement order', lang: 'kk', date: '2026-01-19',
    text: 'Кадр даярлауды білім беру тапсырысымен сәйкестендіру керек. Мемлекеттік әлеуметтік тапсырыс аясында қызмет көрсетіледі.',
    want: [] },
  // Latin-script Kazakh through the Cyrillic view
  { name: 'kk Latin script', lang: 'kk', date: '2026-02-02',
    text: 'Oljas Bektenov mınıstrlikke 2026 jyldyń sońyna deıin jobany qarjylandyrýdy tapsyrdy.',
    want: [{ verb: 'tapsyrdy', deadline: '2026-12-31', addressees: ['mınıstrlikke'], content: 'jobany qarjylandyrýdy' }] },
  // a bare title names the holder the article introduced (not the gazetteer's: KZ-59's akim there is
  // someone else), and a reference before it lends no issuer to the passage
  { name: 'ru bare аким → the akim named in the article; the passive after it is his', lang: 'ru', date: '2026-01-14',
    text: 'Аким Северо-Казахстанской области Кайрат Жумабеков провел совещание. Он напомнил, что Глава государства поручил обеспечить ввод жилья. По итогам сессии аким поручил управлению строительства до 1 марта завершить проектирование. Управлению финансов поручено подготовить предложения.',
    want: [{ verb: 'поручил', issuer: 'Касым-Жомарт Токаев', reference: true },
      { verb: 'поручил', issuer: 'Кайрат Жумабеков', reference: false, addressees: ['управлению строительства'], deadline: '2026-03-01' },
      { verb: 'поручено', issuer: 'Кайрат Жумабеков', reference: false, addressees: ['Управлению финансов'] }] },
  { name: 'ru bare аким, undated: same issuer, no relative deadline', lang: 'ru', date: null,
    text: 'Аким Северо-Казахстанской области Кайрат Жумабеков провел совещание. Ранее Глава государства поручил обеспечить ввод жилья. Аким поручил управлению строительства в месячный срок завершить проектирование.',
    want: [{ verb: 'поручил', reference: true }, { verb: 'поручил', issuer: 'Кайрат Жумабеков', deadline: null }] },
  { name: 'ru bare министр → the minister named in the article', lang: 'ru', date: '2026-01-14',
    text: 'Министр энергетики Ерлан Аккенженов провел совещание. Глава государства ранее поручил модернизировать ТЭЦ. По итогам совещания министр поручил акиматам до 1 марта завершить ремонт. Энергетикам поручено усилить контроль.',
    want: [{ verb: 'поручил', issuer: 'Касым-Жомарт Токаев', reference: true },
      { verb: 'поручил', issuer: 'Ерлан Аккенженов', deadline: '2026-03-01' }, { verb: 'поручено', issuer: 'Ерлан Аккенженов' }] },
  { name: 'ru a reference is no passage issuer: the passive goes to the chair', lang: 'ru', date: '2026-01-14',
    text: 'Под председательством Аиды Балаевой прошло совещание. Глава государства ранее поручил модернизировать ТЭЦ. Министерству энергетики поручено в месячный срок подготовить план.',
    want: [{ verb: 'поручил', reference: true }, { verb: 'поручено', issuer: 'Аида Балаева', deadline: '2026-02-14' }] },
  { name: 'ru a title in a plural oblique (акимам, министрам) is the addressee, not the subject', lang: 'ru', date: '2026-01-14',
    text: 'Аким Северо-Казахстанской области Кайрат Жумабеков принял участие. Олжас Бектенов акимам поручил до 1 марта завершить ремонт. Премьер-министр министрам поручил усилить контроль.',
    want: [{ verb: 'поручил', issuer: 'Олжас Бектенов', addressees: ['акимам'], deadline: '2026-03-01' }, { verb: 'поручил', issuer: 'Олжас Бектенов', addressees: ['министрам'] }] },
  { name: 'ru глава ведомства / глава региона → the minister / akim named in the article', lang: 'ru', date: '2026-01-14',
    text: 'Министр энергетики Ерлан Аккенженов провел совещание. Глава ведомства поручил акиматам завершить ремонт. Аким Северо-Казахстанской области Кайрат Жумабеков принял участие. Глава региона поручил управлению энергетики усилить контроль.',
    want: [{ verb: 'поручил', issuer: 'Ерлан Аккенженов', addressees: ['акиматам'] }, { verb: 'поручил', issuer: 'Кайрат Жумабеков', addressees: ['управлению энергетики'] }] },
  { name: 'kk ведомство басшысы / өңір басшысы → the minister / akim named in the article (undated)', lang: 'kk', date: null,
    text: 'Энергетика министрі Ерлан Аккенженов кеңес өткізді. Ведомство басшысы әкімдіктерге жөндеуді аяқтауды тапсырды. Солтүстік Қазақстан облысының әкімі Қайрат Жұмабеков қатысты. Өңір басшысы басқармаға бақылауды күшейтуді тапсырды.',
    want: [{ verb: 'тапсырды', issuer: 'Ерлан Аккенженов' }, { verb: 'тапсырды', issuer: 'Қайрат Жұмабеков', addressees: ['басқармаға'] }] },
  { name: 'kk bare әкім → the akim named in the article', lang: 'kk', date: '2026-01-14',
    text: 'Солтүстік Қазақстан облысының әкімі Қайрат Жұмабеков кеңес өткізді. Бұған дейін Мемлекет басшысы тұрғын үй салуды тапсырған болатын. Кеңес қорытындысында әкім құрылыс басқармасына 1 наурызға дейін жобалауды аяқтауды тапсырды. Қаржы басқармасына ұсыныстар дайындау тапсырылды.',
    want: [{ issuer: 'Қасым-Жомарт Тоқаев', reference: true },
      { verb: 'тапсырды', issuer: 'Қайрат Жұмабеков', addressees: ['құрылыс басқармасына'], deadline: '2026-03-01' },
      { verb: 'тапсырылды', issuer: 'Қайрат Жұмабеков', addressees: ['Қаржы басқармасына'] }] },
  { name: 'kk bare министр → the minister named in the article (undated)', lang: 'kk', date: null,
    text: 'Энергетика министрі Ерлан Аккенженов кеңес өткізді. Кеңесте министр әкімдіктерге жыл соңына дейін жөндеуді аяқтауды тапсырды.',
    want: [{ verb: 'тапсырды', issuer: 'Ерлан Аккенженов', addressees: ['әкімдіктерге'], deadline: null }] },
  { name: 'kk Latin: ákim → the akim as the article spells him; a title to the gazetteer in Latin script', lang: 'kk', date: '2026-01-14',
    text: 'Soltústik Qazaqstan oblysynyń ákimi Qaırat Jumabekov keńes ótkizdi. Keńes qorytyndysynda ákim qurylys basqarmasyna 1 naýryzǵa deıin jobalaýdy aıaqtaýdy tapsyrdy. Memleket basshysy Úkimetke jańa baǵdarlamany ázirleýdi tapsyrdy.',
    want: [{ verb: 'tapsyrdy', issuer: 'Qaırat Jumabekov', deadline: '2026-03-01' }, { verb: 'tapsyrdy', issuer: 'Qasym-Jomart Toqaev', addressees: ['Úkimetke'] }] },
  { name: 'kk Latin: Prezıdent tapsyrdy (2015) → Nursultan Nazarbaev in Latin script', lang: 'kk', date: '2015-05-04',
    text: 'Prezıdent Úkimetke jańa baǵdarlamany ázirleýdi tapsyrdy.',
    want: [{ verb: 'tapsyrdy', issuer: 'Nursultan Nazarbaev' }] },
  { name: 'kk a bare title with no holder known ends the passage: the passive after it is not the earlier issuer\'s', lang: 'kk', date: '2026-01-14',
    text: 'Мемлекет басшысы Үкіметке жоспар әзірлеуді тапсырды. Кеңесте министр әкімдіктерге жөндеуді аяқтауды тапсырды. Қаржы басқармасына ұсыныстар дайындау тапсырылды.',
    want: [{ issuer: 'Қасым-Жомарт Тоқаев' }, { verb: 'тапсырды', issuer: null }, { verb: 'тапсырылды', issuer: null }] },
  // the addressee first, a duty noun, a passive verb: agentless, issued by the passage's person
  { name: 'kk addressee-first passive (…министрлігіне … жұмысы жүктелді) → the passage\'s issuer', lang: 'kk', date: '2026-03-02',
    text: 'Мемлекет басшысы Қасым-Жомарт Тоқаев су ресурстары жөнінде кеңес өткізді. Кеңесте Президент бірқатар тапсырма берді.\nСу ресурстары және ирригация министрлігіне жыл соңына дейін каналдарды жаңғырту жұмысы жүктелді. Әкімдіктерге суармалы жерлерді есепке алу міндеттелді.',
    want: [{ verb: 'тапсырма берді', issuer: 'Қасым-Жомарт Тоқаев' },
      { verb: 'жүктелді', issuer: 'Қасым-Жомарт Тоқаев', reference: false, addressees: ['Су ресурстары және ирригация министрлігіне'], deadline: '2026-12-31' },
      { verb: 'міндеттелді', issuer: 'Қасым-Жомарт Тоқаев', reference: false, addressees: ['Әкімдіктерге'] }] },
  { name: 'kk addressee-first passive after a reference → whoever held the meeting (undated)', lang: 'kk', date: null,
    text: 'Аида Балаева кеңес өткізді. Мемлекет басшысы бұған дейін ЖЭО-ны жаңғыртуды тапсырған еді. Энергетика министрлігіне жыл соңына дейін жылу желілерін жаңғырту жұмысы жүктелді.',
    want: [{ issuer: 'Қасым-Жомарт Тоқаев', reference: true }, { verb: 'жүктелді', issuer: 'Аида Балаева', reference: false, deadline: null }] },
  { name: 'kk Latin addressee-first passive', lang: 'kk', date: '2026-01-14',
    text: 'Aıda Balaeva keńes ótkizdi. Energetıka mınıstrligine jyl sońyna deıin jylý jelilerin jańǵyrtý jumysy júkteldi.',
    want: [{ verb: 'júkteldi', issuer: 'Aıda Balaeva', addressees: ['Energetıka mınıstrligine'], deadline: '2026-12-31' }] },
  { name: 'kk things loaded or handed in are no directives', lang: 'kk', date: '2026-01-14',
    text: 'Вагондарға көмір жүктелді. Министрлікке әзірленген жоспар тапсырылды.',
    want: [] },
];

describe('directive constructions', () => {
  // the first extract() loads every stage's rules and gazetteers (seconds on a busy machine)
  beforeAll(() => { extract('.', { lang: 'kk' }); extract('.', { lang: 'ru' }); }, 60_000);
  test.each(cases)('$name', (c) => {
    const rec = extract(c.text, { date: c.date, lang: c.lang, context: { today: '2026-06-15' } });
    const got = rec.directives;
    expect(got.length, JSON.stringify(got, null, 1)).toBe(c.want.length);
    c.want.forEach((w, i) => {
      const d = got[i]!;
      expect(rec.text.slice(d.start, d.end)).toBe(d.surface);
      for (const [k, v] of Object.entries(w)) expect((d as unknown as Record<string, unknown>)[k], `${i}.${k}`).toEqual(v);
    });
  });
});
