/**
 * Pages made for a video or for photos: a player on the page, or captions that outweigh the
 * prose. Judged from elements, not layout, so a page answers the same in Node and in a browser.
 */
import type { ProseMap } from './body-candidates.ts';
import { isChrome } from './boilerplate.ts';

const PLAYERS = 'video, amp-video, amp-youtube, [class*="player" i], [id*="player" i]';
const VIDEO_HOSTS =
  /youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|facebook\.com\/plugins\/video|\/embed\/|player|video/i;

/** A player outside the page's chrome (a radio widget in the header does not make a video page). */
export function hasVideoPlayer(scope: Element): boolean {
  for (const player of Array.from(scope.querySelectorAll(PLAYERS))) {
    if (!inChrome(player, scope)) return true;
  }
  for (const frame of Array.from(scope.querySelectorAll('iframe[src]'))) {
    if (VIDEO_HOSTS.test(frame.getAttribute('src') ?? '') && !inChrome(frame, scope)) return true;
  }
  return false;
}

function inChrome(el: Element, scope: Element): boolean {
  for (let n: Element | null = el; n && n !== scope; n = n.parentElement) if (isChrome(n)) return true;
  return false;
}

/** Captions this many, outweighing the prose around them: a photo gallery. */
const GALLERY_CAPTIONS = 4;

export function isGallery(map: ProseMap, bodyChars: number): boolean {
  return map.captionRuns >= GALLERY_CAPTIONS && map.captionChars >= 2 * bodyChars;
}
