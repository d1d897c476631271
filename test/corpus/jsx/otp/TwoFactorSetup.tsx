import { useState } from "react";
import QRCode from "react-qr-code";

export function TwoFactorSetup({ otpauthUrl, recoveryCodes }: { otpauthUrl: string; recoveryCodes: string[] }) {
  const [totpCode, setTotpCode] = useState("");
  return (
    <section className="two-factor">
      <h2>Set up two-factor authentication</h2>
      <ol>
        <li>Scan this QR code with your authenticator app.</li>
        <li>Enter the 6-digit code from the app.</li>
      </ol>
      <QRCode value={otpauthUrl} size={160} />
      <form>
        <label htmlFor="totp">Authentication code</label>
        <input // expect: one-time-code
          id="totp"
          name="totpCode"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={6}
          value={totpCode}
          onChange={(e) => setTotpCode(e.target.value)}
        />
        <button type="submit">Enable 2FA</button>
      </form>
      <h3>Recovery codes</h3>
      <p>Save these codes somewhere safe. Each can be used once.</p>
      <ul className="recovery-codes">
        {recoveryCodes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
