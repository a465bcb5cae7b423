// A namespace's translations: English is the reference shape, and the type makes every other
// language carry exactly the same keys (a missing or extra key is a compile error, not a blank UI).

type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

export type LocalePair<E> = { readonly en: E; readonly "zh-CN": SameKeys<E> };

export function defineLocales<const E extends Record<string, unknown>>(locales: LocalePair<E>): LocalePair<E> {
  return locales;
}
