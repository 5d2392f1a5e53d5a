/**
 * The reader on one page: finds the article, has its text marked (by the background, off the
 * page's main thread), paints the marks and answers for the card, the keyboard walk and the
 * popup. Everything it sets up hangs on one AbortSignal, so turning the reader off removes every
 * mark and listener at once.
 */
import { markAt, stepMark, type Mark } from '../core/marks.ts';
import type { Settings } from '../core/settings.ts';
import { markChoicesOf } from '../messages/mark-messages.ts';
import { buildPageReport } from '../messages/page-report.ts';
import { REPORT_LIMITS, type PageReport } from '../messages/protocol.ts';
import type { ArticleVerdict } from './verdict.ts';
import { articleContentRoots as articleRoots } from './article-roots.ts';
import { notYetLooked } from './not-yet-looked.ts';
import { snapshotting } from './page-snapshot.ts';
import { marksFor } from './background-marks.ts';
import type { ReaderDeps } from './reader-deps.ts';
import { scrollIntoReading } from './scroll-into-reading.ts';
import { stylesSettled } from './styles-settled.ts';
import {
  buildArticleText,
  buildingArticleText,
  rangeFor,
  readFromSameNodes,
  type ArticleText,
} from './article-text.ts';
import { CardController, type ShowOptions } from './card/card-controller.ts';
import { subjectOf } from './card/card-subject.ts';
import { hiddenByPage } from './hidden-by-page.ts';
import { CARD_CSS } from './card/card-styles.ts';
import { watchContent } from './content-watch.ts';
import { watchHover } from './interactions/hover-intent.ts';
import { watchKeyboard } from './interactions/keyboard-walk.ts';
import type { MarkUi } from './interactions/mark-ui.ts';
import { watchTaps } from './interactions/tap.ts';
import { DRAW_ALL_UP_TO, MarksOnPage } from './marks-on-page.ts';
import { viewSpan } from './view-span.ts';
import { createReaderRoot, type ReaderRoot } from './reader-root.ts';
import { stepsAtPagePace, yieldToPage } from './yield-to-page.ts';

interface Analysis {
  verdict: ArticleVerdict;
  articleText: ArticleText | undefined;
}

/** The time the page is kept waiting at most by a look at it, or by drawing its marks. */
const SLICE_BUDGET_MS = 8;

/** The settings that change what is marked (not how it looks). */
const markingKey = (settings: Settings): string => JSON.stringify(markChoicesOf(settings));

export class ReaderSession {
  private readonly controller = new AbortController();
  private readonly painted: MarksOnPage;
  private readonly root: ReaderRoot;
  private readonly card: CardController;
  private analysis: Analysis;
  private openMark: Mark | undefined;
  /** Bumped by every refresh that starts a pass, so a pass over an old text stops when a newer one starts. */
  private generation = 0;
  /** True from the first look until the marks of the current pass are painted (the report says "loading"). */
  private marking = false;
  /** False when the current text's marks could not be had, so that the next look asks again. */
  private markedOk = true;
  /** The reader asked to mark the page's main text although it is not an article. */
  private anyway = false;
  /** A paced look is under way, and another was asked for meanwhile. */
  private looking = false;
  private lookPending = false;
  /** The next look applies its verdict even to an unchanged text (the reader's choices changed). */
  private forceNext = false;
  /** Waiting for the looks asked for so far to be made. */
  private waiting: Array<() => void> = [];
  /** The article the look under way found, while it reads its text out. */
  private lookRoots: Element[] = [];

  constructor(
    private readonly doc: Document,
    private readonly deps: ReaderDeps,
    private settings: Settings,
  ) {
    this.root = createReaderRoot(doc, CARD_CSS);
    this.card = new CardController(doc, this.root, deps.cardTexts);
    this.painted = new MarksOnPage(doc);
    this.analysis = { verdict: notYetLooked(), articleText: undefined };
    this.painted.setStyle(settings.underline);
  }

  start(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const signal = this.controller.signal;
    // Meanwhile the report says "loading".
    this.marking = true;
    void this.look();
    const ui = this.markUi();
    watchHover(view, ui, { openDelay: () => this.settings.hoverDelay }, signal);
    watchTaps(view, ui, signal);
    watchKeyboard(
      view,
      ui,
      {
        step: (current, direction) => stepMark(this.painted.marks, current, direction),
        scrollTo: (mark) => this.scrollTo(mark),
      },
      signal,
    );
    watchContent(
      this.doc,
      { ignore: (node) => this.irrelevant(node), refresh: () => void this.look() },
      signal,
    );
  }

