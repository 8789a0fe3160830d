import { render } from 'preact';
import { PAGE_CSS } from '../../components/page-styles';
import { ReviewPage } from '../../components/review/ReviewPage';
import { REVIEW_CSS } from '../../components/review/review-styles';
import { useReview } from '../../components/review/use-review';

// Opened from the options page's list of story packs as review.html#pack=<id>.
const id = new URLSearchParams(location.hash.slice(1)).get('pack') ?? '';

function Review() {
  return <ReviewPage id={id} {...useReview(id)} />;
}

const sheet = document.createElement('style');
sheet.textContent = PAGE_CSS + REVIEW_CSS;
document.head.append(sheet);
render(<Review />, document.getElementById('app')!);
