import { useState } from "react";

export function Candidature() {
  const [casier, setCasier] = useState("");
  return (
    <form className="candidature">
      <label htmlFor="poste">Poste souhaité</label>
      <input id="poste" name="poste" />
      <label htmlFor="dispo">Date de disponibilité</label>
      <input id="dispo" name="disponibilite" type="date" />
      <label htmlFor="pretentions">Prétentions salariales</label>
      <input id="pretentions" name="pretentions" />
      <fieldset>
        <legend>Avez-vous des mentions à votre casier judiciaire ?</legend>
        <label>
          <input type="radio" name="casierJudiciaire" value="oui" checked={casier === "oui"} onChange={() => setCasier("oui")} /> Oui {/* expect: criminal */}
        </label>
        <label>
          <input type="radio" name="casierJudiciaire" value="non" checked={casier === "non"} onChange={() => setCasier("non")} /> Non {/* expect: criminal */}
        </label>
      </fieldset>
      <label htmlFor="permis">Permis de conduire</label>
      <select id="permis" name="permis">
        <option>Aucun</option>
        <option>B</option>
        <option>C</option>
      </select>
      <label htmlFor="lettre">Lettre de motivation</label>
      <textarea id="lettre" name="lettre" />
      <button type="submit">Envoyer ma candidature</button>
    </form>
  );
}
