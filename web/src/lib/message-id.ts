import { messageIdSchema } from "../../../contract/api.ts";

// The client (the console or the customer page) picks the message_id so that a retry (after a
// timeout, a network drop or a reload) re-sends the same message and the BFF can answer the stored
// one instead of delivering it twice.

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
const randomChars = 10;

type RandomBytes = (length: number) => Uint8Array;
const cryptoBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/** `m` + time in base 36 (sorts roughly by creation) + 10 random base-36 characters (~51 bits). */
export function newMessageId(now: number = Date.now(), randomBytes: RandomBytes = cryptoBytes): string {
  let suffix = "";
  for (const byte of randomBytes(randomChars)) suffix += alphabet[byte % alphabet.length];
  return `m${now.toString(36)}${suffix}`;
}

export function isValidMessageId(id: string): boolean {
  return messageIdSchema.safeParse(id).success;
}
