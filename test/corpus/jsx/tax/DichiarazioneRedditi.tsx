import { useForm } from "react-hook-form";

type Dati = { codiceFiscale: string; dataNascita: string; comuneNascita: string; partitaIva: string; ibanRimborso: string; aliquota: string };

export function DichiarazioneRedditi() {
  const { register } = useForm<Dati>();
  return (
    <form className="dichiarazione">
      <label>
        Codice fiscale
        <input {...register("codiceFiscale")} maxLength={16} style={{ textTransform: "uppercase" }} /> {/* expect: government-id */}
      </label>
      <label>
        Data di nascita
        <input type="date" {...register("dataNascita")} /> {/* expect: date-of-birth */}
      </label>
      <label>
        Comune di nascita
        <input {...register("comuneNascita")} />
      </label>
      <label>
        Partita IVA (solo per lavoratori autonomi)
        <input {...register("partitaIva")} maxLength={11} />
      </label>
      <label>
        IBAN per il rimborso
        <input {...register("ibanRimborso")} /> {/* expect: bank-account */}
      </label>
      <label>
        Aliquota IVA
        <select {...register("aliquota")}>
          <option value="22">22%</option>
          <option value="10">10%</option>
          <option value="4">4%</option>
        </select>
      </label>
    </form>
  );
}
