/** Reader-facing words for a decoded document code, in the reader's language. */
import type { DecodedCode } from '../core/analysis-types.ts';
import { t, type Lang } from './messages.ts';

/** The issuer's name: one body, the bodies of a joint issue, or a body and its drafting office. */
export function issuerText(decoded: DecodedCode, lang: Lang): string | undefined {
  if (decoded.issuerParts) {
    return decoded.issuerParts
      .map((n) => n[lang])
      .reduce((all, name) => t(lang, 'codeJointIssuers', all, name));
  }
  if (!decoded.issuerName) return undefined;
  if (decoded.draftingOffice)
    return t(lang, 'codeDraftingUnit', decoded.issuerName[lang], decoded.draftingOffice);
  return decoded.issuerName[lang];
}

/** One sentence saying what a code means, plainly naming any part that is unknown. */
export function explainCode(decoded: DecodedCode, lang: Lang): string {
  const { number, year, type, issuer, typeName } = decoded;
  const what =
    typeName !== undefined
      ? typeName[lang]
      : type === ''
        ? t(lang, 'codeDocument')
        : t(lang, 'codeUnknownType', type);
  const issuerName = issuerText(decoded, lang);
  const who =
    issuerName !== undefined ? t(lang, 'codeIssuerKnown', issuerName) : t(lang, 'codeUnknownIssuer', issuer);
  return year !== undefined
    ? t(lang, 'codeExplainWithYear', what, number, String(year), who)
    : t(lang, 'codeExplain', what, number, who);
}
