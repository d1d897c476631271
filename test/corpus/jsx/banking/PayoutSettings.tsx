import TextField from "@mui/material/TextField";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";

const CURRENCIES = ["EUR", "GBP", "USD"];

export function PayoutSettings({ iban, onChange }: { iban: string; onChange: (k: string, v: string) => void }) {
  return (
    <Stack spacing={2}>
      <TextField
        label="IBAN"
        value={iban}
        onChange={(e) => onChange("iban", e.target.value)}
        slotProps={{ htmlInput: { "data-sentry-mask": "" } }}
      />
      <TextField select label="Payout currency" defaultValue="EUR" onChange={(e) => onChange("currency", e.target.value)}>
        {CURRENCIES.map((c) => (
          <MenuItem key={c} value={c}>
            {c}
          </MenuItem>
        ))}
      </TextField>
      <TextField select label="Payout schedule" defaultValue="weekly">
        <MenuItem value="daily">Daily</MenuItem>
        <MenuItem value="weekly">Weekly</MenuItem>
      </TextField>
      <TextField label="Statement descriptor" helperText="Shown on your customers' bank statements" />
      <TextField label="Tax ID" name="taxId" /> {/* expect: government-id */}
    </Stack>
  );
}
