/**
 * Stripe's v1 API takes `application/x-www-form-urlencoded` bodies (and query strings) with
 * qs-style bracket keys: `metadata[paymentId]=…`, `line_items[0][quantity]=1`, `expand[0]=…`.
 * This turns them back into the nested object the SDK started from; arrays come back as
 * objects keyed "0", "1"… and are normalised by `listOf`.
 */
export type FormValue = string | FormObject;
export type FormObject = { [key: string]: FormValue };

export function decodeForm(text: string): FormObject {
  const root: FormObject = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const [head = '', ...rest] = rawKey.split('[');
    const path = [head, ...rest.map((part) => part.replace(/\]$/, ''))];
    let node = root;
    path.forEach((segment, index) => {
      const key = segment === '' ? String(Object.keys(node).length) : segment;
      if (index === path.length - 1) {
        node[key] = value;
        return;
      }
      const next = node[key];
      if (typeof next === 'object') node = next;
      else {
        const created: FormObject = {};
        node[key] = created;
        node = created;
      }
    });
  }
  return root;
}

export function textOf(value: FormValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function objectOf(value: FormValue | undefined): FormObject {
  return typeof value === 'object' ? value : {};
}

export function listOf(value: FormValue | undefined): FormValue[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  return Object.keys(value)
    .sort((a, b) => Number(a) - Number(b))
    .map((key) => value[key] as FormValue);
}

/** `metadata[...]` as Stripe stores it: string values only. */
export function metadataOf(value: FormValue | undefined): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [key, entry] of Object.entries(objectOf(value))) {
    if (typeof entry === 'string') metadata[key] = entry;
  }
  return metadata;
}
