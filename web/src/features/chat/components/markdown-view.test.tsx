import { renderToStaticMarkup } from "react-dom/server.node";
import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "../lib/markdown.ts";
import { MarkdownView } from "./markdown-view.tsx";

const html = (source: string) => renderToStaticMarkup(<MarkdownView source={source} />);

describe("markdown rendering", () => {
  it("shows raw HTML as text, never as markup", () => {
    const out = html('<script>alert(1)</script>\n<img src=x onerror="alert(2)">');
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("drops javascript: and data: addresses from links and images", () => {
    const out = html("[click](javascript:alert(1)) ![x](data:image/png;base64,AAAA) [ok](https://example.com/a)");
    expect(out).not.toContain("javascript:");
    expect(out).not.toContain("data:");
    expect(out).toContain('<a href="https://example.com/a" target="_blank" rel="noopener noreferrer">ok</a>');
    expect(out).toContain("click");
  });

  it("escapes quotes inside attributes", () => {
    const out = html('[a](https://example.com/"onmouseover="x)');
    expect(out).not.toContain('"onmouseover="');
  });

  it("renders headings, emphasis, lists, quotes and code", () => {
    const out = html("# Title\n\n**bold** and *em* and `a<b`\n\n- one\n- two\n\n3. three\n4. four\n\n> quoted\n\n```\nx < y\n```");
    expect(out).toContain('<p class="md-heading md-h1">Title</p>');
    expect(out).toContain("<strong>bold</strong> and <em>em</em> and <code>a&lt;b</code>");
    expect(out).toContain("<ul><li>one</li><li>two</li></ul>");
    expect(out).toContain('<ol start="3"><li>three</li><li>four</li></ol>');
    expect(out).toContain("<blockquote>quoted</blockquote>");
    expect(out).toContain("<pre><code>x &lt; y</code></pre>");
  });

  it("keeps line breaks inside a paragraph and leaves snake_case alone", () => {
    expect(html("a\nb")).toBe('<div class="md"><p>a<br/>b</p></div>');
    expect(parseInline("user_id and _em_")).toEqual([
      { t: "text", text: "user_id and " },
      { t: "em", children: [{ t: "text", text: "em" }] },
    ]);
  });

  it("treats unmatched markers and backslash escapes as text", () => {
    expect(parseInline("2 * 3 = 6 \\*not em\\*")).toEqual([{ t: "text", text: "2 * 3 = 6 *not em*" }]);
    expect(parseMarkdown("```\nunclosed")).toEqual([{ t: "code", text: "unclosed" }]);
  });
});
