/**
 * Which runs of text are photo captions: text in a figure, text right after a block that holds
 * only a picture, or the short text of a small box around a picture (a caption table, a centred
 * div). A caption is article text, but it does not make a page an article: a gallery is
 * pictures and captions.
 */
import { ELEMENT_NODE, TEXT_NODE, tagOf } from './dom-kinds.ts';
import type { Run } from './prose-runs.ts';
import type { Steps } from './steps.ts';
import type { TextStats } from './text-stats.ts';

const PICTURES = 'img, picture, amp-img';
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#].*)?$/i;
/** A box this small around a picture is the picture's caption box. */
const CAPTION_BOX = 250;
/** A box holding a link this long is a teaser card, not a captioned photo. */
const TEASER_LINK = 25;

/** Runs judged between pauses by `findingCaptionRuns`. */
const RUN_STEP = 40;

/** Per run: a photo caption. A run at a time (see steps.ts). */
export function* findingCaptionRuns(runs: Run[], scope: Element, stats: TextStats): Steps<boolean[]> {
  const byBlock = new Map<Element, boolean>();
  const caption: boolean[] = [];
  for (const run of runs) {
    let known = byBlock.get(run.block);
    if (known === undefined) {
      known = isCaptionBlock(run.block, scope, stats);
      byBlock.set(run.block, known);
    }
    caption.push(known);
    if (caption.length % RUN_STEP === 0) yield;
  }
  return caption;
}

function isCaptionBlock(block: Element, scope: Element, stats: TextStats): boolean {
  const figure = block.closest('figure, figcaption');
  if (figure && figure !== scope && scope.contains(figure)) return true;
  let el: Element | null = block;
  for (let up = 0; el && el !== scope && up < 5; up++, el = el.parentElement) {
    if (stats.of(el).total > CAPTION_BOX) return false;
    if (up === 0 && pictureOnly(previousElement(el), stats) && !hasTeaserLink(el)) return true;
    if (holdsPhoto(el) && !hasTeaserLink(el)) return true;
  }
  return false;
}

function previousElement(el: Element): Element | undefined {
  for (let n = el.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === ELEMENT_NODE) return n as Element;
    if (n.nodeType === TEXT_NODE && (n as Text).data.trim() !== '') return undefined;
  }
  return undefined;
}

function pictureOnly(el: Element | undefined, stats: TextStats): boolean {
  // The text test first: it is known already, and rules out every paragraph at once.
  if (!el || stats.of(el).total !== 0) return false;
  return tagOf(el) === 'img' || tagOf(el) === 'amp-img' || holdsPhoto(el);
}

/**
 * A picture that is not a link to elsewhere: a picture that links to another page is a banner
 * or a teaser, and the text beside it is theirs. A link to the picture's own file is a zoom.
 */
function holdsPhoto(box: Element): boolean {
  for (const pic of Array.from(box.querySelectorAll(PICTURES))) {
    const link = pic.closest('a[href]');
    if (!link || !box.contains(link) || IMAGE_FILE.test(link.getAttribute('href') ?? '')) return true;
  }
  return false;
}

function hasTeaserLink(box: Element): boolean {
  for (const a of Array.from(box.querySelectorAll('a[href]'))) {
    if ((a.textContent ?? '').trim().length >= TEASER_LINK) return true;
  }
  return false;
}
