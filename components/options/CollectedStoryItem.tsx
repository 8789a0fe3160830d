import { MAX_ARTICLES_PER_STORY, type CollectedStory } from '../../utils/extension/collections';
import { CollectedArticleRow } from './CollectedArticleRow';

/** One collected story: its name, its articles in the order they were added, and "Delete story". */
export function CollectedStoryItem(props: { story: CollectedStory; onRemoveArticle: (url: string) => void; onDelete: () => void }) {
  const { story } = props;
  const n = story.articles.length;
  return (
    <li data-testid="collected-story" data-story={story.name}>
      <h3>{story.name}</h3>
      <p>
        {n} of {MAX_ARTICLES_PER_STORY} articles{' '}
        <button
          type="button"
          class="link-button"
          data-testid="collected-delete"
          aria-label={`Delete story “${story.name}”`}
          onClick={props.onDelete}
        >
          Delete story
        </button>
      </p>
      {n === 0 ? (
        <p>No articles left in this story.</p>
      ) : (
        <ul>
          {story.articles.map((a) => (
            <CollectedArticleRow key={a.url} article={a} story={story.name} onRemove={() => props.onRemoveArticle(a.url)} />
          ))}
        </ul>
      )}
    </li>
  );
}
