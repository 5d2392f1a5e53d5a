/**
 * Walks the tokens of a text once and reads each number it meets as a date, a period, an
 * ordinal, a ratio, a range or a quantity, or refuses it (document codes, telephones,
 * clocks, names, references, spans of time). Each reading gives the figure's exact span;
 * labels come from quantity-labels and timeline-labels.
 */

import type { Figure, FigureKind } from '../analysis-types.ts';
import { readDateAt } from './date-readers.ts';
import { findExcludedSpans, overlapsAny, type ExcludedSpans } from './excluded-spans.ts';
import { isTimeSpanAt, withoutTimeSpans } from './label-cleanup.ts';
import { lexicon } from './lexicon.ts';
import { isGluedToLetters } from './name-rules.ts';
import { readOrdinalHead, readRomanOrdinalAt, type OrdinalFind } from './ordinal-readers.ts';
import type { PhraseContext, PreviousQuantity } from './phrase-reading.ts';
import { quantityLabel } from './quantity-labels.ts';
import { readNumberWordsAt, readQuantityAt, type QuantityFind } from './quantity-reader.ts';
import { sentenceAround, sentenceStarts } from './sentence-bounds.ts';
import { syllableKey } from './syllable-key.ts';
import { dateLabel, ordinalLabel, periodLabel } from './timeline-labels.ts';
import { TokenView } from './token-view.ts';
import { tokenIndexAt, tokenize } from './word-tokens.ts';

const MAX_SENTENCE_CHARS = 600;
const ORDINAL_DIGITS = /(\d+)(?:\/(\d+))?(?!\d|[.,]\d)/y;

interface Reading {
  kind: FigureKind;
  start: number;
  end: number;
  value: number | null;
  values: number[];
  unit?: string;
  /** Decides the label once the span is known; a quantity also says what it measures. */
  label: (context: PhraseContext, first: number, next: number) => { label: string; subject?: string };
}

class FigureScanner {
  private readonly view: TokenView;
  private readonly excluded: ExcludedSpans;
  private readonly starts: number[];
  private previous: (PreviousQuantity & { sentenceFirst: number }) | undefined;
  /** Labels of counts read so far, by their first word: a later "giảm 2 vụ" is about them. */
  private readonly labelsByHead = new Map<string, string>();
  private readonly earlierLabel = (head: string): string | undefined => this.labelsByHead.get(head);
  readonly figures: Figure[] = [];

  constructor(private readonly text: string) {
    this.view = new TokenView(text, tokenize(text));
    this.excluded = findExcludedSpans(text);
    this.starts = sentenceStarts(text);
  }

  run(): Figure[] {
    const { tokens } = this.view;
    let index = 0;
    while (index < tokens.length) {
      const token = tokens[index];
      if (token === undefined) break;
      let reading: Reading | 'skip' | undefined;
      if (token.kind === 'digits' && !overlapsAny(this.excluded.spans, token.start, token.end)) {
        reading = this.readNumberAt(index);
      } else if (token.kind === 'word') {
        const ordinal = readRomanOrdinalAt(this.view, index);
        reading = ordinal !== undefined ? this.timeline(ordinal) : this.readNumberWords(index);
      }
      if (reading !== undefined && reading !== 'skip') {
        const nextIndex = this.emit(reading);
        index = Math.max(index + 1, nextIndex);
      } else {
        index += 1;
      }
    }
    return this.figures;
  }

  private contextAt(offset: number): PhraseContext {
    const { tokens } = this.view;
    const sentence = sentenceAround(this.starts, this.text.length, offset);
    const sentenceFirst = tokenIndexAt(tokens, sentence.start);
    const context: PhraseContext = {
      text: this.text,
      tokens,
      sentenceFirst,
      sentenceEnd: tokenIndexAt(tokens, sentence.end),
      earlierLabel: this.earlierLabel,
    };
    if (this.previous !== undefined && this.previous.sentenceFirst === sentenceFirst)
      context.previous = this.previous;
    return context;
  }

  private emit(reading: Reading): number {
    const { tokens } = this.view;
    const first = tokenIndexAt(tokens, reading.start);
    const next = tokenIndexAt(tokens, reading.end);
    const context = this.contextAt(reading.start);
    const read = reading.label(context, first, next);
    const written = withoutTimeSpans(read.label.replace(/\s+/g, ' ').trim());
    // A label names something: numbers alone ("4.5.6") name nothing.
    const label = /\p{L}/u.test(written) ? written : '';
    const isQuantity = !TIMELINE_KINDS.has(reading.kind);
    if (isQuantity && read.subject !== undefined && read.subject.length > 0)
      this.previous = {
        subject: read.subject,
        next,
        before: first - 1,
        sentenceFirst: context.sentenceFirst,
      };
    if (reading.kind === 'count') {
      // A count with no noun, an age bound ("trẻ em dưới 1 tuổi") or a span of time ("9 tháng
      // đầu năm", "sau 4 năm") is no key figure.
      if (label.length === 0 || lexicon().AGE_BOUNDS.has(syllableKey(label.split(' ')[0] ?? ''))) return next;
      if (isTimeSpanAt(context, next)) return next;
    }
    if (reading.kind === 'count') {
      const head = syllableKey(label.split(' ')[0] ?? '');
      if (label.includes(' ') && !this.labelsByHead.has(head)) this.labelsByHead.set(head, label);
    }
    const figure: Figure = {
      value: reading.value,
      values: reading.values,
      text: this.text.slice(reading.start, reading.end),
      label: label.length > 0 ? label : fallbackLabel(reading.kind),
      kind: reading.kind,
      sentence: this.sentenceText(reading.start, reading.end),
      start: reading.start,
      end: reading.end,
      mentions: 1,
      at: [{ start: reading.start, end: reading.end }],
    };
    if (reading.unit !== undefined) figure.unit = reading.unit;
    this.figures.push(figure);
    return next;
  }

