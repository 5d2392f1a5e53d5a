// @vitest-environment happy-dom
/**
 * The card's buttons (a related term, more, close) answer the clicks their filter accepts: in a
 * page, the person's own, so the page's script cannot drive an open card by clicking them.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildCardModel } from '../../src/cards/build-card-model.ts';
import { GLOSSARY } from '../../src/glossary/index.ts';
import { renderCard, type CardActions } from '../../src/page/card/card-view.ts';
import { fromPerson, type InputFilter } from '../../src/page/interactions/person-input.ts';
import { GLOSSARY_CARD_SOURCES } from './glossary-card-sources.ts';

const withRelated = GLOSSARY.find((entry) => (entry.related ?? []).length > 0 && entry.sources.length > 0);

function rendered(accepts: InputFilter) {
  if (!withRelated) throw new Error('no glossary entry with related entries and sources');
  const model = buildCardModel({ kind: 'entry', entryId: withRelated.id }, 'en', GLOSSARY_CARD_SOURCES);
  if (!model) throw new Error(`no card for ${withRelated.id}`);
  const actions: CardActions = { onRelated: vi.fn(), onClose: vi.fn(), accepts };
  const card = document.createElement('div');
  renderCard(card, model, actions);
  const button = (selector: string): HTMLButtonElement => {
    const found = card.querySelector<HTMLButtonElement>(selector);
    if (!found) throw new Error(`no ${selector} in the card`);
    return found;
  };
  const long = card.querySelector<HTMLElement>('.long');
  return { actions, button, long, related: model.related };
}

describe("the card's buttons", () => {
  it('act on the clicks the filter accepts: related term, more and less, close', () => {
    const { actions, button, long, related } = rendered(() => true);
    button('.related-term').click();
    expect(actions.onRelated).toHaveBeenCalledWith(related[0]?.entryId);
    expect(long?.hidden).toBe(true);
    button('.more').click();
    expect(long?.hidden).toBe(false);
    expect(button('.more').getAttribute('aria-expanded')).toBe('true');
    button('.more').click();
    expect(long?.hidden).toBe(true);
    button('.close').click();
    expect(actions.onClose).toHaveBeenCalledOnce();
  });

  it("in a page, ignore clicks the page's script makes up", () => {
    const { actions, button, long } = rendered(fromPerson);
    for (const selector of ['.related-term', '.more', '.close']) {
      button(selector).click();
      button(selector).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    }
    expect(actions.onRelated).not.toHaveBeenCalled();
    expect(actions.onClose).not.toHaveBeenCalled();
    expect(long?.hidden).toBe(true);
    expect(button('.more').getAttribute('aria-expanded')).toBe('false');
  });

  it('ask the filter with the click itself', () => {
    const accepts = vi.fn<InputFilter>(() => false);
    const { button } = rendered(accepts);
    button('.close').click();
    expect(accepts).toHaveBeenCalledOnce();
    expect(accepts.mock.calls[0]?.[0]).toBeInstanceOf(MouseEvent);
  });
});
