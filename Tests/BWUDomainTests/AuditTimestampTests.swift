import BWUDomain
import Foundation
import Testing

@Suite struct AuditTimestampTests {
    @Test func instantsAreWrittenInUTCWithMilliseconds() {
        #expect(AuditTimestamp.format(Date(timeIntervalSince1970: 1_764_090_192.3456)) == "2025-11-25T17:03:12.345Z")
        #expect(AuditTimestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
    }

    @Test func whatIsWrittenReadsBackToTheMillisecond() {
        let instant = Date(timeIntervalSince1970: 1_764_090_192.345)
        #expect(abs(AuditTimestamp.parse(AuditTimestamp.format(instant))!.timeIntervalSince1970 - instant.timeIntervalSince1970) < 0.0005)
    }

    @Test("audit instants are read as ISO 8601 UTC, with or without milliseconds", arguments: [
        "2026-11-25T17:03:12.345Z", "2026-11-25T17:03:12Z", "2024-02-29T00:00:00.000Z", "1999-12-31T23:59:59.999Z",
    ])
    func auditInstantsAreRead(text: String) {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = text.count == 24 ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        let expected = formatter.date(from: text)!.timeIntervalSince1970
        #expect(abs(AuditTimestamp.parse(text)!.timeIntervalSince1970 - expected) < 0.0005)
    }

    @Test("text that is not such an instant is not read", arguments: ["", "2026-11-25", "2026-11-25T17:03:12", "2026-11-25T25:03:12Z", "2026-11-25T17:03:12.3Z", "2026-13-01T00:00:00Z"])
    func otherTextIsNotAnInstant(text: String) {
        #expect(AuditTimestamp.parse(text) == nil)
    }
}
