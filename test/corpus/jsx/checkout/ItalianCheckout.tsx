import { Formik, Form, Field, ErrorMessage } from "formik";
import * as Yup from "yup";

const schema = Yup.object({
  numeroCarta: Yup.string().required("Obbligatorio"),
  scadenza: Yup.string().matches(/^\d{2}\/\d{2}$/, "Formato MM/AA"),
  cvv: Yup.string().min(3).max(4),
  titolare: Yup.string().required(),
  codiceFiscale: Yup.string().length(16),
});

export const PagamentoCarta = ({ onPaga }: { onPaga: (v: unknown) => void }) => (
  <Formik
    initialValues={{ numeroCarta: "", scadenza: "", cvv: "", titolare: "", codiceFiscale: "", fattura: false, note: "" }}
    validationSchema={schema}
    onSubmit={onPaga}
  >
    <Form className="pagamento">
      <label htmlFor="titolare">Titolare carta</label>
      <Field id="titolare" name="titolare" /> {/* expect: payment-card */}
      <ErrorMessage name="titolare" component="div" className="errore" />

      <label htmlFor="numeroCarta">Numero carta</label>
      <Field id="numeroCarta" name="numeroCarta" inputMode="numeric" /> {/* expect: payment-card */}

      <div className="riga">
        <div>
          <label htmlFor="scadenza">Scadenza</label>
          <Field id="scadenza" name="scadenza" placeholder="MM/AA" /> {/* expect: payment-card */}
        </div>
        <div>
          <label htmlFor="cvv">Codice di sicurezza (CVV)</label>
          <Field id="cvv" name="cvv" maxLength={4} /> {/* expect: payment-auth */}
        </div>
      </div>

      <label>
        <Field type="checkbox" name="fattura" /> Desidero la fattura
      </label>
      <label htmlFor="codiceFiscale">Codice fiscale</label>
      <Field id="codiceFiscale" name="codiceFiscale" maxLength={16} /> {/* expect: government-id */}

      <label htmlFor="note">Note per il corriere</label>
      <Field as="textarea" id="note" name="note" />
      <button type="submit">Paga ora</button>
    </Form>
  </Formik>
);
