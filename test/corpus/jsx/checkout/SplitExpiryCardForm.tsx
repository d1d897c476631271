import { useForm } from "react-hook-form";

type CardValues = {
  cardNumber: string;
  expMonth: string;
  expYear: string;
  cvv: string;
  cardholder: string;
  zip: string;
};

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, "0"));
const YEARS = Array.from({ length: 12 }, (_, i) => String(new Date().getFullYear() + i));

export function SplitExpiryCardForm({ onPay }: { onPay: (v: CardValues) => Promise<void> }) {
  const { register, handleSubmit, formState } = useForm<CardValues>();

  return (
    <form onSubmit={handleSubmit(onPay)} className="space-y-4">
      <div>
        <label className="block text-sm font-medium">Cardholder name</label>
        <input {...register("cardholder", { required: true })} className="input" /> {/* expect: payment-card */}
      </div>
      <div>
        <label className="block text-sm font-medium">Card number</label>
        <input // expect: payment-card
          {...register("cardNumber", { required: true, pattern: /^[0-9 ]{13,19}$/ })}
          inputMode="numeric"
          className="input"
        />
        {formState.errors.cardNumber && <p className="text-red-600">Please enter a valid card number</p>}
      </div>
      <div className="grid grid-cols-3 gap-2">
        <select {...register("expMonth")} className="input" aria-label="Expiration month"> {/* expect: payment-card */}
          <option value="">MM</option>
          {MONTHS.map((m) => (
            <option key={m} value={m}>{m}</option>
          ))}
        </select>
        <select {...register("expYear")} className="input" aria-label="Expiration year"> {/* expect: payment-card */}
          <option value="">YYYY</option>
          {YEARS.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
        <input type="password" {...register("cvv")} maxLength={4} placeholder="CVV" className="input" />
      </div>
      <div>
        <label className="block text-sm font-medium">Billing ZIP</label>
        <input {...register("zip")} className="input" autoComplete="postal-code" />
      </div>
      <button disabled={formState.isSubmitting}>Pay now</button>
    </form>
  );
}
