import { createHtmlTester } from "./helpers/rule-tester.js";
import plugin from "../src/index.js";
import { tagNameAt } from "./helpers/locations.js";

/**
 * `require-masking` on server tag libraries in the HTML language: JSP (Spring, Struts), JSF and
 * PrimeFaces, Grails GSP, ASP.NET Web Forms and Blazor. Each tag is the field it renders; `cssClass` /
 * `styleClass` is its rendered class; a self-closed tag ends where it is written.
 */

const rule = plugin.rules["require-masking"];

/** A report on the server tag whose start tag begins with `needle`: the rendered tag takes no marker fix here. */
function unmaskedWithoutFix(code: string, needle: string) {
  return { messageId: "unmasked" as const, ...tagNameAt(code, needle), suggestions: [] };
}
const FULLSTORY = { "replay-privacy": { recorders: ["fullstory"] } };

const SPRING = `<form:form modelAttribute="payment" action="/pay">
  <form:label path="cardNumber">Card number</form:label>
  <form:input path="cardNumber" cssClass="form-control" />
  <form:input path="cvv" />
  <form:input path="nickname" />
  <form:password path="password" />
</form:form>`;

const JSF = `<h:form id="checkout">
  <h:inputText id="cardNumber" value="#{checkout.cardNumber}" />
  <p:inputMask id="iban" value="#{checkout.iban}" mask="aa99 9999 9999 9999 9999 99" styleClass="fs-exclude" />
  <h:inputSecret id="pin" value="#{checkout.pin}" />
  <p:password id="secret" toggleMask="true" styleClass="pw" />
  <asp:TextBox ID="txtCardNumber" runat="server" CssClass="input" />
</h:form>`;

// ASP.NET Web Forms: DropDownList is a select; TextMode sets the rendered type (a Password mode is a plain password).
const WEB_FORMS = `<p>Expiry Month</p>
<asp:DropDownList ID="ddlExpiryMonth" runat="server"></asp:DropDownList>
<p>Country</p>
<asp:DropDownList ID="ddlCountry" runat="server"></asp:DropDownList>
<asp:TextBox ID="txtCvv" runat="server" TextMode="Password"></asp:TextBox>
<asp:TextBox ID="txtCvv2" runat="server" TextMode="SingleLine"></asp:TextBox>
<asp:CheckBox ID="chkDiabetes" runat="server" Text="Diabetes" />`;

const BLAZOR = `<EditForm Model="@model" OnValidSubmit="Pay">
    <InputText id="card" @bind-Value="model.CardNumber" class="form-control" />
    <InputText @bind-Value="model.Cvv" class="form-control fs-exclude" />
    <InputDate @bind-Value="model.DateOfBirth" />
    <InputText @bind-Value="model.Nickname" />
</EditForm>`;

// MudBlazor and Radzen fields, bound by @bind-Value; an InputType bound to code may be text.
const MUDBLAZOR = `<MudTextField @bind-Value="Password" Label="Password" InputType="@PasswordInput" OnAdornmentClick="TogglePassword" />
<MudTextField @bind-Value="model.Iban" Label="IBAN" />
<MudTextField @bind-Value="Secret" Label="Password" InputType="InputType.Password" />
<RadzenTextBox @bind-Value="model.City" />
<RadzenPassword @bind-Value="pin" />`;

// Ember components and Thymeleaf's XML syntax close a self-closed <textarea> where it is written.
const EMBER_AND_THYMELEAF = `<label>Medical history <Textarea @value={{this.history}} /></label>
<Input id="ssn" @value={{this.ssn}} />
<textarea th:field="*{allergies}" class="form-control"/>
<input th:field="*{passportNumber}"/>`;

// Server labels as captions: ASP.NET's <asp:Label> before a TextBox named only TextBox9, Spring's
// <form:label> in the cell before its field, whose path says nothing.
const SERVER_LABELS = `<div class="form-group">
  <asp:Label runat="server" CssClass="control-label">Cédula</asp:Label>
  <div class="col-md-10"><asp:TextBox runat="server" ID="TextBox9" CssClass="form-control" /></div>
</div>
<div class="form-group">
  <asp:Label runat="server" CssClass="control-label">Apellido 1</asp:Label>
  <div class="col-md-10"><asp:TextBox runat="server" ID="TextBox1" CssClass="form-control" /></div>
</div>
<table><tr>
  <td><h:outputLabel value="x">Passport number:</h:outputLabel></td>
  <td><h:inputText id="f7" /></td>
</tr></table>`;

