/**
 * The reader on one page: finds the article, analyses its text, paints the marks and answers for
 * the card, the keyboard walk and the popup. Everything it sets up hangs on one AbortSignal, so
 * turning the reader off removes every mark and listener at once.
 */
import type { Figure } from '../core/analysis-types.ts';
import { analyzeText } from '../core/analyze-text.ts';
import { extractFigures } from '../core/figures/extract-figures.ts';
import type { GlossaryEntry } from '../core/glossary-types.ts';
import { buildMarks, countMarks, markAt, stepMark, type Mark } from '../core/marks.ts';
import type { Settings } from '../core/settings.ts';
import type { TermMatcher } from '../core/term-matcher.ts';
import type { Lang } from '../i18n/messages.ts';
import type { PageReport } from '../messages/protocol.ts';
import { articleContentRoots as articleRoots, detectArticle, type ArticleVerdict } from './article-detect.ts';
import { buildArticleText, offsetOfDomPosition, rangeFor, type ArticleText } from './article-text.ts';
import { CardController } from './card/card-controller.ts';
import { CARD_CSS } from './card/card-styles.ts';
import type { CardSubject } from './card/card-view.ts';
import { watchContent } from './content-watch.ts';
import { HighlightPainter } from './highlight-painter.ts';
import { markAtPoint } from './hit-test.ts';
import { watchHover } from './interactions/hover-intent.ts';
import { watchKeyboard } from './interactions/keyboard-walk.ts';
import type { MarkUi } from './interactions/mark-ui.ts';
import { watchTaps } from './interactions/tap.ts';
import { createReaderRoot, type ReaderRoot } from './reader-root.ts';

export interface ReaderDeps {
  glossary: readonly GlossaryEntry[];
  byId: ReadonlyMap<string, GlossaryEntry>;
  matcher: TermMatcher;
  /** Called after every pass, e.g. to update the toolbar badge. */
  onUpdate?(status: { isArticle: boolean; marked: number }): void;
}

interface Analysis {
  verdict: ArticleVerdict;
  articleText: ArticleText | undefined;
  marks: Mark[];
  ranges: Range[];
  markOfRange: Map<AbstractRange, Mark>;
  figures: Figure[];
}

const EMPTY_TEXT_ANALYSIS = {
  marks: [],
  ranges: [],
  markOfRange: new Map(),
  figures: [],
  articleText: undefined,
};

function sameNodes(a: ArticleText, b: ArticleText): boolean {
  return (
    a.segments.length === b.segments.length &&
    a.segments.every((segment, i) => segment.node === b.segments[i]?.node)
  );
}

function subjectOf(mark: Mark): CardSubject {
  return mark.kind === 'code'
    ? { kind: 'code', code: mark.code }
    : { kind: 'entry', entryId: mark.entryId, written: mark.text };
}

export class ReaderSession {
  private readonly controller = new AbortController();
  private readonly painter = new HighlightPainter();
  private readonly root: ReaderRoot;
  private readonly card: CardController;
  private analysis: Analysis;
  private openMark: Mark | undefined;
  private lastText = '';

  constructor(
    private readonly doc: Document,
    private readonly deps: ReaderDeps,
    private settings: Settings,
    private lang: Lang,
  ) {
    this.root = createReaderRoot(doc, CARD_CSS);
    this.card = new CardController(this.root, () => ({
      lang: this.lang,
      byId: this.deps.byId,
      onRelated: () => undefined,
      onClose: () => undefined,
    }));
    this.analysis = { verdict: detectArticle(doc, doc.location?.href), ...EMPTY_TEXT_ANALYSIS };
    this.painter.setStyle(settings.underline);
  }

  start(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const signal = this.controller.signal;
    this.refresh();
    const ui = this.markUi();
    watchHover(view, ui, { openDelay: () => this.settings.hoverDelay }, signal);
    watchTaps(view, ui, signal);
    watchKeyboard(
      view,
      ui,
      {
        step: (current, direction) => stepMark(this.analysis.marks, current, direction),
        scrollTo: (mark) => this.scrollTo(mark),
      },
      signal,
    );
    watchContent(
      this.doc,
      {
        ignore: (node) => this.irrelevant(node),
        refresh: () => this.refresh(),
      },
      signal,
    );
  }

  stop(): void {
    this.controller.abort();
    this.card.close();
    this.painter.clear();
    this.root.remove();
  }

  /** Looks at the page again; cheap when nothing in the article changed. */
  refresh(): void {
    const verdict = detectArticle(this.doc, this.doc.location?.href);
    if (!verdict.isArticle || !verdict.parts) {
      this.analysis = { verdict, ...EMPTY_TEXT_ANALYSIS };
      this.closeCard();
      this.painter.paint([]);
      this.lastText = '';
      this.deps.onUpdate?.({ isArticle: false, marked: 0 });
      return;
    }
    const articleText = buildArticleText(verdict.parts);
    const previous = this.analysis.articleText;
    if (articleText.text === this.lastText && previous) {
      // Same words over the same nodes: nothing to do (a ticking clock elsewhere lands here).
      if (sameNodes(previous, articleText)) return;
      // Same words, new nodes (the page re-rendered them): keep the analysis, re-map the ranges.
      this.analysis = { ...this.analysis, verdict, articleText };
      this.remap();
      return;
    }
    this.lastText = articleText.text;
    const found = analyzeText(articleText.text, this.deps.matcher, this.deps.glossary);
    const marks = buildMarks(found, this.deps.byId, {
      firstOnly: this.settings.firstOnly,
      categories: new Set(this.settings.categories),
    });
    this.analysis = {
      verdict,
      articleText,
      marks,
      ranges: [],
      markOfRange: new Map(),
      figures: extractFigures(articleText.text),
    };
    this.remap();
  }

