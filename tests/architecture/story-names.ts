/**
 * Where a story's names appear in code: every identifier, string literal, template part and JSX
 * text of a source file (comments are left out: they may use the story as an example), matched
 * against the story's own people and places as whole words. The engine, the UI and the
 * entrypoints take a story as input; a name of it in their code is the story leaking into them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { StoryDefinition } from '../../corpus/story-schema';

export interface NameHit {
  file: string;
  line: number;
  name: string;
  token: string;
}

/** English names of languages ("Russian", "French"): they name the engine's languages, which every story shares, not a place. */
function languageNames(): Set<string> {
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const out = new Set<string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters)
    for (const b of letters) {
      const name = names.of(a + b);
      if (name) out.add(name.toLowerCase());
    }
  return out;
}

/**
 * The story's people and places, as it declares them (its entities, people and places, and the short
 * names of the people it quotes), less the news agencies it says relayed them ("Interfax", "TASS":
 * every story's wires, and news furniture's credit lines name them) and the names of languages.
 */
export function storyNames(story: StoryDefinition): string[] {
  const v = story.vocabulary;
  const people = story.attributions.filter((a) => a.kind === 'person' && a.short).map((a) => a.short!);
  const agencies = new Set(Object.values(story.viaNames).map((n) => n.toLowerCase()));
  const languages = languageNames();
  const names = [...v.entities, ...v.people, ...v.places, ...people].map((n) => n.trim());
  // A name of three letters or fewer ("US", "ISW") is too short to tell apart from other words in code.
  return [...new Set(names.filter((n) => n.length >= 4 && !agencies.has(n.toLowerCase()) && !languages.has(n.toLowerCase())))];
}

const SOURCE = /\.(?:ts|tsx)$/;
const TEST = /\.test\.tsx?$|\.test-data\.tsx?$|\.d\.ts$/;

export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !TEST.test(name)) out.push(path);
    }
  };
  for (const f of folders) walk(join(root, f));
  return out.sort();
}

/** The code's own words: identifiers, strings, template parts and JSX text, with their lines (comments are not nodes). */
export function codeTokens(text: string, jsx: boolean): { token: string; line: number }[] {
  const file = ts.createSourceFile(jsx ? 'x.tsx' : 'x.ts', text, ts.ScriptTarget.Latest, true, jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { token: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) out.push({ token: node.text, line: lineOf(node) });
    else if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node) || ts.isRegularExpressionLiteral(node))
      out.push({ token: node.text, line: lineOf(node) });
    ts.forEachChild(node, visit);
  };
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  visit(file);
  return out;
}

/** Words as a reader sees them: "isKurskClaim" and "KURSK_FACTS" read "is kursk claim" and "kursk facts". */
function readableWords(token: string): string {
  return token
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[_$]+/g, ' ')
    .toLowerCase();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place a file's code names one of the names, as a whole word. */
export function namesInCode(root: string, files: readonly string[], names: readonly string[]): NameHit[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${names.map((n) => escape(n.toLowerCase())).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const hits: NameHit[] = [];
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    for (const { token, line } of codeTokens(text, path.endsWith('.tsx'))) {
      for (const m of readableWords(token).matchAll(re))
        hits.push({ file: relative(root, path), line, name: m[1]!, token: token.slice(0, 80) });
    }
  }
  return hits;
}
