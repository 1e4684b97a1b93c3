import BWUDomain

/// The application form exactly as typed: strings, so a refused value comes back as it was
/// entered. Field names are the domain's own (`milestones[1].amount`), so an error the
/// services report by field lands next to the right control.
public struct ApplicationFormValues: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var name = "", category = "ML4", capacity = ""

        public init(name: String = "", category: String = "ML4", capacity: String = "") {
            self.name = name
            self.category = category
            self.capacity = capacity
        }

        var isBlank: Bool { name.isEmpty && capacity.isEmpty }
    }

    public struct Milestone: Equatable, Sendable {
        public var description = "", amount = "", dueDate = "", evidenceRequired = ""

        public init(description: String = "", amount: String = "", dueDate: String = "", evidenceRequired: String = "") {
            self.description = description
            self.amount = amount
            self.dueDate = dueDate
            self.evidenceRequired = evidenceRequired
        }

        var isBlank: Bool { description.isEmpty && amount.isEmpty && dueDate.isEmpty && evidenceRequired.isEmpty }
    }

    public var title = "", siteAddress = "", municipality = "", deliveryCommitment = "", requestedAmount = ""
    public var productLines: [Line] = []
    public var milestones: [Milestone] = []

    public init() {}

    public init(_ content: ApplicationContent) {
        title = content.title
        siteAddress = content.siteAddress
        municipality = content.municipality
        deliveryCommitment = content.deliveryCommitment
        requestedAmount = content.requestedAmount.decimalString
        productLines = content.productLines.map { Line(name: $0.name, category: $0.category.description, capacity: String($0.capacityPerMonth)) }
        milestones = content.milestones.map {
            Milestone(description: $0.description, amount: $0.amount.decimalString, dueDate: $0.dueDate.description,
                      evidenceRequired: $0.evidenceRequired)
        }
    }

    /// Reads the posted fields; blank rows are dropped so row numbers match the domain's indexes.
    public init(fields: [String: String]) {
        func value(_ name: String) -> String { (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        title = value("title")
        siteAddress = value("siteAddress")
        municipality = value("municipality")
        deliveryCommitment = value("deliveryCommitment")
        requestedAmount = value("requestedAmount")
        let limits = ApplicationContent.limits
        productLines = (0..<limits.productLines).map { index in
            Line(name: value("productLines[\(index)].name"), category: value("productLines[\(index)].category"),
                 capacity: value("productLines[\(index)].capacityPerMonth"))
        }.filter { !$0.isBlank }
        milestones = (0..<limits.milestones).map { index in
            Milestone(description: value("milestones[\(index)].description"), amount: value("milestones[\(index)].amount"),
                      dueDate: value("milestones[\(index)].dueDate"), evidenceRequired: value("milestones[\(index)].evidenceRequired"))
        }.filter { !$0.isBlank }
    }

    /// The content, or every field that could not be read (all at once, not just the first).
    public func content(currency: CurrencyCode, _ t: Language) -> (ApplicationContent?, [String: String]) {
        var errors: [String: String] = [:]
        func money(_ text: String, _ field: String) -> Money {
            if text.isEmpty { return .zero(currency) }
            do { return try Money.parse(text, currency: currency, field: field, allowZero: true) } catch {
                errors[field] = t(.errAmount)
                return .zero(currency)
            }
        }
        let requested = money(requestedAmount, "requestedAmount")
        var lines: [ProductLine] = []
        for (index, line) in productLines.enumerated() {
            let field = "productLines[\(index)]"
            let category = (try? MilitaryListCategory(line.category)) ?? { errors[field + ".category"] = t(.errCategory); return try! MilitaryListCategory("ML1") }()
            let capacity = Int(line.capacity) ?? { errors[field + ".capacityPerMonth"] = t(.errWholeNumber); return 0 }()
            lines.append(ProductLine(name: line.name, category: category, capacityPerMonth: capacity))
        }
        var plans: [MilestonePlan] = []
        for (index, milestone) in milestones.enumerated() {
            let field = "milestones[\(index)]"
            let amount = money(milestone.amount, field + ".amount")
            let due = (try? CalendarDate(milestone.dueDate, field: field)) ?? {
                errors[field + ".dueDate"] = t(.errDate)
                return try! CalendarDate("2000-01-01", field: field)
            }()
            plans.append(MilestonePlan(description: milestone.description, amount: amount, dueDate: due, evidenceRequired: milestone.evidenceRequired))
        }
        guard errors.isEmpty else { return (nil, errors) }
        return (ApplicationContent(
            title: title, siteAddress: siteAddress, municipality: municipality, productLines: lines,
            requestedAmount: requested, milestones: plans, deliveryCommitment: deliveryCommitment), [:])
    }
}

extension Language {
    /// A domain refusal's reason in the reader's language where it is a common one; otherwise
    /// the service's own (English) words, which still name the problem exactly.
    public func reason(_ error: DomainError) -> String {
        switch error.reason {
        case "must not be empty": self(.errRequired)
        case "must be greater than zero": self(.errPositive)
        case "a review needs a reason", "a rejection needs a reason": self(.errRequired)
        default: error.reason
        }
    }
}
