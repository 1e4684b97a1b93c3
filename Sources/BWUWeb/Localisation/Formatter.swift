import BWUDomain
import Foundation

/// Numbers, money and dates written the way each language writes them. Money is formatted
/// straight from integer minor units, never through a floating-point number.
public struct Formatter: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    private var groupSeparator: String {
        switch language {
        case .en: ","
        case .da: "."
        case .uk: "\u{00A0}"  // no-break space, so an amount never wraps across lines
        }
    }

    private var decimalSeparator: String { language == .en ? "." : "," }

    /// `1234567` → `1,234,567` / `1.234.567` / `1 234 567`.
    public func integer(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += groupSeparator }
            grouped.append(character)
        }
        return (value < 0 ? "−" : "") + grouped
    }

    public func integer(_ value: Int) -> String { integer(Int64(value)) }

    /// `DKK 500,000,000.00` (en), `DKK 500.000.000,00` (da), `500 000 000,00 DKK` (uk).
    public func money(_ money: Money) -> String {
        let digits = money.currency.minorDigits
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        let magnitude = money.minorUnits.magnitude
        var number = integer(Int64(magnitude / scale))
        if digits > 0 {
            let fraction = String(magnitude % scale)
            number += decimalSeparator + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        let sign = money.minorUnits < 0 ? "−" : ""
        switch language {
        case .en, .da: return "\(money.currency.code)\u{00A0}\(sign)\(number)"
        case .uk: return "\(sign)\(number)\u{00A0}\(money.currency.code)"
        }
    }

    /// A short money figure for chart axes: whole millions, e.g. `DKK 500 m` / `500 млн DKK`.
    public func millions(_ minorUnits: Int64, currency: CurrencyCode) -> String {
        var scale: Int64 = 1_000_000
        for _ in 0..<currency.minorDigits { scale *= 10 }
        let whole = integer(minorUnits / scale)
        switch language {
        case .en: return "\(whole) m"
        case .da: return "\(whole) mio."
        case .uk: return "\(whole) млн"
        }
    }

    /// `21 Sep 2026` / `21. sep. 2026` / `21.09.2026`, in UTC so every reader sees the same day.
    public func date(_ date: Date) -> String {
        let parts = Self.utc.dateComponents([.year, .month, .day], from: date)
        return day(year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    public func date(_ date: CalendarDate) -> String {
        day(year: date.year, month: date.month, day: date.day)
    }

    /// The date with the time of day, 24-hour, marked UTC.
    public func dateTime(_ date: Date) -> String {
        let parts = Self.utc.dateComponents([.hour, .minute], from: date)
        return "\(self.date(date)) \(Self.two(parts.hour ?? 0)):\(Self.two(parts.minute ?? 0)) UTC"
    }

    private func day(year: Int, month: Int, day: Int) -> String {
        switch language {
        case .en: return "\(day) \(Self.englishMonths[month - 1]) \(year)"
        case .da: return "\(day). \(Self.danishMonths[month - 1]) \(year)"
        case .uk: return "\(Self.two(day)).\(Self.two(month)).\(year)"
        }
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let danishMonths = ["jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
