/** The tokens of a text with the look-ups every figure reader makes around a number. */

import type { Token } from './word-tokens.ts';

export class TokenView {
  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {}

  /** The word at `index`, or undefined when that token is no word. */
  word(index: number): Token | undefined {
    const token = this.tokens[index];
    return token !== undefined && token.kind === 'word' ? token : undefined;
  }

  /** Key of the 1 or 2 words right before `index` (space-separated from it), '' when not words. */
  keyBefore(index: number, count: 1 | 2): string {
    const one = this.word(index - 1);
    if (one === undefined || this.tokens[index]?.spaced !== true) return '';
    if (count === 1) return one.key;
    const two = this.word(index - 2);
    return two === undefined ? '' : `${two.key} ${one.key}`;
  }

  /** Key of `count` words from `index`, '' when one of them is no word. */
  keyAt(index: number, count: number): string {
    const parts: string[] = [];
    for (let i = index; i < index + count; i += 1) {
      const token = this.word(i);
      if (token === undefined) return '';
      parts.push(token.key);
    }
    return parts.join(' ');
  }
}
