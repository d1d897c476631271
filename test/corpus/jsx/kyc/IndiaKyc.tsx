import { useState } from "react";

export function IndiaKyc() {
  const [pan, setPan] = useState("");
  return (
    <form className="kyc-in">
      <h3>Complete your KYC</h3>
      <div className="field">
        <label htmlFor="pan">PAN</label>
        <input // expect: government-id
          id="pan"
          name="pan"
          value={pan}
          onChange={(e) => setPan(e.target.value.toUpperCase())}
          placeholder="ABCDE1234F"
          maxLength={10}
        />
      </div>
      <div className="field">
        <label htmlFor="aadhaar">Aadhaar number</label>
        <input id="aadhaar" name="aadhaarNumber" inputMode="numeric" placeholder="XXXX XXXX XXXX" maxLength={14} /> {/* expect: government-id */}
      </div>
      <div className="field">
        <label htmlFor="dob">Date of birth (as on PAN card)</label>
        <input id="dob" name="dob" type="date" /> {/* expect: date-of-birth */}
      </div>
      <div className="field">
        <label htmlFor="address">Address</label>
        <textarea id="address" name="address" rows={2} />
      </div>
      <div className="row">
        <input name="city" placeholder="City" />
        <input name="state" placeholder="State" />
        <input name="pincode" placeholder="Pincode" maxLength={6} inputMode="numeric" />
      </div>
      <div className="field">
        <label htmlFor="gstin">GSTIN (for businesses)</label>
        <input id="gstin" name="gstin" maxLength={15} />
      </div>
      <button type="submit">Submit</button>
    </form>
  );
}
