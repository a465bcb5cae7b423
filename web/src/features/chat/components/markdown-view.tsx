import { type ReactNode, useMemo } from "react";
import { type Block, type Inline, parseMarkdown } from "../lib/markdown.ts";
import { ExternalImage } from "./external-image.tsx";

// Renders the tree of lib/markdown.ts as React elements. Every string goes through React's text
// escaping; there is deliberately no dangerouslySetInnerHTML here.

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.t) {
      case "text":
        return node.text;
      case "br":
        return <br key={i} />;
      case "code":
        return <code key={i}>{node.text}</code>;
      case "strong":
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case "em":
        return <em key={i}>{renderInline(node.children)}</em>;
      case "del":
        return <del key={i}>{renderInline(node.children)}</del>;
      case "link":
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {renderInline(node.children)}
          </a>
        );
      case "image":
        return <ExternalImage key={i} src={node.src} alt={node.alt} />;
    }
  });
}

function renderBlock(block: Block, i: number): ReactNode {
  switch (block.t) {
    case "heading": {
      // Headings inside a message are styled, not document outline: the pane owns the page's headings.
      return (
        <p key={i} className={`md-heading md-h${block.level}`}>
          {renderInline(block.children)}
        </p>
      );
    }
    case "paragraph":
      return <p key={i}>{renderInline(block.children)}</p>;
    case "quote":
      return <blockquote key={i}>{renderInline(block.children)}</blockquote>;
    case "code":
      return (
        <pre key={i}>
          <code>{block.text}</code>
        </pre>
      );
    case "rule":
      return <hr key={i} />;
    case "list": {
      const items = block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
      return block.ordered ? (
        <ol key={i} start={block.start}>
          {items}
        </ol>
      ) : (
        <ul key={i}>{items}</ul>
      );
    }
  }
}

export function MarkdownView({ source }: { source: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return <div className="md">{blocks.map(renderBlock)}</div>;
}
