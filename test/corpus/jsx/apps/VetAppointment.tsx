export function VetAppointment() {
  return (
    <form className="vet">
      <label htmlFor="petName">Pet&apos;s name</label>
      <input id="petName" name="petName" />
      <label htmlFor="species">Species</label>
      <select id="species" name="species">
        <option>Dog</option>
        <option>Cat</option>
      </select>
      <label htmlFor="breed">Breed</label>
      <input id="breed" name="breed" />
      <label htmlFor="microchip">Microchip number</label>
      <input id="microchip" name="microchipNumber" />
      <label htmlFor="ownerPhone">Your phone number</label>
      <input id="ownerPhone" name="ownerPhone" type="tel" />
      <label htmlFor="visitDate">Preferred date</label>
      <input id="visitDate" name="visitDate" type="date" />
      <button type="submit">Book</button>
    </form>
  );
}
