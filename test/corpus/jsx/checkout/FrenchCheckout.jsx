import React from "react";
import PropTypes from "prop-types";

export default function PaiementCarte({ values, onChange, errors }) {
  return (
    <form className="paiement" method="post">
      <h2>Paiement sécurisé</h2>
      <div className="form-group">
        <label htmlFor="numCarte">Numéro de carte bancaire</label>
        <input // expect: payment-card
          type="tel"
          id="numCarte"
          name="numCarte"
          className="form-control"
          value={values.numCarte}
          onChange={onChange}
          maxLength={19}
        />
        {errors.numCarte && <span className="erreur">{errors.numCarte}</span>}
      </div>
      <div className="form-row">
        <div className="form-group col-6">
          <label htmlFor="dateExp">Date d&apos;expiration</label>
          <input type="text" id="dateExp" name="date_exp" className="form-control" placeholder="MM/AA" value={values.date_exp} onChange={onChange} /> {/* expect: payment-card */}
        </div>
        <div className="form-group col-6">
          <label htmlFor="crypto">Cryptogramme visuel</label>
          <input type="tel" id="crypto" name="crypto" className="form-control" maxLength={3} value={values.crypto} onChange={onChange} /> {/* expect: payment-auth */}
        </div>
      </div>
      <div className="form-group">
        <label htmlFor="titulaire">Nom du titulaire de la carte</label>
        <input type="text" id="titulaire" name="titulaire" className="form-control" value={values.titulaire} onChange={onChange} /> {/* expect: payment-card */}
      </div>
      <div className="form-group">
        <label htmlFor="courriel">Adresse e-mail pour la facture</label>
        <input type="email" id="courriel" name="courriel" className="form-control" value={values.courriel} onChange={onChange} />
      </div>
      <div className="form-check">
        <input type="checkbox" id="cgv" name="cgv" className="form-check-input" />
        <label htmlFor="cgv" className="form-check-label">J&apos;accepte les conditions générales de vente</label>
      </div>
      <button type="submit" className="btn btn-primary">Payer</button>
    </form>
  );
}

PaiementCarte.propTypes = {
  values: PropTypes.object.isRequired,
  onChange: PropTypes.func.isRequired,
  errors: PropTypes.object,
};
