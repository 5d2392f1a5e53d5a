/** The popup's view of one article: key figures, dates, documents cited and terms. */
import type { Figure } from '../core/analysis-types.ts';
import { decodeDocumentCode } from '../core/doc-codes.ts';
import { explainCode } from '../i18n/explain-code.ts';
import { groupFigures } from '../core/figures/figure-groups.ts';
import { rankFigures } from '../core/figures/figure-rank.ts';
import { termNamesFor, type TermName } from '../core/figures/label-glossary.ts';
import type { EntrySummary } from '../messages/entry-messages.ts';
import { categoryName, t, type Lang, type MessageKey } from '../i18n/messages.ts';
import type { PageReport } from '../messages/protocol.ts';
import { h } from '../ui/dom.ts';
import { englishGlossLine, englishKindLine } from './figure-english.ts';
import { contextOf, figuresAsCsv, figuresAsText, proportionOf, type ExportGroup } from './figure-export.ts';

export interface ReportActions {
  lang: Lang;
  byId: ReadonlyMap<string, EntrySummary>;
  /**
   * English names of the article's terms, for the figure labels in English. When absent they
   * are made from `byId` for the report's terms only.
   */
  termNames?: readonly TermName[];
  reveal(start: number, end: number, openCard: boolean): void;
  copy(text: string): Promise<boolean>;
}

function section(title: string, id: string, ...content: Node[]): HTMLElement {
  return h(
    'section',
    { attrs: { 'aria-labelledby': id } },
    h('h2', { text: title, attrs: { id } }),
    ...content,
  );
}

function proportionBar(figure: Figure, lang: Lang): HTMLElement | undefined {
  const share = proportionOf(figure);
  if (share === undefined) return undefined;
  const [part, whole] = figure.values;
  const label =
    figure.kind === 'ratio' && part !== undefined && whole !== undefined
      ? t(lang, 'popupRatioOf', String(part), String(whole))
      : figure.text;
  const fill = h('span', { className: 'fill' });
  fill.style.width = `${(share * 100).toFixed(1)}%`;
  return h('span', { className: 'bar', attrs: { role: 'img', 'aria-label': label } }, fill);
}

function figureItem(figure: Figure, actions: ReportActions, names: readonly TermName[]): HTMLElement {
  const { lang } = actions;
  const what = h('span', { className: 'what' }, h('span', { className: 'label', text: figure.label }));
  if (lang === 'en') {
    what.append(h('span', { className: 'english', text: englishKindLine(figure) }));
    const glosses = englishGlossLine(figure, names);
    if (glosses.length > 0) what.append(h('span', { className: 'english glosses', text: glosses }));
  }
  what.append(h('span', { className: 'context', text: contextOf(figure) }));
  const button = h(
    'button',
    {
      className: 'figure',
      attrs: { type: 'button', 'data-start': String(figure.start), 'data-kind': figure.kind },
    },
    h('span', { className: 'num', text: figure.text }),
    what,
  );
  const mentions = figure.at.length > 0 ? figure.at : [{ start: figure.start, end: figure.end }];
  if (mentions.length > 1) {
    button.append(
      h('span', {
        className: 'mentions',
        text: t(lang, 'popupMentions', String(mentions.length)),
        attrs: { title: t(lang, 'popupMentionsTitle', String(mentions.length)) },
      }),
    );
  }
  const bar = proportionBar(figure, lang);
  if (bar) button.append(bar);
  button.title = t(lang, 'popupGoTo', figure.text);
  // The first choice goes to the first mention; choosing again walks through the others.
  let next = 0;
  button.addEventListener('click', () => {
    const span = mentions[next] ?? mentions[0] ?? figure;
    button.dataset.mention = String(next + 1);
    if (mentions.length > 1)
      button.setAttribute(
        'aria-description',
        t(lang, 'popupMentionOf', String(next + 1), String(mentions.length)),
      );
    next = (next + 1) % mentions.length;
    actions.reveal(span.start, span.end, false);
  });
  return h('li', {}, button);
}

function documentItem(code: PageReport['codes'][number], actions: ReportActions): HTMLElement {
  const { lang } = actions;
  const decoded = decodeDocumentCode(code.canonical);
  const entry = code.entryId ? actions.byId.get(code.entryId) : undefined;
  const line = entry ? entry[lang].short : decoded ? explainCode(decoded, lang) : '';
  const button = h(
    'button',
    { className: 'document', attrs: { type: 'button', 'data-start': String(code.start) } },
    h('span', { className: 'num', text: code.text }),
    h(
      'span',
      { className: 'what' },
      h('span', { className: 'label', text: line }),
      h('span', {
        className: 'context',
        text: `${t(lang, entry ? 'popupKnown' : 'popupDecoded')} · ${t(lang, 'popupTimes', String(code.count))}`,
      }),
    ),
  );
  button.addEventListener('click', () => actions.reveal(code.start, code.end, true));
  return h('li', {}, button);
}