// Label controls that take their text in an attribute: ASP.NET's <asp:Label Text> in the cell before its
// TextBox, or tied to it by AssociatedControlID; JSF's <h:outputLabel for value>. A company name stays quiet.
const ATTRIBUTE_TEXT_LABELS = `<table><tr>
  <td><asp:Label Text="Card Number" runat="server" id="lblcno"/></td>
  <td><asp:TextBox id="txtcno" runat="server" MaxLength="20" /></td>
</tr></table>
<div class="row">
  <asp:Label runat="server" AssociatedControlID="txtB" Text="Name on card" />
  <asp:TextBox ID="txtB" runat="server" />
</div>
<div class="row">
  <asp:Label runat="server" AssociatedControlID="txtC" Text="Company name" />
  <asp:TextBox ID="txtC" runat="server" />
</div>
<h:outputLabel for="f9" value="IBAN"/>
<h:inputText id="f9" value="#{payout.account}"/>`;

// Livewire's Flux UI: fields bound by wire:model; `viewable` adds a show-password button.
const FLUX = `<form wire:submit="verifyTwoFactor">
    <flux:input wire:model="form.twoFactorCode" label="{{ __('label.two-factor-code') }}" placeholder="######" />
    <flux:input wire:model="form.password" type="password" viewable label="Password" />
    <flux:input wire:model="form.current" type="password" label="Current password" />
    <flux:input wire:model="form.city" label="City" />
    <flux:textarea wire:model="form.medicalHistory" label="Medical history" />
</form>`;

// GOV.UK Frontend's ASP.NET Core tag helpers bind their field by `for`; a first name and a start date stay quiet.
const GOVUK_TAG_HELPERS = `<form method="post">
  <govuk-input for="NationalInsuranceNumber"><govuk-input-label>National Insurance number</govuk-input-label></govuk-input>
  <govuk-input for="FirstName" />
  <govuk-date-input for="DateOfBirth"></govuk-date-input>
  <govuk-date-input for="StartDate"></govuk-date-input>
</form>`;

// ColdFusion's form tags: `type` as written (`datefield` is a date picker), the label before them as caption.
const COLDFUSION = `<cfform name="election">
  <label for="ssn">SSN #: </label>
  <cfinput type="text" name="ssn" size="9"><br/>
  <label for="dob">Date of Birth: </label>
  <cfinput type="datefield" name="dob" width="50"><br/>
  <label for="doh">Date of Hire: </label>
  <cfinput type="datefield" name="doh" width="50">
  <cftextarea name="diagnosis" class="notes"></cftextarea>
</cfform>`;

