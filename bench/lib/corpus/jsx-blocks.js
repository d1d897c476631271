// Non-form building blocks of a React code base: presentational components, hooks, utilities,
// constants, reducers. Each returns the code of one top-level declaration group.

import { NOUNS, ADJECTIVES, sentence, COUNTRIES } from "./vocab.js";

/** @typedef {import("./jsx-fields.js").JsxCtx} JsxCtx */

/** @param {JsxCtx} ctx @param {string} n */
const noun = (ctx, n) => `${ctx.rng.pick(NOUNS)}${n}`;

/** @param {JsxCtx} ctx @param {string} n */
function listComponent(ctx, n) {
  const { ts, imports, rng } = ctx;
  const N = noun(ctx, n);
  const adj = rng.pick(ADJECTIVES);
  imports.named("./format", "formatDate");
  const lines = [];
  if (ts) lines.push(`interface ${N}Item {`, "  id: string;", "  title: string;", "  createdAt: string;", "  status: \"open\" | \"closed\";", "}", "", `interface ${adj}${N}ListProps {`, `  items: ${N}Item[];`, "  onSelect?: (id: string) => void;", "  emptyLabel?: string;", "}", "");
  lines.push(
    `export function ${adj}${N}List({ items, onSelect, emptyLabel = "Nothing here yet" }${ts ? `: ${adj}${N}ListProps` : ""}) {`,
    "  if (items.length === 0) {",
    `    return <p className="empty">{emptyLabel}</p>;`,
    "  }",
    "  return (",
    `    <ul className="${adj.toLowerCase()}-list" aria-label="${adj} ${N.replace(/\d+$/, "").toLowerCase()}s">`,
    "      {items.map((item) => (",
    `        <li key={item.id} className={item.status === "open" ? "is-open" : undefined}>`,
    "          <button type=\"button\" onClick={() => onSelect?.(item.id)}>",
    "            {item.title}",
    "          </button>",
    "          <time dateTime={item.createdAt}>{formatDate(item.createdAt)}</time>",
    "        </li>",
    "      ))}",
    "    </ul>",
    "  );",
    "}",
  );
  return lines.join("\n");
}

/** @param {JsxCtx} ctx @param {string} n */
function cardComponent(ctx, n) {
  const { ts, imports, rng } = ctx;
  const N = noun(ctx, n);
  imports.named("./format", "formatCurrency");
  imports.named("@acme/design-system", "Badge", "Card");
  const lines = [];
  if (ts) lines.push(`type ${N}CardProps = {`, "  title: string;", "  amount: number;", "  currency?: string;", "  tags?: readonly string[];", "  highlighted?: boolean;", "  children?: React.ReactNode;", "};", "");
  lines.push(
    `export const ${N}Card = ({ title, amount, currency = "USD", tags = [], highlighted = false, children }${ts ? `: ${N}CardProps` : ""}) => (`,
    `  <Card elevation={highlighted ? 2 : 0} className="${N.toLowerCase()}-card">`,
    "    <header>",
    "      <h3>{title}</h3>",
    "      <strong>{formatCurrency(amount, currency)}</strong>",
    "    </header>",
    "    {tags.length > 0 && (",
    "      <div className=\"tags\">",
    "        {tags.map((tag) => (",
    `          <Badge key={tag} variant="${rng.pick(["subtle", "outline", "solid"])}">`,
    "            {tag}",
    "          </Badge>",
    "        ))}",
    "      </div>",
    "    )}",
    `    <p>${sentence(rng)}</p>`,
    "    {children}",
    "  </Card>",
    ");",
  );
  return lines.join("\n");
}

