import { html, render } from "lit-html";

const subscribe = (event) => {
  event.preventDefault();
};

export function renderFooter(container, { query = "" } = {}) {
  render(
    html`<footer>
      <form role="search" action="/search">
        <input type="search" name="q" .value=${query} placeholder="Search the docs" aria-label="Search">
      </form>
      <form @submit=${subscribe}>
        <label>Email <input type="email" name="email" autocomplete="email"></label>
        <label>Security code <input name="security_code" placeholder="Type the characters above"></label>
        <button>Subscribe</button>
      </form>
    </footer>`,
    container,
  );
}
