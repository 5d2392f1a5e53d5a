/**
 * Finds the parts of a page that are never article text: page chrome (header, menus, sidebars,
 * footer), related-article lists, share bars, tag lines, comments and ads. Judged by meaning
 * (elements, ARIA roles, the words a heading uses, how much of a block is links) rather than by
 * one site's class names, so that a redesign does not break it.
 */
import { TEXT_NODE, elementChildren, foldForMatch, isNeverText, tagOf } from './dom-kinds.ts';
import {
  COMMENT_HEADINGS,
  NON_CONTENT_HEADINGS,
  NON_CONTENT_WORDS,
  WORDS_FOR_ANY_SIZE,
} from './furniture-words.ts';
import { visibleText } from './text-measure.ts';
import { allSteps, type Steps } from './steps.ts';
import { TextStats } from './text-stats.ts';

const CHROME_TAGS = new Set(['header', 'nav', 'aside', 'footer', 'form', 'dialog', 'menu', 'amp-sidebar']);
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alert',
  'toolbar',
]);

/**
 * What a site's imprint says (the footer of a page without a <footer>): who publishes it, its
 * licence, how to reach it. A short block saying three of these is the imprint. Matched on the
 * raw text, in both tone placements, because this runs on every short block of the page.
 */
const IMPRINT_WORDS =
  /c\u01a1 quan ch\u1ee7 qu\u1ea3n|gi\u1ea5y ph\u00e9p|t\u1ed5ng bi\u00ean t\u1eadp|ch\u1ecbu tr\u00e1ch nhi\u1ec7m|b\u1ea3n quy\u1ec1n|copyright|\u00a9|\u0111\u1ecba ch\u1ec9|\u0111i\u1ec7n tho\u1ea1i|e-?mail|fax|hotline/giu;
const IMPRINT_CHARS = 600;
/** …one of them about the publisher: an article's contact line ("địa chỉ, điện thoại, email") is not an imprint. */
const PUBLISHER_WORDS =
  /c\u01a1 quan ch\u1ee7 qu\u1ea3n|gi\u1ea5y ph\u00e9p|t\u1ed5ng bi\u00ean t\u1eadp|ch\u1ecbu tr\u00e1ch nhi\u1ec7m|b\u1ea3n quy\u1ec1n|copyright|\u00a9/iu;

function isImprint(el: Element, stats: TextStats): boolean {
  const total = stats.of(el).total;
  if (total < 30 || total > IMPRINT_CHARS) return false;
  const raw = el.textContent ?? '';
  // The one-word test first: it fails at once on the article's own paragraphs, which are most
  // of the blocks of this size (it ignores case, so it needs no lower-cased copy).
  if (!PUBLISHER_WORDS.test(raw)) return false;
  const found = new Set(raw.toLowerCase().match(IMPRINT_WORDS) ?? []);
  return found.size >= 3;
}

/**
 * A banner: a picture that links to another page, with at most a short line of unlinked text
 * beside it. (A teaser card has a headline link, and stays for the list-page count.)
 */
