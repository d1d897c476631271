import { useState } from "react";

export function CaptchaContact({ captchaUrl }: { captchaUrl: string }) {
  const [nonce, setNonce] = useState(0);
  return (
    <form className="contact" method="post" action="/contact">
      <label htmlFor="name">Your name</label>
      <input id="name" name="name" />
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" />
      <label htmlFor="subject">Subject</label>
      <select id="subject" name="subject">
        <option>General question</option>
        <option>Billing</option>
        <option>Partnerships</option>
      </select>
      <label htmlFor="message">Message</label>
      <textarea id="message" name="message" rows={6} />
      <div className="captcha">
        <img src={`${captchaUrl}?n=${nonce}`} alt="CAPTCHA" />
        <button type="button" onClick={() => setNonce(nonce + 1)}>
          New image
        </button>
        <label htmlFor="security_code">Type the security code shown above</label>
        <input id="security_code" name="security_code" autoComplete="off" />
      </div>
      <button type="submit">Send</button>
    </form>
  );
}
