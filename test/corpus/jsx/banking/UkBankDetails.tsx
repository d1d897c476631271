import { useRef } from "react";

export function UkBankDetails() {
  const parts = useRef<(HTMLInputElement | null)[]>([]);
  return (
    <form className="uk-bank">
      <label htmlFor="sort-1">Sort code</label>
      <div className="sort-code" role="group" aria-label="Sort code">
        {[0, 1, 2].map((i) => (
          <input /* expect: bank-account (beside the account number below) */
            key={i}
            id={`sort-${i + 1}`}
            name={`sortCode${i + 1}`}
            ref={(el) => {
              parts.current[i] = el;
            }}
            maxLength={2}
            inputMode="numeric"
            onChange={(e) => e.target.value.length === 2 && parts.current[i + 1]?.focus()}
          />
        ))}
      </div>
      <label htmlFor="acc">Account number</label>
      <input id="acc" name="accountNumber" maxLength={8} inputMode="numeric" /> {/* expect: bank-account */}
      <label htmlFor="ref">Payment reference</label>
      <input id="ref" name="reference" />
      <button type="submit">Set up Direct Debit</button>
    </form>
  );
}
