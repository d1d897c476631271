import { useState } from "react";
import Autocomplete from "@mui/material/Autocomplete";
import TextField from "@mui/material/TextField";

export function AddressAutocomplete({ options }: { options: string[] }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <div>
      <Autocomplete
        options={options}
        value={value}
        onChange={(_, v) => setValue(v)}
        renderInput={(params) => <TextField {...params} label="Delivery address" />}
      />
      <TextField label="Apartment, suite, etc." name="address2" />
      <TextField label="Postcode" name="postcode" />
      <TextField label="Door code" name="doorCode" helperText="So our courier can get in" />
      <TextField label="Order note" name="note" multiline />
    </div>
  );
}
