import { readFileSync } from 'node:fs';
import { extractArticle } from '../utils/page/extract-article';
import { extractFromText } from '../utils/page/extract-text';
import type { ExtractedArticle } from '../utils/page/extract-result';
import { parseHtml } from '../utils/page/parse-html';

/** Input the CLI refuses, with the one line it prints. */
export class InputError extends Error {}

/**
 * Bigger files are declined before they are read into memory whole. Far above what analysis accepts
 * (MAX_ARTICLE_CHARS, which then declines with a reason), so a large HTML page can still be extracted.
 */
const MAX_INPUT_BYTES = 20 * 1024 * 1024;

function readSource(path: string): Buffer {
  try {
    const buffer = path === '-' ? readFileSync(0) : readFileSync(path);
    if (buffer.length > MAX_INPUT_BYTES) throw new InputError(`${path}: input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    return buffer;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new InputError(`cannot read ${path === '-' ? 'standard input' : path}: ${why}`);
  }
}

/** Text that is not UTF-8, or holds control bytes a text file never has, is binary. */
function decodeText(buffer: Buffer, name: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new InputError(`${name}: not UTF-8 text (binary input?)`);
  }
  const sample = text.slice(0, 8192);
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > 0 && control / Math.max(sample.length, 1) > 0.001) throw new InputError(`${name}: looks like binary data, not text`);
  if (!text.trim()) throw new InputError(`${name}: input is empty`);
  return text.replace(/^\uFEFF/, '');
}

const looksLikeHtml = (path: string, text: string) =>
  /\.x?html?$/i.test(path) || /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);

/** File, "-" for standard input; HTML goes through Readability, anything else is plain text. */
export function readArticle(path: string, url?: string): ExtractedArticle {
  const name = path === '-' ? 'standard input' : path;
  const text = decodeText(readSource(path), name);
  const article = looksLikeHtml(path, text) ? extractArticle(parseHtml(text), { url }) : extractFromText(text, { url });
  if (!article.text.trim()) throw new InputError(`${name}: no article text found`);
  return article;
}
