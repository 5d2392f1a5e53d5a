/**
 * Which input the reader answers to. Events a page's script makes up (dispatchEvent) carry
 * isTrusted false; the person's own pointer, touches and keys carry true. Answering only those
 * keeps a page from driving the reader: from opening its cards, or sending the background one
 * question a frame by moving a made-up pointer. Tests on a simulated page, where every event is
 * made up, pass their own filter.
 */
export type InputFilter = (event: Event) => boolean;

export const fromPerson: InputFilter = (event) => event.isTrusted;
