import React from "react";
import { Button, Checkbox, Form, Input, Select, DatePicker, Radio } from "antd";

const { Option } = Select;

const formItemLayout = { labelCol: { xs: { span: 24 }, sm: { span: 8 } }, wrapperCol: { xs: { span: 24 }, sm: { span: 16 } } };

const App: React.FC = () => {
  const [form] = Form.useForm();
  const prefixSelector = (
    <Form.Item name="prefix" noStyle>
      <Select style={{ width: 70 }}>
        <Option value="86">+86</Option>
        <Option value="87">+87</Option>
      </Select>
    </Form.Item>
  );
  return (
    <Form {...formItemLayout} form={form} name="register" scrollToFirstError>
      <Form.Item name="email" label="E-mail" rules={[{ type: "email" }, { required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="password" label="Password" rules={[{ required: true }]} hasFeedback>
        <Input.Password /> {/* expect: credential */}
      </Form.Item>
      <Form.Item name="confirm" label="Confirm Password" dependencies={["password"]} hasFeedback>
        <Input.Password /> {/* expect: credential */}
      </Form.Item>
      <Form.Item name="nickname" label="Nickname" tooltip="What do you want others to call you?">
        <Input />
      </Form.Item>
      <Form.Item name="phone" label="Phone Number">
        <Input addonBefore={prefixSelector} style={{ width: "100%" }} />
      </Form.Item>
      <Form.Item name="birthday" label="Birthday">
        <DatePicker /> {/* expect: date-of-birth */}
      </Form.Item>
      <Form.Item name="idNumber" label="ID Number">
        <Input /> {/* expect: government-id */}
      </Form.Item>
      <Form.Item name="gender" label="Gender">
        <Radio.Group>
          <Radio value="male">Male</Radio>
          <Radio value="female">Female</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="intro" label="Intro">
        <Input.TextArea showCount maxLength={100} />
      </Form.Item>
      <Form.Item label="Captcha" extra="We must make sure that your are a human.">
        <Form.Item name="captcha" noStyle rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Button>Get captcha</Button>
      </Form.Item>
      <Form.Item name="agreement" valuePropName="checked">
        <Checkbox>I have read the agreement</Checkbox>
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          Register
        </Button>
      </Form.Item>
    </Form>
  );
};

export default App;
