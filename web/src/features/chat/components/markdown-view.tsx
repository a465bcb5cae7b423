import { compiler, type MarkdownToJSX, RuleType } from "markdown-to-jsx/react";
import { createElement, Fragment, type ReactNode, useMemo } from "react";
import { safeUrl } from "../lib/safe-url.ts";
import { ExternalImage } from "./external-image.tsx";

// Markdown of a message (DingTalk's subset and the rest of CommonMark/GFM) as React elements, by
// markdown-to-jsx: a linear-time parser, where the hand-written one was quadratic on unmatched
// markers. Raw HTML is not parsed (it shows as text) and nothing reaches innerHTML; links and images
// keep only http(s) addresses, everything else is shown as its plain text.

const external = { target: "_blank", rel: "noopener noreferrer" } as const;

/** The library's own URL check, narrowed to ours: http(s) only, canonical. */
const sanitizer = (value: string) => safeUrl(value) ?? null;

function renderRule(next: () => ReactNode, node: MarkdownToJSX.ASTNode, renderChildren: MarkdownToJSX.ASTRender, state: MarkdownToJSX.State): ReactNode {
  switch (node.type) {
    case RuleType.link: {
      const href = node.target === null ? undefined : safeUrl(node.target);
      const children = renderChildren(node.children, state);
      return href ? (
        <a key={state.key} href={href} {...external}>
          {children}
        </a>
      ) : (
        <Fragment key={state.key}>{children}</Fragment>
      );
    }
    case RuleType.image: {
      const src = node.target === null ? undefined : safeUrl(node.target);
      // Through the same component as every other image: media hosts only, a placeholder when broken.
      return src ? <ExternalImage key={state.key} src={src} alt={node.alt ?? ""} named /> : (node.alt ?? "");
    }
    case RuleType.heading:
      // Styled, not document outline: the console owns the page's headings (and their ids).
      return (
        <p key={state.key} className={`md-heading md-h${node.level}`}>
          {renderChildren(node.children, state)}
        </p>
      );
    case RuleType.footnoteReference:
      return <sup key={state.key}>{node.text}</sup>;
    case RuleType.htmlBlock:
    case RuleType.htmlSelfClosing:
    case RuleType.htmlComment:
      // Not produced with raw HTML parsing off; if one ever is, it is not markup we render.
      return null;
    default:
      return next();
  }
}

/**
 * Every element the library builds goes through here: ids are dropped (a chat shows many messages,
 * and a heading or footnote id would repeat and collide with the console's), and so is any
 * dangerouslySetInnerHTML, whatever the input.
 */
function safeCreateElement(tag: Parameters<typeof createElement>[0], props: object | null, ...children: ReactNode[]): ReactNode {
  const { id: _id, dangerouslySetInnerHTML: _html, ...rest } = (props ?? {}) as Record<string, unknown>;
  return createElement(tag, rest, ...children);
}

/**
 * Heading ids are dropped (safeCreateElement), so they need not be readable: a fresh one per heading
 * skips the library's de-duplication of slugs, which is quadratic in the number of alike headings
 * (a 20,000-character message with 40 headings took ~40 ms to parse, 5,000 "# a" lines over a second).
 */
let headingCount = 0;
const slugify = () => `h${(headingCount++).toString(36)}`;

const options: MarkdownToJSX.Options = {
  disableParsingRawHTML: true,
  disableFrontmatter: true,
  // Not forceBlock: it sends one-line text through the block parser, 50-100× slower on a long line; a
  // line with no block syntax renders inline inside the .md wrapper instead.
  wrapper: null,
  sanitizer,
  slugify,
  renderRule,
  createElement: safeCreateElement,
};

export function MarkdownView({ source }: { source: string }) {
  const content = useMemo(() => compiler(source, options), [source]);
  return <div className="md">{content}</div>;
}
