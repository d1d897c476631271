import { LitElement, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";

@customElement("iban-mandate")
export class IbanMandate extends LitElement {
  @property({ type: Boolean }) masked = true;
  @state() private showTaxId = false;

  protected override render() {
    return html`<form class="mandate">
      <h3>SEPA-Lastschriftmandat</h3>
      <label for="inhaber">Kontoinhaber</label>
      <input id="inhaber" name="kontoinhaber">
      <label for="iban">IBAN</label>
      <!-- expect: bank-account conditional -->
      <input id="iban" name="iban" data-sentry-mask=${this.masked ? "" : nothing}>
      ${this.showTaxId
        ? html`<label for="steuer">Steuer-ID</label>
            <!-- expect: government-id -->
            <input id="steuer" name="steuer_id">`
        : nothing}
      <div class="sentry-mask">
        <label for="ref">Mandatsreferenz</label>
        <input id="ref" name="mandatsreferenz">
        <label for="bic">BIC</label>
        <input id="bic" name="bic">
      </div>
      <label for="geburt">Geburtsdatum</label>
      <!-- expect: date-of-birth -->
      <input id="geburt" name="geburtsdatum" type=${"date"}>
    </form>`;
  }
}
