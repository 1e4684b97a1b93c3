import Foundation
import BWUDomain

/// One reason a supplier fits (or does not quite fit) an item, with its weight in the ranking.
public struct MatchReason: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case nsn, supplyClass = "supply-class", cpv, category, capacity, leadTime = "lead-time", clearance, country, certification
    }

    /// The facts a reason states, so that pages can word them in the reader's language.
    public enum Wording: Sendable, Equatable {
        case makesNSN(String)
        case makesSupplyClass(String)
        case cpvCovers(code: String, wanted: String)
        case supplies(category: String)
        /// Covers the need in full when `perWeek >= needed`.
        case capacity(perWeek: Double, needed: Double)
        case leadTime(weeks: Int, fastestToday: Int)
        /// Below what the item needs when `level < required`.
        case clearance(ClearanceLevel, required: ClearanceLevel)
        case country(String, allied: Bool)
        case certified([String])
    }

    public var kind: Kind
    /// Points this reason adds to the score (negative for a shortcoming).
    public var points: Int
    /// In English words, as the API gives it, e.g. "makes NATO Stock Number 5995-12-345-6789".
    public var detail: String
    /// The facts of `detail`; `nil` for a reason read back from JSON, which carries the words only.
    public var wording: Wording?

    private enum CodingKeys: String, CodingKey { case kind, points, detail }

    public init(_ kind: Kind, points: Int, _ wording: Wording) {
        self.kind = kind
        self.points = points
        self.detail = wording.english
        self.wording = wording
    }
}

extension MatchReason.Wording {
    var english: String {
        switch self {
        case .makesNSN(let nsn): "makes NATO Stock Number \(nsn)"
        case .makesSupplyClass(let supplyClass): "makes items of NATO supply class \(supplyClass)"
        case .cpvCovers(let code, let wanted): "CPV \(code) covers \(wanted)"
        case .supplies(let category): "supplies \(category)"
        case .capacity(let perWeek, let needed) where perWeek >= needed: "\(Self.number(perWeek)) a week covers the \(Self.number(needed)) needed"
        case .capacity(let perWeek, let needed): "\(Self.number(perWeek)) a week covers part of the \(Self.number(needed)) needed"
        case .leadTime(let weeks, let fastest): "\(weeks) weeks against \(fastest) from today's fastest source"
        case .clearance(let level, let required) where level >= required: "facility clearance \(level.rawValue)"
        case .clearance(let level, let required): "facility clearance \(level.rawValue), below the \(required.rawValue) the item needs"
        case .country(let country, let allied): "ships from \(country), \(allied ? "in" : "outside") the allied set"
        case .certified(let names): "certified " + names.joined(separator: ", ")
        }
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int64(value)) : String(format: "%.1f", value)
    }
}
