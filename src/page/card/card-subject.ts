/** What a card explains, from the mark it opens on: an entry, a document code, or an abbreviation the article defines. */
import type { Mark } from '../../core/marks.ts';
import type { CardSubject } from '../../messages/card-messages.ts';

export function subjectOf(mark: Mark): CardSubject {
  if (mark.kind === 'term') return { kind: 'entry', entryId: mark.entryId, written: mark.text };
  return mark.kind === 'code'
    ? { kind: 'code', text: mark.text }
    : { kind: 'defined', text: mark.text, expansion: mark.expansion };
}
