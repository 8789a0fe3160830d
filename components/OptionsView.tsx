import type { Source } from '../corpus/schema';
import { outletPublished } from '../utils/export/published';
import { DEFAULT_HIGHLIGHT_MODE, HIGHLIGHT_MODE_LABEL, HIGHLIGHT_MODES, type HighlightMode } from '../utils/extension/highlight-mode';
import { CitationStyleSelect } from './CitationStyleSelect';
import { CollectedStories, type CollectedStoriesProps } from './options/CollectedStories';
import { StoryPacks, type StoryPacksProps } from './options/StoryPacks';
import { ShortcutInfo } from './ShortcutInfo';
import { Switch } from './Switch';
import { countWord } from './labels';

export interface OptionsViewProps {
  autoOpen: boolean;
  disabledSites: string[];
  sources: (Pick<Source, 'id' | 'name' | 'headline' | 'byline' | 'date'> & Partial<Pick<Source, 'datePublished' | 'url' | 'carriedBy'>>)[];
  onAutoOpen: (v: boolean) => void;
  onEnableSite: (hostname: string) => void;
  /** Opens the compare page (the whole story, fact by fact) in a new tab. */
  onOpenCompare?: () => void;
  /** Which sentences are highlighted in pages; the choice is shown when onHighlightMode is given. */
  highlightMode?: HighlightMode;
  onHighlightMode?: (mode: HighlightMode) => void;
  /** The toggle shortcut as the browser bound it ('' unbound, undefined while asking). */
  shortcut?: string;
  onOpenShortcutSettings?: () => void;
  /** The stories collected from the popup, listed and edited when given. */
  stories?: CollectedStoriesProps;
  /** The story packs, listed and edited when given. */
  packs?: StoryPacksProps;
}

/** The text's own date as it gives it; else the day its address gives, said as such; else "undated" (what citations print as n.d.). */
function dateWords(s: OptionsViewProps['sources'][number]): string {
  if (s.date) return s.date;
  const fromUrl = outletPublished({
    datePublished: s.datePublished ?? null,
    date: null,
    url: s.url ?? null,
    carriedBy: s.carriedBy ?? null,
  });
  return fromUrl ? `undated in the text; its address gives ${fromUrl}` : 'undated';
}

export function OptionsView(props: OptionsViewProps) {
  return (
    <main class="options" aria-labelledby="options-title">
      <h1 id="options-title">Parallax settings</h1>
      <section aria-labelledby="opt-behaviour">
        <h2 id="opt-behaviour">Behaviour</h2>
        <Switch
          testId="options-autoopen"
          label="Open the sidebar by itself on story pages"
          hint="When off, a tab at the right edge of the page opens it."
          checked={props.autoOpen}
          onChange={props.onAutoOpen}
        />
        {props.onHighlightMode && (
          <fieldset class="choice" data-testid="options-highlights">
            <legend>Highlight sentences in the page</legend>
            {HIGHLIGHT_MODES.map((m) => (
              <label key={m}>
                <input
                  type="radio"
                  name="highlight-mode"
                  value={m}
                  data-testid={`options-highlights-${m}`}
                  checked={(props.highlightMode ?? DEFAULT_HIGHLIGHT_MODE) === m}
                  onChange={() => props.onHighlightMode?.(m)}
                />{' '}
                {HIGHLIGHT_MODE_LABEL[m]}
              </label>
            ))}
          </fieldset>
        )}
        <ShortcutInfo shortcut={props.shortcut} onOpenShortcutSettings={props.onOpenShortcutSettings} />
        <CitationStyleSelect />
      </section>
      <section aria-labelledby="opt-sites">
        <h2 id="opt-sites">Sites where Parallax is off</h2>
        {props.disabledSites.length === 0 ? (
          <p data-testid="options-no-disabled">None. Switch a site off from the toolbar popup.</p>
        ) : (
          <ul data-testid="options-disabled-sites">
            {props.disabledSites.map((h) => (
              <li key={h}>
                <span>{h}</span>{' '}
                <button type="button" onClick={() => props.onEnableSite(h)} aria-label={`Turn Parallax back on for ${h}`}>
                  Turn back on
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {props.stories && <CollectedStories {...props.stories} />}
      {props.packs && <StoryPacks {...props.packs} />}
      <section aria-labelledby="opt-corpus" data-testid="options-corpus">
        <h2 id="opt-corpus">About the corpus</h2>
        <p>
          Parallax compares pages with these {countWord(props.sources.length)} articles, bundled with the extension. It makes no network
          requests: everything runs in your browser.
        </p>
        <p>
          <a href="/privacy.html" target="_blank" rel="noopener" data-testid="options-privacy">
            Privacy policy
          </a>
          : what Parallax reads, what it stores, and that it sends nothing.
        </p>
        <ul>
          {props.sources.map((s) => (
            <li key={s.id} data-source={s.id}>
              <strong>{s.name}</strong>: {s.headline ?? '(no headline in the text)'} — {s.byline ?? 'no byline'}, {dateWords(s)}
            </li>
          ))}
        </ul>
        {props.onOpenCompare && (
          <button type="button" class="secondary" data-testid="options-compare" onClick={props.onOpenCompare}>
            Compare the outlets, fact by fact
          </button>
        )}
      </section>
    </main>
  );
}
