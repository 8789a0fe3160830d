import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import articlesFile from '../../corpus/generated/articles.json';
import { BUNDLED_SOURCES } from '../../corpus/bundled-stories';
import { OptionsView } from '../../components/OptionsView';
import { PAGE_CSS } from '../../components/page-styles';
import { openShortcutSettings, readShortcut } from '../../components/shortcut';
import { useSetting } from '../../components/use-setting';
import { useCollections } from '../../components/options/use-collections';
import { useStoryEditing } from '../../components/options/use-story-editing';
import { usePacks, type PackDeps } from '../../components/options/use-packs';
import { downloadText } from '../../components/download';
import { writeSetting } from '../../utils/extension/setting';
import { autoOpen, disabledSites, highlightMode, setSiteIn } from '../../utils/extension/storage';

// Metadata only: the source texts themselves are not needed on this page.
const SOURCE_META = BUNDLED_SOURCES.map(({ id, name, headline, byline, date, datePublished, url, carriedBy }) => ({
  id,
  name,
  headline,
  byline,
  date,
  datePublished,
  url,
  carriedBy,
}));

// The bundled stories' article bodies: names they give often are common, not a drafted story's own (utils/pack/gate-anchors.ts).
const PACK_DEPS: PackDeps = {
  bodies: Object.values((articlesFile as { articles: Record<string, { text: string }[]> }).articles).map((segments) =>
    segments.map((s) => s.text),
  ),
  download: (filename, text) => downloadText(document.body, filename, 'application/json', text),
};

function Options() {
  const auto = useSetting(autoOpen);
  const sites = useSetting(disabledSites);
  const mode = useSetting(highlightMode);
  const stored = useCollections();
  const editing = useStoryEditing();
  const packs = usePacks(stored?.stories ?? null, PACK_DEPS);
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    void readShortcut(browser.commands).then(setShortcut);
  }, []);
  return (
    <OptionsView
      autoOpen={auto}
      disabledSites={sites}
      sources={SOURCE_META}
      onAutoOpen={(v) => void writeSetting(autoOpen, v)}
      onEnableSite={(h) => void setSiteIn(disabledSites, h, false)}
      onOpenCompare={() => void browser.tabs.create({ url: browser.runtime.getURL('/compare.html') })}
      highlightMode={mode}
      onHighlightMode={(m) => void writeSetting(highlightMode, m)}
      shortcut={shortcut}
      onOpenShortcutSettings={() =>
        openShortcutSettings(browser.commands, (url) => browser.tabs.create({ url }), browser.runtime.getURL('/'))
      }
      stories={{ stored, ...editing }}
      packs={{ ...packs, stories: stored?.stories ?? null }}
    />
  );
}

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);
render(<Options />, document.getElementById('app')!);
