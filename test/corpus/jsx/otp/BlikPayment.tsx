import { useState } from "react";

export function PlatnoscBlik({ kwota }: { kwota: string }) {
  const [kod, setKod] = useState("");
  return (
    <form className="blik">
      <h3>Zapłać kodem BLIK</h3>
      <p>Kwota do zapłaty: {kwota} zł</p>
      <label htmlFor="blik">Kod BLIK</label>
      <input // expect: one-time-code
        id="blik"
        name="blikCode"
        inputMode="numeric"
        maxLength={6}
        placeholder="000 000"
        value={kod}
        onChange={(e) => setKod(e.target.value.replace(/\D/g, ""))}
      />
      <p className="pomoc">Kod znajdziesz w aplikacji swojego banku. Jest ważny przez 2 minuty.</p>
      <label>
        <input type="checkbox" name="regulamin" /> Akceptuję regulamin
      </label>
      <button type="submit">Zapłać</button>
    </form>
  );
}
