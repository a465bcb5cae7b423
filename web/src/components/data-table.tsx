import "./data-table.css";
import { type ReactNode, useId } from "react";

// A data table with its caption, in a box that scrolls sideways when the window is too narrow for
// it. The box is a named, focusable region, so keyboard users can scroll it too.

interface DataTableProps {
  caption: string;
  className?: string;
  /** The <thead> and <tbody>. */
  children: ReactNode;
}

export function DataTable({ caption, className, children }: DataTableProps) {
  const captionId = useId();
  return (
    <div className="data-table__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={className ? `data-table ${className}` : "data-table"}>
        <caption id={captionId} className="data-table__caption">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
