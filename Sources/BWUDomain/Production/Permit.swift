import Foundation

/// The permits a defence-production facility in Denmark needs, each from its own authority.
public enum PermitKind: String, Codable, CaseIterable, Sendable {
    /// Permission to manufacture war materiel (Ministry of Justice, War Material Act).
    case warMaterialManufacturing = "war-material-manufacturing"
    /// Permission for foreign ownership of a war-materiel manufacturer, where it applies.
    case foreignOwnership = "foreign-ownership"
    /// Investment screening (Danish Business Authority).
    case investmentScreening = "investment-screening"
    /// Facility security clearance (Defence Intelligence Service), with a clearance level.
    case facilitySecurityClearance = "facility-security-clearance"
    /// Site and environmental permits (municipality).
    case siteEnvironmental = "site-environmental"

    /// The kinds a facility must hold, valid, before it may be marked operational.
    public static func required(foreignOwned: Bool) -> [PermitKind] {
        allCases.filter { $0 != .foreignOwnership || foreignOwned }
    }
}

public enum PermitStatus: String, Codable, CaseIterable, Sendable {
    case applied
    case granted
    case refused
    case revoked
}

public enum FacilityStatus: String, Codable, CaseIterable, Sendable {
    case planned
    case operational
    case suspended
}

public struct PermitRecord: Equatable, Sendable {
    public var id: UUID
    public var facilityID: UUID
    public var kind: PermitKind
    public var issuer: String
    public var reference: String
    public var status: PermitStatus
    public var validFrom: CalendarDate?
    public var validUntil: CalendarDate?
    /// For security clearances: the level granted (e.g. `SECRET`).
    public var clearanceLevel: String?

    public init(
        id: UUID, facilityID: UUID, kind: PermitKind, issuer: String, reference: String, status: PermitStatus,
        validFrom: CalendarDate?, validUntil: CalendarDate?, clearanceLevel: String?
    ) {
        self.id = id
        self.facilityID = facilityID
        self.kind = kind
        self.issuer = issuer
        self.reference = reference
        self.status = status
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.clearanceLevel = clearanceLevel
    }

    /// Granted, started and not yet expired on `date`.
    public func isValid(on date: CalendarDate) -> Bool {
        guard status == .granted else { return false }
        if let validFrom, date < validFrom { return false }
        if let validUntil, validUntil < date { return false }
        return true
    }
}

public struct FacilityRecord: Equatable, Sendable {
    public var id: UUID
    public var organisationID: UUID
    public var name: String
    public var address: String
    public var municipality: String
    public var foreignOwned: Bool
    public var status: FacilityStatus
    public var permits: [PermitRecord]

    public init(
        id: UUID, organisationID: UUID, name: String, address: String, municipality: String, foreignOwned: Bool,
        status: FacilityStatus, permits: [PermitRecord]
    ) {
        self.id = id
        self.organisationID = organisationID
        self.name = name
        self.address = address
        self.municipality = municipality
        self.foreignOwned = foreignOwned
        self.status = status
        self.permits = permits
    }
}
