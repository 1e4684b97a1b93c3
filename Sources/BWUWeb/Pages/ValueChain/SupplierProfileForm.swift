import BWUDomain
import Foundation

/// The supplier's profile form exactly as typed. Lists are typed as text separated by commas
/// or new lines; certifications one per line as `name; valid until; reference`.
public struct SupplierProfileValues: Equatable, Sendable {
    public var categories = "", cpvCodes = "", nsns = "", certifications = "", clearance = "none", country = ""
    public var leadTime = "", capacity = "", description = ""

    public init() {}

    public init(_ profile: SupplierProfile) {
        categories = profile.categories.joined(separator: "\n")
        cpvCodes = profile.cpvCodes.joined(separator: "\n")
        nsns = profile.nsns.joined(separator: "\n")
        certifications = profile.certifications.map { c in
            [c.name, c.validUntil.description] + (c.reference.map { [$0] } ?? [])
        }.map { $0.joined(separator: "; ") }.joined(separator: "\n")
        clearance = profile.clearance.rawValue
        country = profile.country
        leadTime = String(profile.typicalLeadTimeWeeks)
        capacity = SupplierProfileValues.number(profile.capacityPerWeek)
        description = profile.description
    }

    public init(fields: [String: String]) {
        func value(_ name: String) -> String { (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        categories = value("categories")
        cpvCodes = value("cpvCodes")
        nsns = value("nsns")
        certifications = value("certifications")
        clearance = value("clearance")
        country = value("country")
        leadTime = value("typicalLeadTimeWeeks")
        capacity = value("capacityPerWeek")
        description = value("description")
    }

    /// The fields by their form names, to show a refused form again.
    public var typed: [String: String] {
        ["categories": categories, "cpvCodes": cpvCodes, "nsns": nsns, "certifications": certifications, "clearance": clearance,
         "country": country, "typicalLeadTimeWeeks": leadTime, "capacityPerWeek": capacity, "description": description]
    }

    /// Entries separated by commas or line breaks, blanks dropped.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int64(value)) : String(value)
    }

    /// The profile to hand to the register, or every field that could not be read. The codes
    /// themselves are checked by the domain, which names the entry at fault.
    public func profile(_ t: Language) -> (SupplierProfile?, [String: String]) {
        var errors: [String: String] = [:]
        let level = ClearanceLevel(rawValue: clearance) ?? { errors["clearance"] = t(.errRequired); return ClearanceLevel.none }()
        let weeks = Int(leadTime) ?? { errors["typicalLeadTimeWeeks"] = t(.errWholeNumber); return 0 }()
        let perWeek = Double(capacity.replacingOccurrences(of: ",", with: ".")) ?? { errors["capacityPerWeek"] = t(.errNumber); return 0 }()
        var certificates: [SupplierProfile.Certification] = []
        for line in certifications.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count >= 2, let until = try? CalendarDate(parts[1], field: "certifications") else {
                errors["certifications"] = "\(t(.errCertificationLine)) “\(line)”"
                continue
            }
            let reference = parts.count > 2 && !parts[2].isEmpty ? parts[2] : nil
            certificates.append(.init(name: parts[0], reference: reference, validUntil: until))
        }
        guard errors.isEmpty else { return (nil, errors) }
        return (SupplierProfile(
            categories: Self.list(categories), cpvCodes: Self.list(cpvCodes), nsns: Self.list(nsns), certifications: certificates,
            clearance: level, country: country, typicalLeadTimeWeeks: weeks, capacityPerWeek: perWeek, description: description), [:])
    }
}
