import { useState } from "react";
import { Icon } from "@/components/icon";
import { Spinner } from "@/components/spinner";

type CardBlock = { cardTitle: string; cardBody: string; cardImage: string; cardColor: string; pinned: boolean; sortOrder: number };

export function CardEditor({ block, saving, onChange }: { block: CardBlock; saving: boolean; onChange: (b: CardBlock) => void }) {
  const [draft, setDraft] = useState(block);
  const set = <K extends keyof CardBlock>(k: K, v: CardBlock[K]) => setDraft({ ...draft, [k]: v });
  return (
    <div className="card-editor">
      <header>
        <Icon name="pin" className={draft.pinned ? "text-amber-500" : "text-gray-400"} />
        {saving && <Spinner size="sm" />}
      </header>
      <label htmlFor="cardTitle">Card title</label>
      <input id="cardTitle" name="cardTitle" value={draft.cardTitle} onChange={(e) => set("cardTitle", e.target.value)} />
      <label htmlFor="cardBody">Body</label>
      <textarea id="cardBody" name="cardBody" value={draft.cardBody} onChange={(e) => set("cardBody", e.target.value)} />
      <label htmlFor="cardImage">Image URL</label>
      <input id="cardImage" name="cardImage" type="url" value={draft.cardImage} onChange={(e) => set("cardImage", e.target.value)} />
      <label htmlFor="cardColor">Accent colour</label>
      <input id="cardColor" name="cardColor" type="color" value={draft.cardColor} onChange={(e) => set("cardColor", e.target.value)} />
      <label>
        <input type="checkbox" name="pinned" checked={draft.pinned} onChange={(e) => set("pinned", e.target.checked)} /> Pinned
      </label>
      <label htmlFor="sortOrder">Sort order</label>
      <input id="sortOrder" name="sortOrder" type="number" value={draft.sortOrder} onChange={(e) => set("sortOrder", Number(e.target.value))} />
      <select name="cardType" defaultValue="info">
        <option value="info">Info card</option>
        <option value="promo">Promo card</option>
      </select>
      <button onClick={() => onChange(draft)}>Save</button>
    </div>
  );
}
