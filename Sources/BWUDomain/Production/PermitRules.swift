import Foundation

/// What a facility's permits allow, and what needs attention soon.
public enum PermitRules {
    /// A permit that needs action, for the programme office's watch list.
    public struct Alert: Equatable, Sendable {
        public enum Kind: String, Sendable, Codable {
            /// A required kind with no valid permit at all.
            case missing
            /// Was valid, now past its end date.
            case expired
            /// Valid now, ends within the look-ahead window.
            case expiring
        }

        public let kind: Kind
        public let permitKind: PermitKind
        public let permitID: UUID?
        public let date: CalendarDate?

        public init(kind: Kind, permitKind: PermitKind, permitID: UUID?, date: CalendarDate?) {
            self.kind = kind
            self.permitKind = permitKind
            self.permitID = permitID
            self.date = date
        }
    }

    /// The required permit kinds that have no valid permit on `date`.
    public static func missing(for facility: FacilityRecord, on date: CalendarDate) -> [PermitKind] {
        PermitKind.required(foreignOwned: facility.foreignOwned).filter { kind in
            !facility.permits.contains { $0.kind == kind && $0.isValid(on: date) }
        }
    }

    /// - Throws: ``DomainError/conflict(_:field:)`` naming every missing permit kind when the
    ///   facility may not be marked operational on `date`.
    public static func checkCanOperate(_ facility: FacilityRecord, on date: CalendarDate) throws {
        let missing = missing(for: facility, on: date)
        guard missing.isEmpty else {
            throw DomainError.conflict(
                "the facility cannot be operational without a valid permit for: \(missing.map(\.rawValue).joined(separator: ", "))",
                field: "status")
        }
    }

    /// Every required permit that is missing, expired or expires within `days` of `date`.
    /// Where a kind has several permits, the one valid longest counts.
    public static func alerts(for facility: FacilityRecord, on date: CalendarDate, within days: Int = 90) -> [Alert] {
        let horizon = date.adding(days: days)
        var alerts: [Alert] = []
        for kind in PermitKind.required(foreignOwned: facility.foreignOwned) {
            let granted = facility.permits.filter { $0.kind == kind && $0.status == .granted }
            let valid = granted.filter { $0.isValid(on: date) }
            if let best = valid.max(by: { ($0.validUntil ?? horizon.adding(days: 1)) < ($1.validUntil ?? horizon.adding(days: 1)) }) {
                if let end = best.validUntil, end <= horizon {
                    alerts.append(Alert(kind: .expiring, permitKind: kind, permitID: best.id, date: end))
                }
            } else if let lapsed = granted.filter({ $0.validUntil.map { $0 < date } ?? false }).max(by: { $0.validUntil! < $1.validUntil! }) {
                alerts.append(Alert(kind: .expired, permitKind: kind, permitID: lapsed.id, date: lapsed.validUntil))
            } else {
                alerts.append(Alert(kind: .missing, permitKind: kind, permitID: nil, date: nil))
            }
        }
        return alerts
    }
}
