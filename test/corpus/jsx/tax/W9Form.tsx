import { useState } from "react";

const CLASSIFICATIONS = ["Individual/sole proprietor", "C Corporation", "S Corporation", "Partnership", "Trust/estate", "LLC"];

export function W9Form() {
  const [classification, setClassification] = useState(CLASSIFICATIONS[0]);
  const [tinType, setTinType] = useState<"ssn" | "ein">("ssn");
  return (
    <form className="w9">
      <label htmlFor="name">Name (as shown on your income tax return)</label>
      <input id="name" name="name" />
      <label htmlFor="businessName">Business name/disregarded entity name, if different from above</label>
      <input id="businessName" name="businessName" />
      <label htmlFor="classification">Federal tax classification</label>
      <select id="classification" name="taxClassification" value={classification} onChange={(e) => setClassification(e.target.value)}>
        {CLASSIFICATIONS.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <label htmlFor="address">Address (number, street, and apt. or suite no.)</label>
      <input id="address" name="address" />
      <fieldset>
        <legend>Taxpayer Identification Number (TIN)</legend>
        <label>
          <input type="radio" name="tinType" value="ssn" checked={tinType === "ssn"} onChange={() => setTinType("ssn")} /> Social security number
        </label>
        <label>
          <input type="radio" name="tinType" value="ein" checked={tinType === "ein"} onChange={() => setTinType("ein")} /> Employer identification number
        </label>
      </fieldset>
      {tinType === "ssn" ? (
        <input name="ssn" placeholder="XXX-XX-XXXX" aria-label="Social security number" /> // expect: government-id
      ) : (
        <input name="ein" placeholder="XX-XXXXXXX" aria-label="Employer identification number" />
      )}
      <label>
        <input type="checkbox" name="certify" required /> Under penalties of perjury, I certify that the number shown on this form is my correct taxpayer identification number
      </label>
      <button type="submit">Sign and submit</button>
    </form>
  );
}
