import { useState, type FormEvent } from "react";

interface Props {
  total: string;
  onSubmit: (data: FormData) => void;
}

export function CheckoutPaymentForm({ total, onSubmit }: Props) {
  const [coupon, setCoupon] = useState("");
  const handleSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSubmit(new FormData(e.currentTarget));
  };

  return (
    <form className="checkout-form" onSubmit={handleSubmit} noValidate>
      <fieldset>
        <legend>Contact</legend>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required />
      </fieldset>

      <fieldset>
        <legend>Payment</legend>
        <div className="field">
          <label htmlFor="cc-number">Card number</label>
          <input // expect: payment-card
            id="cc-number"
            name="cardNumber"
            inputMode="numeric"
            autoComplete="cc-number"
            placeholder="1234 1234 1234 1234"
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="cc-exp">Expiry</label>
            <input id="cc-exp" name="expiry" placeholder="MM / YY" autoComplete="cc-exp" /> {/* expect: payment-card */}
          </div>
          <div className="field">
            <label htmlFor="cc-csc">CVC</label>
            <input id="cc-csc" name="cvc" inputMode="numeric" maxLength={4} autoComplete="off" /> {/* expect: payment-auth */}
          </div>
        </div>
        <div className="field">
          <label htmlFor="cc-name">Name on card</label>
          <input id="cc-name" name="nameOnCard" autoComplete="cc-name" /> {/* expect: payment-card */}
        </div>
      </fieldset>

      <fieldset>
        <legend>Billing address</legend>
        <input name="line1" autoComplete="billing address-line1" placeholder="Street and number" />
        <input name="city" autoComplete="billing address-level2" placeholder="City" />
        <input name="postalCode" autoComplete="billing postal-code" placeholder="ZIP" />
        <select name="country" autoComplete="billing country" defaultValue="US">
          <option value="US">United States</option>
          <option value="CA">Canada</option>
        </select>
      </fieldset>

      <div className="coupon">
        <label htmlFor="coupon">Discount code</label>
        <input id="coupon" name="couponCode" value={coupon} onChange={(e) => setCoupon(e.target.value)} />
        <button type="button">Apply</button>
      </div>
      <label htmlFor="gift-message">Gift message (optional)</label>
      <textarea id="gift-message" name="giftMessage" rows={3} />
      <label>
        <input type="checkbox" name="saveCard" /> Save this card for next time
      </label>
      <button type="submit">Pay {total}</button>
    </form>
  );
}
