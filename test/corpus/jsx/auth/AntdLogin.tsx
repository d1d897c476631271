import { Button, Checkbox, Form, Input } from "antd";
import { LockOutlined, UserOutlined } from "@ant-design/icons";

type FieldType = { username?: string; password?: string; remember?: boolean };

export const AntdLogin = ({ onFinish }: { onFinish: (values: FieldType) => void }) => (
  <Form name="normal_login" className="login-form" initialValues={{ remember: true }} onFinish={onFinish}>
    <Form.Item<FieldType> name="username" rules={[{ required: true, message: "Please input your Username!" }]}>
      <Input prefix={<UserOutlined />} placeholder="Username" />
    </Form.Item>
    <Form.Item<FieldType> name="password" rules={[{ required: true, message: "Please input your Password!" }]}>
      <Input.Password prefix={<LockOutlined />} placeholder="Password" /> {/* expect: credential */}
    </Form.Item>
    <Form.Item<FieldType> name="remember" valuePropName="checked" noStyle>
      <Checkbox>Remember me</Checkbox>
    </Form.Item>
    <Form.Item>
      <Button type="primary" htmlType="submit" className="login-form-button">
        Log in
      </Button>
    </Form.Item>
  </Form>
);
