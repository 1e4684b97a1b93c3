import Foundation

extension PlanResult {
    /// The plan as JSON with sorted keys: the same plan always gives the same bytes.
    /// - Parameter pretty: indent for people; the default is compact.
    public func encoded(pretty: Bool = false) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }
}
