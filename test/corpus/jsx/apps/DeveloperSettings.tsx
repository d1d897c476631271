import { useState } from "react";

export function DeveloperSettings({ clientId, keys }: { clientId: string; keys: { id: string; name: string; lastUsed: string }[] }) {
  const [newKeyName, setNewKeyName] = useState("");
  const [revealed, setRevealed] = useState(false);
  return (
    <div className="dev-settings">
      <label htmlFor="clientId">Client ID</label>
      <input id="clientId" name="clientId" value={clientId} readOnly />
      <label htmlFor="clientSecret">Client secret</label>
      <input id="clientSecret" name="clientSecret" type={revealed ? "text" : "password"} readOnly /> {/* expect: credential */}
      <button onClick={() => setRevealed(!revealed)}>{revealed ? "Hide" : "Reveal"}</button>
      <label htmlFor="redirect">Redirect URI</label>
      <input id="redirect" name="redirectUri" type="url" />
      <h3>API keys</h3>
      <table>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td>{k.lastUsed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label htmlFor="keyName">New key name</label>
      <input id="keyName" name="keyName" value={newKeyName} onChange={(e) => setNewKeyName(e.target.value)} />
      <label htmlFor="scopes">Scopes</label>
      <select id="scopes" name="scopes" multiple>
        <option>read</option>
        <option>write</option>
      </select>
      <label htmlFor="publicKey">Public key (PEM)</label>
      <textarea id="publicKey" name="publicKey" />
    </div>
  );
}
