import { Field, Form, Formik } from "formik";

const ETHNICITIES = [
  "Hispanic or Latino",
  "White",
  "Black or African American",
  "Native Hawaiian or Other Pacific Islander",
  "Asian",
  "American Indian or Alaska Native",
  "Two or More Races",
  "Decline to self-identify",
];

export function EeoSelfIdentification({ onSubmit }: { onSubmit: (v: Record<string, string>) => void }) {
  return (
    <Formik initialValues={{ gender: "", ethnicity: "", veteranStatus: "", disabilityStatus: "" }} onSubmit={onSubmit}>
      <Form className="eeo">
        <h3>Voluntary Self-Identification</h3>
        <p>
          Completion of this form is voluntary. Your answers will not be considered in the hiring decision.
        </p>
        <label htmlFor="gender">Gender</label>
        <Field as="select" id="gender" name="gender">
          <option value="">Select...</option>
          <option>Male</option>
          <option>Female</option>
          <option>Non-binary</option>
          <option>Decline to self-identify</option>
        </Field>

        <label htmlFor="ethnicity">Race / Ethnicity</label>
        <Field as="select" id="ethnicity" name="ethnicity"> {/* expect: special-category */}
          <option value="">Select...</option>
          {ETHNICITIES.map((e) => (
            <option key={e}>{e}</option>
          ))}
        </Field>

        <fieldset>
          <legend>Veteran status</legend>
          <label>
            <Field type="radio" name="veteranStatus" value="protected" /> I identify as one or more of the classifications of
            protected veteran
          </label>
          <label>
            <Field type="radio" name="veteranStatus" value="not" /> I am not a protected veteran
          </label>
        </fieldset>

        <fieldset>
          <legend>Do you have a disability (or previously had a disability)?</legend>
          <label>
            <Field type="radio" name="disabilityStatus" value="yes" /> Yes, I have a disability {/* expect: health */}
          </label>
          <label>
            <Field type="radio" name="disabilityStatus" value="no" /> No, I do not have a disability {/* expect: health */}
          </label>
          <label>
            <Field type="radio" name="disabilityStatus" value="decline" /> I do not want to answer {/* expect: health */}
          </label>
        </fieldset>
        <button type="submit">Submit application</button>
      </Form>
    </Formik>
  );
}
