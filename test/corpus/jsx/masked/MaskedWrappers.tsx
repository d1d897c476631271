import TextField from "@mui/material/TextField";
import { Form, Input } from "antd";

const privacy = { "data-dd-privacy": "mask" } as const;

export function MaskedWrappers() {
  return (
    <div>
      <TextField label="Card number" name="cardNumber" inputProps={{ "data-private": true }} />
      <TextField label="Security code" name="cvc" slotProps={{ input: { className: "fs-exclude" } }} />
      <input name="iban" {...privacy} />
      <Form.Item label="Seed phrase" name="seedPhrase" className="fs-mask">
        <Input.TextArea />
      </Form.Item>
      <div className="nr-block">
        <input name="otp" autoComplete="one-time-code" />
      </div>
      <div className="sessioncamexclude">
        <input name="nationalId" aria-label="National ID number" /> {/* expect: government-id */}
      </div>
    </div>
  );
}
