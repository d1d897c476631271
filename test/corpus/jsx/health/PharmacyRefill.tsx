import { useState } from "react";
import { Input, Select, Form, Button } from "antd";

export function PharmacyRefill() {
  const [delivery, setDelivery] = useState("pickup");
  return (
    <Form layout="vertical" name="refill">
      <Form.Item label="Prescription number" name="prescriptionNumber">
        <Input /> {/* expect: health */}
      </Form.Item>
      <Form.Item label="Medication name" name="medicationName">
        <Input /> {/* expect: health */}
      </Form.Item>
      <Form.Item label="Dosage" name="dosage">
        <Input placeholder="e.g. 20 mg" /> {/* expect: health */}
      </Form.Item>
      <Form.Item label="Delivery" name="delivery">
        <Select value={delivery} onChange={setDelivery} options={[{ value: "pickup", label: "Pick up in store" }, { value: "mail", label: "Mail to me" }]} />
      </Form.Item>
      <Form.Item label="Store" name="storeId">
        <Select showSearch placeholder="Search stores" />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        Request refill
      </Button>
    </Form>
  );
}
