/// What a user may do. A user holds one or more roles within one organisation.
public enum Role: String, Codable, CaseIterable, Sendable {
    case programmeOfficer = "programme-officer"
    case financeOfficer = "finance-officer"
    case reviewer
    case manufacturer
    case supplier
    case customer
    case auditor
    case admin
}

/// The remit of a reviewing ministry: each of the three reviews every application in its own remit.
public enum Remit: String, Codable, CaseIterable, Sendable {
    /// Ministry of Defence: military need and security.
    case defence
    /// Ministry of Industry: business case, site and investment screening.
    case industry
    /// Ministry of Foreign Affairs: export control and foreign policy.
    case foreignAffairs = "foreign-affairs"
}

public enum OrganisationKind: String, Codable, CaseIterable, Sendable {
    case ministry
    case programmeOffice = "programme-office"
    case manufacturer
    case supplier
    case customer
    case auditor
}
