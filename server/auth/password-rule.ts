import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { MAX_PASSWORD_LENGTH, passwordLength } from "../../contract/auth.ts";

// The rule for a new password (`npm run user -- add|reset`). Server-side only: the checker's
// common-password dictionary is large and must never reach the browser bundle.

export const MIN_PASSWORD_LENGTH = 12;
/** zxcvbn's score: 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

const checker = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** Answers why a password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, userInputs: string[] = []): string | undefined {
  const chars = [...password];
  if (chars.length < MIN_PASSWORD_LENGTH) return `the password must have at least ${MIN_PASSWORD_LENGTH} characters`;
  // Measured as the sign-in measures it (UTF-16 units), else a long emoji password could be set but never used.
  if (passwordLength(password) > MAX_PASSWORD_LENGTH)
    return `the password must have at most ${MAX_PASSWORD_LENGTH} UTF-16 units, an emoji or rare character counting as two (the sign-in takes no more)`;
  if (password.trim() === "") return "the password must not be only spaces";
  if (new Set(chars).size === 1) return "the password must not repeat a single character";
  const { score } = checker.check(password.slice(0, 100), userInputs);
  if (score < MIN_SCORE) return "the password is too common or too easy to guess: use a longer phrase of unrelated words";
  return undefined;
}