  /**
   * A look at the page: a snapshot of it, a walk at a time (the main thread goes back to the
   * page whenever a run of walks has lasted its budget), detection on it in the background, and
   * the article's text read out. The first look, and those the page's own changes ask for. A
   * look asked for while one is under way is made once, after it; `force` (new settings,
   * "annotate anyway") makes the look under way drop its result and the next apply its verdict
   * even to an unchanged text. Resolves once the looks asked for so far are made.
   */
  look(force = false): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (force) {
      // A look under way drops its result: it would be applied without the force.
      this.forceNext = true;
      this.generation++;
    }
    const done = new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.looking) this.lookPending = true;
    else void this.pacedLook();
    return done;
  }

  private async pacedLook(): Promise<void> {
    this.looking = true;
    // The looks asked for before this one starts are made by it.
    const waiting = this.waiting.splice(0);
    const at = this.generation;
    const force = this.forceNext;
    this.forceNext = false;
    let applied = false;
    const unchanged = (): boolean => this.generation === at && !this.stopped;
    try {
      // A task of its own: the first look would otherwise share one with starting the reader.
      // Styles still on their way decide what the page hides.
      await yieldToPage();
      await stylesSettled(this.doc);
      if (!unchanged()) return;
      const snapshot = await stepsAtPagePace(snapshotting(this.doc), SLICE_BUDGET_MS, unchanged);
      if (!snapshot) return;
      const ask = { anyway: this.anyway, marking: markChoicesOf(this.settings) };
      const detected = await this.deps.detect(snapshot, ask, unchanged);
      const verdict = detected?.verdict;
      if (verdict && unchanged()) {
        // Reading out the article's text is a walk of its own, at the same pace.
        this.lookRoots = verdict.parts ? articleRoots(verdict.parts) : [];
        if (verdict.parts) await yieldToPage();
        const read =
          verdict.parts && unchanged()
            ? await stepsAtPagePace(
                buildingArticleText(verdict.parts, { skip: hiddenByPage }),
                SLICE_BUDGET_MS,
                unchanged,
              )
            : undefined;
        if (unchanged()) {
          applied = true;
          this.refresh(verdict, force, read, read && marksFor(read, snapshot, detected.marked));
        }
      } else if (!verdict && unchanged()) {
        // No verdict could be had (the extension is going away): the report stops saying
        // "loading", unless a pass of an earlier look is still painting.
        this.lookFailed(force);
      }
    } catch (error) {
      // A page detection cannot read is left as it is, and the report says so, not "loading".
      console.warn('[Lai Châu Reader] could not read this page:', error);
      this.lookFailed(force);
    } finally {
      if (force && !applied) this.forceNext = true;
      this.looking = false;
      this.lookRoots = [];
      for (const resolve of waiting) resolve();
      if (this.lookPending && !this.stopped) {
        this.lookPending = false;
        void this.pacedLook();
      } else {
        this.lookPending = false;
        for (const resolve of this.waiting.splice(0)) resolve();
      }
    }
  }

  /** The first look, or a forced one (whose generation stopped any pass under way), found nothing. */
  private lookFailed(force: boolean): void {
    if (force || this.generation === 0) this.marking = false;
  }

  stop(): void {
    this.generation++;
    this.controller.abort();
    this.card.close();
    this.painted.clear();
    this.root.remove();
  }

  get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  /**
   * "Annotate this page anyway" (on) and its undo (off). True when the page now shows what was
   * asked: its main text marked, or detection's verdict back.
   */
  async annotateAnyway(on: boolean): Promise<boolean> {
    this.anyway = on;
    await this.look(true);
    return !this.stopped && (this.analysis.verdict.reason.code === 'article:reader-chosen') === on;
  }

  /**
   * Applies the verdict of a look, with the text it read; cheap when nothing in the article
   * changed.
   */
  private refresh(verdict: ArticleVerdict, force: boolean, read?: ArticleText, marked?: Mark[]): void {
    if (this.stopped) return;
    if (!verdict.isArticle || !verdict.parts) {
      this.generation++;
      this.reset({ verdict, articleText: undefined });
      this.marking = false;
      this.deps.onUpdate?.({ isArticle: false, marked: 0 });
      return;
    }
    const articleText = read ?? buildArticleText(verdict.parts, { skip: hiddenByPage });
    const previous = this.analysis.articleText;
    if (!force && this.markedOk && previous && articleText.text === previous.text) {
      // Same words over the same nodes: nothing to do (a ticking clock elsewhere lands here),
      // and a pass still waiting for its marks goes on.
      if (readFromSameNodes(previous, articleText)) return;
      // Same words, new nodes (the page re-rendered them): keep the marks, re-map the ranges;
      // while the marks are still on their way, a new pass asks for them over the new nodes.
      if (!this.marking) {
        const marks = this.painted.marks;
        this.reset({ verdict, articleText });
        this.painted.drawMarks(articleText, marks);
        this.deps.onUpdate?.({ isArticle: true, marked: marks.length });
        return;
      }
    }
    const generation = ++this.generation;
    this.reset({ verdict, articleText });
    void this.markAndPaint(generation, articleText, marked);
  }

  private reset(next: Analysis): void {
    this.closeCard();
    this.painted.forget();
    this.analysis = next;
  }

  /**
   * Has the article marked (off the page's thread, by the background), unless the look brought
   * its marks already, then shows its marks.
   */
  private async markAndPaint(generation: number, articleText: ArticleText, marked?: Mark[]): Promise<void> {
    const current = (): boolean => generation === this.generation;
    this.marking = true;
    let marks: readonly Mark[] | undefined = marked;
    if (!marks) {
      // Sending a long text costs a task of its own; the page has its thread back meanwhile,
      // and while the background marks the text.
      await yieldToPage();
      if (!current()) return;
      marks = await this.deps.markText(articleText.text, this.settings, current);
      if (!current()) return;
    }
    this.markedOk = marks !== undefined;
    // Showing a long article's marks starts in a task of its own, after reading them back, and
    // goes at the page's pace.
    if (marks && marks.length > DRAW_ALL_UP_TO) await yieldToPage();
    if (!current()) return;
    await stepsAtPagePace(this.painted.drawingMarks(articleText, marks ?? []), SLICE_BUDGET_MS, current);
    if (!current()) return;
    this.marking = false;
    this.deps.onUpdate?.({ isArticle: true, marked: this.painted.size });
  }

  applySettings(settings: Settings): void {
    const remark = markingKey(settings) !== markingKey(this.settings);
    this.settings = settings;
    this.painted.setStyle(settings.underline);
    this.card.refresh();
    if (remark) void this.look(true);
  }

  /** What the popup and the panel show; figures are read by them from the text. */
  report(): PageReport {
    const { verdict, articleText } = this.analysis;
    const loading =
      this.marking || (!verdict.isArticle && verdict.mayChange && this.doc.readyState !== 'complete');
    return {
      ...buildPageReport({
        url: this.doc.location?.href ?? '',
        loading,
        article: { isArticle: verdict.isArticle, reason: verdict.reason.code, title: verdict.title ?? null },
        marks: this.painted.marks,
        figures: [],
      }),
      text: (articleText?.text ?? '').slice(0, REPORT_LIMITS.text),
    };
  }

  /** Takes the reader to [start, end) of the article text, flashes it, and maybe opens its card. */
  reveal(start: number, end: number, openCard: boolean): boolean {
    const { articleText } = this.analysis;
    if (!articleText || end > articleText.text.length) return false;
    const range = rangeFor(articleText, start, end, this.doc);
    if (range.collapsed) return false;
    const mark = markAt(this.painted.marks, start);
    const withCard = openCard && mark !== undefined && mark.start === start;
    scrollIntoReading(this.doc, range, withCard);
    this.painted.flash(range);
    if (withCard) this.openCard(mark, { focus: true, announce: true });
    return true;
  }

  private scrollTo(mark: Mark): void {
    const range = this.painted.rangeOf(mark);
    if (range) scrollIntoReading(this.doc, range, true);
  }

  private openCard(mark: Mark, how: Omit<ShowOptions, 'onShown'>): void {
    const range = this.painted.rangeOf(mark);
    if (!range) return;
    this.openMark = mark;
    this.card.show(subjectOf(mark), range, { ...how, onShown: () => this.painted.setActive(range) });
  }

  private closeCard(): void {
    this.openMark = undefined;
    this.painted.setActive(undefined);
    this.card.close();
  }

  /**
   * Mutations that cannot change what is marked: inside the reader's own host, or, once an
   * article is found and all of it is still in the page, anywhere outside it.
   */
  private irrelevant(node: Node): boolean {
    if (this.root.holds(node)) return true;
    const roots = this.analysis.verdict.parts ? articleRoots(this.analysis.verdict.parts) : [];
    if (roots.length === 0 || !roots.every((root) => root.isConnected)) return false;
    // While a look reads out an article it found elsewhere, changes there count too.
    roots.push(...this.lookRoots);
    return !roots.some((root) => root.contains(node));
  }

  private markUi(): MarkUi<Mark> {
    return {
      markAtPoint: (x, y) => {
        const { articleText } = this.analysis;
        return articleText && this.painted.markAtPoint(articleText, x, y);
      },
      open: (mark, how) => this.openCard(mark, how),
      prefetch: (mark) => this.card.prefetch(subjectOf(mark)),
      prepare: (mark) => this.card.prepare(subjectOf(mark)),
      close: () => this.closeCard(),
      openMark: () => (this.card.open ? this.openMark : undefined),
      inCard: (target) => this.card.contains(target),
    };
  }

  /** The article text offsets in the viewport, for the panel. */
  viewSpan(): { start: number; end: number } | undefined {
    const { articleText } = this.analysis;
    const view = this.doc.defaultView;
    return articleText && view ? viewSpan(articleText, view.innerHeight) : undefined;
  }

  get marks(): readonly Mark[] {
    return this.painted.marks;
  }
}