function termItem(term: PageReport['terms'][number], actions: ReportActions): HTMLElement | undefined {
  const entry = actions.byId.get(term.id);
  if (!entry) return undefined;
  const button = h(
    'button',
    { className: 'term', attrs: { type: 'button', 'data-id': term.id, 'data-start': String(term.start) } },
    h('span', { className: 'term-name', text: entry.terms[0] ?? term.id }),
    h('span', { className: 'count', text: t(actions.lang, 'popupTimes', String(term.count)) }),
    h('span', {
      className: 'context',
      text: `${categoryName(actions.lang, entry.category)} · ${entry[actions.lang].short}`,
    }),
  );
  button.addEventListener('click', () => actions.reveal(term.start, term.end, true));
  return h('li', {}, button);
}

function copyButtons(groups: ExportGroup[], actions: ReportActions, status: HTMLElement): HTMLElement {
  const { lang } = actions;
  const make = (key: MessageKey, content: () => string): HTMLButtonElement => {
    const button = h('button', { className: 'copy', text: t(lang, key), attrs: { type: 'button' } });
    button.addEventListener('click', () => {
      void actions
        .copy(content())
        .then((ok) => (status.textContent = t(lang, ok ? 'popupCopied' : 'popupCopyFailed')));
    });
    return button;
  };
  return h(
    'div',
    { className: 'copy-row' },
    make('popupCopyText', () => figuresAsText(groups)),
    make('popupCopyCsv', () => figuresAsCsv(t(lang, 'csvHeader'), groups)),
    status,
  );
}

export function renderReport(report: PageReport, actions: ReportActions): Node[] {
  const { lang } = actions;
  const { figures, timeline } = groupFigures(report.figures);
  const { key, more } = rankFigures(figures);
  const names =
    lang === 'en'
      ? (actions.termNames ??
        termNamesFor(
          report.terms.map((term) => term.id),
          actions.byId,
        ))
      : [];
  const item = (f: Figure): HTMLElement => figureItem(f, actions, names);
  const nodes: Node[] = [];
  if (report.article.title) nodes.push(h('p', { className: 'article-title', text: report.article.title }));
  const marked =
    report.terms.reduce((n, term) => n + term.count, 0) + report.codes.reduce((n, code) => n + code.count, 0);
  nodes.push(
    h('p', {
      className: 'summary',
      text: t(lang, 'popupSummary', String(marked), String(report.figures.length)),
    }),
  );

  if (report.figures.length === 0) {
    nodes.push(
      h('p', { className: 'empty', attrs: { 'data-state': 'no-figures' }, text: t(lang, 'popupNoFigures') }),
    );
  } else {
    const groups: ExportGroup[] = [
      { title: t(lang, 'popupFigures'), figures: [...key, ...more] },
      { title: t(lang, 'popupTimeline'), figures: timeline },
    ];
    if (figures.length > 0) {
      const content: Node[] = [h('ul', { className: 'figures key' }, ...key.map(item))];
      if (more.length > 0) {
        content.push(
          h(
            'details',
            { className: 'more' },
            h('summary', { text: t(lang, 'popupMore', String(more.length)) }),
            h('ul', { className: 'figures' }, ...more.map(item)),
          ),
        );
      }
      nodes.push(section(t(lang, 'popupFigures'), 'figures-title', ...content));
    }
    if (timeline.length > 0) {
      nodes.push(
        section(
          t(lang, 'popupTimeline'),
          'timeline-title',
          h('ul', { className: 'figures timeline' }, ...timeline.map(item)),
        ),
      );
    }
    nodes.push(
      copyButtons(groups, actions, h('span', { className: 'copy-status', attrs: { role: 'status' } })),
    );
  }
  if (report.codes.length > 0) {
    nodes.push(
      section(
        t(lang, 'popupDocuments'),
        'documents-title',
        h('ul', { className: 'documents' }, ...report.codes.map((c) => documentItem(c, actions))),
      ),
    );
  }
  const terms = report.terms.map((term) => termItem(term, actions)).filter((n): n is HTMLElement => !!n);
  if (terms.length > 0)
    nodes.push(section(t(lang, 'popupTerms'), 'terms-title', h('ul', { className: 'terms' }, ...terms)));
  return nodes;
}