function isPromo(el: Element, stats: TextStats): boolean {
  const t = stats.of(el);
  if (t.linked > 0 || t.total > 150) return false;
  if (el.getElementsByTagName('img').length + el.getElementsByTagName('amp-img').length === 0) return false;
  for (const pic of Array.from(el.querySelectorAll('img, amp-img'))) {
    const link = pic.closest('a[href]');
    if (
      link &&
      el.contains(link) &&
      !/\.(?:jpe?g|png|gif|webp|avif)(?:[?#].*)?$/i.test(link.getAttribute('href') ?? '')
    )
      return true;
  }
  return false;
}

/** A heading folded for comparison, without its decoration and count: "Bình luận (3):" → "binh luan". */
function foldHeading(text: string): string {
  return foldForMatch(text)
    .replace(/\s*[([]\s*\d+\s*[)\]]/gu, '')
    .replace(/^\d+\s+/u, '')
    .replace(/[:：»›>\-–—.\s]+$/u, '')
    .replace(/^[«‹<\-–—\s]+/u, '');
}

export function isNonContentHeadingText(text: string): boolean {
  return NON_CONTENT_HEADINGS.has(foldHeading(text));
}

function classWords(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Page chrome by element or role. */
export function isChrome(el: Element): boolean {
  const tag = tagOf(el);
  if (CHROME_TAGS.has(tag)) {
    // A <header> inside an <article> is that article's own header (title, date): keep it.
    if (tag === 'header' && el.parentElement && el.closest('article') !== null) return false;
    return true;
  }
  const role = el.getAttribute('role');
  return role !== null && CHROME_ROLES.has(role.trim().toLowerCase());
}

/**
 * A block that is mostly links: menus, link lists, tag clouds; or a short bar of a few short
 * links and separators ("In bài | Đóng", "Facebook Zalo").
 */
export function isLinkCluster(el: Element, stats: TextStats): boolean {
  const t = stats.of(el);
  if (t.total === 0) return false;
  if (t.links >= 4) return t.linked / t.total >= 0.65;
  return t.links >= 2 && t.linked / t.links <= 15 && t.linked / t.total >= 0.8;
}

function isMarkedNonContent(el: Element, stats: TextStats): boolean {
  const words = classWords(el);
  if (words.length === 0) return false;
  let anySize = false;
  let shortOnly = false;
  for (const w of words) {
    if (WORDS_FOR_ANY_SIZE.has(w)) anySize = true;
    else if (NON_CONTENT_WORDS.has(w)) shortOnly = true;
  }
  if (anySize) return true;
  if (!shortOnly) return false;
  // A stray class word must not throw away an article: only short or link-made blocks go.
  const t = stats.of(el);
  return t.total - t.linked < 400;
}

/** Elements that may serve as a heading for a block: real headings or short text-only lines. */
function isHeadingLike(el: Element): boolean {
  const tag = tagOf(el);
  if (/^h[1-6]$/.test(tag) || el.getAttribute('role') === 'heading') return true;
  if (!['div', 'span', 'p', 'strong', 'b', 'em', 'a', 'li', 'dt', 'header', 'label'].includes(tag))
    return false;
  return elementChildren(el).every((c) => ['strong', 'b', 'em', 'i', 'span', 'a', 'br'].includes(tagOf(c)));
}

/**
 * Given a heading that names a non-content list, the elements that make up that list: the
 * largest ancestor that holds no prose of its own, or, when the heading sits among the article's
 * paragraphs, the heading and the link-made siblings that follow it.
 */
function regionOfHeading(heading: Element, stopAt: Element, stats: TextStats, comments: boolean): Element[] {
  let region = heading;
  const headingChars = stats.of(heading).total;
  for (let up = heading.parentElement; up && up !== stopAt; up = up.parentElement) {
    const t = stats.of(up);
    // Readers' comments are prose of any length, but their container opens with the heading.
    if (comments ? !opensWith(up, heading, stats) : t.total - t.linked - headingChars > 150) break;
    // A list of other articles never holds the page's own title, nor a paragraph without links.
    if (up.getElementsByTagName('h1').length > 0 || (!comments && holdsPlainBlock(up, stats))) break;
    region = up;
  }
  if (region !== heading) return [region];
  const out: Element[] = [heading];
  for (let sib = heading.nextElementSibling; sib; sib = sib.nextElementSibling) {
    const t = stats.of(sib);
    if (t.total === 0) {
      out.push(sib);
      continue;
    }
    if (t.linked / t.total < 0.6) break;
    out.push(sib);
  }
  return out;
}

/** Elements judged between pauses by `findingNonContent`. */
const VISIT_STEP = 40;

/**
 * The outermost non-content elements under `scope` (scope itself is never one). Computed once
 * per pass: the DOM is only read.
 */
export function findNonContent(scope: Element, stats: TextStats = TextStats.all()): Set<Element> {
  return allSteps(findingNonContent(scope, stats));
}

/** findNonContent, a run of elements at a time (see steps.ts); in document order, as a walk. */
export function* findingNonContent(scope: Element, stats: TextStats = TextStats.all()): Steps<Set<Element>> {
  const found = new Set<Element>();
  const stack: Array<{ children: Element[]; next: number }> = [{ children: elementChildren(scope), next: 0 }];
  let judged = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.children[top.next++];
    if (!child) {
      stack.pop();
      continue;
    }
    if (++judged % VISIT_STEP === 0) yield;
    if (!setAside(child, scope, stats, found)) stack.push({ children: elementChildren(child), next: 0 });
  }
  return found;
}

/** Judges one element: true when it, or all of it, is settled (set aside, or never text). */
function setAside(child: Element, scope: Element, stats: TextStats, found: Set<Element>): boolean {
  if (isNeverText(child)) return true;
  if (
    isChrome(child) ||
    isMarkedNonContent(child, stats) ||
    isImprint(child, stats) ||
    isPromo(child, stats)
  ) {
    found.add(child);
    return true;
  }
  // A block's visible text is never shorter than its measured amount (text-measure.ts), so
  // a long block (most plain paragraphs are heading-like to the test below) is not read out.
  if (stats.of(child).total <= 40 && isHeadingLike(child)) {
    const text = visibleText(child);
    if (text.length > 0 && text.length <= 40 && isNonContentHeadingText(text)) {
      const comments = COMMENT_HEADINGS.has(foldHeading(text));
      for (const r of regionOfHeading(child, scope, stats, comments)) found.add(r);
      // The region may be an ancestor already being walked; the walk still stops at any
      // element in `found` because callers check ancestors, see isInside.
      return true;
    }
  }
  if (
    tagOf(child) !== 'a' &&
    isLinkCluster(child, stats) &&
    !holdsProse(child, stats) &&
    !holdsTitle(child, stats) &&
    !holdsPlainBlock(child, stats)
  ) {
    found.add(child);
    return true;
  }
  return false;
}

/** True when the block has enough non-link text to be prose, whatever its links. */
function holdsProse(el: Element, stats: TextStats): boolean {
  const t = stats.of(el);
  return t.total - t.linked >= 400;
}

/** A page's own title (a level-1 heading that is not a logo link) is never inside a link list. */
function holdsTitle(el: Element, stats: TextStats): boolean {
  for (const h of Array.from(el.getElementsByTagName('h1'))) {
    const t = stats.of(h);
    if (t.total - t.linked >= 8) return true;
  }
  return false;
}

/**
 * A block of text without a single link among the children: a description or a lead, which a
 * list of links around it must not carry away (the lists themselves are found one level down).
 */
function holdsPlainBlock(el: Element, stats: TextStats): boolean {
  return elementChildren(el).some((c) => {
    const t = stats.of(c);
    return t.linked === 0 && t.total >= 60;
  });
}

/** True when the first text inside `container` is the heading's. */
function opensWith(container: Element, heading: Element, stats: TextStats): boolean {
  for (let el: Element | undefined = container; el && el !== heading;) {
    const next: Element | undefined = elementChildren(el).find(
      (c) => !isNeverText(c) && stats.of(c).total > 0,
    );
    if (!next || !next.contains(heading)) return false;
    for (let n: ChildNode | null = el.firstChild; n && n !== next; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE && (n as Text).data.trim() !== '') return false;
    }
    el = next;
  }
  return true;
}

/** Whether `el` is, or is inside, one of `regions` (stopping at `scope`). */
export function isInside(el: Element, regions: Set<Element>, scope?: Element): boolean {
  for (let n: Element | null = el; n && n !== scope; n = n.parentElement) {
    if (regions.has(n)) return true;
  }
  return false;
}
