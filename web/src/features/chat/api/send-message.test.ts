import { MutationObserver } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { MessageList, SendMessageBody } from "../../../../../contract/api.ts";
import { loadedChat, messageView } from "../testing/loaded-chat.ts";
import { sendMessageOptions } from "./send-message.ts";

const pages: Record<string, MessageList> = {
  first: { items: [messageView("c1", 50)], nextCursor: "p2" },
  p2: { items: [messageView("b1", 30)], nextCursor: "p3" },
  p3: { items: [messageView("a1", 10)] },
};

describe("sending a message", () => {
  it("puts the stored message at the newest end of the loaded pages without fetching them again", async () => {
    const { client, fetches, observer: chat, unsubscribe } = await loadedChat(pages);

    const send = new MutationObserver(client, {
      ...sendMessageOptions(client, "s-1"),
      mutationFn: (body: SendMessageBody) => Promise.resolve(messageView(body.message_id, 90)),
    });
    await send.mutate({ message_id: "d1", type: "TEXT", payload: { text: "text d1" } });

    const shown = chat.getCurrentResult().data?.pages.toReversed().flatMap((page) => page.items.map((item) => item.message_id));
    expect(shown).toEqual(["a1", "b1", "c1", "d1"]);
    expect(fetches).not.toHaveBeenCalled();
    unsubscribe();
  });
});
