// @vitest-environment happy-dom
/** The card prints glossary dates as a reader writes them, not as ISO. */
import { describe, expect, it } from 'vitest';
import { buildCardModel } from '../../src/cards/build-card-model.ts';
import { GLOSSARY } from '../../src/glossary/index.ts';
import { renderCard } from '../../src/page/card/card-view.ts';
import { GLOSSARY_CARD_SOURCES } from './glossary-card-sources.ts';

const withNote = GLOSSARY.find((entry) => entry.note?.date === '2025-07-01');
const withDocumentDate = GLOSSARY.find((entry) => entry.document?.date !== undefined);

function card(entryId: string, lang: 'vi' | 'en'): HTMLElement {
  const element = document.createElement('div');
  const model = buildCardModel({ kind: 'entry', entryId }, lang, GLOSSARY_CARD_SOURCES);
  if (!model) throw new Error(`no card for ${entryId}`);
  renderCard(element, model, { onRelated: () => undefined, onClose: () => undefined, accepts: () => true });
  return element;
}

describe('dates in the card', () => {
  it('prints the date of a dated note in each language', () => {
    expect(withNote).toBeDefined();
    const id = withNote?.id ?? '';
    expect(card(id, 'vi').querySelector('.note-date')?.textContent).toContain('1/7/2025');
    expect(card(id, 'en').querySelector('.note-date')?.textContent).toContain('1 Jul 2025');
    expect(card(id, 'en').textContent).not.toContain('2025-07-01');
  });

  it('prints the date of a known document and of its sources without ISO', () => {
    expect(withDocumentDate).toBeDefined();
    const text = card(withDocumentDate?.id ?? '', 'en').textContent ?? '';
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
