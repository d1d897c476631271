import { useState } from "react";

export function Overboeking() {
  const [bedrag, setBedrag] = useState("");
  return (
    <form className="overboeking">
      <label htmlFor="naar">Naar rekeningnummer</label>
      <input id="naar" name="tegenrekening" placeholder="NL00 BANK 0123 4567 89" /> {/* expect: bank-account */}
      <label htmlFor="naam">Naam ontvanger</label>
      <input id="naam" name="naamOntvanger" />
      <label htmlFor="bedrag">Bedrag</label>
      <input id="bedrag" name="bedrag" inputMode="decimal" value={bedrag} onChange={(e) => setBedrag(e.target.value)} />
      <label htmlFor="omschrijving">Omschrijving</label>
      <input id="omschrijving" name="omschrijving" maxLength={140} />
      <label>
        <input type="checkbox" name="inAdresboek" /> Opslaan in adresboek
      </label>
      <button type="submit">Volgende</button>
    </form>
  );
}
