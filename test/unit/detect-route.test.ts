/**
 * The background's side of detection: a page sent in chunks is read whole, a request whose
 * chunks went missing (the worker stopped between them) says so, and junk gets no verdict.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { answerDetection } from '../../src/background/detect-route.ts';
import { parseVerdictAnswer, type SnapshotChunk } from '../../src/messages/detect-messages.ts';
import { allSteps } from '../../src/page/detect/steps.ts';
import { snapshotting } from '../../src/page/page-snapshot.ts';
import { loadFixture, loadHtml, type LoadedPage } from '../fixtures/site/load-fixture.ts';

const open: LoadedPage[] = [];
afterEach(async () => {
  for (const p of open.splice(0)) await p.window.happyDOM.close();
});

function chunksOf(page: LoadedPage): SnapshotChunk[] {
  open.push(page);
  return allSteps(snapshotting(page.document)).chunks;
}

/** A page long enough to come in several chunks. */
function longPage(): LoadedPage {
  const paragraph = `<p>${'Huyện đã cứng hóa 35 km đường trục xã, vượt kế hoạch năm. '.repeat(30)}</p>`;
  return loadHtml(
    `<html><head><meta property="og:type" content="article"></head><body><h1>Cứng hóa đường trục xã</h1><article>${paragraph.repeat(60)}</article></body></html>`,
  );
}

describe('answerDetection', () => {
  it('answers a whole snapshot with the verdict', async () => {
    const [chunk] = chunksOf(loadFixture('article-seed.html'));
    const answer = parseVerdictAnswer(
      await answerDetection({ type: 'detect-page', chunk, anyway: false }, '1:0'),
    );
    expect(answer?.isArticle).toBe(true);
    expect(answer?.parts?.body).toBeGreaterThan(0);
  });

  it('reads a long page from its chunks, and says so when they went missing', async () => {
    const chunks = chunksOf(longPage());
    expect(chunks.length).toBeGreaterThan(1);
    const last = chunks.length - 1;
    const ending = {
      type: 'detect-page',
      chunk: chunks[last],
      after: { snapshotId: 's1', pieces: last },
      anyway: false,
    };
    for (let index = 0; index < last; index++) {
      expect(
        await answerDetection(
          { type: 'snapshot-piece', snapshotId: 's1', index, chunk: chunks[index] },
          '1:0',
        ),
      ).toEqual({ type: 'chunk-kept' });
    }
    const answer = parseVerdictAnswer(await answerDetection(ending, '1:0'));
    expect(answer?.isArticle).toBe(true);
    // The chunks are given up with the answer: the same ending again finds them gone.
    expect(await answerDetection(ending, '1:0')).toEqual({ type: 'chunks-missing' });
    // …as does an ending from another frame, or for another snapshot.
    await answerDetection({ type: 'snapshot-piece', snapshotId: 's2', index: 0, chunk: chunks[0] }, '1:0');
    expect(await answerDetection({ ...ending, after: { snapshotId: 's2', pieces: last } }, '2:0')).toEqual({
      type: 'chunks-missing',
    });
  });

  it('gives junk no verdict, and leaves other messages to other routes', async () => {
    const [chunk] = chunksOf(loadFixture('article-seed.html'));
    const broken = { ...chunk!, parents: chunk!.parents.map((p, i) => (i === 5 ? 400 : p)) };
    expect(await answerDetection({ type: 'detect-page', chunk: broken, anyway: false }, '1:0')).toBeNull();
    expect(
      answerDetection({ type: 'detect-page', chunk: { ...chunk, tags: 'div' }, anyway: false }, '1:0'),
    ).toBeUndefined();
    expect(answerDetection({ type: 'mark-article', text: 'x' }, '1:0')).toBeUndefined();
  });
});

describe('answerDetection with a chunk that never came', () => {
  it('says chunks are missing, so that the page sends its snapshot again', async () => {
    const chunks = chunksOf(longPage());
    expect(chunks.length).toBeGreaterThan(2);
    const last = chunks.length - 1;
    // The worker stopped after the first chunks: only the later ones reached the new one.
    for (let index = 1; index < last; index++)
      await answerDetection(
        { type: 'snapshot-piece', snapshotId: 'gap', index, chunk: chunks[index] },
        '3:0',
      );
    const ending = {
      type: 'detect-page',
      chunk: chunks[last],
      after: { snapshotId: 'gap', pieces: last },
      anyway: false,
    };
    expect(await answerDetection(ending, '3:0')).toEqual({ type: 'chunks-missing' });
  });
});
