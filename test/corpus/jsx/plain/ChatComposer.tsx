import { useRef } from "react";

export function ChatComposer({ onSend }: { onSend: (text: string) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div className="composer">
      <div
        ref={ref}
        contentEditable
        role="textbox"
        aria-label="Message"
        className="composer__input"
        suppressContentEditableWarning
      />
      <input type="file" name="attachment" />
      <button onClick={() => onSend(ref.current?.innerText ?? "")}>Send</button>
    </div>
  );
}
