import { useId } from "react";

export function Kassa({ total }: { total: number }) {
  const id = useId();
  return (
    <form className="kassa" action="/api/kassa" method="post">
      <h2>Dina uppgifter</h2>
      <label htmlFor="epost">Din e-postadress</label>
      <input id="epost" name="epost" type="email" autoComplete="email" />
      <label htmlFor="mobil">Ditt mobilnummer</label>
      <input id="mobil" name="mobil" type="tel" autoComplete="tel" />

      <h2>Betalning</h2>
      <label htmlFor="kortnummer">Kortnummer</label>
      <input id="kortnummer" name="kortnummer" autoComplete="cc-number" inputMode="numeric" /> {/* expect: payment-card */}
      <div className="rad">
        <div>
          <label htmlFor={`${id}-utg`}>Utgångsdatum (MM/ÅÅ)</label>
          <input id={`${id}-utg`} name="utgangsdatum" autoComplete="cc-exp" /> {/* expect: payment-card */}
        </div>
        <div>
          <label htmlFor={`${id}-cvc`}>Säkerhetskod (CVC)</label>
          <input id={`${id}-cvc`} name="cvc" autoComplete="cc-csc" inputMode="numeric" /> {/* expect: payment-auth */}
        </div>
      </div>
      <label htmlFor="rabattkod">Rabattkod</label>
      <input id="rabattkod" name="rabattkod" />
      <p>Att betala: {total} kr</p>
      <button type="submit">Betala</button>
    </form>
  );
}
