/**
 * Arrow keys through a list of buttons: Down from the search box enters the list, Up and Down
 * move inside it, Home and End jump, Up from the first goes back to the box. Enter is the
 * button's own.
 */
export function listKeys(box: HTMLInputElement, list: HTMLElement): void {
  const items = (): HTMLElement[] => [...list.querySelectorAll<HTMLElement>('button.result')];
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = items()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const all = items();
    const at = all.indexOf(event.target as HTMLElement);
    if (at === -1) return;
    const next =
      event.key === 'ArrowDown'
        ? all[Math.min(at + 1, all.length - 1)]
        : event.key === 'ArrowUp'
          ? at === 0
            ? box
            : all[at - 1]
          : event.key === 'Home'
            ? all[0]
            : event.key === 'End'
              ? all[all.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}
