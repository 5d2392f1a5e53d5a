/** The bench's reading of a trace: what the content script cost on the page's own thread. */
import { describe, expect, it } from 'vitest';
import { scriptCost } from '../../test/bench/trace-bench.ts';

const EXT = 'chrome-extension://abc/';
const PAGE = { pid: 1, tid: 10 };
const WORKER = { pid: 2, tid: 20 };

/** A complete event, times in ms (traces count µs). */
function span(name: string, at: number, ms: number, where = PAGE, url?: string) {
  return {
    name,
    ph: 'X',
    ts: at * 1000,
    dur: ms * 1000,
    ...where,
    ...(url ? { args: { data: { url } } } : {}),
  };
}

const EVENTS = [
  // The service worker's work comes first and carries the extension's address too.
  span('RunTask', 0, 40, WORKER),
  span('FunctionCall', 1, 30, WORKER, `${EXT}assets/main.js`),
  span('v8.compile', 2, 9, WORKER, `${EXT}assets/main.js`),
  // A task of the page alone.
  span('RunTask', 50, 20),
  span('FunctionCall', 51, 10, PAGE, 'http://baolaichau.vn/site.js'),
  // The content script's evaluation, its compile inside it, and a compile nested in that one.
  span('RunTask', 100, 30),
  span('EvaluateScript', 101, 25, PAGE, `${EXT}src/content/main.js`),
  span('v8.compile', 101, 6, PAGE, `${EXT}src/content/main.js`),
  span('V8.CompileCode', 102, 3, PAGE, `${EXT}src/content/main.js`),
  // Another extension's script on the same page is not ours.
  span('v8.compile', 140, 5, PAGE, 'chrome-extension://other/content.js'),
  // A function of its own compiled lazily, later.
  span('RunTask', 200, 12),
  span('FunctionCall', 201, 10, PAGE, `${EXT}src/content/main.js`),
  span('V8.CompileLazy', 202, 2, PAGE, `${EXT}src/content/main.js`),
  { name: 'laichau-reader:painted', ph: 'R', ts: 250_000, ...PAGE },
  // After the painted mark: not counted.
  span('RunTask', 300, 50),
  span('V8.CompileLazy', 301, 4, PAGE, `${EXT}src/content/main.js`),
];

describe('scriptCost', () => {
  it("counts the content script's compile and evaluation on the page's thread, up to its painted mark, nested events once", () => {
    const cost = scriptCost(EVENTS, EXT);
    // 6 ms at load (the 3 ms nested in it counted once) and 2 ms later; not the worker's, not the other extension's.
    expect(cost.compileMs).toBeCloseTo(8);
    expect(cost.evaluateMs).toBeCloseTo(25);
  });

  it("counts the loader's evaluation and the imported module's, in the extension's world only", () => {
    const inWorld = (event: ReturnType<typeof span>, worldId: number, fileName?: string) => ({
      ...event,
      args: { ...event.args, worldId, ...(fileName ? { fileName } : {}) },
    });
    const loaderForm = [
      span('EvaluateScript', 100, 8, PAGE, `${EXT}src/content/loader.js`),
      span('v8.compile', 100, 1, PAGE, `${EXT}src/content/loader.js`),
      inWorld(span('v8.run', 102, 5), 5, `${EXT}src/content/loader.js`),
      // The module is compiled off the thread; only the hand-over is on it.
      span('v8.streamingCompile.complete', 120, 2, PAGE, `${EXT}src/content/main.js`),
      span('v8.compileModule', 123, 1, PAGE, `${EXT}src/content/main.js`),
      inWorld(span('v8.evaluateModule', 130, 12), 5),
      // The page's own module, in the main world.
      inWorld(span('v8.evaluateModule', 150, 30), 0),
      { name: 'laichau-reader:painted', ph: 'R', ts: 250_000, ...PAGE },
      inWorld(span('v8.evaluateModule', 300, 9), 5),
    ];
    const cost = scriptCost(loaderForm, EXT);
    expect(cost.compileMs).toBeCloseTo(4);
    expect(cost.evaluateMs).toBeCloseTo(20);
  });

  it('says so when the trace holds no evaluation of the content script, or no painted mark', () => {
    expect(() => scriptCost(EVENTS.slice(0, 5), EXT)).toThrow(/no evaluation of the content script/);
    expect(() =>
      scriptCost(
        EVENTS.filter((e) => e.name !== 'laichau-reader:painted'),
        EXT,
      ),
    ).toThrow(/no 'laichau-reader:painted' mark/);
  });
});
