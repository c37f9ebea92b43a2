// Word cues that tell Kazakh from Russian (Cyrillic) and Kazakh from English (Latin) where letters
// alone cannot: short sentences, Kazakh words with no Kazakh letter (`алыс`, `мен`), Russian
// articles that quote Kazakh names. Function words and endings only: no names, no topic words.

/** Kazakh function words and frequent forms spelled without a Kazakh-specific letter. */
export const KK_CYRL_WORDS = new Set([
  'мен', 'бен', 'пен', 'деп', 'да', 'де', 'та', 'те', 'ма', 'ме', 'ба', 'бе', 'па', 'пе', 'ол', 'олар', 'осы',
  'сол', 'бар', 'емес', 'еді', 'екен', 'жылы', 'жыл', 'бойынша', 'кейін', 'дейін', 'тиіс', 'керек', 'болды',
  'болып', 'болса', 'бола', 'болады', 'сондай', 'ретінде', 'туралы', 'немесе', 'арасында', 'сонымен', 'содан',
  'алайда', 'енді', 'мысалы', 'деген', 'дейді', 'айтты', 'атап', 'отыр', 'жатыр', 'тапсырма', 'облысы',
  'облысында', 'ауданы', 'аудандары', 'жеке', 'жаса', 'жол', 'жолы', 'салы', 'сала', 'саласы', 'мемлекет',
  'ел', 'елде', 'елдер', 'бас', 'басы', 'адам', 'адамды', 'алды', 'алып', 'берді', 'берілді', 'етеді', 'етті',
  'етіп', 'жасалды', 'ретте', 'сияқты', 'арқылы', 'үшін', 'және', 'бұл', 'жөнінде', 'қатысты', 'тағы',
]);

/** Russian function words and frequent forms (none of them is a Kazakh word). */
export const RU_CYRL_WORDS = new Set([
  'и', 'в', 'во', 'на', 'не', 'что', 'с', 'со', 'по', 'для', 'от', 'за', 'к', 'ко', 'из', 'о', 'об', 'это', 'как',
  'также', 'был', 'была', 'были', 'было', 'году', 'года', 'лет', 'при', 'который', 'которые', 'которых',
  'которая', 'его', 'ее', 'её', 'их', 'он', 'она', 'они', 'но', 'или', 'уже', 'все', 'всех', 'более', 'том',
  'до', 'после', 'под', 'над', 'между', 'через', 'этом', 'этого', 'этой', 'будет', 'будут', 'есть', 'может',
  'этот', 'эти', 'так', 'чтобы', 'только', 'где', 'когда', 'тыс', 'рублей', 'тенге', 'области',
  'района', 'города', 'республики', 'сообщает', 'сообщили', 'отметил', 'отметила', 'вот', 'даже',
]);

/** Endings of Kazakh words with no Kazakh letter (cases, plurals, verb forms): `облысына`, `жатырмыз`. */
export const KK_CYRL_ENDING = /(?:ылды|ынды|ырды|ілді|інді|сын|сін|лар|лер|дар|дер|тар|тер|ның|нің|дың|дің|тың|тің|ған|ген|кен|қан|мыз|міз|сыз|сіз|уда|уде|ына|ыны|ында|ынан|ысы|есі|ады|еді|йды|йді|ыр|ып|іп|дан|тан|нан|ден|тен|нен|ға|ге|қа)$/;

/** Endings of Russian words no Kazakh word has: `области`, `министерства`, `сообщает`. */
export const RU_CYRL_ENDING = /(?:ого|его|ому|ему|ыми|ими|ость|ости|ение|ения|ении|ание|ания|ании|ется|ются|ает|ают|яет|яют|ует|уют|ции|цию|ии|ией|ий|ая|ое|ые|ых|ую|ской|ского|ских|ском|ный|ная|ное|ных|ным|ной|ией|ьи|ье|ью|ться|ешь|ишь|ём|щий|щая|щие|вший|вшие|ыл|ыла|ыло|ил|или|ила|ело|ели|ует)$/;

/** English function words. */
export const EN_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'was', 'for', 'on', 'that', 'with', 'by', 'from', 'at', 'as', 'are',
  'has', 'have', 'had', 'will', 'said', 'it', 'this', 'be', 'an', 'which', 'were', 'its', 'after', 'their',
  'been', 'also', 'would', 'about', 'more', 'than', 'who', 'not', 'but', 'or', 'they', 'he', 'she', 'his',
  'her', 'we', 'our', 'into', 'over', 'million', 'billion', 'percent', 'year', 'region', 'minister',
]);

/** Kazakh Latin (Kazinform 2018) function words and frequent forms. */
export const KK_LATN_WORDS = new Set([
  'jáne', 'men', 'ben', 'pen', 'dep', 'bul', 'osy', 'ol', 'olar', 'bar', 'da', 'de', 'ta', 'te', 'úshin',
  'boıynsha', 'týraly', 'jyly', 'jyl', 'sondaı', 'keıin', 'deıin', 'qatysty', 'arqyly', 'bolyp', 'etti', 'etip',
  'bolady', 'tıis', 'kerek', 'habarlaıdy', 'emes', 'edi', 'eken', 'sol', 'ár', 'biz', 'myń', 'mln', 'mlrd',
  'teńge', 'oblysy', 'qala', 'aýdany', 'retinde', 'nemese', 'sonymen', 'qatar', 'búgin', 'atap', 'ótti',
]);

/** Kazakh Latin endings: `oblysynda`, `tapsyrdy`, `jumystar`. */
export const KK_LATN_ENDING = /(?:nyń|niń|dyń|diń|tyń|tiń|ǵan|ǵa|qa|lyq|dyq|tyq|ynda|inde|ysy|isi|yp|lary|leri|dary|deri|tary|teri|myz|miz|syz|siz)$/;

/** English endings no Kazakh Latin word has. */
export const EN_ENDING = /(?:ing|tion|tions|ment|ments|ness|ed|ies|ous|ship|th|ght|ck|ph|wh)$/;
