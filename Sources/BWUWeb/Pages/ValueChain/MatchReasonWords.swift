import BWUMatchmaking

/// The sentences a match reason can be worded in; each catalogue has them with `{placeholders}`.
public enum MatchDetail: CaseIterable, Sendable {
    case nsn, supplyClass, cpv, category, capacityCovers, capacityPart, leadTime, clearance, clearanceBelow
    case countryAllied, countryOutside, certified
}

/// A match reason's facts in the reader's language, numbers and clearance levels written as
/// the rest of the page writes them.
enum MatchReasonWords {
    static func detail(_ reason: MatchReason, _ t: Language, _ format: Formatter) -> String {
        guard let wording = reason.wording else { return reason.detail }
        switch wording {
        case .makesNSN(let nsn):
            return t.fill(.matchDetail(.nsn), ["nsn": nsn])
        case .makesSupplyClass(let supplyClass):
            return t.fill(.matchDetail(.supplyClass), ["class": supplyClass])
        case .cpvCovers(let code, let wanted):
            return t.fill(.matchDetail(.cpv), ["code": code, "wanted": wanted])
        case .supplies(let category):
            return t.fill(.matchDetail(.category), ["category": category])
        case .capacity(let perWeek, let needed):
            return t.fill(.matchDetail(perWeek >= needed ? .capacityCovers : .capacityPart),
                          ["perWeek": format.quantity(perWeek), "needed": format.quantity(needed)])
        case .leadTime(let weeks, let fastest):
            return t.fill(.matchDetail(.leadTime), ["weeks": format.integer(weeks), "fastest": format.integer(fastest)])
        case .clearance(let level, let required):
            return t.fill(.matchDetail(level >= required ? .clearance : .clearanceBelow),
                          ["level": t(.clearanceName(level)), "required": t(.clearanceName(required))])
        case .country(let country, let allied):
            return t.fill(.matchDetail(allied ? .countryAllied : .countryOutside), ["country": country])
        case .certified(let names):
            return t.fill(.matchDetail(.certified), ["names": names.joined(separator: ", ")])
        }
    }
}
