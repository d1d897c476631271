import { useEffect, useRef } from "react";
import classNames from "classnames";

type Props = { clientKey: string; hasHolderName?: boolean; error?: string };

// Secured fields: Adyen injects iframes into the [data-cse] spans, so the card number never sits in our DOM.
export default function AdyenStyleCardForm({ clientKey, hasHolderName = true, error }: Props) {
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // mount secured fields here
  }, [clientKey]);

  return (
    <div ref={rootRef} className="adyen-checkout__card-input">
      <label className="adyen-checkout__field">
        <span className="adyen-checkout__label__text">Card number</span>
        <span className="adyen-checkout__input" data-cse="encryptedCardNumber" />
      </label>
      <div className="adyen-checkout__field-wrapper">
        <label className="adyen-checkout__field">
          <span className="adyen-checkout__label__text">Expiry date</span>
          <span className="adyen-checkout__input" data-cse="encryptedExpiryDate" />
        </label>
        <label className="adyen-checkout__field">
          <span className="adyen-checkout__label__text">Security code</span>
          <span className="adyen-checkout__input" data-cse="encryptedSecurityCode" />
        </label>
      </div>
      {hasHolderName && (
        <label className={classNames("adyen-checkout__field", { "adyen-checkout__field--error": !!error })}>
          <span className="adyen-checkout__label__text">Name on card</span>
          <input // expect: payment-card
            className="adyen-checkout__input adyen-checkout__card__holderName__input"
            name="holderName"
            placeholder="J. Smith"
            autoComplete="cc-name"
          />
        </label>
      )}
      <label className="adyen-checkout__store-details">
        <input type="checkbox" name="storePaymentMethod" />
        <span>Save for my next payment</span>
      </label>
    </div>
  );
}
