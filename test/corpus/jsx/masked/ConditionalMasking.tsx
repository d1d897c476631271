import { clsx } from "clsx";

type Props = { maskInputs: boolean; isSensitive: boolean; recording: boolean };

export function ConditionalMasking({ maskInputs, isSensitive, recording }: Props) {
  return (
    <form>
      <label htmlFor="cn">Card number</label>
      <input // expect: payment-card conditional
        id="cn"
        name="cardNumber"
        className={clsx("input", { "fs-exclude": isSensitive })}
      />
      <label htmlFor="cvc">CVC</label>
      <input id="cvc" name="cvc" data-private={maskInputs} /> {/* expect: payment-auth conditional */}
      <label htmlFor="exp">Expiry date</label>
      <input id="exp" name="cardExpiry" className={recording ? "sentry-mask" : undefined} /> {/* expect: payment-card conditional */}
      <div className={clsx(recording && "ph-no-capture")}>
        <label htmlFor="holder">Cardholder name</label>
        <input id="holder" name="cardholderName" /> {/* expect: payment-card conditional */}
      </div>
    </form>
  );
}

export function TextOnlyMasking() {
  return (
    <div className="rr-mask">
      <label htmlFor="ssn2">Social security number</label>
      <input id="ssn2" name="ssn" /> {/* expect: government-id textOnly */}
      <label htmlFor="allergy2">Allergies</label>
      <textarea id="allergy2" name="allergies" className="ph-mask" /> {/* expect: health textOnly */}
    </div>
  );
}
