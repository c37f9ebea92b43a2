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
