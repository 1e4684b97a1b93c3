import Foundation

/// How the audit log writes and reads instants: ISO 8601 UTC text with
/// milliseconds, e.g. `2026-11-25T17:03:12.345Z`. The text is part of every
/// entry's hash, so it is written one way only.
public enum AuditTimestamp {
    /// The instant as the log stores it (milliseconds rounded down). The day is the one
    /// ``CalendarDate/init(utc:)`` gives; `parse` reads it back through the same type.
    public static func format(_ date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (seconds, milli) = millis.quotientAndRemainder(dividingBy: 1000)
        let ofDay = Int(seconds % 86_400)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let day = CalendarDate(utc: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return "\(day)T\(pad(ofDay / 3600, 2)):\(pad(ofDay / 60 % 60, 2)):\(pad(ofDay % 60, 2)).\(pad(Int(milli), 3))Z"
    }

    /// The instant of stored text, with or without milliseconds; nil for other text.
    /// Read by hand: a date formatter per entry cost more than the rest of the audit page.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              bytes.last == UInt8(ascii: "Z"),
              let day = try? CalendarDate(String(decoding: bytes[0..<10], as: UTF8.self), field: "occurredAt"),
              let hour = number(bytes[11..<13]), let minute = number(bytes[14..<16]), let second = number(bytes[17..<19]),
              hour < 24, minute < 60, second < 61
        else { return nil }
        var millis = 0
        if bytes[19] == UInt8(ascii: ".") {
            guard bytes.count == 24, let fraction = number(bytes[20..<23]) else { return nil }
            millis = fraction
        } else if bytes.count != 20 {
            return nil
        }
        let seconds = ((day.dayNumber * 24 + hour) * 60 + minute) * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds) + TimeInterval(millis) / 1000)
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        return value
    }
}
