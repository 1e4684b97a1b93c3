import BWUDomain
import BWUWeb
import Foundation
import Testing

@Suite struct FormRenderTests {
    @Test func formValuesRoundTripAndDropBlankRows() {
        let fields = [
            "title": " UAV line ", "requestedAmount": "100.50",
            "productLines[0].name": "", "productLines[0].capacityPerMonth": "",
            "productLines[1].name": "Airframe", "productLines[1].category": "ML10", "productLines[1].capacityPerMonth": "40",
            "milestones[0].description": "Installed", "milestones[0].amount": "100.50", "milestones[0].dueDate": "2027-01-31",
            "milestones[0].evidenceRequired": "Protocol",
        ]
        let values = ApplicationFormValues(fields: fields)
        #expect(values.title == "UAV line")
        #expect(values.productLines.map(\.name) == ["Airframe"])
        let (content, errors) = values.content(currency: .dkk, .en)
        #expect(errors.isEmpty)
        #expect(content?.requestedAmount == Money(minorUnits: 10050, currency: .dkk))
        #expect(content?.productLines.first?.category.description == "ML10")
    }

    @Test func everyUnreadableFieldIsReportedAtOnce() {
        let values = ApplicationFormValues(fields: [
            "requestedAmount": "12,5x", "productLines[0].name": "A", "productLines[0].category": "ML99",
            "productLines[0].capacityPerMonth": "many", "milestones[0].description": "M", "milestones[0].dueDate": "31/01/2027",
        ])
        let (content, errors) = values.content(currency: .dkk, .da)
        #expect(content == nil)
        #expect(Set(errors.keys) == ["requestedAmount", "productLines[0].category", "productLines[0].capacityPerMonth", "milestones[0].dueDate"])
        #expect(errors["milestones[0].dueDate"] == "Angiv en dato som ÅÅÅÅ-MM-DD.")
    }

    @Test func refusedFormShowsErrorsNextToFieldsAndKeepsWhatWasTyped() {
        var values = ApplicationFormValues()
        values.title = "<b>Mine</b>"
        values.requestedAmount = "12,5x"
        values.milestones = [.init(description: "Step", amount: "abc", dueDate: "2027-01-31", evidenceRequired: "x")]
        let html = ApplicationFormPage.render(Fixture.context(Fixture.actor(.manufacturer)), ApplicationFormModel(
            applicationID: nil, currency: .dkk, values: values,
            errors: ["requestedAmount": "Enter an amount", "milestones[0].amount": "Enter an amount"]))
        #expect(html.contains("value=\"&lt;b&gt;Mine&lt;/b&gt;\""))
        #expect(html.contains("id=\"f-requestedAmount\" name=\"requestedAmount\" required aria-invalid=\"true\""))
        #expect(html.contains("value=\"12,5x\""))
        #expect(html.contains("<p class=\"error\" id=\"f-milestones-0-amount-error\">Enter an amount</p>"))
        #expect(html.contains("<a href=\"#f-requestedAmount\">Requested amount: Enter an amount</a>"))
        #expect(html.contains("<a href=\"#f-milestones-0-amount\">Milestone 1: Amount: Enter an amount</a>"))
        #expect(html.contains("action=\"/applications\""))
        #expect(html.contains("name=\"csrf\" value=\"tok-123\""))
        // Every control has a label pointing at it.
        let controls = html.count(of: "<input type=\"text\"") + html.count(of: "<input type=\"date\"") + html.count(of: "<select") + html.count(of: "<textarea")
        #expect(html.count(of: "<label for=") == controls)
    }

    @Test func signInKeepsTheEmailButNeverThePassword() {
        let html = SignInPage.render(Fixture.context(nil, .uk, path: "/sign-in"), email: "a@b.dk", error: .errSignInFailed)
        #expect(html.contains("value=\"a@b.dk\""))
        #expect(html.contains("<input type=\"password\" id=\"f-password\""))
        #expect(html.contains("Неправильна електронна пошта або пароль."))
        #expect(!html.contains("sign-out"))
    }

    @Test func errorPageIsLocalised() {
        let html = ErrorPage.render(Fixture.context(Fixture.actor(.supplier), .da), status: 404, detail: nil)
        #expect(html.contains("<h1>Siden findes ikke</h1>"))
    }

    @Test func aRefusalOffersTheWayBackToThePageItCameFrom() {
        let html = ErrorPage.render(Fixture.context(Fixture.actor(.supplier), .en), status: 409, detail: "already decided", back: "/invitations/1?tab=offer")
        #expect(html.contains("<a href=\"/invitations/1?tab=offer\">Back to the page you came from</a>"))
        #expect(html.contains("Back to the dashboard"))
    }
}
