import { useState } from "react";

export function Ueberweisung() {
  const [tanVerfahren, setTanVerfahren] = useState("pushtan");
  return (
    <form className="ueberweisung">
      <label htmlFor="empfaenger">Name des Empfängers</label>
      <input id="empfaenger" name="empfaenger" />
      <label htmlFor="iban">IBAN des Empfängers</label>
      <input id="iban" name="empfaengerIban" /> {/* expect: bank-account */}
      <label htmlFor="betrag">Betrag in EUR</label>
      <input id="betrag" name="betrag" inputMode="decimal" />
      <label htmlFor="zweck">Verwendungszweck</label>
      <input id="zweck" name="verwendungszweck" maxLength={140} />
      <label htmlFor="verfahren">TAN-Verfahren</label>
      <select id="verfahren" name="tanVerfahren" value={tanVerfahren} onChange={(e) => setTanVerfahren(e.target.value)}>
        <option value="pushtan">pushTAN</option>
        <option value="chiptan">chipTAN</option>
      </select>
      <label htmlFor="tan">TAN eingeben</label>
      <input id="tan" name="tan" inputMode="numeric" maxLength={6} autoComplete="one-time-code" /> {/* expect: one-time-code */}
      <button type="submit">Überweisung ausführen</button>
    </form>
  );
}
