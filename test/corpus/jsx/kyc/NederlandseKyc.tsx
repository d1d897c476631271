import { useFormik } from "formik";

export function NederlandseKyc() {
  const formik = useFormik({
    initialValues: { bsn: "", geboortedatum: "", iban: "", tenaamstelling: "", beroep: "" },
    onSubmit: (values) => console.log(values),
  });
  return (
    <form onSubmit={formik.handleSubmit} className="kyc-nl">
      <label htmlFor="bsn">Burgerservicenummer (BSN)</label>
      <input id="bsn" maxLength={9} {...formik.getFieldProps("bsn")} /> {/* expect: government-id */}

      <label htmlFor="geboortedatum">Geboortedatum</label>
      <input id="geboortedatum" type="date" {...formik.getFieldProps("geboortedatum")} /> {/* expect: date-of-birth */}

      <label htmlFor="iban">Rekeningnummer (IBAN)</label>
      <input id="iban" {...formik.getFieldProps("iban")} /> {/* expect: bank-account */}

      <label htmlFor="tenaamstelling">Tenaamstelling</label>
      <input id="tenaamstelling" {...formik.getFieldProps("tenaamstelling")} />

      <label htmlFor="beroep">Beroep</label>
      <input id="beroep" {...formik.getFieldProps("beroep")} />
      <button type="submit">Volgende</button>
    </form>
  );
}