  private remap(): void {
    const { articleText, marks } = this.analysis;
    if (!articleText) return;
    const ranges = marks.map((mark) => rangeFor(articleText, mark.start, mark.end, this.doc));
    const markOfRange = new Map<AbstractRange, Mark>();
    ranges.forEach((range, i) => {
      const mark = marks[i];
      if (mark) markOfRange.set(range, mark);
    });
    this.analysis = { ...this.analysis, ranges, markOfRange };
    this.closeCard();
    this.painter.paint(ranges);
    this.deps.onUpdate?.({ isArticle: true, marked: marks.length });
  }

  applySettings(settings: Settings, lang: Lang): void {
    const remark =
      settings.firstOnly !== this.settings.firstOnly ||
      settings.categories.join() !== this.settings.categories.join();
    this.settings = settings;
    this.lang = lang;
    this.painter.setStyle(settings.underline);
    this.card.refresh();
    if (remark) {
      this.lastText = '';
      this.refresh();
    }
  }

  report(): PageReport {
    const { verdict, marks, figures } = this.analysis;
    const counted = countMarks(marks);
    return {
      type: 'report',
      state:
        !verdict.isArticle && verdict.mayChange && this.doc.readyState !== 'complete' ? 'loading' : 'ready',
      url: this.doc.location?.href ?? '',
      article: { isArticle: verdict.isArticle, reason: verdict.reason.code, title: verdict.title ?? null },
      terms: counted.flatMap(({ mark, count }) =>
        mark.kind === 'term' ? [{ id: mark.entryId, count, start: mark.start, end: mark.end }] : [],
      ),
      codes: counted.flatMap(({ mark, count }) =>
        mark.kind === 'code'
          ? [
              {
                text: mark.text,
                canonical: mark.code.decoded.canonical,
                count,
                start: mark.start,
                end: mark.end,
                entryId: mark.code.entryId ?? null,
              },
            ]
          : [],
      ),
      figures,
    };
  }

  /** Takes the reader to [start, end) of the article text, flashes it, and maybe opens its card. */
  reveal(start: number, end: number, openCard: boolean): boolean {
    const { articleText } = this.analysis;
    if (!articleText || end > articleText.text.length) return false;
    const range = rangeFor(articleText, start, end, this.doc);
    if (range.collapsed) return false;
    const mark = markAt(this.analysis.marks, start);
    const withCard = openCard && mark !== undefined && mark.start === start;
    this.scrollToRange(range, withCard);
    this.painter.flash(range);
    if (withCard) this.openCard(mark, { focus: true, announce: true });
    return true;
  }

  private scrollTo(mark: Mark): void {
    const range = this.analysis.ranges[this.analysis.marks.indexOf(mark)];
    if (range) this.scrollToRange(range, true);
  }

  /**
   * Brings a range to the upper third of the viewport. The jump is instant when a card opens
   * there (a card follows its term and would close while the term is still scrolling in), when
   * the page is hidden, or when the reader asks for reduced motion.
   */
  private scrollToRange(range: Range, instant: boolean): void {
    const element = range.startContainer.parentElement;
    const rect = range.getBoundingClientRect();
    const view = this.doc.defaultView;
    if (!element || !view) return;
    if (rect.top < 80 || rect.bottom > view.innerHeight - 80) {
      const still =
        instant || this.doc.hidden || view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: still ? 'instant' : 'smooth' });
    }
  }

  private openCard(
    mark: Mark,
    how: { focus: boolean; announce: boolean; pointer?: { x: number; y: number } },
  ): void {
    const range = this.analysis.ranges[this.analysis.marks.indexOf(mark)];
    if (!range) return;
    this.openMark = mark;
    this.painter.setActive(range);
    this.card.show(subjectOf(mark), range, how);
  }

  private closeCard(): void {
    this.openMark = undefined;
    this.painter.setActive(undefined);
    this.card.close();
  }

  /**
   * Mutations that cannot change what is marked: inside the reader's own host, or, once an
   * article is found and all of it is still in the page, anywhere outside it.
   */
  private irrelevant(node: Node): boolean {
    if (node === this.root.host || this.root.host.contains(node)) return true;
    const roots = this.analysis.verdict.parts ? articleRoots(this.analysis.verdict.parts) : [];
    if (roots.length === 0 || !roots.every((root) => root.isConnected)) return false;
    return !roots.some((root) => root.contains(node));
  }

  private markUi(): MarkUi<Mark> {
    return {
      markAtPoint: (x, y) => {
        const { articleText, marks, ranges, markOfRange } = this.analysis;
        if (!articleText || marks.length === 0) return undefined;
        return markAtPoint(this.doc, x, y, {
          markAtOffset: (offset) => markAt(marks, offset),
          offsetOf: (node, offset) => offsetOfDomPosition(articleText, node, offset),
          rangeOf: (mark) => ranges[marks.indexOf(mark)] ?? this.doc.createRange(),
          markOfRange: (range) => markOfRange.get(range),
        });
      },
      open: (mark, how) => this.openCard(mark, how),
      close: () => this.closeCard(),
      openMark: () => (this.card.open ? this.openMark : undefined),
      inCard: (target) => this.card.contains(target),
      cardElement: () => this.card.element,
    };
  }

  get marks(): readonly Mark[] {
    return this.analysis.marks;
  }
}
