import type { Analysis } from '../utils/compare/analysis-types';

/**
 * What the sidebar says of a page read through the story's names and its own date alone (a language
 * Parallax has no lexicon for): that it is about the story, that none of its sentences was
 * compared, and where to see how the outlets reported it. Nothing here claims what the page says.
 */
export function NamesOnlyNote({ analysis, onOpenCompare }: { analysis: Analysis; onOpenCompare?: () => void }) {
  const language = analysis.language?.name ?? 'a language Parallax has no lexicon for';
  return (
    <div class="names-only" data-testid="parallax-names-only">
      <p class="rule">
        This page is in {language}. Parallax has no lexicon for it, so it read only the story’s names and the page’s own date: they say the
        page is about {analysis.storyMeta.name}. None of its sentences was compared with the other outlets, and nothing is said about what
        it leaves out.
      </p>
      {onOpenCompare && (
        <p class="rule">
          <button type="button" class="link" data-testid="parallax-names-only-compare" onClick={onOpenCompare}>
            See how the other outlets reported the story
          </button>
        </p>
      )}
    </div>
  );
}
