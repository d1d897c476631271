import { useState } from "react";
import { clsx } from "clsx";

export function SepaMandate({ creditorName }: { creditorName: string }) {
  const [iban, setIban] = useState("");
  const invalid = iban.length > 0 && iban.replace(/\s/g, "").length < 15;
  return (
    <form className="sepa-mandate">
      <h3>SEPA Direct Debit</h3>
      <label htmlFor="accountHolder">Account holder</label>
      <input id="accountHolder" name="accountHolderName" autoComplete="name" />
      <label htmlFor="iban">IBAN</label>
      <input // expect: bank-account
        id="iban"
        name="iban"
        className={clsx("input", invalid && "input--invalid")}
        value={iban}
        onChange={(e) => setIban(e.target.value)}
        spellCheck={false}
      />
      <label htmlFor="bic">BIC (optional)</label>
      <input id="bic" name="bic" />
      <p className="legal">
        By providing your IBAN and confirming this payment, you authorise {creditorName} to send instructions to your bank to
        debit your account.
      </p>
      <button type="submit">Confirm mandate</button>
    </form>
  );
}
