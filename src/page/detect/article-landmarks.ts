/**
 * Finds the parts around an article's body: its title, date line, lead (sapo), photo captions
 * and author line, from document order and text shape rather than class names.
 */
import {
  ELEMENT_NODE,
  elementChildren,
  foldForMatch,
  isBlock,
  isNeverText,
  squash,
  tagOf,
} from './dom-kinds.ts';
import { precedes } from '../article-roots.ts';
import { isInside } from './boilerplate.ts';
import { measureText, visibleText } from './text-measure.ts';

/** Vietnamese and ISO date shapes: 26/04/2019, 26-04-2019, 2019-04-26. */
const DATE_RE = /(?:\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b)/;

/**
 * The article title as a heading: the level-1 heading nearest before the body (so a logo heading
 * at the top loses), or one inside the body.
 */
export function findHeadingTitle(
  doc: Document,
  body: Element | undefined,
  nonContent: Set<Element>,
): Element | undefined {
  const scope = doc.body ?? doc.documentElement;
  const headings = Array.from(scope.querySelectorAll('h1, [role="heading"][aria-level="1"]')).filter(
    (h) => !isInside(h, nonContent, scope) && visibleText(h).length >= 8 && !isHomeLink(h),
  );
  if (body) {
    const before = headings.filter((h) => precedes(h, body) && !h.contains(body));
    const nearest = before[before.length - 1];
    if (nearest) return nearest;
    return headings.find((h) => body.contains(h));
  }
  return headings.length === 1 ? headings[0] : undefined;
}

/** A logo heading: all its text is one link to the site's front page. */
function isHomeLink(heading: Element): boolean {
  const links = heading.querySelectorAll('a[href]');
  const link = links[0];
  if (links.length !== 1 || !link || squash(link.textContent ?? '') !== squash(heading.textContent ?? ''))
    return false;
  const href = (link.getAttribute('href') ?? '').trim();
  return /^(?:(?:https?:)?\/\/[^/]+)?\/?(?:index\.\w+)?(?:[?#].*)?$/i.test(href);
}

/**
 * The element before the body whose text is the title the page declares (og:title, JSON-LD
 * headline, or the start of <title>), the one nearest to the body.
 */
export function findDeclaredTitle(
  doc: Document,
  body: Element | undefined,
  nonContent: Set<Element>,
  declared: string[],
): Element | undefined {
  const scope = doc.body ?? doc.documentElement;
  const wanted = declared.map((d) => foldForMatch(d)).filter((d) => d.length >= 8);
  if (wanted.length === 0) return undefined;
  let best: Element | undefined;
  for (const el of Array.from(scope.querySelectorAll('h1, h2, h3, h4, div, p, span, strong'))) {
    if (isInside(el, nonContent, scope)) continue;
    if (body && !precedes(el, body)) continue;
    if (elementChildren(el).some((c) => isBlock(c))) continue;
    const text = foldForMatch(visibleText(el));
    if (text.length < 8 || text.length > 300) continue;
    if (
      wanted.some(
        (w) =>
          w === text || w.startsWith(text + ' ') || w.startsWith(text + ' |') || w.startsWith(text + ' -'),
      )
    ) {
      best = el; // keep the last match before the body: the one nearest to it
    }
  }
  return best;
}

/** Titles the page declares for itself, best first: og:title / headline, then <title> pieces. */
export function declaredTitles(doc: Document, metaTitle: string | undefined): string[] {
  const out: string[] = [];
  if (metaTitle) out.push(metaTitle);
  const t = squash(doc.title ?? '');
  if (t) {
    out.push(t);
    const head = t.split(/\s+[|\-–—]\s+/)[0];
    if (head && head !== t) out.push(head);
  }
  return out;
}

/** Elements after `from` and before `to` in document order, outside non-content regions. */
function elementsBetween(
  scope: Element,
  from: Element | undefined,
  to: Element,
  nonContent: Set<Element>,
): Element[] {
  const out: Element[] = [];
  const all = scope.getElementsByTagName('*');
  let on = from === undefined;
  // A title inside the body (print views, div soups): look at the few elements after it.
  const inside = from !== undefined && to.contains(from);
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!el) continue;
    if (inside ? out.length >= 12 : el === to) break;
    if (!on) {
      if (el === from) on = true;
      continue;
    }
    if (from && from.contains(el)) continue;
    if (el.contains(to) || (inside && from.contains(el) === false && el.contains(from))) continue;
    if (isInside(el, nonContent, scope)) continue;
    out.push(el);
  }
  return out;
}

