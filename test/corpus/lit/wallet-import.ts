import { html as litHtml, LitElement, type TemplateResult } from "lit";
import { customElement } from "lit/decorators.js";
import "@shoelace-style/shoelace/dist/components/input/input.js";

const secretRow = (label: string): TemplateResult => litHtml`
  <div class="secret-row">
    <!-- expect: crypto-secret -->
    <sl-input name="seed_phrase" label=${label} type="text"></sl-input>
  </div>`;

@customElement("wallet-import")
export class WalletImport extends LitElement {
  override render() {
    return litHtml`
      <section class="wallet-import">
        ${secretRow("Recovery phrase")}
        <sl-input name="wallet_name" label="Wallet name"></sl-input>
        <div class="ph-no-capture">
          <sl-textarea name="private_key" label="Private key"></sl-textarea>
        </div>
        <!-- expect: credential|crypto-secret -->
        <sl-input name="passphrase" label="Passphrase" type="password" password-toggle></sl-input>
        <sl-input name="search" type="search" placeholder="Search tokens"></sl-input>
      </section>`;
  }
}
