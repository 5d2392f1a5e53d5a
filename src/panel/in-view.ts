/**
 * The quiet "in view" marks: the report's items whose first place in the article lies in the
 * stretch the page says is on screen. Only a class and a dot change; nothing is announced.
 */
export function markInView(root: ParentNode, span: { start: number; end: number }): number {
  let inView = 0;
  for (const button of root.querySelectorAll<HTMLElement>('button[data-start]')) {
    const start = Number(button.dataset.start);
    const visible = start >= span.start && start < span.end;
    button.classList.toggle('in-view', visible);
    if (visible) inView++;
  }
  return inView;
}
