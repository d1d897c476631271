import { useState } from "react";

const NETWORKS = ["Ethereum", "Polygon", "Arbitrum", "Base"];

export function SendCrypto({ balance }: { balance: string }) {
  const [to, setTo] = useState("");
  const [amount, setAmount] = useState("");
  return (
    <form className="send">
      <label htmlFor="network">Network</label>
      <select id="network" name="network">
        {NETWORKS.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
      <label htmlFor="to">Recipient address</label>
      <input id="to" name="recipientAddress" placeholder="0x…" value={to} onChange={(e) => setTo(e.target.value)} />
      <label htmlFor="amount">Amount (balance {balance})</label>
      <input id="amount" name="amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      <label htmlFor="memo">Memo / tag</label>
      <input id="memo" name="memo" />
      <label htmlFor="gas">Gas limit</label>
      <input id="gas" name="gasLimit" type="number" />
      <label htmlFor="xpub">Watch-only xpub</label>
      <input id="xpub" name="xpub" />
      <button type="submit">Review</button>
    </form>
  );
}
