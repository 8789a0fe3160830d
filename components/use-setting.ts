import { useEffect, useState } from 'preact/hooks';
import { followSetting, type Setting } from '../utils/extension/setting';

/** A stored setting, live: its fallback until storage answers, and for good where there is no storage (a test, a torn-down extension). */
export function useSetting<T>(setting: Setting<T>): T {
  const [value, setValue] = useState<T>(setting.fallback);
  // The updater form, so a setting whose value is a function could never be called by setValue.
  useEffect(() => followSetting(setting, (v) => setValue(() => v)), [setting]);
  return value;
}
