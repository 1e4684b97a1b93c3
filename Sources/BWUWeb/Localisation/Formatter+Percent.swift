extension Formatter {
    /// A share as a percentage with one decimal: `87.5%` (en), `87,5 %` (da, uk).
    public func percent(_ fraction: Double) -> String {
        let tenths = Int64((fraction * 1000).rounded())
        let sign = tenths < 0 ? "−" : ""
        let whole = integer(Int64(tenths.magnitude / 10))
        let number = "\(sign)\(whole)\(language == .en ? "." : ",")\(tenths.magnitude % 10)"
        return language == .en ? number + "%" : number + "\u{00A0}%"
    }

    /// A quantity that may have a fraction (capacity per week, lot sizes): whole numbers without decimals.
    public func quantity(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return integer(Int64(value)) }
        let tenths = Int64((value * 10).rounded())
        return "\(integer(tenths / 10))\(language == .en ? "." : ",")\(tenths.magnitude % 10)"
    }
}
