import { clsx } from "clsx";
import { cn } from "@/lib/utils";

const MASK = "fs-exclude";

export function MaskedCheckout({ compact }: { compact: boolean }) {
  return (
    <form className={clsx("checkout", MASK)}>
      <label htmlFor="number">Card number</label>
      <input id="number" name="cardNumber" autoComplete="cc-number" />
      <label htmlFor="exp">Expiry (MM/YY)</label>
      <input id="exp" name="cardExpiry" autoComplete="cc-exp" />
      <label htmlFor="cvc">CVC</label>
      <input id="cvc" name="cvc" className={cn("input", compact && "input--sm")} autoComplete="cc-csc" />
    </form>
  );
}

export function MaskedBankForm() {
  return (
    <div data-private>
      <label htmlFor="iban2">IBAN</label>
      <input id="iban2" name="iban" />
    </div>
  );
}

export function MaskedKyc() {
  return (
    <section>
      <label htmlFor="ssn">SSN</label>
      <input id="ssn" name="ssn" data-dd-privacy="mask" />
      <label htmlFor="dob">Date of birth</label>
      <input id="dob" name="dob" type="date" className="ph-no-capture" />
      <label htmlFor="passport">Passport number</label>
      <input id="passport" name="passportNumber" data-sentry-mask />
      <label htmlFor="pesel">PESEL</label>
      <input id="pesel" name="pesel" data-hj-suppress />
      <label htmlFor="bsn">BSN</label>
      <input id="bsn" name="bsn" data-clarity-mask="true" />
      <label htmlFor="tfn">Tax file number</label>
      <input id="tfn" name="tfn" className="amp-mask" />
    </section>
  );
}

export function MaskedHealth() {
  return (
    <fieldset className={`intake ${"rr-block"}`}>
      <legend>Medical history</legend>
      <textarea name="medicalHistory" />
      <textarea name="allergies" className={`field ${compactClass()}`} />
    </fieldset>
  );
}

function compactClass() {
  return "field--compact";
}
