/**
 * What the compare page shows when its address names a story pack it cannot show (deleted, switched
 * off, no longer valid, or kept by another version): why, in a sentence, and the way to the bundled
 * story, so a stale link or a bookmark is a dead end never.
 */
export function PackUnavailable({ message }: { message: string }) {
  return (
    <main class="compare" aria-labelledby="compare-title">
      <header>
        <h1 id="compare-title">The story, fact by fact</h1>
      </header>
      <div class="empty-filter" data-testid="compare-pack-unavailable" role="alert">
        <p>{message}</p>
        <p>
          <a href="compare.html" data-testid="compare-bundled-link">
            Compare the outlets of the story bundled with Parallax instead
          </a>
        </p>
      </div>
    </main>
  );
}
