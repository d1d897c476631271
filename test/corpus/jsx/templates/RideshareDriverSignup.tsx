import { useState } from "react";

export function DriverSignup() {
  const [vehicleYear, setVehicleYear] = useState("");
  return (
    <form className="driver">
      <h2>Become a driver</h2>
      <label htmlFor="dl">Driver&apos;s license number</label>
      <input id="dl" name="licenseNumber" /> {/* expect: government-id */}
      <label htmlFor="dlState">License state</label>
      <input id="dlState" name="licenseState" />
      <label htmlFor="dlExpiry">License expiration date</label>
      <input id="dlExpiry" name="licenseExpiration" type="date" />
      <label htmlFor="plate">License plate</label>
      <input id="plate" name="licensePlate" />
      <label htmlFor="vin">VIN</label>
      <input id="vin" name="vin" maxLength={17} />
      <label htmlFor="year">Vehicle year</label>
      <input id="year" name="vehicleYear" value={vehicleYear} onChange={(e) => setVehicleYear(e.target.value)} />
      <label htmlFor="make">Make and model</label>
      <input id="make" name="makeModel" />
      <label>
        <input type="checkbox" name="backgroundCheckConsent" /> I consent to a background check
      </label>
      <button type="submit">Apply</button>
    </form>
  );
}
