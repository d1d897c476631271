import { useState } from "react";

export function EventBooking() {
  const [partySize, setPartySize] = useState(2);
  return (
    <form className="booking">
      <label htmlFor="eventType">Occasion</label>
      <select id="eventType" name="eventType">
        <option>Birthday party</option>
        <option>Anniversary</option>
        <option>Business dinner</option>
      </select>
      <label htmlFor="partySize">Party size</label>
      <input id="partySize" name="partySize" type="number" value={partySize} onChange={(e) => setPartySize(Number(e.target.value))} />
      <label htmlFor="date">Date</label>
      <input id="date" name="bookingDate" type="date" />
      <label htmlFor="birthdayMessage">Birthday message for the cake</label>
      <input id="birthdayMessage" name="birthdayMessage" />
      <label htmlFor="dietary">Dietary requirements</label>
      <input id="dietary" name="dietaryRequirements" />
      <label htmlFor="requests">Special requests</label>
      <textarea id="requests" name="specialRequests" />
      <label>
        <input type="checkbox" name="highChair" /> We need a high chair
      </label>
    </form>
  );
}
