/**
 * What the popup adds under a figure's Vietnamese label for a reader in English: the kind
 * and the unit in English ("count", "money · billion đồng", "date · 25 Oct 2017") and the
 * short English names of the glossary terms the label holds ("xã biên giới — border commune").
 */

import type { Figure } from '../core/analysis-types.ts';
import { englishUnit } from '../core/figures/figure-units.ts';
import { glossesInLabel, type TermName } from '../core/figures/label-glossary.ts';
import { formatDate } from '../core/format-date.ts';
import { t, type MessageKey } from '../i18n/messages.ts';

export function englishKindLine(figure: Figure): string {
  const parts = [t('en', `figureKind_${figure.kind}` as MessageKey)];
  const unit = figure.unit === undefined ? undefined : englishUnit(figure.unit);
  if (unit !== undefined && unit !== parts[0]) parts.push(unit);
  if (figure.kind === 'date') parts.push(formatDate(figure.values, 'en'));
  return parts.join(' · ');
}

export function englishGlossLine(figure: Figure, names: readonly TermName[]): string {
  return glossesInLabel(figure.label, names)
    .map((gloss) => `${gloss.written} — ${gloss.en}`)
    .join('; ');
}
