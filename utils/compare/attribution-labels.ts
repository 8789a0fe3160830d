import type { AttributionId } from '../../corpus/schema';

/** Who an outlet says a fact comes from, in words a reader (or a 14-year-old) can follow. */
export const ATTRIBUTION_LABELS: Record<AttributionId, string> = {
  outlet: "in the outlet's own voice",
  putin: 'according to Putin',
  gerasimov: 'according to Gen. Gerasimov',
  peskov: 'according to Kremlin spokesman Peskov',
  kremlin: 'according to the Kremlin',
  ushakov: 'according to Putin aide Ushakov',
  'russian-defense-ministry': "according to Russia's Defense Ministry",
  'russian-military': 'according to the Russian military',
  'ukraine-general-staff': "according to Ukraine's General Staff",
  'ukraine-officials': 'according to Ukrainian officials',
  'ukraine-air-force': "according to Ukraine's air force",
  'ukraine-local-officials': 'according to Ukrainian local officials',
  zelensky: 'according to Zelensky',
  nykyforov: 'according to Zelensky spokesman Nykyforov',
  trump: 'according to Trump',
  'white-house': 'according to the White House',
  macron: 'according to Macron',
  isw: 'according to the Institute for the Study of War',
  osint: 'according to open-source analysts (OSINT)',
  'western-intelligence': 'according to Western intelligence',
  'south-korea-western-intelligence': 'according to South Korean and Western intelligence',
  analysts: 'according to analysts',
  remchukov: 'according to editor Konstantin Remchukov',
  reuters: 'according to Reuters',
  'financial-times': 'according to the Financial Times',
};

export function attributionLabel(id: AttributionId, via: string[] = []): string {
  const base = ATTRIBUTION_LABELS[id] ?? `according to ${id}`;
  return via.length ? `${base}, via ${via.map(viaName).join(' → ')}` : base;
}

const VIA_NAMES: Record<string, string> = { interfax: 'Interfax', tass: 'TASS', telegram: 'Telegram', x: 'X', 'truth-social': 'Truth Social' };
function viaName(id: string): string {
  return VIA_NAMES[id] ?? id.replace(/(^|-)(\w)/g, (_, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase());
}
