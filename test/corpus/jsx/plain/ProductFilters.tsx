import { useSearchParams } from "react-router-dom";

const CONDITIONS = ["New", "Like new", "Used", "For parts"];

export function ProductFilters() {
  const [params, setParams] = useSearchParams();
  const update = (key: string, value: string) => {
    params.set(key, value);
    setParams(params);
  };
  return (
    <aside className="filters">
      <input type="search" name="q" placeholder="Search products" defaultValue={params.get("q") ?? ""} onChange={(e) => update("q", e.target.value)} />
      <label htmlFor="sortBy">Sort by</label>
      <select id="sortBy" name="sortBy" onChange={(e) => update("sort", e.target.value)}>
        <option value="relevance">Relevance</option>
        <option value="price_asc">Price: low to high</option>
      </select>
      <fieldset>
        <legend>Condition</legend>
        {CONDITIONS.map((c) => (
          <label key={c}>
            <input type="checkbox" name="condition" value={c} /> {c}
          </label>
        ))}
      </fieldset>
      <label htmlFor="minPrice">Min price</label>
      <input id="minPrice" name="minPrice" type="number" />
      <label htmlFor="maxPrice">Max price</label>
      <input id="maxPrice" name="maxPrice" type="number" />
      <input type="range" name="rating" min={1} max={5} />
      <label>
        <input type="checkbox" name="inStock" /> In stock only
      </label>
      <select name="experienceLevel" aria-label="Experience level">
        <option>Beginner</option>
        <option>Expert</option>
      </select>
      <select name="shippingMethod" aria-label="Shipping">
        <option>Standard</option>
        <option>Express</option>
      </select>
    </aside>
  );
}
