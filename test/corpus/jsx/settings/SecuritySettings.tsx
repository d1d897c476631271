import { useState } from "react";
import { Checkbox, FormControlLabel, Switch, TextField, Button } from "@mui/material";

export function SecuritySettings({ onSave }: { onSave: () => void }) {
  const [twoFactor, setTwoFactor] = useState(false);
  const [singleSignOn, setSingleSignOn] = useState(false);
  const [sessionTimeout, setSessionTimeout] = useState(30);
  return (
    <form className="securitySettings" onSubmit={onSave}>
      <FormControlLabel control={<Switch name="twoFactorEnabled" checked={twoFactor} onChange={(e) => setTwoFactor(e.target.checked)} />} label="Require two-factor authentication" />
      <FormControlLabel control={<Checkbox name="singleSignOn" checked={singleSignOn} onChange={(e) => setSingleSignOn(e.target.checked)} />} label="Enable single sign-on (SAML)" />
      <TextField label="SSO entity ID" name="ssoEntityId" fullWidth />
      <TextField label="Session timeout (minutes)" name="sessionTimeout" type="number" value={sessionTimeout} onChange={(e) => setSessionTimeout(Number(e.target.value))} />
      <TextField label="Password expiry (days)" name="passwordExpiryDays" type="number" />
      <TextField label="Allowed IP ranges" name="ipAllowlist" multiline rows={2} helperText="One CIDR per line" />
      <TextField label="Recovery email" name="recoveryEmail" type="email" />
      <Button type="submit">Save</Button>
    </form>
  );
}
