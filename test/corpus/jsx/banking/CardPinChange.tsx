import { useState } from "react";

export function CardPinChange({ last4 }: { last4: string }) {
  const [reveal, setReveal] = useState(false);
  return (
    <form className="pin-change">
      <h3>Change PIN for card ending {last4}</h3>
      <label htmlFor="currentPin">Current PIN</label>
      <input id="currentPin" name="currentPin" type={reveal ? "text" : "password"} inputMode="numeric" maxLength={4} /> {/* expect: payment-auth|credential */}
      <label htmlFor="newPin">New PIN</label>
      <input id="newPin" name="newPin" type={reveal ? "text" : "password"} inputMode="numeric" maxLength={4} /> {/* expect: payment-auth|credential */}
      <label>
        <input type="checkbox" checked={reveal} onChange={() => setReveal(!reveal)} /> Show PIN
      </label>
      <button type="submit">Update PIN</button>
    </form>
  );
}