/** A short line near the title that carries a date (or a <time> element). */
export function findDateLine(
  scope: Element,
  title: Element | undefined,
  body: Element,
  nonContent: Set<Element>,
): Element | undefined {
  for (const el of elementsBetween(scope, title, body, nonContent)) {
    if (isNeverText(el)) continue;
    if (tagOf(el) === 'time') return el;
    if (elementChildren(el).some((c) => isBlock(c))) continue;
    const text = visibleText(el);
    if (text.length <= 80 && DATE_RE.test(text)) return el;
  }
  return undefined;
}

/**
 * The lead: the first block of prose between title and body, widened to the largest element
 * that holds neither. A date or byline line is too short to qualify.
 */
export function findLead(
  scope: Element,
  title: Element | undefined,
  body: Element,
  nonContent: Set<Element>,
): Element | undefined {
  if (!title) return undefined;
  for (const el of elementsBetween(scope, title, body, nonContent)) {
    if (isNeverText(el) || !isBlock(el)) continue;
    if (elementChildren(el).some((c) => isBlock(c))) continue;
    const t = measureText(el);
    if (t.total - t.linked < 60 || t.linked / Math.max(1, t.total) > 0.3) continue;
    let lead = el;
    for (let up = el.parentElement; up && up !== scope; up = up.parentElement) {
      if (up.contains(title) || up.contains(body) || nonContent.has(up)) break;
      lead = up;
    }
    return lead;
  }
  return undefined;
}

/** Photo captions inside the body: figcaptions, and short text next to a lone picture. */
export function findCaptions(body: Element): Element[] {
  const out: Element[] = [];
  const seen = new Set<Element>();
  for (const el of Array.from(body.querySelectorAll('figcaption'))) {
    out.push(el);
    seen.add(el);
  }
  for (const img of Array.from(body.querySelectorAll('img, picture'))) {
    // Look in the picture's own wrapper (figure, table, div) for a short text block.
    let box: Element | null = img.parentElement;
    for (let i = 0; box && box !== body && i < 4; i++, box = box.parentElement) {
      const t = measureText(box);
      if (t.total === 0) continue;
      if (t.total > 400) break;
      const caption = lastShortTextBlock(box);
      if (
        caption &&
        !seen.has(caption) &&
        !Array.from(seen).some((s) => s.contains(caption) || caption.contains(s))
      ) {
        out.push(caption);
        seen.add(caption);
      }
      break;
    }
  }
  return out.sort((a, b) => (precedes(a, b) ? -1 : 1));
}

function lastShortTextBlock(box: Element): Element | undefined {
  const blocks = [box, ...Array.from(box.querySelectorAll('*'))].filter(
    (e) => !isNeverText(e) && !elementChildren(e).some((c) => isBlock(c)) && measureText(e).total > 0,
  );
  const outermost = blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b)));
  return outermost[outermost.length - 1];
}

/** The author line: a short last paragraph of the body, or an element marked as the author. */
export function findAuthor(body: Element): Element | undefined {
  const marked = body.querySelector('[rel~="author"], [itemprop="author"], .author, .cms-author');
  if (marked) return marked;
  // The last child with text: read from the end, so a long body's paragraphs are not measured.
  let last: Element | undefined;
  for (let n = body.lastChild; n && !last; n = n.previousSibling) {
    if (n.nodeType !== ELEMENT_NODE) continue;
    const k = n as Element;
    if (!isNeverText(k) && measureText(k).total > 0) last = k;
  }
  if (!last) return undefined;
  const text = visibleText(last);
  if (text.length > 0 && text.length <= 60 && text.split(' ').length <= 8 && !/[.!?…:;]$/.test(text))
    return last;
  return undefined;
}
