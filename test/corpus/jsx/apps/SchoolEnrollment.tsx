import { Field, Form, Formik } from "formik";

export function SchoolEnrollment() {
  return (
    <Formik initialValues={{}} onSubmit={() => undefined}>
      <Form className="enrollment">
        <h2>Student information</h2>
        <label htmlFor="studentName">Student name</label>
        <Field id="studentName" name="student.name" />
        <label htmlFor="studentDob">Date of birth</label>
        <Field id="studentDob" name="student.dob" type="date" /> {/* expect: date-of-birth */}
        <label htmlFor="grade">Grade</label>
        <Field as="select" id="grade" name="student.grade">
          <option>K</option>
          <option>1</option>
        </Field>
        <h2>Health</h2>
        <label htmlFor="allergies">Allergies</label>
        <Field as="textarea" id="allergies" name="health.allergies" /> {/* expect: health */}
        <label htmlFor="meds">Medications taken at school</label>
        <Field as="textarea" id="meds" name="health.medications" /> {/* expect: health */}
        <label htmlFor="doctor">Family doctor</label>
        <Field id="doctor" name="health.doctor" />
        <h2>Parent / guardian</h2>
        <label htmlFor="parentName">Name</label>
        <Field id="parentName" name="parent.name" />
        <label htmlFor="parentEmail">Email</label>
        <Field id="parentEmail" name="parent.email" type="email" />
        <button type="submit">Enroll</button>
      </Form>
    </Formik>
  );
}
