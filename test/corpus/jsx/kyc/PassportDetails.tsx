import { useState, type ChangeEvent } from "react";
import { COUNTRIES } from "@/data/countries";

export function PassportDetails({ onNext }: { onNext: () => void }) {
  const [preview, setPreview] = useState<string | null>(null);
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) setPreview(URL.createObjectURL(file));
  };
  return (
    <form className="passport" onSubmit={onNext}>
      <label htmlFor="passportNumber">Passport number</label>
      <input id="passportNumber" name="passportNumber" autoCapitalize="characters" maxLength={9} /> {/* expect: government-id */}

      <label htmlFor="nationality">Nationality</label>
      <select id="nationality" name="nationality">
        {COUNTRIES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>

      <label htmlFor="issuingCountry">Issuing country</label>
      <select id="issuingCountry" name="issuingCountry">
        {COUNTRIES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>

      <label htmlFor="passportExpiry">Passport expiry date</label>
      <input id="passportExpiry" name="passportExpiry" type="date" />

      <label htmlFor="passportPhoto">Upload a photo of your passport</label>
      <input id="passportPhoto" name="passportPhoto" type="file" accept="image/*" onChange={onFile} />
      {preview && <img src={preview} alt="Passport preview" className="preview" />}

      <button type="submit">Next</button>
    </form>
  );
}
