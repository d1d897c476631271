export function CinemaBooking() {
  return (
    <form className="cinema">
      <label htmlFor="showtime">Showtime</label>
      <select id="showtime" name="showtime">
        <option>18:00</option>
        <option>21:00</option>
      </select>
      <label htmlFor="seats">Seats</label>
      <input id="seats" name="seats" />
      <label htmlFor="studentCard">Student card number (for discount)</label>
      <input id="studentCard" name="studentCardNumber" />
      <label htmlFor="loyalty">Loyalty card number</label>
      <input id="loyalty" name="loyaltyCardNumber" />
      <label htmlFor="library">Library card</label>
      <input id="library" name="libraryCard" />
      <label htmlFor="promo">Promo code</label>
      <input id="promo" name="promoCode" />
      <button type="submit">Book tickets</button>
    </form>
  );
}