/** @param {JsxCtx} ctx @param {string} n */
function tableComponent(ctx, n) {
  const { ts, imports, rng } = ctx;
  const N = noun(ctx, n);
  imports.named("react", "useMemo", "useState");
  const cols = rng.sample(["id", "name", "status", "total", "createdAt", "owner", "region", "updatedAt", "priority"], rng.int(3, 7));
  const lines = [];
  if (ts) lines.push(`export type ${N}Row = {`, ...cols.map((c) => `  ${c}: ${c === "total" ? "number" : "string"};`), "};", "", `type SortKey${n} = keyof ${N}Row;`, "");
  lines.push(
    `const ${N.toUpperCase()}_COLUMNS${ts ? `: { key: SortKey${n}; label: string; numeric?: boolean }[]` : ""} = [`,
    ...cols.map((c) => `  { key: "${c}", label: "${c[0].toUpperCase()}${c.slice(1).replace(/([A-Z])/g, " $1").toLowerCase()}"${c === "total" ? ", numeric: true" : ""} },`),
    "];",
    "",
    `export function ${N}Table({ rows }${ts ? `: { rows: ${N}Row[] }` : ""}) {`,
    `  const [sortKey, setSortKey] = useState${ts ? `<SortKey${n}>` : ""}("${cols[0]}");`,
    "  const [ascending, setAscending] = useState(true);",
    "  const sorted = useMemo(() => {",
    "    const copy = [...rows];",
    "    copy.sort((a, b) => {",
    "      const left = a[sortKey];",
    "      const right = b[sortKey];",
    "      const order = left < right ? -1 : left > right ? 1 : 0;",
    "      return ascending ? order : -order;",
    "    });",
    "    return copy;",
    "  }, [rows, sortKey, ascending]);",
    "",
    "  return (",
    "    <table className=\"data-table\">",
    "      <thead>",
    "        <tr>",
    `          {${N.toUpperCase()}_COLUMNS.map((column) => (`,
    "            <th key={column.key} scope=\"col\" aria-sort={column.key === sortKey ? (ascending ? \"ascending\" : \"descending\") : \"none\"}>",
    "              <button",
    "                type=\"button\"",
    "                onClick={() => {",
    "                  if (column.key === sortKey) setAscending((value) => !value);",
    "                  else setSortKey(column.key);",
    "                }}",
    "              >",
    "                {column.label}",
    "              </button>",
    "            </th>",
    "          ))}",
    "        </tr>",
    "      </thead>",
    "      <tbody>",
    "        {sorted.map((row) => (",
    `          <tr key={row.${cols[0]}}>`,
    `            {${N.toUpperCase()}_COLUMNS.map((column) => (`,
    "              <td key={column.key} className={column.numeric ? \"numeric\" : undefined}>",
    "                {String(row[column.key])}",
    "              </td>",
    "            ))}",
    "          </tr>",
    "        ))}",
    "      </tbody>",
    "    </table>",
    "  );",
    "}",
  );
  return lines.join("\n");
}

/** @param {JsxCtx} ctx @param {string} n */
function modalComponent(ctx, n) {
  const { ts, imports, rng } = ctx;
  imports.named("react", "useEffect", "useRef");
  imports.named("react-dom", "createPortal");
  const N = `${rng.pick(["Confirm", "Delete", "Archive", "Share", "Export"])}${noun(ctx, n)}Dialog`;
  return [
    `export function ${N}({ open, onClose, onConfirm, title }${ts ? ": { open: boolean; onClose: () => void; onConfirm: () => void; title: string }" : ""}) {`,
    `  const dialogRef = useRef${ts ? "<HTMLDivElement>" : ""}(null);`,
    "",
    "  useEffect(() => {",
    "    if (!open) return undefined;",
    `    const onKey = (event${ts ? ": KeyboardEvent" : ""}) => {`,
    "      if (event.key === \"Escape\") onClose();",
    "    };",
    "    document.addEventListener(\"keydown\", onKey);",
    "    dialogRef.current?.focus();",
    "    return () => document.removeEventListener(\"keydown\", onKey);",
    "  }, [open, onClose]);",
    "",
    "  if (!open) return null;",
    "  return createPortal(",
    "    <div className=\"backdrop\" onClick={onClose}>",
    "      <div",
    "        ref={dialogRef}",
    "        role=\"dialog\"",
    "        aria-modal=\"true\"",
    "        aria-labelledby=\"dialog-title\"",
    "        tabIndex={-1}",
    "        onClick={(event) => event.stopPropagation()}",
    "      >",
    "        <h2 id=\"dialog-title\">{title}</h2>",
    `        <p>${sentence(rng)}</p>`,
    "        <div className=\"actions\">",
    "          <button type=\"button\" onClick={onClose}>",
    "            Cancel",
    "          </button>",
    "          <button type=\"button\" className=\"danger\" onClick={onConfirm}>",
    "            Confirm",
    "          </button>",
    "        </div>",
    "      </div>",
    "    </div>,",
    "    document.body,",
    "  );",
    "}",
  ].join("\n");
}

