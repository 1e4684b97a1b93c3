/// How much of a grant the programme may publish as open data.
public enum GrantClassification: String, Codable, CaseIterable, Sendable {
    /// Everything: parties, titles, milestones, payments.
    case `public`
    /// Parties, amounts, dates and payments, but no titles or milestone descriptions
    /// (they can reveal capabilities).
    case restricted
    /// Nothing is published.
    case secret
}
