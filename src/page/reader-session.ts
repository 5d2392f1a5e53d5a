/**
 * The reader on one page: finds the article, analyses its text, paints the marks and answers for
 * the card, the keyboard walk and the popup. Everything it sets up hangs on one AbortSignal, so
 * turning the reader off removes every mark and listener at once.
 */
import type { Figure } from '../core/analysis-types.ts';
import { analyzeText } from '../core/analyze-text.ts';
import { extractFigures } from '../core/figures/extract-figures.ts';
import type { GlossaryEntry } from '../core/glossary-types.ts';
import { buildMarks, countMarks, markAt, markKey, stepMark, type Mark } from '../core/marks.ts';
import { paragraphSlices } from '../core/text-slices.ts';
import type { Settings } from '../core/settings.ts';
import type { TermMatcher } from '../core/term-matcher.ts';
import type { Lang } from '../i18n/messages.ts';
import { REPORT_LIMITS, type PageReport } from '../messages/protocol.ts';
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
import { pageVerdict } from './main-region.ts';

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
  /** Read on the first report only: most pages are read without opening the popup. */
  figures: Figure[] | undefined;
}

/** An analysis with nothing found; fresh arrays each time, since marking appends to them. */
function emptyAnalysis(verdict: ArticleVerdict): Analysis {
  return { verdict, articleText: undefined, marks: [], ranges: [], markOfRange: new Map(), figures: [] };
}

/** Characters analysed before the page gets the main thread back, and the time budget per turn. */
const SLICE_CHARS = 40_000;
const SLICE_BUDGET_MS = 30;

/**
 * Text the page's own styles hide (display: none from a stylesheet, content-visibility: hidden)
 * is not marked: a reader cannot hover it, and the walk must not stop on it. Layout-free
 * environments (the command-line analyzer) have no checkVisibility and see everything.
 */
function hiddenByPage(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function' || element.checkVisibility()) return false;
  // display: contents has no box of its own, yet its children show.
  return getComputedStyle(element).display !== 'contents';
}

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
  /** Bumped by every refresh, so a slow pass over an old text stops when a newer one starts. */
  private generation = 0;
  /** True while a long article is still being marked slice by slice. */
  private marking = false;
  /** The reader asked to mark the page's main text although it is not an article. */
  private anyway = false;

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
    this.analysis = emptyAnalysis(detectArticle(doc, doc.location?.href));
    this.painter.setStyle(settings.underline);
  }

  start(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const signal = this.controller.signal;
    // The constructor has just looked at the page: its verdict serves the first pass.
    this.refresh(this.analysis.verdict);
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

  /**
   * "Annotate this page anyway" (on) and its undo (off). True when the page now shows what was
   * asked: its main text marked, or detection's verdict back.
   */
  annotateAnyway(on: boolean): boolean {
    this.anyway = on;
    this.lastText = '';
    this.refresh();
    return !on || this.analysis.verdict.reason.code === 'article:reader-chosen';
  }

  /** Looks at the page again; cheap when nothing in the article changed. */
  refresh(verdict: ArticleVerdict = pageVerdict(this.doc, this.anyway)): void {
    const generation = ++this.generation;
    if (!verdict.isArticle || !verdict.parts) {
      this.analysis = emptyAnalysis(verdict);
      this.marking = false;
      this.closeCard();
      this.painter.paint([]);
      this.lastText = '';
      this.deps.onUpdate?.({ isArticle: false, marked: 0 });
      return;
    }
    const articleText = buildArticleText(verdict.parts, { skip: hiddenByPage });
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
    this.analysis = {
      verdict,
      articleText,
      marks: [],
      ranges: [],
      markOfRange: new Map(),
      figures: undefined,
    };
    this.closeCard();
    this.painter.paint([]);
    void this.markInSlices(generation, articleText);
  }

  /**
   * Analyses and paints the article a slice at a time, handing the main thread back to the page
   * between slices, so that even an enormous article never freezes it. Slices end at paragraph
   * breaks, which no term or code crosses, so they find exactly what one pass would. The first
   * slice runs at once: an ordinary article is marked in one go.
   */
  private async markInSlices(generation: number, articleText: ArticleText): Promise<void> {
    const filter = { firstOnly: false, categories: new Set(this.settings.categories) };
    const seen = new Set<string>();
    this.marking = true;
    let busySince = performance.now();
    for (const [start, end] of paragraphSlices(articleText.text, SLICE_CHARS)) {
      if (generation !== this.generation) return;
      const found = analyzeText(articleText.text.slice(start, end), this.deps.matcher, this.deps.glossary);
      const shifted = {
        terms: found.terms.map((term) => ({ ...term, start: term.start + start, end: term.end + start })),
        codes: found.codes.map((code) => ({ ...code, start: code.start + start, end: code.end + start })),
      };
      const marks = buildMarks(shifted, this.deps.byId, filter).filter((mark) => {
        if (!this.settings.firstOnly) return true;
        const key = markKey(mark);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      this.addMarks(articleText, marks);
      if (performance.now() - busySince > SLICE_BUDGET_MS) {
        await new Promise((done) => setTimeout(done, 0));
        busySince = performance.now();
      }
    }
    if (generation !== this.generation) return;
    this.marking = false;
    this.deps.onUpdate?.({ isArticle: true, marked: this.analysis.marks.length });
  }

  private addMarks(articleText: ArticleText, marks: Mark[]): void {
    const ranges: Range[] = [];
    for (const mark of marks) {
      const range = rangeFor(articleText, mark.start, mark.end, this.doc);
      ranges.push(range);
      this.analysis.marks.push(mark);
      this.analysis.ranges.push(range);
      this.analysis.markOfRange.set(range, mark);
    }
    this.painter.add(ranges);
  }

  /** New ranges for the same marks, after the page replaced the article's nodes. */
  private remap(): void {
    const { articleText, marks } = this.analysis;
    if (!articleText) return;
    this.analysis = { ...this.analysis, marks: [], ranges: [], markOfRange: new Map() };
    this.closeCard();
    this.painter.paint([]);
    this.addMarks(articleText, marks);
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
    if (this.analysis.figures === undefined) {
      this.analysis.figures = this.analysis.articleText ? extractFigures(this.analysis.articleText.text) : [];
    }
    const { verdict, marks, figures } = this.analysis;
    const counted = countMarks(marks);
    return {
      type: 'report',
      state:
        this.marking || (!verdict.isArticle && verdict.mayChange && this.doc.readyState !== 'complete')
          ? 'loading'
          : 'ready',
      url: this.doc.location?.href ?? '',
      article: { isArticle: verdict.isArticle, reason: verdict.reason.code, title: verdict.title ?? null },
      terms: counted
        .flatMap(({ mark, count }) =>
          mark.kind === 'term' ? [{ id: mark.entryId, count, start: mark.start, end: mark.end }] : [],
        )
        .slice(0, REPORT_LIMITS.terms),
      codes: counted
        .flatMap(({ mark, count }) =>
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
        )
        .slice(0, REPORT_LIMITS.codes),
      figures: figures.slice(0, REPORT_LIMITS.figures),
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
