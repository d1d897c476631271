export function BoardingPassLookup() {
  return (
    <form className="boarding">
      <h2>Find your booking</h2>
      <label htmlFor="bookingRef">Booking reference</label>
      <input id="bookingRef" name="bookingReference" maxLength={6} />
      <label htmlFor="passengerLastName">Passenger last name</label>
      <input id="passengerLastName" name="passengerLastName" />
      <label htmlFor="seasonPass">Season pass number</label>
      <input id="seasonPass" name="seasonPassNumber" />
      <label htmlFor="frequentFlyer">Frequent flyer number</label>
      <input id="frequentFlyer" name="frequentFlyerNumber" />
      <button type="submit">Get boarding pass</button>
    </form>
  );
}
