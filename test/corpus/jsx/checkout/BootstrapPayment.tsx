import { useState } from "react";
import Form from "react-bootstrap/Form";
import Row from "react-bootstrap/Row";
import Col from "react-bootstrap/Col";
import Button from "react-bootstrap/Button";

export function BootstrapPayment() {
  const [validated, setValidated] = useState(false);
  return (
    <Form noValidate validated={validated} onSubmit={() => setValidated(true)}>
      <Form.Group className="mb-3" controlId="ccName">
        <Form.Label>Name on card</Form.Label>
        <Form.Control type="text" required /> {/* expect: payment-card */}
        <Form.Text muted>Full name as displayed on card</Form.Text>
      </Form.Group>
      <Form.Group className="mb-3" controlId="ccNumber">
        <Form.Label>Credit card number</Form.Label>
        <Form.Control type="text" required /> {/* expect: payment-card */}
      </Form.Group>
      <Row>
        <Form.Group as={Col} md="4" controlId="ccExpiration">
          <Form.Label>Expiration</Form.Label>
          <Form.Control type="text" placeholder="MM/YY" required /> {/* expect: payment-card */}
        </Form.Group>
        <Form.Group as={Col} md="4" controlId="ccCvv">
          <Form.Label>CVV</Form.Label>
          <Form.Control type="text" required /> {/* expect: payment-auth */}
        </Form.Group>
      </Row>
      <Form.Group className="mb-3" controlId="orderNotes">
        <Form.Label>Order notes</Form.Label>
        <Form.Control as="textarea" rows={2} />
      </Form.Group>
      <Form.Check type="checkbox" id="sameAddress" label="Shipping address is the same as my billing address" />
      <Button type="submit">Continue to checkout</Button>
    </Form>
  );
}
