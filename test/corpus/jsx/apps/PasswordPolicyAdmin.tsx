import { useState } from "react";

export function PasswordPolicyAdmin() {
  const [minLength, setMinLength] = useState(12);
  return (
    <form className="policy">
      <h2>Password policy</h2>
      <label htmlFor="minLength">Minimum password length</label>
      <input id="minLength" name="passwordMinLength" type="number" value={minLength} onChange={(e) => setMinLength(Number(e.target.value))} />
      <label>
        <input type="checkbox" name="requireSymbols" /> Require symbols
      </label>
      <label>
        <input type="checkbox" name="requireNumbers" /> Require numbers
      </label>
      <label htmlFor="maxAge">Password expiry (days)</label>
      <input id="maxAge" name="passwordExpiryDays" type="number" />
      <label htmlFor="history">Remember previous passwords</label>
      <input id="history" name="passwordHistory" type="number" />
      <label htmlFor="lockout">Lock account after failed attempts</label>
      <input id="lockout" name="lockoutThreshold" type="number" />
      <label htmlFor="tokenTtl">Access token lifetime (minutes)</label>
      <input id="tokenTtl" name="accessTokenTtl" type="number" />
      <label htmlFor="hint">Password hint text shown on login</label>
      <input id="hint" name="passwordHintText" />
      <button type="submit">Save policy</button>
    </form>
  );
}
