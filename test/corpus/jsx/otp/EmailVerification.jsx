import { useState } from "react";
import { TextField, Button, Stack, Typography } from "@mui/material";

export default function EmailVerification({ onSubmit }) {
  const [verificationCode, setVerificationCode] = useState("");
  const [referralCode, setReferralCode] = useState("");
  return (
    <Stack spacing={2} component="form" onSubmit={(e) => { e.preventDefault(); onSubmit({ verificationCode, referralCode }); }}>
      <Typography variant="h5">Confirm your email</Typography>
      <TextField // expect: one-time-code
        label="Verification code"
        name="verificationCode"
        value={verificationCode}
        onChange={(e) => setVerificationCode(e.target.value)}
        inputProps={{ inputMode: "numeric", maxLength: 6 }}
      />
      <TextField
        label="Referral code (optional)"
        name="referralCode"
        value={referralCode}
        onChange={(e) => setReferralCode(e.target.value)}
      />
      <Button type="submit" variant="contained">Continue</Button>
    </Stack>
  );
}
