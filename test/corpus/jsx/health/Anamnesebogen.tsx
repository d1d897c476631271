import { useState } from "react";

const KRANKENKASSEN = ["AOK", "Barmer", "DAK-Gesundheit", "Techniker Krankenkasse", "Privat versichert"];

export function Anamnesebogen() {
  const [versichert, setVersichert] = useState("gesetzlich");
  return (
    <form className="anamnese">
      <h2>Anamnesebogen</h2>
      <label htmlFor="kasse">Krankenkasse</label>
      <select id="kasse" name="krankenkasse"> {/* expect: health */}
        {KRANKENKASSEN.map((k) => (
          <option key={k}>{k}</option>
        ))}
      </select>
      <label htmlFor="versichertennummer">Versichertennummer</label>
      <input id="versichertennummer" name="versichertennummer" maxLength={10} /> {/* expect: health */}

      <label htmlFor="allergien">Allergien</label>
      <textarea id="allergien" name="allergien" /> {/* expect: health */}

      <label htmlFor="medikamente">Regelmäßig eingenommene Medikamente</label>
      <textarea id="medikamente" name="medikamente" /> {/* expect: health */}

      <label htmlFor="vorerkrankungen">Vorerkrankungen</label>
      <textarea id="vorerkrankungen" name="vorerkrankungen" /> {/* expect: health */}

      <fieldset>
        <legend>Versicherungsart</legend>
        <label>
          <input type="radio" name="versicherung" value="gesetzlich" checked={versichert === "gesetzlich"} onChange={() => setVersichert("gesetzlich")} />
          gesetzlich
        </label>
        <label>
          <input type="radio" name="versicherung" value="privat" checked={versichert === "privat"} onChange={() => setVersichert("privat")} />
          privat
        </label>
      </fieldset>
      <label htmlFor="hausarzt">Hausarzt / Hausärztin</label>
      <input id="hausarzt" name="hausarzt" />
      <label htmlFor="termin">Wunschtermin</label>
      <input id="termin" name="wunschtermin" type="date" />
      <button type="submit">Absenden</button>
    </form>
  );
}
