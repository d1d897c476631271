import { useState } from "react";

export function ImportWallet({ onImport }: { onImport: (phrase: string, password: string) => void }) {
  const [mode, setMode] = useState<"phrase" | "key">("phrase");
  const [phrase, setPhrase] = useState("");
  const [privateKey, setPrivateKey] = useState("");
  const [password, setPassword] = useState("");
  return (
    <div className="import-wallet">
      <div className="tabs" role="tablist">
        <button role="tab" aria-selected={mode === "phrase"} onClick={() => setMode("phrase")}>
          Recovery phrase
        </button>
        <button role="tab" aria-selected={mode === "key"} onClick={() => setMode("key")}>
          Private key
        </button>
      </div>
      {mode === "phrase" ? (
        <>
          <label htmlFor="mnemonic">Secret Recovery Phrase</label>
          <textarea // expect: crypto-secret
            id="mnemonic"
            name="mnemonic"
            rows={3}
            placeholder="Enter your 12 or 24 word phrase, separated by spaces"
            value={phrase}
            onChange={(e) => setPhrase(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </>
      ) : (
        <>
          <label htmlFor="pk">Private key</label>
          <input id="pk" name="privateKey" value={privateKey} onChange={(e) => setPrivateKey(e.target.value)} /> {/* expect: crypto-secret|credential */}
        </>
      )}
      <label htmlFor="walletName">Wallet name</label>
      <input id="walletName" name="walletName" defaultValue="Account 1" />
      <label htmlFor="wpw">New password</label>
      <input id="wpw" type="password" name="password" value={password} onChange={(e) => setPassword(e.target.value)} />
      <button onClick={() => onImport(phrase || privateKey, password)}>Import</button>
    </div>
  );
}
