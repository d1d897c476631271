import { useRef, useState, type KeyboardEvent } from "react";

const LENGTH = 6;

export function VerifyCode({ phone, onVerify, onResend }: { phone: string; onVerify: (code: string) => void; onResend: () => void }) {
  const [digits, setDigits] = useState<string[]>(Array(LENGTH).fill(""));
  const refs = useRef<(HTMLInputElement | null)[]>([]);

  const onKeyDown = (i: number) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Backspace" && !digits[i] && i > 0) refs.current[i - 1]?.focus();
  };

  return (
    <div className="verify">
      <h2>Enter the 6-digit code we sent to {phone}</h2>
      <div className="otp-inputs">
        {digits.map((d, i) => (
          <input // expect: one-time-code
            key={i}
            ref={(el) => {
              refs.current[i] = el;
            }}
            value={d}
            inputMode="numeric"
            autoComplete={i === 0 ? "one-time-code" : "off"}
            maxLength={1}
            aria-label={`Digit ${i + 1}`}
            onKeyDown={onKeyDown(i)}
            onChange={(e) => {
              const next = [...digits];
              next[i] = e.target.value.slice(-1);
              setDigits(next);
              if (e.target.value && i < LENGTH - 1) refs.current[i + 1]?.focus();
            }}
          />
        ))}
      </div>
      <button onClick={() => onVerify(digits.join(""))}>Verify</button>
      <button className="link" onClick={onResend}>
        Resend code
      </button>
    </div>
  );
}
