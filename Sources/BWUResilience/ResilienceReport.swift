import BWUPlanning
import Foundation

/// What the analysis should do.
public struct ResilienceOptions: Sendable {
    /// Country codes counted as allied in origin of value (default EU + EEA + UA).
    public var allied: Set<String>
    /// Allied share below which an end item is flagged (default 0.65, EDIP's 65 %).
    public var threshold: Double
    /// Which source of each item origin of value follows.
    public var originBasis: OriginBasis
    /// Which disruption kinds to rank (all by default; empty skips the ranking).
    public var disruptionKinds: Set<DisruptionKind>
    /// Custom what-ifs to run.
    public var whatIfs: [WhatIf]
    /// Reuse the baseline plan where a scenario leaves it intact (see ``ReplanMethod``);
    /// false plans every scenario's model from the start.
    public var incremental: Bool

    /// - Parameters:
    ///   - allied: allied country codes.
    ///   - threshold: allied share below which an item is flagged, 0 … 1.
    ///   - originBasis: planned source mix or cheapest source.
    ///   - disruptionKinds: suppliers, countries, locations to re-plan without.
    ///   - whatIfs: custom scenarios (validated against the model by ``ScenarioFile``).
    ///   - incremental: reuse the baseline plan where possible, or plan every scenario from the start.
    public init(allied: Set<String> = AlliedCountries.standard, threshold: Double = 0.65, originBasis: OriginBasis = .planned,
                disruptionKinds: Set<DisruptionKind> = Set(DisruptionKind.allCases), whatIfs: [WhatIf] = [],
                incremental: Bool = true) {
        self.allied = allied
        self.threshold = threshold
        self.originBasis = originBasis
        self.disruptionKinds = disruptionKinds
        self.whatIfs = whatIfs
        self.incremental = incremental
    }
}

/// The resilience report (`bwu-resilience/1`, documented in `docs/resilience.md`).
public struct ResilienceReport: Codable, Sendable, Equatable {
    public static let formatName = "bwu-resilience/1"

    public var format: String
    /// The baseline plan's figures: everything else is compared with them.
    public var baseline: ServiceFigures
    public var singlePointsOfFailure: [SinglePointOfFailure]
    public var origin: OriginSection
    /// Every supplier, country and location re-planned without, worst first.
    public var disruptions: [DisruptionResult]
    public var whatIfs: [WhatIfResult]
    public var run: RunFigures
}

/// Origin of value for every demanded item, with the settings used.
public struct OriginSection: Codable, Sendable, Equatable {
    public var basis: OriginBasis
    /// Allied country codes, sorted.
    public var allied: [String]
    public var threshold: Double
    /// Items whose allied share is below the threshold.
    public var itemsBelowThreshold: Int
    /// Lowest allied share first.
    public var items: [OriginOfValue]
}

/// How the scenarios were computed.
public struct RunFigures: Codable, Sendable, Equatable {
    /// Disruption and what-if scenarios evaluated.
    public var scenarios: Int
    /// Scenarios planned by the engine.
    public var replanned: Int
    /// Scenarios whose plan is the baseline's with orders moved to other sources.
    public var repaired: Int
    /// Scenarios where only the demand the loss takes away was re-planned.
    public var partial: Int
    /// Scenarios that remove only sources the baseline plan does not use.
    public var unaffected: Int
    /// Threads the scenarios ran on (the machine's active cores).
    public var cores: Int
    /// Wall-clock seconds of the whole analysis, filled in by the caller (`nil` in the library).
    public var seconds: Double?
}

extension ResilienceReport {
    /// The report as JSON with sorted keys.
    /// - Parameter pretty: indent for people.
    public func encoded(pretty: Bool = false) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }
}
