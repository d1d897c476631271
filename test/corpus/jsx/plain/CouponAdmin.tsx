import { Form, Input, InputNumber, DatePicker, Select, Switch } from "antd";

export function CouponAdmin() {
  return (
    <Form layout="vertical" name="coupon">
      <Form.Item label="Coupon code" name="code" rules={[{ required: true }]}>
        <Input placeholder="SUMMER24" />
      </Form.Item>
      <Form.Item label="Discount type" name="discountType">
        <Select options={[{ value: "percent" }, { value: "fixed" }]} />
      </Form.Item>
      <Form.Item label="Amount" name="amount">
        <InputNumber min={0} />
      </Form.Item>
      <Form.Item label="Expiry date" name="expiry_date">
        <DatePicker />
      </Form.Item>
      <Form.Item label="Usage limit" name="usageLimit">
        <InputNumber min={1} />
      </Form.Item>
      <Form.Item label="Tax rate" name="taxRate">
        <InputNumber min={0} max={100} />
      </Form.Item>
      <Form.Item label="Active" name="active" valuePropName="checked">
        <Switch />
      </Form.Item>
    </Form>
  );
}
