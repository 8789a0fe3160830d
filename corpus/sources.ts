import type { Source } from './schema';

/**
 * The five articles, as the seeds README describes them. Headline, byline and
 * date are given exactly as the texts give them; null where a text has none.
 * No URLs: none came with the texts.
 */
export const SOURCES: Source[] = [
  {
    id: 'dw',
    name: 'DW',
    file: 'dw.txt',
    sha256: '3df3b70b39ef5132779c2aa38a77ba6db2a42fa09f091dc419b8836fd9f7b675',
    headline: "Putin: Russia open to Ukraine talks after Kursk 'liberation'",
    byline: 'Matt Ford with dpa, Reuters, AFP',
    date: 'April 26, 2025',
    dateline: null,
    hostnames: ['dw.com'],
    provenanceNote: 'DW (Deutsche Welle); edited by Kieran Burke; DW navigation text at top and bottom.',
    furniture: [],
  },
  {
    id: 'unnamed',
    name: 'Unnamed outlet',
    file: 'unnamed.txt',
    sha256: 'b71cc9dd4b5348b00cdc31f9f50184e606dcb683ce59ef2bc17da0225bc45db2',
    headline: "Putin Signals Openness to Ukraine Talks After Claim of Kursk 'Liberation'",
    byline: null,
    date: null,
    dateline: 'Moscow',
    hostnames: [],
    provenanceNote: 'The outlet is not named in the text; Moscow dateline; no byline or date; a "Related Articles" tail.',
    furniture: [],
  },
  {
    id: 'euromaidan',
    name: 'Euromaidan Press',
    file: 'euromaidan.txt',
    sha256: '2a76b091593782167290d7a82cb37b2a2554c389a89836d8b5a909992b81ee3f',
    headline: '“Now, let’s talk.” Putin tells Ukraine after claiming Kursk win',
    byline: null,
    date: null,
    dateline: null,
    hostnames: ['euromaidanpress.com'],
    provenanceNote: 'No byline or date; the outlet names itself in its donation appeal at the end.',
    furniture: [],
  },
  {
    id: 'cnn',
    name: 'CNN',
    file: 'cnn.txt',
    sha256: '73f071906dce93a23fa21e61c667f8104d9fa8cca6485304378f6f50216fb2a7',
    headline: null,
    byline: 'Svitlana Vlasova, Catherine Nicholls and Sophie Tanno, CNN',
    date: '2025-04-26',
    dateline: null,
    hostnames: ['cnn.com', 'edition.cnn.com'],
    provenanceNote: 'Dated 2025-04-26; no headline in the text.',
    furniture: [],
  },
  {
    id: 'ap',
    name: 'AP',
    file: 'ap.txt',
    sha256: '19e4a35a498e34343fa3676051867beec04eec4dc6a79162b1013d4a7b540ecc',
    headline: null,
    byline: null,
    date: '2025-04-26',
    dateline: 'KYIV',
    hostnames: ['apnews.com'],
    provenanceNote: 'An Associated Press story: KYIV dateline, photo credited "via AP"; the site that carried it is not named; no headline in the text.',
    furniture: [],
  },
];