/** @param {JsxCtx} ctx @param {string} n */
function tabsComponent(ctx, n) {
  const { ts, imports, rng } = ctx;
  imports.named("react", "useState");
  const tabs = rng.sample(["Overview", "Activity", "Settings", "Members", "Billing", "Usage", "Logs", "Integrations"], rng.int(2, 5));
  return [
    `export function ${noun(ctx, n)}Tabs(${ts ? "{ initial = 0 }: { initial?: number }" : "{ initial = 0 }"}) {`,
    "  const [active, setActive] = useState(initial);",
    `  const tabs = ${JSON.stringify(tabs)};`,
    "  return (",
    "    <div className=\"tabs\">",
    "      <div role=\"tablist\">",
    "        {tabs.map((label, index) => (",
    "          <button",
    "            key={label}",
    "            role=\"tab\"",
    "            aria-selected={index === active}",
    "            tabIndex={index === active ? 0 : -1}",
    "            onClick={() => setActive(index)}",
    "          >",
    "            {label}",
    "          </button>",
    "        ))}",
    "      </div>",
    ...tabs.map((t, i) => `      {active === ${i} && (\n        <section role="tabpanel" aria-label="${t}">\n          <p>${sentence(rng)}</p>\n        </section>\n      )}`),
    "    </div>",
    "  );",
    "}",
  ].join("\n");
}

/** @param {JsxCtx} ctx @param {string} n */
function navComponent(ctx, n) {
  const { imports, rng } = ctx;
  imports.named("react-router-dom", "NavLink");
  const links = rng.sample(["dashboard", "orders", "customers", "products", "reports", "settings", "billing", "help"], rng.int(3, 7));
  return [
    `export function ${rng.pick(["Main", "Side", "Top", "Account"])}Nav${n}() {`,
    "  return (",
    "    <nav aria-label=\"Main\">",
    "      <ul>",
    ...links.map((l) => `        <li>\n          <NavLink to="/${l}" className={({ isActive }) => (isActive ? "active" : undefined)}>\n            ${l[0].toUpperCase()}${l.slice(1)}\n          </NavLink>\n        </li>`),
    "      </ul>",
    "    </nav>",
    "  );",
    "}",
  ].join("\n");
}

