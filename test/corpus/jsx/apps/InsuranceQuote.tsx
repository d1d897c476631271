import { useState } from "react";

export function InsuranceQuote() {
  const [step, setStep] = useState(1);
  return (
    <form className="quote">
      {step === 1 && (
        <>
          <label htmlFor="dob">Date of birth</label>
          <input id="dob" name="dob" placeholder="DD/MM/YYYY" /> {/* expect: date-of-birth */}
          <label htmlFor="postcode">Postcode</label>
          <input id="postcode" name="postcode" />
          <label htmlFor="occupation">Occupation</label>
          <input id="occupation" name="occupation" />
          <button type="button" onClick={() => setStep(2)}>
            Next
          </button>
        </>
      )}
      {step === 2 && (
        <>
          <fieldset>
            <legend>Do you have any pre-existing medical conditions?</legend>
            <label>
              <input type="radio" name="preExisting" value="yes" /> Yes {/* expect: health */}
            </label>
            <label>
              <input type="radio" name="preExisting" value="no" /> No {/* expect: health */}
            </label>
          </fieldset>
          <label htmlFor="conditionDetails">Please list your conditions</label>
          <textarea id="conditionDetails" name="conditionDetails" /> {/* expect: health */}
          <fieldset>
            <legend>Have you used tobacco in the last 12 months?</legend>
            <label>
              <input type="radio" name="tobacco" value="yes" /> Yes
            </label>
            <label>
              <input type="radio" name="tobacco" value="no" /> No
            </label>
          </fieldset>
          <label htmlFor="coverAmount">Cover amount</label>
          <select id="coverAmount" name="coverAmount">
            <option>£100,000</option>
            <option>£250,000</option>
          </select>
        </>
      )}
    </form>
  );
}
