/**
 * What counts as a source for a glossary fact: a page about that fact, on the publisher's own
 * domain (an official site, the law database, a national or provincial paper's article).
 * These rules refuse what is not: pages that only list or tag other pages, copies of other
 * people's pages (wiki mirrors, document-sharing uploads, look-alike news sites), and
 * commercial sites quoted for facts of the state.
 */

/** Hosts whose pages are copies, uploads or aggregations, never a primary page about a fact. */
const REFUSED_HOSTS: readonly RegExp[] = [
  /(^|\.)123docz?\.(net|vn|com)$/,
  /(^|\.)tailieu\.vn$/,
  /(^|\.)luanvan\./,
  /(^|\.)doc\.edu\.vn$/,
  /(^|\.)studocu\.(com|vn)$/,
  /(^|\.)scribd\.com$/,
  /(^|\.)wikiwand\.com$/,
  /(^|\.)wiki2\./,
  /(^|\.)wikibrief\./,
  /(^|\.)dbpedia\.org$/,
  /(^|\.)baomoi\.com$/,
  /(^|\.)giaidapchuan\.com$/,
  /(^|\.)hoc24\.vn$/,
  /(^|\.)loigiaihay\.com$/,
  /(^|\.)vietjack\.com$/,
  /(^|\.)cvdvn\.net$/,
  /(^|\.)thuviensuckhoe\.org$/,
  /(^|\.)doanhnghiepkinhtexanh\.vn$/,
  /(^|\.)thinhvuongvietnam\.com$/,
  /(^|\.)dvdn247\.net$/,
  /(^|\.)chanhvanphong\.com$/,
  /(^|\.)vcreme\.edu\.vn$/,
  /(^|\.)tek4tv\./,
  /(^|\.)bktt\.vn$/,
  /(^|\.)tieng\.wiki$/,
  /(^|\.)baomoi\.net\.vn$/,
  /(^|\.)defzone\.net$/,
  /(^|\.)profilpelajar\.com$/,
  /(^|\.)truyenhinhcapsongthu\.net$/,
  /(^|\.)luatduonggia\.(vn|edu\.vn)$/,
];

/** Paths of tag, topic, category, list and search pages. */
const REFUSED_PATHS: readonly RegExp[] = [
  /\/(tag|tags|tu-khoa|chu-de|topic|topics|category|categories|chuyen-muc|danh-muc|search|tim-kiem)(\/|$)/i,
  /-ptag\.html?$/i,
  /[-/]tag\d*[-.]?\d*\.(html?|aspx)$/i,
  /-tag\d+\.html?$/i,
  /\/event\/[^/]*$/i,
];

const REFUSED_QUERIES = /[?&](q|query|keyword|tukhoa|search|s)=/i;

/** Why a source URL is refused, or undefined when it may stand as a source. */
export function refusedSource(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL';
  }
  const host = parsed.hostname.toLowerCase();
  if (REFUSED_HOSTS.some((re) => re.test(host))) return `${host} copies or aggregates other pages`;
  if (REFUSED_PATHS.some((re) => re.test(parsed.pathname)))
    return 'a tag, topic, category, list or search page';
  if (REFUSED_QUERIES.test(parsed.search)) return 'a search page';
  // A bare host is a home page; "/?p=123" is how some sites (WordPress, older portals) address a page.
  if ((parsed.pathname === '/' || parsed.pathname === '') && parsed.search === '')
    return 'a home page, not a page about the fact';
  return undefined;
}

const WIKIPEDIA = /(^|\.)wikipedia\.org$/;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * What is wrong with the sources of one entry: each refused source, and Wikipedia standing
 * alone (anyone can change it, so it may support a fact only next to a source that cannot).
 */
export function sourcesProblems(urls: readonly string[]): string[] {
  const problems = urls.flatMap((url) => {
    const why = refusedSource(url);
    return why === undefined ? [] : [`source ${url} refused: ${why}`];
  });
  if (urls.length > 0 && urls.every((url) => WIKIPEDIA.test(hostOf(url))))
    problems.push('its only source is wikipedia.org');
  return problems;
}
