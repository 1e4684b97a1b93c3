/// Where an application stands. Drafts and applications sent back for changes belong to
/// the manufacturer; submitted ones to the three reviewing ministries.
public enum ApplicationStatus: String, Codable, CaseIterable, Sendable {
    case draft
    case submitted
    case changesRequested = "changes-requested"
    case approved
    case rejected
    case granted

    /// Whether the manufacturer may still edit the content.
    public var isEditable: Bool { self == .draft || self == .changesRequested }
}

/// A ministry's verdict on one submission of an application.
public enum ReviewVerdict: String, Codable, CaseIterable, Sendable {
    case approve
    case reject
    case requestChanges = "request-changes"
}
