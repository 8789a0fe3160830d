import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { BUNDLED_SOURCES } from '../../corpus/stories/bundled';
import { OptionsView } from '../../components/OptionsView';
import { PAGE_CSS } from '../../components/page-styles';
import { openShortcutSettings, readShortcut } from '../../components/shortcut';
import type { HighlightMode } from '../../utils/extension/highlight-mode';
import { autoOpen, disabledSites, highlightMode, readHighlightMode, setSiteIn, watchHighlightMode } from '../../utils/extension/storage';

// Metadata only: the source texts themselves are not needed on this page.
const SOURCE_META = BUNDLED_SOURCES.map(({ id, name, headline, byline, date, datePublished, url, carriedBy }) => ({ id, name, headline, byline, date, datePublished, url, carriedBy }));

function Options() {
  const [auto, setAuto] = useState(true);
  const [sites, setSites] = useState<string[]>([]);
  const [mode, setMode] = useState<HighlightMode>('all');
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    void readShortcut(browser.commands).then(setShortcut);
    void readHighlightMode().then(setMode);
    const c = watchHighlightMode(setMode);
    void autoOpen.getValue().then(setAuto);
    void disabledSites.getValue().then(setSites);
    const a = autoOpen.watch((v) => setAuto(v ?? true));
    const b = disabledSites.watch((v) => setSites(v ?? []));
    return () => {
      a();
      b();
      c();
    };
  }, []);
  return (
    <OptionsView
      autoOpen={auto}
      disabledSites={sites}
      sources={SOURCE_META}
      onAutoOpen={(v) => void autoOpen.setValue(v)}
      onEnableSite={(h) => void setSiteIn(disabledSites, h, false)}
      onOpenCompare={() => void browser.tabs.create({ url: browser.runtime.getURL('/compare.html') })}
      highlightMode={mode}
      onHighlightMode={(m) => void highlightMode.setValue(m)}
      shortcut={shortcut}
      onOpenShortcutSettings={() => openShortcutSettings(browser.commands, (url) => browser.tabs.create({ url }), browser.runtime.getURL('/'))}
    />
  );
}

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);
render(<Options />, document.getElementById('app')!);
