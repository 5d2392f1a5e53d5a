/**
 * Reads the analyzer's input file and refuses, with a one-line reason, anything that is not
 * readable UTF-8 text: a missing file, a directory, an empty file, a binary file (NUL bytes)
 * or bytes that are not valid UTF-8.
 */

import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

/** A problem the user can fix; printed as one line, never as a stack trace. */
export class InputError extends Error {}

export interface InputText {
  /** The file's text as read: HTML source or plain text. */
  text: string;
  kind: 'html' | 'text';
}

function looksLikeHtml(path: string, text: string): boolean {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return true;
  if (ext === '.txt') return false;
  return /^\s*<(?:!doctype\s+html|html|head|body)\b/i.test(text);
}

export function readInputText(path: string): InputText {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path} is a directory, not a file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${path}`);
    if (code === 'EACCES') throw new InputError(`permission denied: ${path}`);
    throw new InputError(`cannot read ${path}${code !== undefined ? ` (${code})` : ''}`);
  }
  if (bytes.length === 0) throw new InputError(`${path} is empty`);
  if (bytes.includes(0)) throw new InputError(`${path} looks like a binary file (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path} is not valid UTF-8 text`);
  }
  if (text.trim().length === 0) throw new InputError(`${path} holds only whitespace`);
  return { text, kind: looksLikeHtml(path, text) ? 'html' : 'text' };
}
