/** A wait past this long is shown as urgent (in colour as well as words). */
export const longWaitMs = 5 * 60_000;
