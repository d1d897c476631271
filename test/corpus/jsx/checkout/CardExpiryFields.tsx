import type { UseFormRegister } from "react-hook-form";

type Props = { register: UseFormRegister<{ expMonth: string; expYear: string; securityCode: string }> };

// Rendered inside <CardForm> next to the card number field.
export function CardExpiryFields({ register }: Props) {
  return (
    <div className="card-expiry">
      <select {...register("expMonth")} aria-label="Month"> {/* expect: payment-card */}
        {Array.from({ length: 12 }, (_, i) => (
          <option key={i}>{String(i + 1).padStart(2, "0")}</option>
        ))}
      </select>
      <select {...register("expYear")} aria-label="Year"> {/* expect: payment-card */}
        {[2025, 2026, 2027, 2028, 2029, 2030].map((y) => (
          <option key={y}>{y}</option>
        ))}
      </select>
      <input {...register("securityCode")} placeholder="CVC" maxLength={4} inputMode="numeric" /> {/* expect: payment-auth */}
    </div>
  );
}
