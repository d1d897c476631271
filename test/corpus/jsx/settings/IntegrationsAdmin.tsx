import { useState } from "react";
import { Form, Input, Select, Switch, Button } from "antd";

export function IntegrationsAdmin() {
  const [provider, setProvider] = useState("stripe");
  return (
    <Form layout="vertical">
      <Form.Item label="Provider" name="provider">
        <Select value={provider} onChange={setProvider} options={[{ value: "stripe" }, { value: "adyen" }]} />
      </Form.Item>
      <Form.Item label="Publishable key" name="publishableKey">
        <Input />
      </Form.Item>
      <Form.Item label="Secret key" name="secretKey">
        <Input.Password /> {/* expect: credential */}
      </Form.Item>
      <Form.Item label="Client secret" name="clientSecret">
        <Input /> {/* expect: credential */}
      </Form.Item>
      <Form.Item label="Public key" name="publicKey">
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label="Routing rules" name="routingRules">
        <Input.TextArea rows={4} placeholder="country == 'DE' -> adyen" />
      </Form.Item>
      <Form.Item label="Sandbox mode" name="sandbox" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        Save
      </Button>
    </Form>
  );
}
