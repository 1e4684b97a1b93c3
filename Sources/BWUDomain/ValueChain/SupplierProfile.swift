import Foundation

/// What a Danish or European supplier offers the programme's manufacturers: the register
/// entry that matchmaking ranks against manufacturers' items.
public struct SupplierProfile: Codable, Equatable, Sendable {
    public struct Certification: Codable, Equatable, Sendable {
        /// e.g. `AQAP 2110`, `ISO 9001`, `EN 9100`.
        public var name: String
        public var reference: String?
        public var validUntil: CalendarDate

        public init(name: String, reference: String?, validUntil: CalendarDate) {
            self.name = name
            self.reference = reference
            self.validUntil = validUntil
        }
    }

    /// Free-text item categories the supplier makes, e.g. `electric motors`, `flight controllers`.
    public var categories: [String]
    public var cpvCodes: [String]
    /// NATO Stock Numbers of items the supplier already makes, in `NNNN-NN-NNN-NNNN` form.
    public var nsns: [String]
    public var certifications: [Certification]
    public var clearance: ClearanceLevel
    /// ISO 3166-1 alpha-2, from where the goods ship.
    public var country: String
    public var typicalLeadTimeWeeks: Int
    /// Units per week the supplier can add for a new customer.
    public var capacityPerWeek: Double
    public var description: String

    public init(categories: [String], cpvCodes: [String], nsns: [String], certifications: [Certification],
                clearance: ClearanceLevel, country: String, typicalLeadTimeWeeks: Int, capacityPerWeek: Double, description: String) {
        self.categories = categories
        self.cpvCodes = cpvCodes
        self.nsns = nsns
        self.certifications = certifications
        self.clearance = clearance
        self.country = country
        self.typicalLeadTimeWeeks = typicalLeadTimeWeeks
        self.capacityPerWeek = capacityPerWeek
        self.description = description
    }

    /// Checks every field and brings codes to their canonical form (`5995-12-345-6789`).
    /// - Throws: ``DomainError`` for the first field that is wrong, named by its path (`nsns[1]`).
    public func validated() throws -> SupplierProfile {
        var profile = self
        profile.categories = try categories.enumerated().map { index, category in
            let trimmed = category.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, trimmed.count <= 80 else { throw DomainError.invalid("categories[\(index)]", "must be 1 to 80 characters") }
            return trimmed
        }
        profile.cpvCodes = try cpvCodes.enumerated().map { try CPVCode($1, field: "cpvCodes[\($0)]").description }
        profile.nsns = try nsns.enumerated().map { try NATOStockNumber($1, field: "nsns[\($0)]").description }
        guard !profile.categories.isEmpty || !profile.cpvCodes.isEmpty || !profile.nsns.isEmpty else {
            throw DomainError.invalid("categories", "name at least one category, CPV code or NATO Stock Number, or no item can be matched")
        }
        for (index, certification) in certifications.enumerated() {
            let name = certification.name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, name.count <= 80 else { throw DomainError.invalid("certifications[\(index)].name", "must be 1 to 80 characters") }
            profile.certifications[index].name = name
        }
        profile.country = try CountryCode.validated(country, field: "country")
        guard (0...520).contains(typicalLeadTimeWeeks) else { throw DomainError.invalid("typicalLeadTimeWeeks", "expected 0 to 520 weeks") }
        guard capacityPerWeek.isFinite, capacityPerWeek > 0 else { throw DomainError.invalid("capacityPerWeek", "must be greater than zero") }
        guard description.count <= 2000 else { throw DomainError.invalid("description", "at most 2000 characters") }
        return profile
    }

    /// Certifications still valid on `date`.
    public func validCertifications(on date: CalendarDate) -> [Certification] {
        certifications.filter { $0.validUntil >= date }
    }
}

/// Facility security clearance, lowest first (NATO levels as Denmark grants them).
public enum ClearanceLevel: String, Codable, CaseIterable, Sendable, Comparable {
    case none
    case restricted
    case confidential
    case secret

    public static func < (a: ClearanceLevel, b: ClearanceLevel) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// ISO 3166-1 alpha-2 country codes as bwu stores them.
public enum CountryCode {
    /// - Throws: ``DomainError`` naming `field` unless the text is two ASCII letters.
    public static func validated(_ text: String, field: String) throws -> String {
        let code = text.uppercased()
        guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw DomainError.invalid(field, "'\(text)' is not an ISO 3166-1 alpha-2 country code")
        }
        return code
    }
}
