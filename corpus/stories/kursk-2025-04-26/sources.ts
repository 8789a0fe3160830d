import type { Source } from '../../schema';

/**
 * The five articles, as the seeds README describes them. Headline, byline and
 * date are given exactly as the texts give them; null where a text has none.
 * No URLs came with the texts: `url` is the stored public copy of the same
 * text the seeds README lists (for CNN and AP, the site that carried it:
 * `carriedBy`), and `headlineElsewhere` the headline a third-party copy gives
 * a text that has none. Nothing beyond that table is filled in.
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
    publisher: 'Deutsche Welle',
    datePublished: '2025-04-26',
    url: 'https://amp.dw.com/en/putin-russia-open-to-ukraine-talks-after-kursk-liberation/a-72364121',
    carriedBy: null,
    headlineElsewhere: null,
    furniture: [
      { text: '1. Skip to content', reason: 'navigation: accessibility skip link' },
      { text: '2. Skip to main menu', reason: 'navigation: accessibility skip link' },
      { text: '3. Skip to more DW sites', reason: 'navigation: accessibility skip link' },
      { text: 'ConflictsUkraine', reason: 'navigation: section breadcrumb' },
      { text: "Putin: Russia open to Ukraine talks after Kursk 'liberation'", reason: 'headline (kept in Source.headline)' },
      { text: 'Matt Ford with dpa, Reuters, AFP', reason: 'byline (kept in Source.byline)' },
      { text: 'April 26, 2025', reason: 'date line (kept in Source.date)' },
      {
        text: 'Russia s President Vladimir Putin is seen in his office in the Kremlin during a report by the Chief of the General Staff of the Armed Forces',
        reason: 'photo alt text',
      },
      {
        text: 'Russian General Gerasimov told President Putin that the Kursk region had been liberated - which Ukraine deniesImage: Alexander Kazakov/ITAR-TASS/IMAGO',
        reason: 'photo caption with credit',
      },
      {
        text: 'Russian troops have reportedly recaptured areas of the Kursk region which had been occupied by UkraineImage: Russian Defense Ministry Press Service/AP/picture alliance',
        reason: 'photo caption with credit',
      },
      {
        text: 'President Zelenskyy met with President Trump, French President Macron and British Prime Minister Starmer at the VaticanImage: Ukrainian Presidential Press Service/Handout via REUTERS',
        reason: 'photo caption with credit',
      },
      {
        text: 'President Trump flew straight back to the US and threatened Russia with further sanctions while en routeImage: Nathan Howard/REUTERS',
        reason: 'photo caption with credit',
      },
      { text: 'Ukraine says Russia is sending drones despite Trump warning', reason: 'video widget title (a different story)' },
      { text: '03:12', reason: 'video widget duration' },
      { text: 'This browser does not support the video element.', reason: 'video widget fallback text' },
      { text: 'Edited by: Kieran Burke', reason: 'editor credit' },
      { text: "Skip next section DW's Top Story", reason: 'navigation: skip link to other stories' },
      { text: "DW's Top Story", reason: 'navigation: section heading for other stories' },
      { text: 'Skip next section More stories from DW', reason: 'navigation: skip link to other stories' },
    ],
  },
  {
    id: 'unnamed',
    // The text does not name itself, but its stored public copy is ChronicleAI's (seeds README), and a
    // citation has to name the work's publisher. One name everywhere: a reader who saw "Unnamed outlet"
    // in the sidebar and "ChronicleAI" in the export would take them for two sources. The id stays.
    name: 'ChronicleAI',
    file: 'unnamed.txt',
    sha256: 'b71cc9dd4b5348b00cdc31f9f50184e606dcb683ce59ef2bc17da0225bc45db2',
    headline: "Putin Signals Openness to Ukraine Talks After Claim of Kursk 'Liberation'",
    byline: null,
    date: null,
    dateline: 'Moscow',
    hostnames: ['chronicleai.org'],
    provenanceNote:
      'The outlet is not named in the text (a stored copy shows it is ChronicleAI); Moscow dateline; no byline or date; a "Related Articles" tail.',
    publisher: 'ChronicleAI',
    datePublished: null,
    url: 'https://chronicleai.org/article/putin-signals-openness-to-ukraine-talks-after-claim-of-kursk-liberation',
    carriedBy: null,
    headlineElsewhere: null,
    furniture: [
      { text: "Putin Signals Openness to Ukraine Talks After Claim of Kursk 'Liberation'", reason: 'headline (kept in Source.headline)' },
      { text: 'Moscow – ', reason: 'dateline (kept in Source.dateline)' },
      { text: 'Related Articles', reason: 'related-links tail heading' },
      { text: "Trump's Second Term Faces Early Voter Skepticism", reason: "related-links tail: another article's headline" },
    ],
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
    publisher: 'Euromaidan Press',
    datePublished: null,
    url: 'https://euromaidanpress.com/2025/04/26/putin-tells-ukraine-now-lets-talk-after-claiming-kursk-win/',
    carriedBy: null,
    headlineElsewhere: null,
    furniture: [
      { text: 'Become our patron', reason: 'donation appeal link at the top' },
      {
        text: '“Now, let’s talk.” Putin tells Ukraine after claiming Kursk win',
        reason: 'headline, printed twice (kept in Source.headline)',
      },
      { text: 'Russian President Vladimir Putin. Credit: news_kremlin Telegram', reason: 'photo caption with credit' },
      { text: 'Russian President Vladimir Putin.', reason: 'photo alt text' },
      {
        text: "You could close this page. Or you could join our community and help us produce more materials like this.\u00a0 We keep our reporting open and accessible to everyone because we believe in the power of free information. This is why our small, cost-effective team depends on the support of readers like you to bring deliver timely news, quality analysis, and on-the-ground reports about Russia's war against Ukraine and Ukraine's struggle to build a democratic society. A little bit goes a long way: for as little as the cost of one cup of coffee a month, you can help build bridges between Ukraine and the rest of the world, plus become a co-creator and vote for topics we should cover next. Become a patron or see other ways to support. Become a Patron!",
        reason: 'donation appeal',
      },
      { text: 'To suggest a correction or clarification, write to us here', reason: 'corrections prompt' },
      { text: 'You can also highlight the text and press Ctrl + Enter', reason: 'corrections prompt' },
      { text: 'Please leave your suggestions or corrections here', reason: 'corrections prompt' },
      { text: 'Euromaidan Press', reason: 'site name in the footer' },
      {
        text: 'We are an independent media outlet that relies solely on advertising revenue to sustain itself. We do not endorse or promote any products or services for financial gain. Therefore, we kindly ask for your support by disabling your ad blocker. Your assistance helps us continue providing quality content. Thank you!',
        reason: 'ad-blocker appeal',
      },
      { text: 'Related Posts', reason: 'related-links tail heading' },
    ],
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
    publisher: 'CNN',
    datePublished: '2025-04-26',
    // No cnn.com copy was found: this is CNN's story as carried by its affiliate KEYT.
    url: 'https://keyt.com/news/2025/04/26/russia-has-regained-control-of-kursk-border-region-from-ukraine-putin-says/',
    carriedBy: 'KEYT',
    headlineElsewhere: {
      text: 'Putin says Russia regains control of Kursk border region but Ukraine says fighting continues',
      givenBy: 'a third-party copy',
    },
    furniture: [
      {
        text: 'date 2025-04-26 By Svitlana Vlasova, Catherine Nicholls and Sophie Tanno, CNN',
        reason: 'date and byline line (kept in Source.date and Source.byline)',
      },
      { text: '(CNN) — ', reason: 'outlet dateline tag' },
      { text: 'This story has been updated.', reason: 'update notice' },
      { text: 'CNN’s Kevin Liptak and Victoria Butenko contributed to this report.', reason: 'contributor line' },
    ],
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
    provenanceNote:
      'An Associated Press story: KYIV dateline, photo credited "via AP"; the site that carried it is not named; no headline in the text.',
    publisher: 'The Associated Press',
    datePublished: '2025-04-26',
    // No apnews.com copy was found: this is AP's story as carried by WSLS.
    url: 'https://www.wsls.com/news/world/2025/04/26/3-dead-in-russian-attacks-on-ukraine-as-zelenskyy-meets-trump-at-vatican/',
    carriedBy: 'WSLS',
    headlineElsewhere: {
      text: 'Russia says all Ukrainian troops have left Kursk region as Zelenskyy meets Trump at Vatican',
      givenBy: 'a PTI copy',
    },
    furniture: [
      { text: 'date 2025-04-26', reason: 'date marker (kept in Source.date)' },
      {
        text: "Russian President Vladimir Putin listens to Russian Chief of General Staff Gen. Valery Gerasimov with the report that all Ukrainian troops have been forced from Russia's Kursk region, during their meeting via videoconference at the Novo-Ogaryovo residence outside Moscow, Russia, Saturday, April 26, 2025. (Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP)",
        reason: 'photo caption with credit',
      },
      { text: 'KYIV – ', reason: 'dateline (kept in Source.dateline)' },
    ],
  },
];
