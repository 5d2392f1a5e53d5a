/**
 * Everything a card shows, in the reader's language, built where the glossary lives (the
 * background, the panel) so that the page carries none of it. Pure but for the locale
 * catalogue: the same subject and language always give the same card.
 */
import type { DecodedCode } from '../core/analysis-types.ts';
import { decodeDocumentCode } from '../core/doc-codes.ts';
import type { GlossaryEntry } from '../core/glossary-schema.ts';
import { explainCode, issuerText } from '../i18n/explain-code.ts';
import { categoryName, t, type Lang } from '../i18n/messages.ts';
import type { CardModel, CardSubject } from '../messages/card-messages.ts';

export interface CardSources {
  byId: ReadonlyMap<string, GlossaryEntry>;
  /** The entry that explains a code, by its canonical form. */
  entryForCode(canonical: string): string | undefined;
  /** How a date is written for the reader (ISO in, "25/10/2017" or "25 Oct 2017" out). */
  formatDate(iso: string, lang: Lang): string;
}

function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function words(lang: Lang): CardModel['words'] {
  return {
    more: t(lang, 'cardMore'),
    less: t(lang, 'cardLess'),
    close: t(lang, 'cardClose'),
    sources: t(lang, 'cardSources'),
    related: t(lang, 'cardRelated'),
  };
}

function codeRows(decoded: DecodedCode, lang: Lang): [string, string][] {
  const rows: [string, string][] = [
    [
      t(lang, 'cardCodeSystem'),
      t(lang, decoded.system === 'party' ? 'cardCodeSystemParty' : 'cardCodeSystemState'),
    ],
    [t(lang, 'cardCodeNumber'), decoded.number],
    [t(lang, 'cardCodeType'), decoded.typeName?.[lang] ?? t(lang, 'cardCodeUnknownType', decoded.type)],
    [t(lang, 'cardCodeIssuer'), issuerText(decoded, lang) ?? t(lang, 'cardCodeUnknownType', decoded.issuer)],
  ];
  if (decoded.year !== undefined) rows.push([t(lang, 'cardCodeYear'), String(decoded.year)]);
  return rows;
}

function entryCard(
  entry: GlossaryEntry,
  written: string | undefined,
  lang: Lang,
  from: CardSources,
): CardModel {
  const term = written ?? entry.terms[0] ?? entry.id;
  const text = entry[lang];
  const lines: string[] = [];
  if (entry.expansion) lines.push(entry.expansion[lang]);
  if (entry.document) {
    const date = entry.document.date ? from.formatDate(entry.document.date, lang) : undefined;
    lines.push([entry.document.title, date].filter(Boolean).join(', '));
  }
  return {
    type: 'card-model',
    lang,
    label: t(lang, 'cardLabel', term),
    announcement: t(lang, 'cardTermAnnounce', term, text.short),
    term,
    kind: categoryName(lang, entry.category),
    lines,
    short: text.short,
    ...(entry.note
      ? {
          note: {
            since: t(lang, 'cardNoteSince', from.formatDate(entry.note.date, lang)),
            text: entry.note[lang],
          },
        }
      : {}),
    ...(entry.verified ? {} : { caveat: t(lang, 'cardUnverified') }),
    long: text.long,
    sources: entry.sources.map((source) => {
      const url = safeUrl(source.url);
      return {
        name: source.name,
        ...(url ? { url } : {}),
        seen: t(lang, 'cardSourceSeen', from.formatDate(source.seen, lang)),
      };
    }),
    related: (entry.related ?? []).flatMap((id) => {
      const other = from.byId.get(id);
      return other ? [{ entryId: other.id, label: other.terms[0] ?? other.id }] : [];
    }),
    words: words(lang),
  };
}

function codeCard(text: string, decoded: DecodedCode, lang: Lang, from: CardSources): CardModel {
  const entryId = from.entryForCode(decoded.canonical);
  const entry = entryId ? from.byId.get(entryId) : undefined;
  if (entry) return { ...entryCard(entry, text, lang, from), code: codeRows(decoded, lang) };
  const explanation = explainCode(decoded, lang);
  return {
    type: 'card-model',
    lang,
    label: t(lang, 'cardLabel', text),
    announcement: t(lang, 'cardTermAnnounce', text, explanation),
    term: text,
    kind: categoryName(lang, decoded.system === 'party' ? 'party-document' : 'state-document'),
    lines: [],
    code: codeRows(decoded, lang),
    short: explanation,
    caveat: t(lang, 'cardDecoded'),
    sources: [],
    related: [],
    words: words(lang),
  };
}

/** An abbreviation the article defines for itself: the article is the only source. */
function definedCard(text: string, expansion: string, lang: Lang): CardModel {
  const short = t(lang, 'cardDefinedShort', text, expansion);
  return {
    type: 'card-model',
    lang,
    label: t(lang, 'cardLabel', text),
    announcement: t(lang, 'cardTermAnnounce', text, short),
    term: text,
    kind: t(lang, 'cardDefinedKind'),
    lines: [expansion],
    short,
    caveat: t(lang, 'cardDefinedCaveat'),
    sources: [],
    related: [],
    words: words(lang),
  };
}

/** The card for `subject`, or undefined when there is nothing to explain (an unknown id). */
export function buildCardModel(subject: CardSubject, lang: Lang, from: CardSources): CardModel | undefined {
  if (subject.kind === 'code') {
    const decoded = decodeDocumentCode(subject.text);
    return decoded ? codeCard(subject.text, decoded, lang, from) : undefined;
  }
  if (subject.kind === 'defined') return definedCard(subject.text, subject.expansion, lang);
  const entry = from.byId.get(subject.entryId);
  return entry ? entryCard(entry, subject.written, lang, from) : undefined;
}
