import { useEffect, useRef } from 'preact/hooks';
import { articleView, type BodySegment } from '../../utils/compare/article-view';

export interface ArticlePaneProps {
  outletName: string;
  headline: string | null;
  byline: string | null;
  date: string | null;
  segments: BodySegment[] | undefined;
  excerpt: string;
  start: number;
  end: number;
  factStatement: string;
  /** The text is the copy a story pack keeps in this browser, not the one bundled with Parallax. */
  fromPack?: boolean;
  onBack: () => void;
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The outlet's article (bundled, or kept in a story pack) as paragraphs, the passage highlighted in place, scrolled to and focused. */
export function ArticlePane(props: ArticlePaneProps) {
  const copy = props.fromPack ? 'the copy kept in this browser’s story pack' : 'the bundled copy';
  const view = articleView(props.segments, props.excerpt, props.start, props.end);
  const first = useRef<HTMLElement>(null);
  useEffect(() => {
    const mark = first.current;
    if (!mark) return;
    mark.scrollIntoView?.({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    mark.focus({ preventScroll: true });
  }, [props.excerpt, props.start, props.outletName]);
  let firstMark = true;
  return (
    <article class="article" data-testid="article-view" aria-labelledby="article-title">
      <button type="button" class="btn no-print" data-testid="article-back" onClick={props.onBack}>
        ← Back to the grid
      </button>
      <h1 id="article-title">{props.headline ?? `${props.outletName} article`}</h1>
      <p class="note">
        {props.outletName}
        {props.byline ? ` · ${props.byline}` : ''}
        {props.date ? ` · ${props.date}` : ''} — {copy} of the article text.
      </p>
      <p class="note" role="status">
        {view.found
          ? `Highlighted: where ${props.outletName} reports: “${props.factStatement.replace(/[.\s]+$/, '')}”.`
          : `This passage could not be found in ${props.fromPack ? 'the story pack’s' : 'the bundled'} text.`}
      </p>
      {view.paragraphs.map((p) => (
        <p key={p.start}>
          {p.parts.map((part, i) => {
            if (!part.highlight) return part.text;
            const ref = firstMark ? first : undefined;
            firstMark = false;
            return (
              <mark key={i} ref={ref} tabIndex={-1} data-testid="article-highlight">
                {part.text}
              </mark>
            );
          })}
        </p>
      ))}
    </article>
  );
}
