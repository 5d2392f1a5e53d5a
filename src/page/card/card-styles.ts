/**
 * Styles of everything inside the reader's shadow root. Sizes are in px, never rem: rem would
 * follow the site's root font size, which a hostile or odd page can set to anything.
 */
export const CARD_CSS = `
:host { all: initial; }
.announcer {
  position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
  white-space: nowrap; margin: -1px; padding: 0; border: 0;
}
.card {
  all: initial;
  box-sizing: border-box;
  display: block;
  position: fixed;
  top: 0; left: 0;
  width: max-content;
  max-width: min(380px, calc(100vw - 16px));
  max-height: min(70vh, 480px);
  overflow: auto;
  pointer-events: auto;
  padding: 12px 14px;
  border-radius: 10px;
  border: 1px solid #c9d3d8;
  background: #ffffff;
  color: #1b2428;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  text-align: left;
  direction: ltr;
  overflow-wrap: anywhere;
  z-index: 1;
  animation: card-in 120ms ease-out;
}
.card[hidden] { display: none; }
.card:focus { outline: 2px solid #0b5f73; outline-offset: 2px; }
@keyframes card-in { from { opacity: 0; transform: translateY(2px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
.card * { box-sizing: border-box; font: inherit; color: inherit; margin: 0; padding: 0; }
.head { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; }
.term { font-weight: 700; font-size: 16px; }
.category {
  font-size: 12px; color: #4a5a61; white-space: nowrap; border: 1px solid #c9d3d8;
  border-radius: 999px; padding: 0 8px;
}
.expansion { font-style: italic; margin-top: 2px; }
.short { margin-top: 6px; }
.long p, .long ul, .long dl { margin-top: 6px; }
.note { margin-top: 8px; padding: 6px 8px; border-left: 3px solid #d9480f; background: #fff4ec; }
.note-date { font-weight: 700; display: block; }
.unverified { margin-top: 8px; font-size: 12px; color: #8a3b00; }
.decoded { margin-top: 6px; font-size: 12px; color: #4a5a61; }
dl.code { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin-top: 6px; }
dl.code dt { color: #4a5a61; }
dl.code dd { font-weight: 600; }
.section-title { font-weight: 700; margin-top: 8px; font-size: 12px; text-transform: uppercase; letter-spacing: 0.03em; color: #4a5a61; }
ul.sources { list-style: none; }
ul.sources li { margin-top: 2px; font-size: 13px; }
a { color: #0b5f73; text-decoration: underline; cursor: pointer; }
.related { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
button {
  all: initial; box-sizing: border-box; font: 13px/1.3 system-ui, sans-serif; cursor: pointer;
  color: #0b5f73; border: 1px solid #9fb7bf; border-radius: 6px; padding: 2px 8px; background: transparent;
}
button:focus-visible, a:focus-visible { outline: 2px solid #0b5f73; outline-offset: 1px; }
.actions { display: flex; gap: 8px; margin-top: 8px; justify-content: space-between; }
.close { border-color: transparent; }
@media (prefers-color-scheme: dark) {
  .card { background: #1d2427; color: #e8eef0; border-color: #3d4b50; box-shadow: 0 6px 24px rgba(0,0,0,0.5); }
  .category, .decoded, dl.code dt, .section-title { color: #a9b9bf; border-color: #3d4b50; }
  .note { background: #3a2618; border-left-color: #ff8a4c; }
  .unverified { color: #ffb37a; }
  a, button { color: #7fd3e6; }
  button { border-color: #3d6b77; }
  .card:focus, button:focus-visible, a:focus-visible { outline-color: #7fd3e6; }
}
`;
