import { useState } from "react";
import { TextField, Button, InputAdornment, IconButton } from "@mui/material";
import { Visibility, VisibilityOff } from "@mui/icons-material";

export function WalletUnlock({ onUnlock, onRestore }: { onUnlock: (pw: string) => void; onRestore: (seed: string) => void }) {
  const [show, setShow] = useState(false);
  const [password, setPassword] = useState("");
  const [restoring, setRestoring] = useState(false);
  const [seed, setSeed] = useState("");
  if (restoring) {
    return (
      <div>
        <TextField // expect: crypto-secret
          multiline
          minRows={3}
          fullWidth
          label="Secret Recovery Phrase"
          value={seed}
          onChange={(e) => setSeed(e.target.value)}
        />
        <Button onClick={() => onRestore(seed)}>Restore</Button>
      </div>
    );
  }
  return (
    <div>
      <TextField // expect: credential
        label="Password"
        type={show ? "text" : "password"}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        InputProps={{
          endAdornment: (
            <InputAdornment position="end">
              <IconButton onClick={() => setShow(!show)}>{show ? <VisibilityOff /> : <Visibility />}</IconButton>
            </InputAdornment>
          ),
        }}
      />
      <Button onClick={() => onUnlock(password)}>Unlock</Button>
      <Button variant="text" onClick={() => setRestoring(true)}>
        Forgot password? Import using Secret Recovery Phrase
      </Button>
    </div>
  );
}
