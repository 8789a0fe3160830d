import { CITATION_STYLES, isCitationStyle } from '../utils/export/citation-styles';
import { writeSetting } from '../utils/extension/setting';
import { citationStyle } from '../utils/extension/storage';
import { useSetting } from './use-setting';

/** The options page's one citation setting: which style "Copy citation" and the exports use. Reads and writes storage itself. */
export function CitationStyleSelect() {
  const style = useSetting(citationStyle);
  return (
    <div class="field">
      <label for="options-citation-style">Citation style</label>{' '}
      <select
        id="options-citation-style"
        data-testid="options-citation-style"
        value={style}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          if (isCitationStyle(v)) void writeSetting(citationStyle, v);
        }}
      >
        {CITATION_STYLES.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      <p class="hint">For “Copy citation”, “Copy with citations” and the exports.</p>
    </div>
  );
}
