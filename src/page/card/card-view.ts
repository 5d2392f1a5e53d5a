/**
 * Builds the card's DOM for a glossary entry or a document code. Every piece of page or glossary
 * text enters the DOM as a text node: nothing here ever parses HTML.
 */
import type { CodeMatch } from '../../core/analysis-types.ts';
import { explainCode } from '../../core/doc-codes.ts';
import { formatDate } from '../../core/format-date.ts';
import type { GlossaryEntry } from '../../core/glossary-types.ts';
import { categoryName, t, type Lang } from '../../i18n/messages.ts';

export type CardSubject =
  { kind: 'entry'; entryId: string; written?: string } | { kind: 'code'; code: CodeMatch };

export interface CardContext {
  lang: Lang;
  byId: ReadonlyMap<string, GlossaryEntry>;
  /** A related term was chosen inside the card. */
  onRelated(entryId: string): void;
  onClose(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Only web links become anchors; anything else in a source's url is shown as plain text. */
function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function sourcesList(doc: Document, entry: GlossaryEntry, lang: Lang): HTMLElement[] {
  const title = el(doc, 'p', 'section-title', t(lang, 'cardSources'));
  const list = el(doc, 'ul', 'sources');
  for (const source of entry.sources) {
    const item = el(doc, 'li');
    const href = safeUrl(source.url);
    if (href) {
      const link = el(doc, 'a', undefined, source.name);
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      item.append(link);
    } else {
      item.append(source.name);
    }
    item.append(` (${t(lang, 'cardSourceSeen', formatDate(source.seen, lang))})`);
    list.append(item);
  }
  return [title, list];
}

function relatedButtons(doc: Document, entry: GlossaryEntry, context: CardContext): HTMLElement[] {
  const related = (entry.related ?? [])
    .map((id) => context.byId.get(id))
    .filter((e): e is GlossaryEntry => !!e);
  if (related.length === 0) return [];
  const row = el(doc, 'div', 'related');
  for (const other of related) {
    const button = el(doc, 'button', 'related-term', other.terms[0] ?? other.id);
    button.type = 'button';
    button.addEventListener('click', () => context.onRelated(other.id));
    row.append(button);
  }
  return [el(doc, 'p', 'section-title', t(context.lang, 'cardRelated')), row];
}

function entryBody(
  doc: Document,
  entry: GlossaryEntry,
  written: string | undefined,
  context: CardContext,
): HTMLElement[] {
  const { lang } = context;
  const text = entry[lang];
  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', 'term', written ?? entry.terms[0] ?? entry.id));
  head.append(el(doc, 'span', 'category', categoryName(lang, entry.category)));
  const parts: HTMLElement[] = [head];
  if (entry.expansion) parts.push(el(doc, 'p', 'expansion', entry.expansion[lang]));
  if (entry.document) {
    parts.push(
      el(
        doc,
        'p',
        'expansion',
        [entry.document.title, entry.document.date && formatDate(entry.document.date, lang)]
          .filter(Boolean)
          .join(', '),
      ),
    );
  }
  parts.push(el(doc, 'p', 'short', text.short));
  if (entry.note) {
    const note = el(doc, 'p', 'note');
    note.append(
      el(doc, 'span', 'note-date', t(lang, 'cardNoteSince', formatDate(entry.note.date, lang))),
      entry.note[lang],
    );
    parts.push(note);
  }
  if (!entry.verified) parts.push(el(doc, 'p', 'unverified', t(lang, 'cardUnverified')));

  const long = el(doc, 'div', 'long');
  long.hidden = true;
  long.id = 'card-long';
  long.append(
    el(doc, 'p', undefined, text.long),
    ...sourcesList(doc, entry, lang),
    ...relatedButtons(doc, entry, context),
  );
  const more = el(doc, 'button', 'more', t(lang, 'cardMore'));
  more.type = 'button';
  more.setAttribute('aria-expanded', 'false');
  more.setAttribute('aria-controls', 'card-long');
  more.addEventListener('click', () => {
    long.hidden = !long.hidden;
    more.setAttribute('aria-expanded', String(!long.hidden));
    more.textContent = t(lang, long.hidden ? 'cardMore' : 'cardLess');
  });
  parts.push(long, actions(doc, context, more));
  return parts;
}

function actions(doc: Document, context: CardContext, ...extra: HTMLElement[]): HTMLElement {
  const row = el(doc, 'div', 'actions');
  const close = el(doc, 'button', 'close', t(context.lang, 'cardClose'));
  close.type = 'button';
  close.addEventListener('click', () => context.onClose());
  row.append(...extra, close);
  return row;
}

function codeRows(doc: Document, code: CodeMatch, lang: Lang): HTMLElement {
  const { decoded } = code;
  const rows: Array<[string, string]> = [
    [
      t(lang, 'cardCodeSystem'),
      t(lang, decoded.system === 'party' ? 'cardCodeSystemParty' : 'cardCodeSystemState'),
    ],
    [t(lang, 'cardCodeNumber'), decoded.number],
    [t(lang, 'cardCodeType'), decoded.typeName?.[lang] ?? t(lang, 'cardCodeUnknownType', decoded.type)],
    [t(lang, 'cardCodeIssuer'), decoded.issuerName?.[lang] ?? t(lang, 'cardCodeUnknownType', decoded.issuer)],
  ];
  if (decoded.year !== undefined) rows.push([t(lang, 'cardCodeYear'), String(decoded.year)]);
  const list = el(doc, 'dl', 'code');
  for (const [name, value] of rows)
    list.append(el(doc, 'dt', undefined, name), el(doc, 'dd', undefined, value));
  return list;
}

function codeBody(doc: Document, code: CodeMatch, context: CardContext): HTMLElement[] {
  const { lang } = context;
  const entry = code.entryId ? context.byId.get(code.entryId) : undefined;
  if (entry) {
    const parts = entryBody(doc, entry, code.text, context);
    parts.splice(1, 0, codeRows(doc, code, lang));
    return parts;
  }
  const head = el(doc, 'div', 'head');
  head.append(el(doc, 'span', 'term', code.text));
  head.append(
    el(
      doc,
      'span',
      'category',
      categoryName(lang, code.decoded.system === 'party' ? 'party-document' : 'state-document'),
    ),
  );
  return [
    head,
    el(doc, 'p', 'short', explainCode(code.decoded, lang)),
    codeRows(doc, code, lang),
    el(doc, 'p', 'decoded', t(lang, 'cardDecoded')),
    actions(doc, context),
  ];
}

/** Fills `card` with the subject's explanation, replacing what it held. */
export function renderCard(card: HTMLElement, subject: CardSubject, context: CardContext): void {
  const doc = card.ownerDocument;
  const entry = subject.kind === 'entry' ? context.byId.get(subject.entryId) : undefined;
  const parts =
    subject.kind === 'code'
      ? codeBody(doc, subject.code, context)
      : entry
        ? entryBody(doc, entry, subject.written, context)
        : [];
  card.replaceChildren(...parts);
  const title = subject.kind === 'code' ? subject.code.text : (subject.written ?? entry?.terms[0] ?? '');
  card.setAttribute('aria-label', t(context.lang, 'cardLabel', title));
}

/** The sentence a screen reader hears when the keyboard walk opens a card. */
export function announcement(subject: CardSubject, context: CardContext): string {
  if (subject.kind === 'code')
    return t(
      context.lang,
      'cardTermAnnounce',
      subject.code.text,
      explainCode(subject.code.decoded, context.lang),
    );
  const entry = context.byId.get(subject.entryId);
  return entry
    ? t(context.lang, 'cardTermAnnounce', subject.written ?? entry.terms[0] ?? '', entry[context.lang].short)
    : '';
}
