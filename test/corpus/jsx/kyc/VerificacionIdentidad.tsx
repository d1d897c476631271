import { useState } from "react";

type TipoDocumento = "DNI" | "NIE" | "PASAPORTE";

export function VerificacionIdentidad() {
  const [tipo, setTipo] = useState<TipoDocumento>("DNI");
  return (
    <form className="verificacion">
      <h2>Verifica tu identidad</h2>
      <label htmlFor="tipoDocumento">Tipo de documento</label>
      <select id="tipoDocumento" name="tipoDocumento" value={tipo} onChange={(e) => setTipo(e.target.value as TipoDocumento)}>
        <option value="DNI">DNI</option>
        <option value="NIE">NIE</option>
        <option value="PASAPORTE">Pasaporte</option>
      </select>

      <label htmlFor="numeroDocumento">Número de documento</label>
      <input // expect: government-id
        id="numeroDocumento"
        name="numeroDocumento"
        placeholder={tipo === "NIE" ? "X1234567L" : "12345678Z"}
        maxLength={9}
      />

      <label htmlFor="fechaNacimiento">Fecha de nacimiento</label>
      <input id="fechaNacimiento" name="fechaNacimiento" type="date" /> {/* expect: date-of-birth */}

      <label htmlFor="nacionalidad">Nacionalidad</label>
      <input id="nacionalidad" name="nacionalidad" />

      <label htmlFor="profesion">Profesión</label>
      <input id="profesion" name="profesion" />

      <label>
        <input type="checkbox" name="pep" /> Soy una persona con responsabilidad pública (PEP)
      </label>
      <button type="submit">Enviar</button>
    </form>
  );
}
