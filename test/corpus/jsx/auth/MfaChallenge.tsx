import { useState } from "react";
import { TextField, Button, Link } from "@mui/material";

export function MfaChallenge({ method, onSubmit }: { method: "sms" | "totp"; onSubmit: (code: string) => void }) {
  const [useBackup, setUseBackup] = useState(false);
  const [code, setCode] = useState("");
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(code); }}>
      {useBackup ? (
        <TextField label="Backup code" name="backupCode" value={code} onChange={(e) => setCode(e.target.value)} /> // expect: credential|one-time-code
      ) : (
        <TextField // expect: one-time-code
          label={method === "sms" ? "Enter the code we sent by SMS" : "Code from your authenticator app"}
          name="mfaCode"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="one-time-code"
        />
      )}
      <Link component="button" type="button" onClick={() => setUseBackup(!useBackup)}>
        {useBackup ? "Use authenticator app" : "Use a backup code"}
      </Link>
      <Button type="submit">Verify</Button>
    </form>
  );
}
