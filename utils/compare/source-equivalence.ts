/**
 * Which named sources are one source for a fact-checker. A speaker and the
 * institution they speak for are the same voice (Peskov is the Kremlin,
 * Gerasimov is the Russian General Staff and so the Russian military); a
 * broad description ("Ukrainian officials") covers the specific bodies it
 * takes in. Kept as data, defined once: the discrepancy logic and any view
 * ask `sameSource`, never their own lists.
 */
import type { AttributionId } from '../../corpus/schema';

export interface SourceGroup {
  id: string;
  /** Who this voice is, for a reader. */
  label: string;
  /** Members that speak with one voice: a spokesperson and the office they speak for. */
  members: readonly AttributionId[];
  /** Why they count as one, in a sentence a reader can check. */
  why: string;
}

export const SOURCE_GROUPS: readonly SourceGroup[] = [
  {
    id: 'kremlin',
    label: 'the Kremlin',
    members: ['kremlin', 'peskov', 'ushakov', 'putin'],
    why: 'Peskov is the Kremlin’s spokesman and Ushakov Putin’s foreign-policy aide: both speak for Putin’s office.',
  },
  {
    id: 'russian-military',
    label: 'the Russian military',
    members: ['russian-military', 'gerasimov', 'russian-defense-ministry'],
    why: 'Gerasimov heads the Russian General Staff, part of the Defense Ministry: his report is the Russian military’s.',
  },
  {
    id: 'ukraine-military',
    label: 'Ukraine’s armed forces',
    members: ['ukraine-general-staff', 'ukraine-air-force'],
    why: 'The air force reports to Ukraine’s General Staff: both are the Ukrainian military.',
  },
  {
    id: 'zelensky',
    label: 'Zelensky’s office',
    members: ['zelensky', 'nykyforov'],
    why: 'Nykyforov is Zelensky’s spokesman.',
  },
  {
    id: 'white-house',
    label: 'the White House',
    members: ['trump', 'white-house'],
    why: 'The White House speaks for the president.',
  },
  {
    id: 'western-intelligence',
    label: 'Western intelligence',
    members: ['western-intelligence', 'south-korea-western-intelligence'],
    why: 'South Korean and Western intelligence is Western intelligence with one more agency named.',
  },
];

/**
 * Broad descriptions and what they take in: "Ukrainian officials" may be the General Staff or
 * Zelensky's office; "analysts" may be the ISW. Naming the narrower one is more precise, not different.
 */
export const BROADER_SOURCES: Readonly<Partial<Record<AttributionId, readonly AttributionId[]>>> = {
  'ukraine-officials': ['ukraine-general-staff', 'ukraine-air-force', 'ukraine-local-officials', 'zelensky', 'nykyforov'],
  analysts: ['isw', 'osint'],
};

const GROUP_OF = new Map<AttributionId, SourceGroup>();
for (const g of SOURCE_GROUPS) for (const m of g.members) GROUP_OF.set(m, g);

/** The group a source belongs to, if any. */
export function sourceGroup(id: AttributionId): SourceGroup | undefined {
  return GROUP_OF.get(id);
}

function covers(broad: AttributionId, narrow: AttributionId): boolean {
  const takesIn = BROADER_SOURCES[broad];
  if (!takesIn) return false;
  return takesIn.includes(narrow) || takesIn.some((t) => sourceGroup(t) !== undefined && sourceGroup(t) === sourceGroup(narrow));
}

/**
 * True when a and b are one source for a fact-checker: identical, one voice (a spokesperson and
 * their office), or one a broad description that takes in the other.
 */
export function sameSource(a: AttributionId, b: AttributionId): boolean {
  if (a === b) return true;
  const ga = sourceGroup(a);
  if (ga && ga === sourceGroup(b)) return true;
  return covers(a, b) || covers(b, a);
}
