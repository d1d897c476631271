import { useState, type FormEvent } from "react";

export interface CardDetails {
  holder: string;
  number: string;
  expiry: string;
  cvc: string;
}

interface CardFormProps {
  amountLabel: string;
  onPay: (card: CardDetails) => Promise<void>;
}

/** The payment step of the checkout. */
export function CardForm({ amountLabel, onPay }: CardFormProps) {
  const [card, setCard] = useState<CardDetails>({ holder: "", number: "", expiry: "", cvc: "" });
  const [promo, setPromo] = useState("");

  const update = (key: keyof CardDetails) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setCard({ ...card, [key]: event.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await onPay(card);
  }

  return (
    <form className="checkout-card" onSubmit={submit}>
      <label htmlFor="cc-holder">Name on card</label>
      <input id="cc-holder" autoComplete="cc-name" value={card.holder} onChange={update("holder")} />

      {/* Not masked: the recorder sees every digit of the card number. */}
      <label htmlFor="cc-number">Card number</label>
      <input
        id="cc-number"
        name="cardNumber"
        autoComplete="cc-number"
        inputMode="numeric"
        value={card.number}
        onChange={update("number")}
      />

      {/* Masked for FullStory: fs-mask on the wrapper covers both fields. */}
      <div className="card-row fs-mask">
        <input name="expiry" autoComplete="cc-exp" placeholder="MM / YY" value={card.expiry} onChange={update("expiry")} />
        <input name="cvc" autoComplete="cc-csc" placeholder="CVC" value={card.cvc} onChange={update("cvc")} />
      </div>

      {/* A promo code is not card data: no finding. */}
      <label htmlFor="promo">Gift card or promo code</label>
      <input id="promo" name="promoCode" value={promo} onChange={(event) => setPromo(event.target.value)} />

      <button type="submit">Pay {amountLabel}</button>
    </form>
  );
}
