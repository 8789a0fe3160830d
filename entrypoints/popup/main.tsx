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
import { BUNDLED_STORIES } from '../../corpus/bundled-stories';

const KNOWN_STORIES = BUNDLED_STORIES.map((s) => s.name);

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
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
  useEffect(() => {
    void ask({ type: 'parallax:status' }).then(setStatus);
    void readShortcut(browser.commands).then(setShortcut);
  }, []);
  const refresh = () => setTimeout(() => void ask({ type: 'parallax:status' }).then(setStatus), 300);
  return (
    <PopupView
      status={status}
      knownStories={KNOWN_STORIES}
      autoOpen={auto}
      onAutoOpen={(v) => void writeSetting(autoOpen, v)}
      onSiteEnabled={(on) => {
        if (status && status !== 'unavailable') void setSiteIn(disabledSites, status.hostname, !on).then(refresh);
      }}
      onOpenSidebar={() => void ask({ type: 'parallax:open' }).then(() => window.close())}
      onOpenCompare={() => void browser.tabs.create({ url: browser.runtime.getURL('/compare.html') }).then(() => window.close())}
      shortcut={shortcut}
      onOpenShortcutSettings={() => openShortcutSettings(browser.commands, (url) => browser.tabs.create({ url }), browser.runtime.getURL('/'))}
    />
  );
}

const style = document.createElement('style');
style.textContent = PAGE_CSS;
document.head.append(style);
render(<Popup />, document.getElementById('app')!);
