import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PAGE_CSS } from '../../components/page-styles';
import { PopupView } from '../../components/PopupView';
import { openShortcutSettings, readShortcut } from '../../components/shortcut';
import { sendToContent, type TabStatus, type ToContent } from '../../utils/extension/messages';
import { writeSetting } from '../../utils/extension/setting';
import { autoOpen, disabledSites, setSiteIn } from '../../utils/extension/storage';
import { useSetting } from '../../components/use-setting';
import { useCollections } from '../../components/options/use-collections';
import { BUNDLED_STORIES } from '../../corpus/bundled-stories';
import { sendCollect } from '../../utils/extension/collections-messages';
import { COMPARE_PAGE_PATH, compareHashFor } from '../../utils/extension/badge';

const KNOWN_STORIES = BUNDLED_STORIES.map((s) => s.name);
const BUNDLED_IDS = BUNDLED_STORIES.map((s) => s.id);

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The active tab, when it holds a web page: its address is visible to us there (host access to
 * http and https pages), and only such a page can be added to a story.
 */
async function activeWebTab(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined && /^https?:\/\//i.test(tab.url ?? '') ? tab.id : null;
}

// Our own content script answers; no tabs/activeTab permission is needed for that.
async function ask(msg: ToContent): Promise<TabStatus | 'unavailable'> {
  const id = await activeTabId();
  if (id === undefined) return 'unavailable';
  try {
    const reply = await sendToContent<ToContent['type']>((m) => browser.tabs.sendMessage(id, m), msg);
    return reply ?? 'unavailable';
  } catch {
    return 'unavailable';
  }
}

function Popup() {
  const [status, setStatus] = useState<TabStatus | null | 'unavailable'>(null);
  const auto = useSetting(autoOpen);
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const [webTab, setWebTab] = useState<number | null>(null);
  const kept = useCollections();
  useEffect(() => {
    void ask({ type: 'parallax:status' }).then(setStatus);
    void readShortcut(browser.commands).then(setShortcut);
    void activeWebTab().then(setWebTab);
  }, []);
  const refresh = () => setTimeout(() => void ask({ type: 'parallax:status' }).then(setStatus), 300);
  return (
    <PopupView
      status={status}
      knownStories={KNOWN_STORIES}
      collect={
        webTab === null
          ? undefined
          : {
              stories: kept?.stories ?? [],
              onCollect: (story) => sendCollect((m) => browser.runtime.sendMessage(m), { tabId: webTab, story }),
            }
      }
      autoOpen={auto}
      onAutoOpen={(v) => void writeSetting(autoOpen, v)}
      onSiteEnabled={(on) => {
        if (status && status !== 'unavailable') void setSiteIn(disabledSites, status.hostname, !on).then(refresh);
      }}
      onOpenSidebar={() => void ask({ type: 'parallax:open' }).then(() => window.close())}
      onOpenCompare={() => {
        // The grid of the story this tab was found to be about: a story pack's on a pack's page.
        const storyId = status && status !== 'unavailable' && status.state === 'detected' ? status.storyId : undefined;
        const url = browser.runtime.getURL(COMPARE_PAGE_PATH) + compareHashFor(storyId, BUNDLED_IDS);
        void browser.tabs.create({ url }).then(() => window.close());
      }}
      shortcut={shortcut}
      onOpenShortcutSettings={() =>
        openShortcutSettings(browser.commands, (url) => browser.tabs.create({ url }), browser.runtime.getURL('/'))
      }
    />
  );
}

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);
render(<Popup />, document.getElementById('app')!);
