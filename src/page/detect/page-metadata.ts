/**
 * What the page says about itself: Open Graph type and title, JSON-LD and microdata types.
 * Metadata is a strong hint, not a verdict: some CMSs label every page "article".
 */

import type { MetadataKind } from '../verdict.ts';

export interface PageMetadata {
  kind: MetadataKind;
  /** Where the kind came from, e.g. "og:type=article", "json-ld:NewsArticle". */
  sources: string[];
  title?: string;
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'socialmediaposting',
  'liveblogposting',
  'report',
  'scholarlyarticle',
  'techarticle',
]);
const VIDEO_TYPES = new Set(['videoobject', 'videogallery', 'clip', 'movie', 'episode']);

export function readPageMetadata(doc: Document): PageMetadata {
  const sources: string[] = [];
  let article = false;
  let video = false;
  let other = false;
  let title: string | undefined;

  const ogType = metaContent(doc, 'og:type');
  if (ogType) {
    const t = ogType.trim().toLowerCase();
    sources.push(`og:type=${t}`);
    if (t === 'article' || t.endsWith('.article')) article = true;
    else if (t.startsWith('video')) video = true;
    else other = true;
  }
  title = metaContent(doc, 'og:title')?.trim() || undefined;

  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/^application\/ld\+json$/i.test((script.getAttribute('type') ?? '').trim())) continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of jsonLdNodes(data)) {
      for (const type of typesOf(node)) {
        const key = type.toLowerCase();
        if (ARTICLE_TYPES.has(key)) {
          article = true;
          sources.push(`json-ld:${type}`);
          const headline = (node as Record<string, unknown>)['headline'];
          if (!title && typeof headline === 'string' && headline.trim()) title = headline.trim();
        } else if (VIDEO_TYPES.has(key)) {
          video = true;
          sources.push(`json-ld:${type}`);
        }
      }
    }
  }

  for (const el of Array.from(doc.querySelectorAll('[itemscope][itemtype]')).slice(0, 50)) {
    const type = (el.getAttribute('itemtype') ?? '').split(/[/#]/).pop() ?? '';
    const key = type.toLowerCase();
    if (ARTICLE_TYPES.has(key)) {
      article = true;
      sources.push(`microdata:${type}`);
    } else if (VIDEO_TYPES.has(key) && !insideArticleItem(el)) {
      video = true;
      sources.push(`microdata:${type}`);
    }
  }

  // An article with an embedded clip is still an article.
  const kind: MetadataKind = article ? 'article' : video ? 'video' : other ? 'other' : 'none';
  return title === undefined ? { kind, sources } : { kind, sources, title };
}

function insideArticleItem(el: Element): boolean {
  for (let up = el.parentElement; up; up = up.parentElement) {
    const type = (up.getAttribute('itemtype') ?? '').split(/[/#]/).pop() ?? '';
    if (ARTICLE_TYPES.has(type.toLowerCase())) return true;
  }
  return false;
}

function metaContent(doc: Document, name: string): string | undefined {
  // A page's <meta> tags are in its head: looking there first spares a walk of a long body.
  // A stray element in the head makes the parser put the rest in the body: look there too.
  if (doc.head) {
    const inHead = contentOf(doc.head.getElementsByTagName('meta'), name);
    if (inHead !== undefined) return inHead;
  }
  return contentOf(doc.getElementsByTagName('meta'), name);
}

function contentOf(metas: HTMLCollectionOf<HTMLMetaElement>, name: string): string | undefined {
  for (const meta of Array.from(metas)) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name');
    if (key && key.trim().toLowerCase() === name) {
      const content = meta.getAttribute('content');
      if (content) return content;
    }
  }
  return undefined;
}

/** Every object in a JSON-LD document, following @graph and arrays, to a modest depth. */
function jsonLdNodes(data: unknown, depth = 0): object[] {
  if (depth > 4 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((d) => jsonLdNodes(d, depth + 1));
  const out: object[] = [data];
  const graph = (data as Record<string, unknown>)['@graph'];
  if (graph !== undefined) out.push(...jsonLdNodes(graph, depth + 1));
  return out;
}

function typesOf(node: object): string[] {
  const t = (node as Record<string, unknown>)['@type'];
  if (typeof t === 'string') return [t.replace(/^.*[/#:]/, '')];
  if (Array.isArray(t))
    return t.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
  return [];
}
