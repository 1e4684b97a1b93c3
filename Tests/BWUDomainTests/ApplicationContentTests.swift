import Foundation
import Testing
@testable import BWUDomain

@Suite("Application content: what must hold before the ministries review it")
struct ApplicationContentTests {
    static func dkk(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .dkk) }

    static func milestone(_ minorUnits: Int64, _ description: String = "Site lease signed") -> MilestonePlan {
        MilestonePlan(description: description, amount: dkk(minorUnits),
                      dueDate: try! CalendarDate("2026-06-30", field: "dueDate"), evidenceRequired: "Signed lease")
    }

    /// A complete application for DKK 1,500,000.00 in two milestones.
    static func validContent() -> ApplicationContent {
        ApplicationContent(
            title: "Drone airframe line, Vejle", siteAddress: "Industrivej 12", municipality: "Vejle",
            productLines: [ProductLine(name: "FPV airframe", category: try! MilitaryListCategory("ML10"), capacityPerMonth: 2000)],
            requestedAmount: dkk(150_000_000),
            milestones: [milestone(100_000_000), milestone(50_000_000, "First serial batch")],
            deliveryCommitment: "2,000 airframes per month to the AFU from Q3 2026")
    }

    private func refusal(_ change: (inout ApplicationContent) -> Void) throws -> DomainError {
        var content = Self.validContent()
        change(&content)
        return try #require(throws: DomainError.self) { try content.validateForSubmission() }
    }

    // MARK: validateForSubmission

    @Test("a complete application passes")
    func validPasses() throws {
        try Self.validContent().validateForSubmission()
    }

    @Test("each empty or blank text field is named", arguments: [
        ("title", "", "title"), ("siteAddress", "  ", "siteAddress"), ("municipality", "\n\t", "municipality"),
        ("deliveryCommitment", "", "deliveryCommitment"), ("lineName", " ", "productLines[0].name"),
        ("milestoneDescription", "", "milestones[1].description"),
        ("milestoneEvidence", "", "milestones[0].evidenceRequired"),
    ])
    func emptyTextNamed(which: String, blank: String, field: String) throws {
        let error = try refusal { content in
            switch which {
            case "title": content.title = blank
            case "siteAddress": content.siteAddress = blank
            case "municipality": content.municipality = blank
            case "deliveryCommitment": content.deliveryCommitment = blank
            case "lineName": content.productLines[0].name = blank
            case "milestoneDescription": content.milestones[1].description = blank
            default: content.milestones[0].evidenceRequired = blank
            }
        }

        #expect(error.kind == .invalid)
        #expect(error.field == field)
        #expect(error.reason.contains("empty"))
    }

    @Test("at least one product line is required")
    func needsProductLine() throws {
        let error = try refusal { $0.productLines = [] }

        #expect(error.field == "productLines")
    }

    @Test("at least one milestone is required")
    func needsMilestone() throws {
        let error = try refusal { $0.milestones = [] }

        #expect(error.field == "milestones")
    }

    @Test("planned capacity must be positive", arguments: [0, -5])
    func capacityPositive(capacity: Int) throws {
        let error = try refusal { $0.productLines[0].capacityPerMonth = capacity }

        #expect(error.field == "productLines[0].capacityPerMonth")
    }

    @Test("milestones must add up exactly to the requested amount", arguments: [Int64(-1), 1, 50_000_000])
    func milestonesAddUp(offset: Int64) throws {
        let error = try refusal { $0.requestedAmount = Self.dkk(150_000_000 + offset) }

        #expect(error.field == "milestones")
        #expect(error.reason.contains("DKK 1,500,000.00"))
    }

    @Test("a zero or negative milestone is refused even if the total matches")
    func milestoneAmountPositive() throws {
        let error = try refusal { $0.milestones = [Self.milestone(200_000_000), Self.milestone(-50_000_000)] }

        #expect(error.field == "milestones[1].amount")
    }

    @Test("a milestone in another currency is refused rather than crashing")
    func milestoneCurrency() throws {
        let eur = try CurrencyCode("EUR")
        let error = try refusal { $0.milestones[1].amount = Money(minorUnits: 50_000_000, currency: eur) }

        #expect(error.field == "milestones[1].amount")
    }

    @Test("milestones whose sum would overflow are refused rather than crashing")
    func milestoneSumOverflow() throws {
        let huge = try Money.parse("999999999999999.99", currency: .dkk, field: "amount")

        let error = try refusal { $0.milestones = Array(repeating: Self.milestone(huge.minorUnits), count: 100) }

        #expect(error.field == "milestones")
    }

    // MARK: MilitaryListCategory

    @Test("ML1 to ML22 are categories of the EU Common Military List")
    func allCategories() throws {
        for number in 1...22 {
            let category = try MilitaryListCategory("ML\(number)")
            #expect(category.number == number)
            #expect(category.description == "ML\(number)")
        }
    }

    @Test("anything else is refused, naming the field", arguments: [
        "ML0", "ML23", "ml5", "ML05", "ML", "ML-1", "ML+5", " ML5", "ML5 ", "5", "MLX", "ML 5", "ML100", "",
    ])
    func badCategories(code: String) throws {
        let error = try #require(throws: DomainError.self) {
            try MilitaryListCategory(code, field: "productLines[0].category")
        }

        #expect(error.kind == .invalid)
        #expect(error.field == "productLines[0].category")
    }

    // MARK: CalendarDate

    @Test("valid days are read, including 29 February in leap years", arguments: [
        ("2026-06-30", 2026, 6, 30), ("2024-02-29", 2024, 2, 29), ("2000-02-29", 2000, 2, 29),
        ("2026-12-31", 2026, 12, 31), ("2026-01-01", 2026, 1, 1),
    ])
    func validDates(text: String, year: Int, month: Int, day: Int) throws {
        let date = try CalendarDate(text, field: "dueDate")

        #expect((date.year, date.month, date.day) == (year, month, day))
        #expect(date.description == text)
    }

    @Test("impossible days and other forms are refused", arguments: [
        "2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
        "2026-01-32", "26-01-01", "2026-1-01", "2026-01-1", "2026/01/01", "2026-01-01T00:00", "", "2026-01",
        "+026-01-01", "2026-+1-01", "2026-01-+1", "２０２６-01-01", "2026- 1-01",
    ])
    func invalidDates(text: String) throws {
        let error = try #require(throws: DomainError.self) { try CalendarDate(text, field: "milestones[0].dueDate") }

        #expect(error.kind == .invalid)
        #expect(error.field == "milestones[0].dueDate")
    }

    @Test("dates order by year, then month, then day")
    func dateOrdering() throws {
        let dates = try ["2026-06-30", "2025-12-31", "2026-01-15", "2026-06-01"].map { try CalendarDate($0, field: "d") }

        #expect(dates.sorted().map(\.description) == ["2025-12-31", "2026-01-15", "2026-06-01", "2026-06-30"])
    }
}
