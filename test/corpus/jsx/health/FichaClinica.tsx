import { useState } from "react";

const TIPOS = ["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"];

export function FichaClinica() {
  const [temAlergia, setTemAlergia] = useState(false);
  return (
    <form className="ficha">
      <h2>Ficha clínica</h2>
      <label htmlFor="nome">Nome completo</label>
      <input id="nome" name="nomeCompleto" />
      <label htmlFor="nascimento">Data de nascimento</label>
      <input id="nascimento" name="dataNascimento" type="date" /> {/* expect: date-of-birth */}
      <label htmlFor="sangue">Tipo sanguíneo</label>
      <select id="sangue" name="tipoSanguineo"> {/* expect: health */}
        {TIPOS.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={temAlergia} onChange={(e) => setTemAlergia(e.target.checked)} /> Tenho alergias {/* expect: health */}
      </label>
      {temAlergia && (
        <>
          <label htmlFor="alergias">Alergias</label>
          <textarea id="alergias" name="alergias" /> {/* expect: health */}
        </>
      )}
      <label htmlFor="medicamentos">Medicamentos em uso</label>
      <textarea id="medicamentos" name="medicamentos" /> {/* expect: health */}
      <label htmlFor="convenio">Convênio</label>
      <input id="convenio" name="convenio" />
      <label htmlFor="observacoes">Observações</label>
      <textarea id="observacoes" name="observacoes" />
      <button type="submit">Salvar</button>
    </form>
  );
}
