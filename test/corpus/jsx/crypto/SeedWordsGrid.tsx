import { useState } from "react";

export function SeedWordsGrid({ wordCount = 12, onDone }: { wordCount?: 12 | 24; onDone: (words: string[]) => void }) {
  const [seedWords, setSeedWords] = useState<string[]>(Array(wordCount).fill(""));
  return (
    <form
      className="seed-grid"
      onSubmit={(e) => {
        e.preventDefault();
        onDone(seedWords);
      }}
    >
      <h2>Confirm your seed phrase</h2>
      <ol>
        {seedWords.map((word, i) => (
          <li key={i}>
            <input // expect: crypto-secret
              name={`seedWord${i + 1}`}
              aria-label={`Seed word ${i + 1}`}
              value={word}
              autoComplete="off"
              onChange={(e) => setSeedWords((w) => w.map((x, j) => (j === i ? e.target.value.trim() : x)))}
            />
          </li>
        ))}
      </ol>
      <button type="submit">Continue</button>
    </form>
  );
}
