import { useState } from "react";

const ALLERGENS = ["Gluten", "Peanuts", "Milk", "Eggs", "Soy"];

export function RecipeEditor() {
  const [title, setTitle] = useState("");
  return (
    <form className="recipe">
      <input name="title" placeholder="Recipe title" value={title} onChange={(e) => setTitle(e.target.value)} />
      <textarea name="ingredients" placeholder="Ingredients, one per line" />
      <textarea name="instructions" placeholder="Method" />
      <fieldset>
        <legend>Contains allergens</legend>
        {ALLERGENS.map((a) => (
          <label key={a}>
            <input type="checkbox" name="allergens" value={a} /> {a}
          </label>
        ))}
      </fieldset>
      <label>
        Cooking time (minutes)
        <input name="cookingTime" type="number" />
      </label>
      <label>
        Serving size
        <input name="servings" type="number" />
      </label>
      <div contentEditable className="notes" aria-label="Chef's notes" />
    </form>
  );
}
