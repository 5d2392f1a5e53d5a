/**
 * Cuts a long text into slices that end at paragraph breaks, so it can be analysed a slice at a
 * time without changing what is found: terms and codes never cross a blank line.
 */
export function paragraphSlices(text: string, size: number): Array<[number, number]> {
  const slices: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    if (text.length - start <= size) {
      slices.push([start, text.length]);
      break;
    }
    // The last paragraph break before the limit, or, in a single huge paragraph, the first after it.
    let cut = text.lastIndexOf('\n\n', start + size);
    if (cut <= start) cut = text.indexOf('\n\n', start + size);
    if (cut === -1) cut = text.length;
    slices.push([start, cut]);
    start = cut;
  }
  return slices;
}
