/** A labelled drop-down of named values, for the popup's and the options page's settings. */
import { h } from './dom.ts';

export function selectControl<T extends string>(
  id: string,
  label: string,
  values: readonly T[],
  current: T,
  name: (value: T) => string,
  onChange: (value: T) => void,
  className?: string,
): HTMLElement {
  const select = h('select', { attrs: { id } });
  for (const value of values) {
    const option = h('option', { text: name(value), attrs: { value } });
    option.selected = value === current;
    select.append(option);
  }
  select.addEventListener('change', () => onChange(select.value as T));
  return h('label', { ...(className ? { className } : {}), attrs: { for: id } }, label, select);
}
