import type { ComponentProps } from "react";
import { TextField } from "../../../components/form/text-field.tsx";
import { CharCounter } from "./char-counter.tsx";

/** The shared TextField with the composer's counter under it once the text nears its limit. */
export function CountedTextField(props: ComponentProps<typeof TextField>) {
  return (
    <div className="chat-counted">
      <TextField {...props} />
      <CharCounter name={props.name} />
    </div>
  );
}
