import React from "react";
import { Formik, Form, useField } from "formik";
import * as Yup from "yup";

const MyTextInput = ({ label, ...props }) => {
  const [field, meta] = useField(props);
  return (
    <>
      <label htmlFor={props.id || props.name}>{label}</label>
      <input className="text-input" {...field} {...props} />
      {meta.touched && meta.error ? <div className="error">{meta.error}</div> : null}
    </>
  );
};

const MyCheckbox = ({ children, ...props }) => {
  const [field, meta] = useField({ ...props, type: "checkbox" });
  return (
    <div>
      <label className="checkbox-input">
        <input type="checkbox" {...field} {...props} />
        {children}
      </label>
      {meta.touched && meta.error ? <div className="error">{meta.error}</div> : null}
    </div>
  );
};

const MySelect = ({ label, ...props }) => {
  const [field, meta] = useField(props);
  return (
    <div>
      <label htmlFor={props.id || props.name}>{label}</label>
      <select {...field} {...props} />
      {meta.touched && meta.error ? <div className="error">{meta.error}</div> : null}
    </div>
  );
};

const SignupForm = () => (
  <>
    <h1>Subscribe!</h1>
    <Formik
      initialValues={{ firstName: "", lastName: "", email: "", acceptedTerms: false, jobType: "" }}
      validationSchema={Yup.object({ firstName: Yup.string().max(15).required("Required") })}
      onSubmit={(values) => alert(JSON.stringify(values, null, 2))}
    >
      <Form>
        <MyTextInput label="First Name" name="firstName" type="text" placeholder="Jane" />
        <MyTextInput label="Last Name" name="lastName" type="text" placeholder="Doe" />
        <MyTextInput label="Email Address" name="email" type="email" placeholder="jane@formik.com" />
        <MySelect label="Job Type" name="jobType">
          <option value="">Select a job type</option>
          <option value="designer">Designer</option>
          <option value="development">Developer</option>
        </MySelect>
        <MyCheckbox name="acceptedTerms">I accept the terms and conditions</MyCheckbox>
        <MyTextInput label="Social Security Number" name="ssn" placeholder="XXX-XX-XXXX" /> {/* expect: government-id */}
        <button type="submit">Submit</button>
      </Form>
    </Formik>
  </>
);

export default SignupForm;
