import React from "react";
import Cards from "react-credit-cards-2";

export default class PaymentForm extends React.Component {
  state = { cvc: "", expiry: "", focus: "", name: "", number: "" };

  handleInputFocus = (e) => {
    this.setState({ focus: e.target.name });
  };

  handleInputChange = (e) => {
    const { name, value } = e.target;
    this.setState({ [name]: value });
  };

  render() {
    return (
      <div id="PaymentForm">
        <Cards cvc={this.state.cvc} expiry={this.state.expiry} focused={this.state.focus} name={this.state.name} number={this.state.number} />
        <form>
          <input // expect: payment-card
            type="tel"
            name="number"
            placeholder="Card Number"
            pattern="[\d| ]{16,22}"
            onChange={this.handleInputChange}
            onFocus={this.handleInputFocus}
          />
          <input type="text" name="name" placeholder="Name" required onChange={this.handleInputChange} onFocus={this.handleInputFocus} /> {/* expect: payment-card */}
          <div className="row">
            <div className="col-6">
              <input type="tel" name="expiry" placeholder="Valid Thru" pattern="\d\d/\d\d" required onChange={this.handleInputChange} onFocus={this.handleInputFocus} /> {/* expect: payment-card */}
            </div>
            <div className="col-6">
              <input type="tel" name="cvc" placeholder="CVC" pattern="\d{3,4}" required onChange={this.handleInputChange} onFocus={this.handleInputFocus} /> {/* expect: payment-auth */}
            </div>
          </div>
          <button className="btn btn-primary btn-block">PAY</button>
        </form>
      </div>
    );
  }
}