  private lastSentence: { start: number; end: number; text: string } | undefined;

  /** The figure's sentence, trimmed; a run-on "sentence" is cut to a window around the figure. */
  private sentenceText(start: number, end: number): string {
    const sentence = sentenceAround(this.starts, this.text.length, start);
    const sentenceEnd = Math.max(sentence.end, end);
    if (sentenceEnd - sentence.start <= MAX_SENTENCE_CHARS) {
      const cached = this.lastSentence;
      if (cached !== undefined && cached.start === sentence.start && cached.end === sentenceEnd)
        return cached.text;
      const text = this.text.slice(sentence.start, sentenceEnd).trim();
      this.lastSentence = { start: sentence.start, end: sentenceEnd, text };
      return text;
    }
    const from = Math.max(sentence.start, start - MAX_SENTENCE_CHARS / 2);
    const to = Math.min(sentenceEnd, end + MAX_SENTENCE_CHARS / 2);
    const head = from > sentence.start ? '…' : '';
    const tail = to < sentenceEnd ? '…' : '';
    return `${head}${this.text.slice(from, to).trim()}${tail}`;
  }

  private timeline(
    found: OrdinalFind | { kind: 'date' | 'period'; start: number; end: number; values: number[] },
  ): Reading {
    const codes = this.excluded.codes;
    const { kind } = found;
    return {
      kind,
      start: found.start,
      end: found.end,
      // As the analyzer's contract says: null for dates, periods and ordinals; their numbers are in values.
      value: null,
      values: found.values,
      label: (context, first, next) => {
        if (kind === 'date') return { label: dateLabel(context, codes, first, next) };
        if (kind === 'period') return { label: periodLabel(context, codes, first) };
        const head = 'headFirst' in found ? found : { headFirst: -1, headText: '' };
        return { label: ordinalLabel(context, head.headFirst, head.headText) };
      },
    };
  }

  private quantity(found: QuantityFind): Reading {
    const reading: Reading = {
      kind: found.kind,
      start: found.start,
      end: found.end,
      value: found.values[0] ?? null,
      values: found.values,
      label: (context, first, next) =>
        quantityLabel(context, { first, numeral: found.numeral, next }, found.kind),
    };
    if (found.unit !== undefined) reading.unit = found.unit;
    return reading;
  }

  private readNumberWords(index: number): Reading | undefined {
    const token = this.view.tokens[index];
    if (token === undefined) return undefined;
    const found = readNumberWordsAt(this.view, index, this.contextAt(token.start).sentenceFirst);
    return found === undefined ? undefined : this.quantity(found);
  }

  private readNumberAt(index: number): Reading | 'skip' | undefined {
    const { view } = this;
    const token = view.tokens[index];
    if (token === undefined) return undefined;
    const offset = token.start;
    if (isGluedToLetters(view.tokens, index)) return 'skip';
    ORDINAL_DIGITS.lastIndex = offset;
    const ordinal = ORDINAL_DIGITS.exec(this.text);
    if (ordinal !== null) {
      const values = [Number(ordinal[1])];
      if (ordinal[2] !== undefined) values.push(Number(ordinal[2]));
      const found = readOrdinalHead(view, index, offset, offset + ordinal[0].length, values);
      if (found !== undefined) return this.timeline(found);
      if (view.word(index - 1)?.key === syllableKey('thứ')) return 'skip';
    }
    const date = readDateAt(view, index);
    if (date !== undefined) return this.timeline(date);
    const found = readQuantityAt(view, index, this.excluded.spans, this.contextAt(offset).sentenceFirst);
    return found === undefined || found === 'skip' ? found : this.quantity(found);
  }
}

const TIMELINE_KINDS: ReadonlySet<FigureKind> = new Set(['date', 'period', 'ordinal']);

function fallbackLabel(kind: FigureKind): string {
  switch (kind) {
    case 'percent':
      return 'tỷ lệ';
    case 'money':
      return 'số tiền';
    case 'measure':
      return 'số đo';
    case 'date':
      return 'thời điểm';
    case 'period':
      return 'giai đoạn';
    case 'ordinal':
      return 'thứ tự';
    default:
      return 'số lượng';
  }
}

export function scanFigures(text: string): Figure[] {
  return new FigureScanner(text).run();
}
