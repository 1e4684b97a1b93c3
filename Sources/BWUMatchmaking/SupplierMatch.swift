import Foundation
import BWUDomain

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
                identity.append(MatchReason(.nsn, points: 50, .makesNSN("\(nsn)")))
            } else if nsns.contains(where: { $0.supplyClass == nsn.supplyClass }) {
                identity.append(MatchReason(.supplyClass, points: 20, .makesSupplyClass("\(nsn.supplyClass)")))
            }
        }
        if let cpv = facts.cpv {
            let best = profile.cpvCodes.compactMap { try? CPVCode($0) }.map { ($0, $0.sharedLevel(with: cpv)) }.max { $0.1 < $1.1 }
            if let (code, level) = best, level >= 3 {
                identity.append(MatchReason(.cpv, points: 5 * level, .cpvCovers(code: "\(code)", wanted: "\(cpv)")))
            }
        }
        if let category = facts.category?.lowercased(), profile.categories.contains(where: { $0.lowercased() == category }) {
            identity.append(MatchReason(.category, points: 25, .supplies(category: category)))
        }
        guard !identity.isEmpty else { return [] }

        var reasons = identity
        let capacity = MatchReason.Wording.capacity(perWeek: profile.capacityPerWeek, needed: facts.weeklyNeed)
        reasons.append(MatchReason(.capacity, points: profile.capacityPerWeek >= facts.weeklyNeed ? 10 : 0, capacity))
        if let current = facts.currentLeadTime {
            let faster = profile.typicalLeadTimeWeeks <= current
            reasons.append(MatchReason(.leadTime, points: faster ? 10 : -min(10, profile.typicalLeadTimeWeeks - current),
                                       .leadTime(weeks: profile.typicalLeadTimeWeeks, fastestToday: current)))
        }
        let clearance = MatchReason.Wording.clearance(profile.clearance, required: facts.requiredClearance)
        reasons.append(MatchReason(.clearance, points: profile.clearance >= facts.requiredClearance ? 5 : -30, clearance))
        let isAllied = allied.contains(profile.country)
        reasons.append(MatchReason(.country, points: isAllied ? 15 : -15, .country(profile.country, allied: isAllied)))
        let certifications = profile.validCertifications(on: today).map(\.name)
        if !certifications.isEmpty {
            reasons.append(MatchReason(.certification, points: min(10, 5 * certifications.count), .certified(certifications)))
        }
        return reasons
    }
}