/** @param {JsxCtx} ctx @param {string} n */
function hookBlock(ctx, n) {
  const { ts, imports, rng } = ctx;
  const kind = rng.pick(["debounce", "fetch", "storage", "media", "interval"]);
  if (kind === "debounce") {
    imports.named("react", "useEffect", "useState");
    return [
      `export function useDebounce${n}${ts ? "<T>" : ""}(value${ts ? ": T" : ""}, delay = ${rng.pick([150, 250, 300, 500])})${ts ? ": T" : ""} {`,
      "  const [debounced, setDebounced] = useState(value);",
      "  useEffect(() => {",
      "    const timer = setTimeout(() => setDebounced(value), delay);",
      "    return () => clearTimeout(timer);",
      "  }, [value, delay]);",
      "  return debounced;",
      "}",
    ].join("\n");
  }
  if (kind === "fetch") {
    imports.named("react", "useEffect", "useState");
    return [
      ts ? `type FetchState${n}<T> = { status: "idle" | "loading" | "done" | "error"; data?: T; error?: Error };\n` : "",
      `export function useFetch${n}${ts ? "<T>" : ""}(url${ts ? ": string | null" : ""})${ts ? `: FetchState${n}<T>` : ""} {`,
      `  const [state, setState] = useState${ts ? `<FetchState${n}<T>>` : ""}({ status: "idle" });`,
      "  useEffect(() => {",
      "    if (!url) return undefined;",
      "    const controller = new AbortController();",
      "    setState({ status: \"loading\" });",
      "    fetch(url, { signal: controller.signal, headers: { Accept: \"application/json\" } })",
      "      .then((response) => {",
      "        if (!response.ok) throw new Error(`Request failed: ${response.status}`);",
      `        return response.json()${ts ? " as Promise<T>" : ""};`,
      "      })",
      "      .then((data) => setState({ status: \"done\", data }))",
      "      .catch((error) => {",
      "        if (error.name !== \"AbortError\") setState({ status: \"error\", error });",
      "      });",
      "    return () => controller.abort();",
      "  }, [url]);",
      "  return state;",
      "}",
    ].join("\n");
  }
  if (kind === "storage") {
    imports.named("react", "useCallback", "useState");
    return [
      `export function useLocalStorage${n}${ts ? "<T>" : ""}(key${ts ? ": string" : ""}, initial${ts ? ": T" : ""}) {`,
      `  const [value, setValue] = useState${ts ? "<T>" : ""}(() => {`,
      "    try {",
      "      const raw = window.localStorage.getItem(key);",
      `      return raw === null ? initial : (JSON.parse(raw)${ts ? " as T" : ""});`,
      "    } catch {",
      "      return initial;",
      "    }",
      "  });",
      "  const update = useCallback(",
      `    (next${ts ? ": T" : ""}) => {`,
      "      setValue(next);",
      "      window.localStorage.setItem(key, JSON.stringify(next));",
      "    },",
      "    [key],",
      "  );",
      `  return [value, update]${ts ? " as const" : ""};`,
      "}",
    ].join("\n");
  }
  if (kind === "media") {
    imports.named("react", "useSyncExternalStore");
    return [
      `export function useMediaQuery${n}(query${ts ? ": string" : ""})${ts ? ": boolean" : ""} {`,
      "  return useSyncExternalStore(",
      "    (notify) => {",
      "      const list = window.matchMedia(query);",
      "      list.addEventListener(\"change\", notify);",
      "      return () => list.removeEventListener(\"change\", notify);",
      "    },",
      "    () => window.matchMedia(query).matches,",
      "    () => false,",
      "  );",
      "}",
    ].join("\n");
  }
  imports.named("react", "useEffect", "useRef");
  return [
    `export function useInterval${n}(callback${ts ? ": () => void" : ""}, delay${ts ? ": number | null" : ""}) {`,
    "  const saved = useRef(callback);",
    "  useEffect(() => {",
    "    saved.current = callback;",
    "  }, [callback]);",
    "  useEffect(() => {",
    "    if (delay === null) return undefined;",
    "    const id = setInterval(() => saved.current(), delay);",
    "    return () => clearInterval(id);",
    "  }, [delay]);",
    "}",
  ].join("\n");
}

