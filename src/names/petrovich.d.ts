// petrovich 0.2.1 ships no types: the part of its API the names module uses.
declare module 'petrovich' {
  type Case = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
  type Inflect = Record<Case, (name: string) => string>;
  interface Gendered { first: Inflect; middle: Inflect; last: Inflect }
  const petrovich: {
    male: Gendered;
    female: Gendered;
    androgynous: Gendered;
    detect_gender(middle: string): 'male' | 'female' | 'androgynous';
  };
  export default petrovich;
}
