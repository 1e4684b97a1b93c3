import BWUPlanning
import Foundation

// Strict decoding: every object refuses fields it does not know, so that a typo
// (say `percentage`) is reported instead of silently running a different scenario.

extension ScenarioFile: Decodable {
    private enum Keys: String, CodingKey, CaseIterable { case format, scenarios }

    /// Decodes a scenario file and checks its references against `model`.
    /// - Parameters:
    ///   - data: the JSON document.
    ///   - model: the model the scenarios change.
    /// - Throws: ``ScenarioError`` naming the JSON path of the first problem: malformed JSON,
    ///   unknown or missing field, wrong type, or a reference to something the model lacks.
    public static func decode(from data: Data, model: PlanningModel) throws(ScenarioError) -> ScenarioFile {
        let file: ScenarioFile
        do {
            file = try JSONDecoder().decode(ScenarioFile.self, from: data)
        } catch let error as DecodingError {
            throw ScenarioError(decodingError: error)
        } catch {
            throw ScenarioError(path: "$", reason: "\(error)")
        }
        if let first = file.validationErrors(model: model).first { throw first }
        return file
    }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownFields(Keys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: Keys.self)
        let format = try c.decode(String.self, forKey: .format)
        guard format == Self.formatName else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c, debugDescription: "must be \"\(Self.formatName)\", found \"\(format)\"")
        }
        scenarios = try c.decode([WhatIf].self, forKey: .scenarios)
    }
}

extension WhatIf: Decodable {
    private enum Keys: String, CodingKey, CaseIterable {
        case id, description, removeSources, removeSuppliers, removeCountries, removeLocations
        case cutCapacity, lengthenLeadTimes, addDemands
    }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownFields(Keys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: Keys.self)
        id = try c.decode(String.self, forKey: .id)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        removeSources = try c.decodeIfPresent([String].self, forKey: .removeSources) ?? []
        removeSuppliers = try c.decodeIfPresent([String].self, forKey: .removeSuppliers) ?? []
        removeCountries = try c.decodeIfPresent([String].self, forKey: .removeCountries) ?? []
        removeLocations = try c.decodeIfPresent([String].self, forKey: .removeLocations) ?? []
        cutCapacity = try c.decodeIfPresent([CapacityCut].self, forKey: .cutCapacity) ?? []
        lengthenLeadTimes = try c.decodeIfPresent([LeadTimeChange].self, forKey: .lengthenLeadTimes) ?? []
        // Demand's own decoding (from the model format) is strict too.
        addDemands = try c.decodeIfPresent([Demand].self, forKey: .addDemands) ?? []
    }
}

extension CapacityCut: Decodable {
    private enum Keys: String, CodingKey, CaseIterable { case resource, percent, from, to }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownFields(Keys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: Keys.self)
        resource = try c.decode(String.self, forKey: .resource)
        percent = try c.decode(Double.self, forKey: .percent)
        from = try c.decodeIfPresent(Int.self, forKey: .from) ?? 0
        to = try c.decodeIfPresent(Int.self, forKey: .to)
    }
}

extension LeadTimeChange: Decodable {
    private enum Keys: String, CodingKey, CaseIterable { case source, supplier, country, item, by }

    public init(from decoder: any Decoder) throws {
        try decoder.refuseUnknownFields(Keys.allCases.map(\.rawValue))
        let c = try decoder.container(keyedBy: Keys.self)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        supplier = try c.decodeIfPresent(String.self, forKey: .supplier)
        country = try c.decodeIfPresent(String.self, forKey: .country)
        item = try c.decodeIfPresent(String.self, forKey: .item)
        by = try c.decode(Int.self, forKey: .by)
    }
}

private struct FieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension Decoder {
    /// Throws `dataCorrupted` at the first field of this object (alphabetically) not in `allowed`.
    fileprivate func refuseUnknownFields(_ allowed: [String]) throws {
        let container = try self.container(keyedBy: FieldKey.self)
        let unknown = container.allKeys.map(\.stringValue).filter { !allowed.contains($0) }.sorted()
        if let first = unknown.first {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath + [FieldKey(stringValue: first)], debugDescription: "unknown field '\(first)'"))
        }
    }
}

extension ScenarioError {
    init(decodingError: DecodingError) {
        switch decodingError {
        case .keyNotFound(let key, let context):
            self.init(path: Self.render(context.codingPath + [key]), reason: "required field is missing")
        case .typeMismatch(let type, let context):
            self.init(path: Self.render(context.codingPath), reason: "expected a value of type \(type)")
        case .valueNotFound(let type, let context):
            self.init(path: Self.render(context.codingPath), reason: "expected a value of type \(type), found null")
        case .dataCorrupted(let context):
            let reason = context.codingPath.isEmpty ? "not valid JSON: \(context.debugDescription)" : context.debugDescription
            self.init(path: Self.render(context.codingPath), reason: reason)
        @unknown default:
            self.init(path: "$", reason: "\(decodingError)")
        }
    }

    /// `$.scenarios[1].cutCapacity[0].percent` from a coding path.
    static func render(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce("$") { path, key in key.intValue.map { "\(path)[\($0)]" } ?? "\(path).\(key.stringValue)" }
    }
}
