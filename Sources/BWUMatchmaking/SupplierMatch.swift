import Foundation
import BWUDomain

/// One reason a supplier fits (or does not quite fit) an item, with its weight in the ranking.
public struct MatchReason: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case nsn, supplyClass = "supply-class", cpv, category, capacity, leadTime = "lead-time", clearance, country, certification
    }

    public var kind: Kind
    /// Points this reason adds to the score (negative for a shortcoming).
    public var points: Int
    /// In words, e.g. "NATO Stock Number 5995-12-345-6789 matches".
    public var detail: String
}

/// How well a registered supplier fits one item, from what the item is and what the supplier offers.
enum SupplierFit {
    /// What the manufacturer's item needs from a new source.
    struct ItemFacts {
        var category: String?
        var cpv: CPVCode?
        var nsn: NATOStockNumber?
        /// Units per week the item's demand asks of its sources at most.
        var weeklyNeed: Double
        /// The fastest lead time of the item's current sources, in weeks.
        var currentLeadTime: Int?
        var requiredClearance: ClearanceLevel
    }

    /// The reasons a supplier fits; empty when nothing about the item matches (no proposal then).
    static func reasons(_ facts: ItemFacts, _ profile: SupplierProfile, allied: Set<String>, today: CalendarDate) -> [MatchReason] {
        var identity: [MatchReason] = []
        let nsns = profile.nsns.compactMap { try? NATOStockNumber($0) }
        if let nsn = facts.nsn {
            if nsns.contains(nsn) {
                identity.append(MatchReason(kind: .nsn, points: 50, detail: "makes NATO Stock Number \(nsn)"))
            } else if nsns.contains(where: { $0.supplyClass == nsn.supplyClass }) {
                identity.append(MatchReason(kind: .supplyClass, points: 20, detail: "makes items of NATO supply class \(nsn.supplyClass)"))
            }
        }
        if let cpv = facts.cpv {
            let best = profile.cpvCodes.compactMap { try? CPVCode($0) }.map { ($0, $0.sharedLevel(with: cpv)) }.max { $0.1 < $1.1 }
            if let (code, level) = best, level >= 3 {
                identity.append(MatchReason(kind: .cpv, points: 5 * level, detail: "CPV \(code) covers \(cpv)"))
            }
        }
        if let category = facts.category?.lowercased(), profile.categories.contains(where: { $0.lowercased() == category }) {
            identity.append(MatchReason(kind: .category, points: 25, detail: "supplies \(category)"))
        }
        guard !identity.isEmpty else { return [] }

        var reasons = identity
        if profile.capacityPerWeek >= facts.weeklyNeed {
            reasons.append(MatchReason(kind: .capacity, points: 10, detail: "\(number(profile.capacityPerWeek)) a week covers the \(number(facts.weeklyNeed)) needed"))
        } else {
            reasons.append(MatchReason(kind: .capacity, points: 0, detail: "\(number(profile.capacityPerWeek)) a week covers part of the \(number(facts.weeklyNeed)) needed"))
        }
        if let current = facts.currentLeadTime {
            let faster = profile.typicalLeadTimeWeeks <= current
            reasons.append(MatchReason(kind: .leadTime, points: faster ? 10 : -min(10, profile.typicalLeadTimeWeeks - current),
                                       detail: "\(profile.typicalLeadTimeWeeks) weeks against \(current) from today's fastest source"))
        }
        if profile.clearance >= facts.requiredClearance {
            reasons.append(MatchReason(kind: .clearance, points: 5, detail: "facility clearance \(profile.clearance.rawValue)"))
        } else {
            reasons.append(MatchReason(kind: .clearance, points: -30, detail: "facility clearance \(profile.clearance.rawValue), below the \(facts.requiredClearance.rawValue) the item needs"))
        }
        let isAllied = allied.contains(profile.country)
        reasons.append(MatchReason(kind: .country, points: isAllied ? 15 : -15, detail: "ships from \(profile.country)\(isAllied ? ", in the allied set" : ", outside the allied set")"))
        let certifications = profile.validCertifications(on: today).map(\.name)
        if !certifications.isEmpty {
            reasons.append(MatchReason(kind: .certification, points: min(10, 5 * certifications.count), detail: "certified " + certifications.joined(separator: ", ")))
        }
        return reasons
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int64(value)) : String(format: "%.1f", value)
    }
}
