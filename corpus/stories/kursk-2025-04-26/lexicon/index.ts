import { ar } from './ar';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { tr } from './tr';
import type { Lexicon, LexiconLang } from '../../../lexicon-types';
import { uk } from './uk';

/** The story's vocabulary in each language Parallax reads besides English (see types.ts). */
export const LEXICONS: Record<LexiconLang, Lexicon> = { ru, uk, de, fr, it, pl, es, pt, tr, ar };
