import { LitElement, html, css } from "lit";
import { classMap } from "lit/directives/class-map.js";

export class PayCardForm extends LitElement {
  static properties = {
    maskFields: { type: Boolean, attribute: "mask-fields" },
    errors: { type: Object },
  };

  static styles = css`
    :host { display: block; }
    .row { display: flex; gap: 8px; }
  `;

  constructor() {
    super();
    this.maskFields = false;
    this.errors = {};
  }

  render() {
    return html`
      <form @submit=${this.#submit}>
        <label for="number">Card number</label>
        <!-- expect: payment-card -->
        <input id="number" name="number" autocomplete="cc-number" .value=${this.number ?? ""}
          class=${classMap({ invalid: Boolean(this.errors.number) })}>
        <div class="row">
          <label>Expiry
            <!-- expect: payment-card conditional -->
            <input name="expiry" placeholder="MM/YY" class="${this.maskFields ? "fs-exclude" : ""}">
          </label>
          <label data-private>CVC <input name="cvc" maxlength="4"></label>
        </div>
        <label>Promo code <input name="promo" ?disabled=${this.busy}></label>
        <button type="submit">Pay</button>
      </form>
    `;
  }

  #submit(event) {
    event.preventDefault();
    this.dispatchEvent(new CustomEvent("pay", { detail: new FormData(event.target) }));
  }
}
customElements.define("pay-card-form", PayCardForm);
