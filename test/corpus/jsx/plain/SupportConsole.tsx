import { useState } from "react";

export function SupportConsole({ onLookup }: { onLookup: (q: string, by: string) => void }) {
  const [by, setBy] = useState("email");
  const [q, setQ] = useState("");
  return (
    <div className="support">
      <select name="lookupBy" value={by} onChange={(e) => setBy(e.target.value)} aria-label="Search by">
        <option value="email">Email</option>
        <option value="order">Order number</option>
        <option value="phone">Phone</option>
      </select>
      <input type="search" name="query" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search customers" />
      <button onClick={() => onLookup(q, by)}>Look up</button>
      <label>
        <input type="checkbox" name="ssn" /> Show SSN column
      </label>
      <label>
        <input type="checkbox" name="includeClosed" /> Include closed tickets
      </label>
    </div>
  );
}
