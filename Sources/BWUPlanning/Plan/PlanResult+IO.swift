import Foundation

extension PlanResult {
    /// The plan as compact JSON with fields in a fixed order: the same plan always gives the same bytes.
    public func encoded() -> Data {
        var writer = JSONWriter()
        writer.plan(self)
        return Data(writer.bytes)
    }
}
