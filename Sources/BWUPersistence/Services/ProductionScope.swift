import BWUDomain
import Foundation

/// Who sees which production records: manufacturers their own organisation's, customers
/// what concerns them, programme office, finance, audit and admin everything.
enum ProductionScope {
    static func requireProductionReader(_ actor: Actor) throws {
        try actor.require(.manufacturer, .programmeOfficer, .financeOfficer, .auditor, .admin, to: "reading facilities and permits")
    }

    /// `nil` means every organisation.
    static func organisationFilter(_ actor: Actor) -> UUID? {
        actor.seesAllOrganisations ? nil : actor.organisationID
    }

    static func canSee(organisation: UUID, _ actor: Actor) -> Bool {
        actor.seesAllOrganisations || organisation == actor.organisationID
    }

    static func today(_ context: ServiceContext) -> CalendarDate { CalendarDate(utc: context.now()) }

    static func requireText(_ value: String, _ field: String, limit: Int = 300) throws {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw DomainError.invalid(field, "must not be empty") }
        guard value.count <= limit else { throw DomainError.invalid(field, "must be at most \(limit) characters") }
    }
}
