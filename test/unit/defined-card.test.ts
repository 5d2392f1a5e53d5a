/** The card of an abbreviation the article defines for itself, and the message that asks for it. */
import { describe, expect, it } from 'vitest';
import { buildCardModel, type CardSources } from '../../src/cards/build-card-model.ts';
import { parseCardModel, parseCardRequest } from '../../src/messages/card-messages.ts';

const NO_GLOSSARY: CardSources = {
  byId: new Map(),
  entryForCode: () => undefined,
  formatDate: (iso) => iso,
};

const subject = { kind: 'defined', text: 'BQLDA', expansion: 'Ban Quản lý dự án' } as const;

describe('the defined-in-article card', () => {
  it('says in each language that the article defines the abbreviation, and as what', () => {
    const vi = buildCardModel(subject, 'vi', NO_GLOSSARY)!;
    expect(vi).toMatchObject({ term: 'BQLDA', kind: 'Định nghĩa trong bài', lines: ['Ban Quản lý dự án'] });
    expect(vi.short).toBe('Theo bài báo này, “BQLDA” là viết tắt của “Ban Quản lý dự án”.');
    const en = buildCardModel(subject, 'en', NO_GLOSSARY)!;
    expect(en.short).toBe('“BQLDA” is defined in this article as “Ban Quản lý dự án”.');
    expect(en.kind).toBe('Defined in this article');
    expect(en.caveat).toMatch(/not in the glossary/);
    expect(en.sources).toEqual([]);
    // What the background sends passes the page's own check.
    expect(parseCardModel(en)).toEqual(en);
  });

  it('is asked for with a validated subject', () => {
    expect(parseCardRequest({ type: 'card', subject, lang: 'en' })?.subject).toEqual(subject);
    for (const junk of [
      { kind: 'defined', text: 'BQLDA' },
      { kind: 'defined', text: 'BQLDA', expansion: 'x'.repeat(401) },
      { kind: 'defined', text: 7, expansion: 'Ban' },
      { ...subject, extra: true },
    ]) {
      expect(parseCardRequest({ type: 'card', subject: junk, lang: 'en' })).toBeUndefined();
    }
  });
});