/** @param {JsxCtx} ctx @param {string} n */
function utilBlock(ctx, n) {
  const { ts, rng } = ctx;
  const kind = rng.pick(["currency", "date", "api", "validators", "group"]);
  if (kind === "currency") {
    return [
      `const formatters${n} = new Map${ts ? "<string, Intl.NumberFormat>" : ""}();`,
      "",
      `export function formatMoney${n}(amount${ts ? ": number" : ""}, currency = "USD", locale = "${rng.pick(["en-US", "de-DE", "fr-FR", "en-GB"])}")${ts ? ": string" : ""} {`,
      "  const key = `${locale}:${currency}`;",
      `  let formatter = formatters${n}.get(key);`,
      "  if (!formatter) {",
      "    formatter = new Intl.NumberFormat(locale, { style: \"currency\", currency });",
      `    formatters${n}.set(key, formatter);`,
      "  }",
      "  return formatter.format(amount / 100);",
      "}",
    ].join("\n");
  }
  if (kind === "date") {
    return [
      `export function relativeTime${n}(iso${ts ? ": string" : ""}, now = Date.now())${ts ? ": string" : ""} {`,
      "  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);",
      "  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: \"auto\" });",
      `  const units${ts ? ": [Intl.RelativeTimeFormatUnit, number][]" : ""} = [`,
      "    [\"year\", 31536000],",
      "    [\"month\", 2592000],",
      "    [\"day\", 86400],",
      "    [\"hour\", 3600],",
      "    [\"minute\", 60],",
      "  ];",
      "  for (const [unit, size] of units) {",
      "    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);",
      "  }",
      "  return rtf.format(seconds, \"second\");",
      "}",
    ].join("\n");
  }
  if (kind === "api") {
    const N = rng.pick(NOUNS);
    const path = `${N.toLowerCase()}s`;
    return [
      ts ? `export interface ${N}Dto${n} {\n  id: string;\n  name: string;\n  updatedAt: string;\n}\n` : "",
      `export async function fetch${N}s${n}(params${ts ? ": { page?: number; pageSize?: number; q?: string }" : ""} = {})${ts ? `: Promise<${N}Dto${n}[]>` : ""} {`,
      "  const search = new URLSearchParams();",
      "  if (params.page) search.set(\"page\", String(params.page));",
      "  if (params.pageSize) search.set(\"page_size\", String(params.pageSize));",
      "  if (params.q) search.set(\"q\", params.q);",
      `  const response = await fetch(\`/api/v2/${path}?\${search.toString()}\`, { credentials: "include" });`,
      "  if (!response.ok) {",
      `    throw new Error(\`Could not load ${path} (\${response.status})\`);`,
      "  }",
      "  const body = await response.json();",
      `  return body.results${ts ? ` as ${N}Dto${n}[]` : ""};`,
      "}",
    ].join("\n");
  }
  if (kind === "validators") {
    return [
      `const EMAIL_RE${n} = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/;`,
      `const POSTAL_RE${n} = /^[A-Z0-9][A-Z0-9 -]{2,9}$/i;`,
      "",
      `export const validators${n} = {`,
      `  email: (value${ts ? ": string" : ""}) => (EMAIL_RE${n}.test(value) ? null : "Enter a valid email address"),`,
      `  postalCode: (value${ts ? ": string" : ""}) => (POSTAL_RE${n}.test(value) ? null : "Enter a valid postal code"),`,
      `  required: (value${ts ? ": unknown" : ""}) => (value === "" || value == null ? "This field is required" : null),`,
      `  minLength: (min${ts ? ": number" : ""}) => (value${ts ? ": string" : ""}) => (value.length >= min ? null : \`At least \${min} characters\`),`,
      "};",
    ].join("\n");
  }
  return [
    `export function groupBy${n}${ts ? "<T, K extends PropertyKey>" : ""}(items${ts ? ": readonly T[]" : ""}, key${ts ? ": (item: T) => K" : ""})${ts ? ": Record<K, T[]>" : ""} {`,
    `  const out = {}${ts ? " as Record<K, T[]>" : ""};`,
    "  for (const item of items) {",
    "    const k = key(item);",
    "    (out[k] ??= []).push(item);",
    "  }",
    "  return out;",
    "}",
  ].join("\n");
}

/** Constants: lookup tables and messages (how big files often get big). @param {JsxCtx} ctx @param {string} n */
function constantsBlock(ctx, n) {
  const { rng, ts } = ctx;
  const kind = rng.pick(["messages", "countries", "routes"]);
  if (kind === "messages") {
    const count = rng.int(10, 40);
    return [
      `export const MESSAGES_${n} = {`,
      ...Array.from({ length: count }, (_, i) => `  "${rng.pick(NOUNS).toLowerCase()}.${rng.pick(["title", "empty", "error", "success", "hint"])}.${i}": "${sentence(rng, 4, 12)}",`),
      `}${ts ? " as const" : ""};`,
    ].join("\n");
  }
  if (kind === "countries") {
    return [
      `export const COUNTRY_LIST_${n} = [`,
      ...COUNTRIES.map(([code, name]) => `  { code: "${code}", name: "${name}", dialCode: "+${rng.int(1, 99)}", currency: "${rng.pick(["USD", "EUR", "GBP", "JPY", "BRL"])}" },`),
      `]${ts ? " as const" : ""};`,
    ].join("\n");
  }
  const routes = rng.sample(["dashboard", "orders", "orders/:id", "customers", "customers/:id", "products", "settings/profile", "settings/billing", "reports", "help"], rng.int(4, 10));
  return [`export const ROUTES_${n} = {`, ...routes.map((r) => `  ${r.replace(/[/:]+(\w)/g, (_, c) => c.toUpperCase())}: "/${r}",`), `}${ts ? " as const" : ""};`].join("\n");
}

