import { useState } from "react";

export function UtilityBillPay() {
  const [amount, setAmount] = useState("");
  return (
    <form className="billpay">
      <h2>Pay your electricity bill</h2>
      <label htmlFor="customerAccount">Customer account number (on your bill)</label>
      <input id="customerAccount" name="customerAccountNumber" />
      <label htmlFor="meter">Meter reading</label>
      <input id="meter" name="meterReading" inputMode="numeric" />
      <label htmlFor="amount">Amount</label>
      <input id="amount" name="amount" value={amount} onChange={(e) => setAmount(e.target.value)} />
      <label htmlFor="cardNumber">Card number</label>
      <input id="cardNumber" name="cardNumber" autoComplete="cc-number" /> {/* expect: payment-card */}
      <label htmlFor="exp">Expiry</label>
      <input id="exp" name="exp" placeholder="MM/YY" /> {/* expect: payment-card */}
      <label htmlFor="cvv">Security code</label>
      <input id="cvv" name="securityCode" maxLength={4} /> {/* expect: payment-auth */}
      <button type="submit">Pay</button>
    </form>
  );
}
