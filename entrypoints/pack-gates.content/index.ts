import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { publishPackGates } from '../content/pack-gates';

/** Where the background keeps the active packs' gates (utils/extension/packs-store.ts, `local:packGates`). */
const KEY = 'packGates';

// Never in the manifest: the background registers it on every page only while a story pack is on
// (utils/extension/packs-background.ts), and unregisters it when none is. It runs at document_start,
// before the gate script (document_idle), and starts the one read of the active packs' gates, which
// that script awaits where it finds it. With no pack on, this script does not run at all. The storage
// API is called directly: WXT's storage module would make this every-page script twenty times larger.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_start',
  main() {
    publishPackGates(
      browser.storage.local.get(KEY).then(
        (got: Record<string, unknown>) => got[KEY],
        () => [],
      ),
    );
  },
});
