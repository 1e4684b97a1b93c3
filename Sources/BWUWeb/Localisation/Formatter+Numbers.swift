/// Shares, planned quantities and changes, written per language. These are planning figures
/// (the engine works in `Double`), never money.
extension Formatter {
    /// `0.975` → `97.5%` (en) / `97,5 %` (da, uk), one decimal.
    public func percent(_ fraction: Double) -> String {
        let number = oneDecimal(fraction * 100)
        return language == .en ? number + "%" : number + "\u{00A0}%"
    }

    /// A planned quantity: whole numbers grouped like counts, fractions with one decimal.
    public func quantity(_ value: Double) -> String {
        let rounded = value.rounded()
        if abs(value - rounded) < 1e-6, abs(rounded) < 1e15 { return integer(Int64(rounded)) }
        return oneDecimal(value)
    }

    /// A change in percentage points with its sign, e.g. `+12.5`.
    public func signedPoints(_ fractionChange: Double) -> String {
        let points = fractionChange * 100
        let sign = points > 0.05 ? "+" : ""
        return sign + oneDecimal(points)
    }

    private func oneDecimal(_ value: Double) -> String {
        let tenths = Int64((value * 10).rounded())
        let whole = integer(tenths / 10)
        let decimal = String(abs(tenths % 10))
        let sign = tenths < 0 && tenths / 10 == 0 ? "−" : ""
        return sign + whole + (language == .en ? "." : ",") + decimal
    }
}