/** @param {JsxCtx} ctx @param {string} n */
function reducerBlock(ctx, n) {
  const { ts, imports } = ctx;
  imports.named("react", "createContext", "useContext", "useReducer");
  if (!ctx.jsx) imports.named("react", "createElement");
  const N = noun(ctx, n);
  return [
    ts ? `type ${N}State = { items: { id: string; quantity: number }[]; loading: boolean };\n` : "",
    ts ? `type ${N}Action =\n  | { type: "add"; id: string }\n  | { type: "remove"; id: string }\n  | { type: "loading"; value: boolean };\n` : "",
    `function ${N.toLowerCase()}Reducer(state${ts ? `: ${N}State` : ""}, action${ts ? `: ${N}Action` : ""})${ts ? `: ${N}State` : ""} {`,
    "  switch (action.type) {",
    "    case \"add\": {",
    "      const existing = state.items.find((item) => item.id === action.id);",
    "      if (existing) {",
    "        return { ...state, items: state.items.map((item) => (item.id === action.id ? { ...item, quantity: item.quantity + 1 } : item)) };",
    "      }",
    "      return { ...state, items: [...state.items, { id: action.id, quantity: 1 }] };",
    "    }",
    "    case \"remove\":",
    "      return { ...state, items: state.items.filter((item) => item.id !== action.id) };",
    "    case \"loading\":",
    "      return { ...state, loading: action.value };",
    "    default:",
    "      return state;",
    "  }",
    "}",
    "",
    `const ${N}Context = createContext${ts ? `<{ state: ${N}State; dispatch: React.Dispatch<${N}Action> } | null>` : ""}(null);`,
    "",
    `export function ${N}Provider({ children }${ts ? ": { children: React.ReactNode }" : ""}) {`,
    `  const [state, dispatch] = useReducer(${N.toLowerCase()}Reducer, { items: [], loading: false });`,
    ctx.jsx
      ? `  return <${N}Context.Provider value={{ state, dispatch }}>{children}</${N}Context.Provider>;`
      : `  return createElement(${N}Context.Provider, { value: { state, dispatch } }, children);`,
    "}",
    "",
    `export function use${N}() {`,
    `  const value = useContext(${N}Context);`,
    `  if (!value) throw new Error("use${N} must be used inside ${N}Provider");`,
    "  return value;",
    "}",
  ].join("\n");
}

/** Small private subcomponent with inline markup, as pages have many of. @param {JsxCtx} ctx @param {string} n */
function sectionComponent(ctx, n) {
  const { rng } = ctx;
  const N = `${rng.pick(["Hero", "Feature", "Pricing", "Faq", "Stats", "Empty", "Help", "Summary"])}Section${n}`;
  const items = Array.from({ length: rng.int(2, 6) }, () => sentence(rng, 4, 14));
  return [
    `function ${N}() {`,
    "  return (",
    `    <section className="${N.toLowerCase()}">`,
    `      <h2>${sentence(rng, 2, 5).slice(0, -1)}</h2>`,
    ...items.map((t) => `      <p>${t}</p>`),
    rng.chance(0.4) ? `      <img src="/images/${N.toLowerCase()}.png" alt="" width={${rng.int(100, 800)}} height={${rng.int(100, 600)}} />` : "",
    rng.chance(0.5) ? `      <a href="/docs/${N.toLowerCase()}" className="link">Learn more</a>` : "",
    "    </section>",
    "  );",
    "}",
  ].filter(Boolean).join("\n");
}

export const COMPONENT_BLOCKS = [listComponent, cardComponent, tableComponent, modalComponent, tabsComponent, navComponent, sectionComponent];
export const LOGIC_BLOCKS = [hookBlock, utilBlock, constantsBlock, reducerBlock];
export { hookBlock, utilBlock, constantsBlock, reducerBlock, sectionComponent };
