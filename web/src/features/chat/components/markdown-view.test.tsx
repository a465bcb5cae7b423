import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server.node";
import { describe, expect, it } from "vitest";
import { queryKeys } from "../../../lib/query-keys.ts";
import { MarkdownView } from "./markdown-view.tsx";

// Rendered as the chat renders it, with the console's configuration answered: images from
// media.example.com may load, every other host is a link.

function html(source: string): string {
  const client = new QueryClient();
  client.setQueryData(queryKeys.config(), { media_hosts: ["media.example.com"] });
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <MarkdownView source={source} />
    </QueryClientProvider>,
  );
}

describe("markdown of a message", () => {
  it("shows raw HTML as text, never as markup", () => {
    const out = html('<script>alert(1)</script>\n<img src=x onerror="alert(2)">\n\n<div><b>bold?</b></div>');
    expect(out).not.toMatch(/<script|<img|<b>|onerror="/);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("&lt;b&gt;bold?&lt;/b&gt;");
  });

  it("opens http(s) links in a new tab without an opener or referrer", () => {
    expect(html("[ok](https://example.com/a) and http://bare.example.com/x")).toBe(
      '<div class="md"><a href="https://example.com/a" target="_blank" rel="noopener noreferrer">ok</a> and ' +
        '<a href="http://bare.example.com/x" target="_blank" rel="noopener noreferrer">http://bare.example.com/x</a></div>',
    );
  });

  it("refuses javascript:, data:, vbscript:, mailto: and relative links: their text stays, with no address", () => {
    const out = html(
      "[click](javascript:alert(1)) [enc](jav&#x61;script:alert(1)) [d](data:text/html,<b>x</b>) [v](vbscript:x) [m](mailto:a@b.c) [r](/admin) <javascript:alert(3)>",
    );
    expect(out).toBe('<div class="md">click enc d v m r javascript:alert(3)</div>');
  });

  it("shows an image from a media host, a link for any other host, and the alt text of a refused address", () => {
    const out = html("![parcel](https://media.example.com/p.png) ![far](https://elsewhere.example/p.png) ![pixel](data:image/png;base64,AAAA)");
    expect(out).toContain('<img src="https://media.example.com/p.png" alt="parcel" loading="lazy" referrerPolicy="no-referrer"/>');
    expect(out).toContain('<a class="msg-image-link" href="https://elsewhere.example/p.png" target="_blank" rel="noopener noreferrer">');
    expect(out).not.toContain("data:image");
    expect(out).toContain("pixel");
  });

  it("renders headings as styled paragraphs, emphasis, lists, quotes, code and tables, with no ids", () => {
    const out = html(
      "# Title\n\n**bold** and *em* and ~~del~~ and `a<b`\n\n- one\n- two\n\n3. three\n4. four\n\n> quoted\n\n```\nx < y\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nnote[^1]\n\n[^1]: the note",
    );
    expect(out).toContain('<p class="md-heading md-h1">Title</p>');
    expect(out).toContain("<strong>bold</strong> and <em>em</em> and <del>del</del> and <code>a&lt;b</code>");
    expect(out).toContain("<ul><li>one</li><li>two</li></ul>");
    expect(out).toContain('<ol start="3"><li>three</li><li>four</li></ol>');
    expect(out).toContain("<blockquote><p>quoted</p></blockquote>");
    expect(out).toContain("x &lt; y");
    expect(out).toContain("<td>1</td>");
    expect(out).toContain("the note");
    expect(out).not.toMatch(/\sid=/);
  });

  it("keeps a single line break as typed (the bubble's CSS shows it); one line with no block syntax stays inline", () => {
    expect(html("a\nb")).toBe('<div class="md"><p>a\nb</p></div>');
    expect(html("user_id and _em_")).toBe('<div class="md">user_id and <em>em</em></div>');
  });

  it("reads the inputs that made the old parser quadratic as the text they are", () => {
    const bangs = "![".repeat(10_000);
    expect(html(bangs)).toContain(bangs);
    const brackets = "[a](".repeat(5_000);
    expect(html(brackets)).toContain("[a](".repeat(100));
  });
});
