import type { CollectedArticle } from '../../utils/extension/collections';

/** One kept article: its outlet, day and title (a link to the page), and "Remove". Text only, never HTML. */
export function CollectedArticleRow({ article, story, onRemove }: { article: CollectedArticle; story: string; onRemove: () => void }) {
  const title = article.title || article.url;
  return (
    <li data-testid="collected-article" data-url={article.url}>
      <strong>{article.outlet}</strong>, {article.date ?? 'undated'}:{' '}
      <a href={article.url} target="_blank" rel="noopener noreferrer">
        {title}
      </a>{' '}
      <button
        type="button"
        class="link-button"
        data-testid="collected-remove"
        aria-label={`Remove “${title}” from “${story}”`}
        onClick={onRemove}
      >
        Remove
      </button>
    </li>
  );
}
