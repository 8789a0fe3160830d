import { describe, expect, it } from 'vitest';
import { englishShare, identifyLanguage, nonEnglishReason, uncheckedLanguageReason } from './language';

const EN = 'Russia said on Saturday that it had retaken the Kursk region, a claim that Ukraine denied. The Kremlin said Putin was ready for talks without preconditions.';
const DE = 'Russland hat nach eigenen Angaben die Region Kursk vollständig zurückerobert, teilte der Generalstab mit. Die ukrainische Armee wies das zurück.';
const RU = 'Россия заявила, что полностью освободила Курскую область от украинских войск. В Киеве это опровергли и заявили, что бои продолжаются.';
const UK = 'Генштаб ЗСУ спростував заяви Росії про звільнення всієї Курської області. Українські підрозділи продовжують утримувати позиції.';
const FR = 'La Russie affirme avoir repris toute la région de Koursk, ce que l’Ukraine dément. Les combats continuent selon l’état-major ukrainien.';
const IT = 'La Russia afferma di aver liberato completamente la regione di Kursk, ma Kiev smentisce. Lo stato maggiore ucraino dice che le operazioni continuano.';
const PL = 'Rosja twierdzi, że całkowicie wyzwoliła obwód kurski, ale Ukraina temu zaprzecza. Sztab Generalny podkreśla, że walki nadal trwają.';
const ES = 'Rusia afirmó el sábado que había recuperado por completo la región de Kursk, algo que Ucrania negó. El Kremlin dijo que Putin estaba dispuesto a negociar.';

describe('identifyLanguage', () => {
  it.each([
    [EN, 'en'],
    [DE, 'de'],
    [RU, 'ru'],
    [UK, 'uk'],
    [FR, 'fr'],
    [IT, 'it'],
    [PL, 'pl'],
  ])('%#: reads the text, checked', (text, code) => {
    const l = identifyLanguage(text);
    expect(l.code).toBe(code);
    expect(l.checked).toBe(true);
  });

  it('names a language it does not check, and declines it quietly', () => {
    const l = identifyLanguage(ES);
    expect(l).toMatchObject({ code: 'spa', name: 'Spanish', checked: false });
    expect(uncheckedLanguageReason(l)).toBe('not checked: Spanish');
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