createHtmlTester(FULLSTORY).run("require-masking (server tag libraries)", rule, {
  valid: [
    { name: "Spring form tags with the marker in cssClass", code: `<form:input path="cardNumber" cssClass="form-control fs-exclude" />` },
    { name: "JSF with the marker in styleClass", code: `<h:inputText id="cvv" styleClass="fs-exclude" />` },
    { name: "a marker on the server form reaches its fields", code: `<form:form cssClass="fs-exclude"><form:input path="iban" /></form:form>` },
    { name: "rendered password inputs are masked by the recorders", code: `<form:password path="password" />\n<h:inputSecret id="pin" />\n<s:password name="pwd" />` },
    { name: "trap: a self-closed masked tag does not mask the fields after it", code: `<div><app-banner class="fs-exclude" />\n<span>Pay</span></div>` },
    { name: "trap: a label under another prefix with a path is no field", code: `<sf:label path="cpf">CPF</sf:label>\n<sf:errors path="cpf" />` },
    { name: "trap: a prefixed input without path is not Spring's", code: `<ui:input name="x" />` },
    { name: "trap: JSTL and Tiles tags given a name are no fields", code: `<c:param name="password" value="\${pw}" />\n<jsp:param name="ssn" value="x" />\n<tiles:insertAttribute name="body" />` },
    { name: "trap: a tag file that renders no field, though it has a path", code: `<acme:submit code="form.save" path="x"/>\n<acme:display-text path="passportNumber"/>` },
    { name: "trap: a label control's Text names only the field it is tied to", code: `<asp:Label runat="server" AssociatedControlID="txtCompany" Text="Company name" />\n<asp:TextBox ID="txtCompany" runat="server" />\n<asp:Label runat="server" AssociatedControlID="txtPromo" Text="Card number" CssClass="hint" />\n<asp:TextBox ID="txtPromo" runat="server" CssClass="fs-exclude" />` },
    { name: "trap: ColdFusion's hidden, harmless and masked fields", code: `<cfinput type="hidden" name="ssn" value="#ssn#">\n<cfinput type="text" name="zip">\n<cfselect name="religion" class="fs-exclude"></cfselect>` },
    { name: "trap: a nickname field is not sensitive", code: `<s:textfield name="nickname" label="Nickname" />` },
    { name: "trap: a delivery date picker and a newsletter checkbox are not sensitive", code: `<g:datePicker name="deliveryDate" precision="day" />\n<form:checkbox path="newsletter" />` },
    { name: "trap: fields after a self-closed <textarea /> are read as fields (a nickname is still not sensitive)", code: `<Textarea @value={{this.bio}} />\n<Input id="nickname" @value={{this.nickname}} />` },
  ],
  invalid: [
    {
      name: "Spring: each self-closed <form:input> is its own field, named by path",
      code: SPRING,
      errors: [
        { messageId: "unmasked", ...tagNameAt(SPRING, `<form:input path="cardNumber"`), suggestions: [{ messageId: "addMarker", output: SPRING.replace(`cssClass="form-control"`, `cssClass="form-control fs-exclude"`) }] },
        unmaskedWithoutFix(SPRING, `<form:input path="cvv"`),
      ],
    },
    {
      name: "JSF / PrimeFaces / ASP.NET: ids name the fields; the masked inputMask does not mask its next siblings",
      code: JSF,
      errors: [
        unmaskedWithoutFix(JSF, `<h:inputText id="cardNumber"`),
        { messageId: "unmasked", ...tagNameAt(JSF, `<p:password id="secret"`), suggestions: [{ messageId: "addMarker", output: JSF.replace(`styleClass="pw"`, `styleClass="pw fs-exclude"`) }] },
        { messageId: "unmasked", ...tagNameAt(JSF, `<asp:TextBox ID="txtCardNumber"`), suggestions: [{ messageId: "addMarker", output: JSF.replace(`CssClass="input"`, `CssClass="input fs-exclude"`) }] },
      ],
    },
    {
      name: "ASP.NET Web Forms: a DropDownList and a CheckBox are fields, TextMode=Password is a plain password, a country list is not reported",
      code: WEB_FORMS,
      errors: [
        unmaskedWithoutFix(WEB_FORMS, `<asp:DropDownList ID="ddlExpiryMonth"`),
        unmaskedWithoutFix(WEB_FORMS, `<asp:TextBox ID="txtCvv2"`),
        unmaskedWithoutFix(WEB_FORMS, `<asp:CheckBox ID="chkDiabetes"`),
      ],
    },
    {
      name: "ColdFusion: <cfinput> and <cftextarea> are fields named by name; a hire date is not reported",
      code: COLDFUSION,
      errors: [
        unmaskedWithoutFix(COLDFUSION, `<cfinput type="text" name="ssn"`),
        unmaskedWithoutFix(COLDFUSION, `<cfinput type="datefield" name="dob"`),
        unmaskedWithoutFix(COLDFUSION, `<cftextarea`),
      ],
    },
    {
      name: "GOV.UK Frontend tag helpers (ASP.NET Core) are named by their for attribute",
      code: GOVUK_TAG_HELPERS,
      errors: [
        { messageId: "unmasked", ...tagNameAt(GOVUK_TAG_HELPERS, `<govuk-input for="NationalInsuranceNumber"`), suggestions: [{ messageId: "addMarker", output: GOVUK_TAG_HELPERS.replace(`<govuk-input for="NationalInsuranceNumber"`, `<govuk-input class="fs-exclude" for="NationalInsuranceNumber"`) }] },
        { messageId: "unmasked", ...tagNameAt(GOVUK_TAG_HELPERS, `<govuk-date-input for="DateOfBirth"`), suggestions: [{ messageId: "addMarker", output: GOVUK_TAG_HELPERS.replace(`<govuk-date-input for="DateOfBirth"`, `<govuk-date-input class="fs-exclude" for="DateOfBirth"`) }] },
      ],
    },
    {
      name: "Livewire Flux UI fields, named by wire:model; a viewable password can be shown, a plain one and a city are not reported",
      code: FLUX,
      errors: [
        unmaskedWithoutFix(FLUX, `<flux:input wire:model="form.twoFactorCode"`),
        unmaskedWithoutFix(FLUX, `<flux:input wire:model="form.password"`),
        unmaskedWithoutFix(FLUX, `<flux:textarea`),
      ],
    },
    {
      name: "a label control's text written in its Text or value attribute names its field, by layout or by AssociatedControlID / for",
      code: ATTRIBUTE_TEXT_LABELS,
      errors: [
        unmaskedWithoutFix(ATTRIBUTE_TEXT_LABELS, `<asp:TextBox id="txtcno"`),
        unmaskedWithoutFix(ATTRIBUTE_TEXT_LABELS, `<asp:TextBox ID="txtB"`),
        unmaskedWithoutFix(ATTRIBUTE_TEXT_LABELS, `<h:inputText id="f9"`),
      ],
    },
    {
      name: "a server tag's label is the caption of the field after it (asp:Label, h:outputLabel); a surname stays quiet",
      code: SERVER_LABELS,
      errors: [
        { messageId: "unmasked", ...tagNameAt(SERVER_LABELS, `<asp:TextBox runat="server" ID="TextBox9"`), suggestions: [{ messageId: "addMarker", output: SERVER_LABELS.replace(`ID="TextBox9" CssClass="form-control"`, `ID="TextBox9" CssClass="form-control fs-exclude"`) }] },
        unmaskedWithoutFix(SERVER_LABELS, `<h:inputText id="f7"`),
      ],
    },
    {
      name: "Blazor: @bind-Value names the field; a masked self-closed component does not mask the next ones",
      code: BLAZOR,
      errors: [
        { messageId: "unmasked", ...tagNameAt(BLAZOR, `<InputText id="card"`), suggestions: [{ messageId: "addMarker", output: BLAZOR.replace(`class="form-control" />`, `class="form-control fs-exclude" />`) }] },
        { messageId: "unmasked", ...tagNameAt(BLAZOR, `<InputDate`), suggestions: [{ messageId: "addMarker", output: BLAZOR.replace(`<InputDate @bind`, `<InputDate class="fs-exclude" @bind`) }] },
      ],
    },
    {
      name: "MudBlazor and Radzen fields: @bind-Value names them, a bound InputType may show the password; a fixed password type, a city and a plain RadzenPassword are not reported",
      code: MUDBLAZOR,
      errors: [
        { messageId: "unmasked", ...tagNameAt(MUDBLAZOR, `<MudTextField @bind-Value="Password"`), suggestions: [{ messageId: "addMarker", output: MUDBLAZOR.replace(`<MudTextField @bind-Value="Password"`, `<MudTextField class="fs-exclude" @bind-Value="Password"`) }] },
        { messageId: "unmasked", ...tagNameAt(MUDBLAZOR, `<MudTextField @bind-Value="model.Iban"`), suggestions: [{ messageId: "addMarker", output: MUDBLAZOR.replace(`<MudTextField @bind-Value="model.Iban"`, `<MudTextField class="fs-exclude" @bind-Value="model.Iban"`) }] },
      ],
    },
    {
      name: "Spring form tags under another taglib prefix (sf:) are known by their path",
      code: `<%@ taglib uri="http://www.springframework.org/tags/form" prefix="sf" %>\n<sf:input id="cpf" path="usuarioPK.cpf"/>\n<sf:input path="email"/>`,
      errors: [{ messageId: "unmasked", line: 2, column: 2, endLine: 2, endColumn: 10, suggestions: [] }],
    },
    {
      name: "a project's tag files around Spring's form tags, named for what they render, with a path",
      code: `<acme:input-textbox code="passenger.form.passportNumber" path="passportNumber"/>\n<acme:input-moment code="passenger.form.dateOfBirth" path="dateOfBirth"/>\n<acme:input-textbox code="passenger.form.name" path="name"/>\n<acme:input-password code="form.password" path="password"/>`,
      errors: [
        { messageId: "unmasked", line: 1, column: 2, endLine: 1, endColumn: 20, suggestions: [] },
        { messageId: "unmasked", line: 2, column: 2, endLine: 2, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: "a project's JSP tag files named for the field they render, named by name or id; their label and error parts are not fields",
      code: `<t:textedit id="nationalInsuranceNumber" name="nationalInsuranceNumber" maxLength="19" label="National Insurance number" />\n<t:datefield id="dateOfBirth" nameDay="dateOfBirth_day" nameMonth="dateOfBirth_month" nameYear="dateOfBirth_year" />\n<t:textedit id="surname" name="surname" label="Last name" />\n<t:input-error name="nationalInsuranceNumber" />`,
      errors: [
        { messageId: "unmasked", line: 1, column: 2, endLine: 1, endColumn: 12, suggestions: [] },
        { messageId: "unmasked", line: 2, column: 2, endLine: 2, endColumn: 13, suggestions: [] },
      ],
    },
    {
      name: "Ember and Thymeleaf: a self-closed <Textarea /> does not swallow the fields after it",
      code: EMBER_AND_THYMELEAF,
      errors: [
        { messageId: "unmasked", line: 1, column: 25, endLine: 1, endColumn: 33, suggestions: [{ messageId: "addMarker", output: EMBER_AND_THYMELEAF.replace("<Textarea", `<Textarea class="fs-exclude"`) }] },
        { messageId: "unmasked", line: 2, column: 2, endLine: 2, endColumn: 7, suggestions: [{ messageId: "addMarker", output: EMBER_AND_THYMELEAF.replace(`<Input id="ssn"`, `<Input class="fs-exclude" id="ssn"`) }] },
        { messageId: "unmasked", line: 3, column: 2, endLine: 3, endColumn: 10, suggestions: [{ messageId: "addMarker", output: EMBER_AND_THYMELEAF.replace(`"form-control"/>`, `"form-control fs-exclude"/>`) }] },
        { messageId: "unmasked", line: 4, column: 2, endLine: 4, endColumn: 7, suggestions: [{ messageId: "addMarker", output: EMBER_AND_THYMELEAF.replace("<input th", `<input class="fs-exclude" th`) }] },
      ],
    },
    {
      name: "JSF: with no id, the value binding names the field",
      code: `<h:inputText value="#{checkout.cardNumber}" />\n<h:inputText value="#{checkout.nickname}" />`,
      errors: [{ messageId: "unmasked", line: 1, column: 2, endLine: 1, endColumn: 13, suggestions: [] }],
    },
    {
      name: "Grails' and PrimeFaces' date pickers and Spring's checkbox are fields",
      code: `<g:datePicker name="dateOfBirth" precision="day" />\n<p:calendar id="birthDate" />\n<form:checkbox path="hasDiabetes" />`,
      errors: [
        { messageId: "unmasked", line: 1, column: 2, endLine: 1, endColumn: 14, suggestions: [] },
        { messageId: "unmasked", line: 2, column: 2, endLine: 2, endColumn: 12, suggestions: [] },
        { messageId: "unmasked", line: 3, column: 2, endLine: 3, endColumn: 15, suggestions: [] },
      ],
    },
    {
      name: "Struts 1 names its field by property, Struts 2 and Grails by name",
      code: `<html:text property="accountNumber" />\n<s:textfield name="iban" label="IBAN" />\n<g:textField name="socialSecurityNumber" />`,
      errors: [
        { messageId: "unmasked", line: 1, column: 2, endLine: 1, endColumn: 11, suggestions: [] },
        { messageId: "unmasked", line: 2, column: 2, endLine: 2, endColumn: 13, suggestions: [] },
        { messageId: "unmasked", line: 3, column: 2, endLine: 3, endColumn: 13, suggestions: [] },
      ],
    },
  ],
});
