import { useState } from "react";

export function GiftCardRedeem({ onRedeem }: { onRedeem: (number: string, pin: string) => void }) {
  const [giftCardNumber, setGiftCardNumber] = useState("");
  const [giftCardPin, setGiftCardPin] = useState("");
  return (
    <section className="gift-card">
      <h3>Have a gift card?</h3>
      <div className="row">
        <input
          name="giftCardNumber"
          placeholder="Gift card number"
          value={giftCardNumber}
          onChange={(e) => setGiftCardNumber(e.target.value)}
        />
        <input name="giftCardPin" placeholder="PIN" value={giftCardPin} onChange={(e) => setGiftCardPin(e.target.value)} />
        <button type="button" onClick={() => onRedeem(giftCardNumber, giftCardPin)}>
          Redeem
        </button>
      </div>
      <h3>Send as a gift</h3>
      <input name="recipientName" placeholder="Recipient's name" />
      <input name="recipientEmail" type="email" placeholder="Recipient's email" />
      <textarea name="giftCardMessage" placeholder="Add a personal message" maxLength={200} />
      <select name="giftCardDesign" defaultValue="birthday">
        <option value="birthday">Birthday</option>
        <option value="thanks">Thank you</option>
      </select>
      <input name="promoCode" placeholder="Promo code" />
    </section>
  );
}
