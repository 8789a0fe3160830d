import { describe, expect, it } from 'vitest';
import { englishShare, identifyLanguage, nonEnglishReason, uncheckedLanguageReason } from './language';

const EN =
  'Russia said on Saturday that it had retaken the Kursk region, a claim that Ukraine denied. The Kremlin said Putin was ready for talks without preconditions.';
const DE =
  'Russland hat nach eigenen Angaben die Region Kursk vollständig zurückerobert, teilte der Generalstab mit. Die ukrainische Armee wies das zurück.';
const RU =
  'Россия заявила, что полностью освободила Курскую область от украинских войск. В Киеве это опровергли и заявили, что бои продолжаются.';
const UK =
  'Генштаб ЗСУ спростував заяви Росії про звільнення всієї Курської області. Українські підрозділи продовжують утримувати позиції.';
const FR =
  'La Russie affirme avoir repris toute la région de Koursk, ce que l’Ukraine dément. Les combats continuent selon l’état-major ukrainien.';
const IT =
  'La Russia afferma di aver liberato completamente la regione di Kursk, ma Kiev smentisce. Lo stato maggiore ucraino dice che le operazioni continuano.';
const PL =
  'Rosja twierdzi, że całkowicie wyzwoliła obwód kurski, ale Ukraina temu zaprzecza. Sztab Generalny podkreśla, że walki nadal trwają.';
const ES =
  'Rusia afirmó el sábado que había recuperado por completo la región de Kursk, algo que Ucrania negó. El Kremlin dijo que Putin estaba dispuesto a negociar.';
// franc-min has no Galician or Catalan model and calls both Spanish (iberian-language.ts).
const GL =
  'Rusia afirmou o sábado que recuperara por completo a rexión de Kursk, algo que Ucraína negou. O Kremlin dixo que Putin está disposto a negociar sen condicións previas.';
const CA =
  'Rússia va afirmar dissabte que havia recuperat completament la regió de Kursk, cosa que Ucraïna va negar. El Kremlin va dir que Putin està disposat a negociar sense condicions prèvies.';
const PT =
  'A Rússia afirmou no sábado que tinha reconquistado toda a região de Kursk, o que a Ucrânia negou. O Kremlin disse que Putin está pronto para negociar sem condições prévias.';
const TR =
  "Rusya, Kursk bölgesinin tamamen geri alındığını açıkladı, Ukrayna ise bunu yalanladı. Kremlin, Putin'in ön koşulsuz müzakerelere hazır olduğunu söyledi.";
const AR =
  'أعلنت روسيا يوم السبت استعادة السيطرة الكاملة على منطقة كورسك، لكن أوكرانيا نفت ذلك. وقال الكرملين إن بوتين مستعد للمفاوضات دون شروط مسبقة.';
// Persian is written in the same script, and not read with the Arabic lexicon.
const FA = 'روسیه اعلام کرد که منطقه کورسک را به طور کامل آزاد کرده است، اما اوکراین این ادعا را رد کرد و گفت که نبردها ادامه دارد.';
// Galician that franc-min takes for Portuguese rather than Spanish.
const GL_PT =
  'A Xunta non fixo comentarios sobre a visita do presidente, que chegou onte á cidade coa súa delegación. Os veciños esperaban unha resposta ata o final da semana.';
const NL =
  'Rusland zegt dat het de regio Koersk volledig heeft heroverd, maar Oekraïne ontkent dat. Het Kremlin zei dat Poetin bereid is om zonder voorwaarden te onderhandelen.';

describe('identifyLanguage', () => {
  it.each([
    [EN, 'en'],
    [DE, 'de'],
    [RU, 'ru'],
    [UK, 'uk'],
    [FR, 'fr'],
    [IT, 'it'],
    [PL, 'pl'],
    [ES, 'es'],
    [PT, 'pt'],
    [TR, 'tr'],
    [AR, 'ar'],
  ])('%#: reads the text, checked', (text, code) => {
    const l = identifyLanguage(text);
    expect(l.code).toBe(code);
    expect(l.checked).toBe(true);
  });

  it('names a language it does not check, and declines it quietly', () => {
    const l = identifyLanguage(NL);
    expect(l).toMatchObject({ code: 'nld', name: 'Dutch', checked: false });
    expect(uncheckedLanguageReason(l)).toBe('not checked: Dutch');
  });

  it.each([
    [GL, 'glg', 'Galician'],
    [GL_PT, 'glg', 'Galician'],
    [CA, 'cat', 'Catalan'],
  ])('%#: tells Galician and Catalan from Spanish and Portuguese, and does not read them with its lexicon', (text, code, name) => {
    expect(identifyLanguage(text)).toMatchObject({ code, name, checked: false });
    // A page declaring Spanish is still read for what it is.
    expect(identifyLanguage(text, 'es').code).toBe(code);
  });

  it('tells Persian from Arabic, and does not check it', () => {
    expect(identifyLanguage(FA)).toMatchObject({ code: 'pes', checked: false });
  });

  it('keeps Spanish Spanish where a word or two could be Catalan or Galician', () => {
    expect(identifyLanguage('El Kremlin va a negociar sin condiciones previas, pero Ucrania no se fía de Moscú.').code).toBe('es');
  });

  it('takes the lang attribute as a hint only: the text wins', () => {
    expect(identifyLanguage(RU, 'en').code).toBe('ru');
    expect(identifyLanguage(EN, 'de').code).toBe('en');
  });

  it('does not place a page that mixes languages in equal parts', () => {
    const l = identifyLanguage(`${EN}\n\n${RU}\n\n${EN.replace('Saturday', 'Friday')}\n\n${RU.replace('Киеве', 'Москве')}`);
    expect(l.checked).toBe(false);
    expect(l.name).toMatch(/mixed languages \((English and Russian|Russian and English)\)/);
  });

  it('keeps an English page with a foreign quote English', () => {
    expect(identifyLanguage(`${EN}\n\n${EN}\n\n${EN}\n\n«Курск освобожден»`).code).toBe('en');
  });
});

describe('nonEnglishReason', () => {
  it('is null for English and names other languages', () => {
    expect(nonEnglishReason(EN)).toBeNull();
    expect(nonEnglishReason(DE)).toContain('German');
  });
  it('is zero for text without letters', () => {
    expect(englishShare('123 456 — !!!')).toBe(0);
  });
});
