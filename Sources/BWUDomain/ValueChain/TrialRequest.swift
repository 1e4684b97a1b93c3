import Foundation

/// A request by the Danish Armed Forces to trial, evaluate or get access to a Ukrainian
/// capability. Both the manufacturer and the Danish Ministry of Defence must agree before it
/// is scheduled; it ends done with findings or declined with a reason.
public struct TrialRequestRecord: Equatable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case trial
        case evaluation
        case technologyAccess = "technology-access"
    }

    public enum Status: String, Codable, CaseIterable, Sendable {
        /// Waiting for the manufacturer and the Ministry of Defence.
        case requested
        /// Both agreed; the manufacturer sets a date.
        case approved
        case scheduled
        /// Done; the findings are recorded.
        case completed
        case declined
    }

    /// The two parties whose consent the request needs.
    public enum Party: String, Codable, CaseIterable, Sendable {
        case manufacturer
        case ministryOfDefence = "ministry-of-defence"
    }

    public let id: UUID
    public let capabilityID: UUID
    public let manufacturerID: UUID
    public let requesterOrganisationID: UUID
    public let requestedBy: UUID
    public var kind: Kind
    public var purpose: String
    public var status: Status
    public var manufacturerApproved: Bool?
    public var ministryApproved: Bool?
    public var scheduledFor: CalendarDate?
    public var outcome: String?
    public var requestedAt: Date

    public init(id: UUID, capabilityID: UUID, manufacturerID: UUID, requesterOrganisationID: UUID, requestedBy: UUID, kind: Kind,
                purpose: String, status: Status, manufacturerApproved: Bool?, ministryApproved: Bool?, scheduledFor: CalendarDate?,
                outcome: String?, requestedAt: Date) {
        self.id = id
        self.capabilityID = capabilityID
        self.manufacturerID = manufacturerID
        self.requesterOrganisationID = requesterOrganisationID
        self.requestedBy = requestedBy
        self.kind = kind
        self.purpose = purpose
        self.status = status
        self.manufacturerApproved = manufacturerApproved
        self.ministryApproved = ministryApproved
        self.scheduledFor = scheduledFor
        self.outcome = outcome
        self.requestedAt = requestedAt
    }
}

/// The rules of a trial request's life, apart from storage.
public enum TrialRequestRules {
    /// One party's decision. A refusal declines the request; the second approval approves it.
    /// - Throws: ``DomainError`` when the request is no longer waiting or the party already decided.
    public static func decide(_ request: inout TrialRequestRecord, by party: TrialRequestRecord.Party, approve: Bool, reason: String) throws {
        guard request.status == .requested else {
            throw DomainError.conflict("the request is \(request.status.rawValue); only a requested one can be decided")
        }
        if !approve {
            guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw DomainError.invalid("reason", "say why the request is declined") }
            guard reason.count <= 2000 else { throw DomainError.invalid("reason", "must be at most 2000 characters") }
        }
        switch party {
        case .manufacturer:
            guard request.manufacturerApproved == nil else { throw DomainError.conflict("the manufacturer has already decided") }
            request.manufacturerApproved = approve
        case .ministryOfDefence:
            guard request.ministryApproved == nil else { throw DomainError.conflict("the Ministry of Defence has already decided") }
            request.ministryApproved = approve
        }
        if !approve {
            request.status = .declined
            request.outcome = reason
        } else if request.manufacturerApproved == true, request.ministryApproved == true {
            request.status = .approved
        }
    }

    /// The manufacturer sets (or moves) the date of an approved request.
    public static func schedule(_ request: inout TrialRequestRecord, on date: CalendarDate, today: CalendarDate) throws {
        guard request.status == .approved || request.status == .scheduled else {
            throw DomainError.conflict("the request is \(request.status.rawValue); only an approved request can be scheduled")
        }
        guard date >= today else { throw DomainError.invalid("date", "must not be in the past") }
        request.scheduledFor = date
        request.status = .scheduled
    }

    /// Records the findings of a scheduled trial, evaluation or access.
    public static func complete(_ request: inout TrialRequestRecord, findings: String) throws {
        guard request.status == .scheduled else {
            throw DomainError.conflict("the request is \(request.status.rawValue); only a scheduled request can be completed")
        }
        let trimmed = findings.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 4000 else { throw DomainError.invalid("findings", "must be 1 to 4000 characters") }
        request.outcome = trimmed
        request.status = .completed
    }
}
