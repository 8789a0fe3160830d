/** Words the compare page shows for a story's topics: the story's own labels, the id where it has none. */
import { useMemo } from 'preact/hooks';
import { useStory } from '../story-context';

export function useTopicLabel(): (topic: string) => string {
  const { topics } = useStory();
  return useMemo(() => {
    const labels = new Map(topics.map((t) => [t.id, t.label]));
    return (topic: string) => labels.get(topic) ?? topic;
  }, [topics]);
}
