import { useState } from "react";
import InputMask from "react-input-mask";

const PARCELAS = [1, 2, 3, 6, 10, 12];

export function PagamentoCartao() {
  const [parcelas, setParcelas] = useState(1);
  return (
    <form className="checkout">
      <div className="campo">
        <label htmlFor="numero">Número do cartão</label>
        <InputMask mask="9999 9999 9999 9999" id="numero" name="numero" /> {/* expect: payment-card */}
      </div>
      <div className="campo">
        <label htmlFor="nome">Nome impresso no cartão</label>
        <input id="nome" name="nome" /> {/* expect: payment-card */}
      </div>
      <div className="linha">
        <div className="campo">
          <label htmlFor="validade">Validade</label>
          <InputMask mask="99/99" id="validade" name="validade" placeholder="MM/AA" /> {/* expect: payment-card */}
        </div>
        <div className="campo">
          <label htmlFor="cvv">CVV</label>
          <input id="cvv" name="cvv" maxLength={4} inputMode="numeric" /> {/* expect: payment-auth */}
        </div>
      </div>
      <div className="campo">
        <label htmlFor="cpf">CPF do titular</label>
        <InputMask mask="999.999.999-99" id="cpf" name="cpf" /> {/* expect: government-id */}
      </div>
      <div className="campo">
        <label htmlFor="parcelas">Parcelas</label>
        <select id="parcelas" name="parcelas" value={parcelas} onChange={(e) => setParcelas(Number(e.target.value))}>
          {PARCELAS.map((n) => (
            <option key={n} value={n}>
              {n}x sem juros
            </option>
          ))}
        </select>
      </div>
      <div className="campo">
        <label htmlFor="cupom">Cupom de desconto</label>
        <input id="cupom" name="cupom" />
      </div>
      <button type="submit">Finalizar compra</button>
    </form>
  );
}
