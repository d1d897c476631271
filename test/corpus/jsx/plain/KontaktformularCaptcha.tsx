export function KontaktformularCaptcha() {
  return (
    <form className="kontakt" action="/kontakt" method="post">
      <input name="name" placeholder="Ihr Name" />
      <input name="email" type="email" placeholder="Ihre E-Mail-Adresse" />
      <textarea name="nachricht" placeholder="Ihre Nachricht an uns" />
      <div className="captcha">
        <img src="/captcha.php" alt="Sicherheitsbild" />
        <label htmlFor="sicherheitscode">Sicherheitscode</label>
        <input id="sicherheitscode" name="sicherheitscode" />
      </div>
      <button type="submit">Absenden</button>
    </form>
  );
}
