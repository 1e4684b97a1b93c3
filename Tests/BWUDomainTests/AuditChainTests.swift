import Foundation
import Testing
@testable import BWUDomain

/// A chain of `count` entries as the server would append them.
private func makeChain(_ count: Int) -> [AuditRecord] {
    var records: [AuditRecord] = []
    let actor = UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF")!
    for index in 1...count {
        records.append(AuditRecord(
            sequence: Int64(index), occurredAt: "2026-03-0\(index % 9 + 1)T10:00:00.000Z", actorID: actor,
            actorEmail: "officer@fmn.dk", action: "milestone.disbursed", entityType: "milestone",
            entityID: "M-\(index)", details: ["amount": "DKK \(index)00,000.00", "reason": "verified"],
            previousHash: records.last?.hash ?? AuditRecord.genesisHash))
    }
    return records
}

/// The entry as read back from a database where someone changed it, hash left as stored.
private func tampered(
    _ r: AuditRecord, action: String? = nil, actorEmail: String? = nil, details: [String: String]? = nil,
    previousHash: String? = nil, hash: String? = nil
) -> AuditRecord {
    AuditRecord(
        stored: r.sequence, occurredAt: r.occurredAt, actorID: r.actorID, actorEmail: actorEmail ?? r.actorEmail,
        action: action ?? r.action, entityType: r.entityType, entityID: r.entityID, details: details ?? r.details,
        previousHash: previousHash ?? r.previousHash, hash: hash ?? r.hash)
}

private func head(_ records: [AuditRecord]) -> (sequence: Int64, hash: String) {
    (records.last!.sequence, records.last!.hash)
}

@Suite("Audit log: hash chain and tamper detection")
struct AuditChainTests {
    // MARK: Hashes

    @Test("an entry's hash is deterministic lower-case hex SHA-256")
    func hashDeterministic() {
        let a = makeChain(1)[0]
        let b = makeChain(1)[0]

        #expect(a.hash == b.hash)
        #expect(a.hash.count == 64)
        #expect(a.hash.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(a.hash == a.expectedHash)
        #expect(a.previousHash == AuditRecord.genesisHash)
        #expect(AuditRecord.genesisHash == String(repeating: "0", count: 64))
    }

    @Test("the hash covers the previous hash and the canonical entry, byte for byte")
    func hashFormatPinned() {
        let record = AuditRecord(
            sequence: 1, occurredAt: "2026-03-01T10:00:00.000Z",
            actorID: UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF")!, actorEmail: "a@b.dk",
            action: "grant.created", entityType: "grant", entityID: "G1", details: ["amount": "1.00"],
            previousHash: AuditRecord.genesisHash)
        let canonical = #"{"action":"grant.created","actorEmail":"a@b.dk","actorID":"6F9619FF-8B86-D011-B42D-00C04FC964FF","# +
            #""details":"{\"amount\":\"1.00\"}","entityID":"G1","entityType":"grant","# +
            #""occurredAt":"2026-03-01T10:00:00.000Z","sequence":"1"}"#

        #expect(record.hash == SHA256Hex.digest(AuditRecord.genesisHash + "\n" + canonical))
    }

    @Test("SHA256Hex matches the standard test vector")
    func sha256Vector() {
        #expect(SHA256Hex.digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256Hex.digest([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("changing any single field changes the hash")
    func everyFieldCounts() {
        let r = makeChain(1)[0]
        func hash(sequence: Int64? = nil, occurredAt: String? = nil, actorID: UUID? = nil, entityType: String? = nil,
                  entityID: String? = nil, details: [String: String]? = nil, previousHash: String? = nil) -> String {
            AuditRecord(sequence: sequence ?? r.sequence, occurredAt: occurredAt ?? r.occurredAt,
                        actorID: actorID ?? r.actorID, actorEmail: r.actorEmail, action: r.action,
                        entityType: entityType ?? r.entityType, entityID: entityID ?? r.entityID,
                        details: details ?? r.details, previousHash: previousHash ?? r.previousHash).hash
        }

        let variants = [
            hash(sequence: 2), hash(occurredAt: "2026-03-02T10:00:00.001Z"), hash(actorID: UUID()),
            hash(entityType: "grant"), hash(entityID: "M-2"), hash(details: [:]),
            hash(details: r.details.merging(["extra": ""]) { a, _ in a }), hash(previousHash: String(repeating: "1", count: 64)),
        ]

        #expect(hash() == r.hash)
        #expect(Set(variants + [r.hash]).count == variants.count + 1)
    }

    // MARK: Verification

    @Test("an intact chain verifies, with and without its head", arguments: [1, 2, 5])
    func intactChain(count: Int) {
        let records = makeChain(count)

        #expect(AuditChain.verify(records) == nil)
        #expect(AuditChain.verify(records, head: head(records)) == nil)
    }

    @Test("an empty log verifies against an empty head")
    func emptyLog() {
        #expect(AuditChain.verify([]) == nil)
        #expect(AuditChain.verify([], head: (0, AuditRecord.genesisHash)) == nil)
    }

    @Test("altering an entry is reported as altered at that entry")
    func alteredEntry() {
        let chain = makeChain(5)
        let cases: [(AuditRecord) -> AuditRecord] = [
            { tampered($0, action: "milestone.rejected") },
            { tampered($0, details: ["amount": "DKK 9,300,000.00", "reason": "verified"]) },
            { tampered($0, actorEmail: "someone.else@fmn.dk") },
            { tampered($0, details: $0.details.filter { $0.key != "reason" }) },
        ]

        for alter in cases {
            var records = chain
            records[2] = alter(records[2])

            let found = AuditChain.verify(records, head: head(chain))

            #expect(found?.kind == .altered)
            #expect(found?.sequence == 3)
        }
    }

    @Test("deleting a middle entry is reported as missing at its sequence")
    func missingEntry() {
        var records = makeChain(5)
        records.remove(at: 1)

        let found = AuditChain.verify(records)

        #expect(found?.kind == .missing)
        #expect(found?.sequence == 2)
        #expect(found?.description.hasPrefix("entry 2 missing") == true)
    }

    @Test("deleting the first entry is reported as missing entry 1")
    func missingFirst() {
        let found = AuditChain.verify(Array(makeChain(3).dropFirst()))

        #expect(found?.kind == .missing)
        #expect(found?.sequence == 1)
    }

    @Test("reordering entries is detected")
    func reordered() {
        var records = makeChain(4)
        records.swapAt(1, 2)

        #expect(AuditChain.verify(records)?.kind == .missing)
    }

    @Test("pointing an entry at a different previous hash is reported as relinked")
    func relinkedEntry() {
        var records = makeChain(5)
        records[3] = tampered(records[3], previousHash: records[1].hash)

        let found = AuditChain.verify(records)

        #expect(found?.kind == .relinked)
        #expect(found?.sequence == 4)
    }

    @Test("a forger who re-hashes an altered entry breaks the next link")
    func rehashedForgery() {
        var records = makeChain(5)
        let forged = AuditRecord(
            sequence: 3, occurredAt: records[2].occurredAt, actorID: records[2].actorID, actorEmail: records[2].actorEmail,
            action: records[2].action, entityType: records[2].entityType, entityID: records[2].entityID,
            details: ["amount": "DKK 1.00"], previousHash: records[2].previousHash)
        records[2] = forged

        let found = AuditChain.verify(records)

        #expect(found?.kind == .relinked)
        #expect(found?.sequence == 4)
    }

    @Test("cutting off the last entry is caught by the head")
    func truncatedTail() {
        let chain = makeChain(5)
        let records = Array(chain.dropLast())

        let found = AuditChain.verify(records, head: head(chain))

        #expect(AuditChain.verify(records) == nil)
        #expect(found?.kind == .headMismatch)
        #expect(found?.sequence == 5)
    }

    @Test("an entry appended without moving the head is caught")
    func appendedPastHead() {
        let chain = makeChain(5)

        let found = AuditChain.verify(chain, head: head(Array(chain.prefix(4))))

        #expect(found?.kind == .headMismatch)
        #expect(found?.detail.contains("log ends at 5") == true)
    }

    @Test("a head with the right sequence but another hash is a mismatch")
    func headHashDiffers() {
        let chain = makeChain(3)

        let found = AuditChain.verify(chain, head: (3, chain[1].hash))

        #expect(found?.kind == .headMismatch)
    }

    // MARK: Canonical JSON

    @Test("canonical JSON sorts keys and has no whitespace")
    func canonicalSorted() {
        #expect(AuditRecord.canonicalJSON(["b": "2", "a": "1", "C": "3"]) == #"{"C":"3","a":"1","b":"2"}"#)
        #expect(AuditRecord.canonicalJSON([:]) == "{}")
        #expect(makeChain(1)[0].canonicalDetails == #"{"amount":"DKK 100,000.00","reason":"verified"}"#)
    }

    @Test("canonical JSON escapes quotes, backslashes, newlines and control characters", arguments: [
        ("say \"no\"", #""say \"no\"""#), ("C:\\dir", #""C:\\dir""#), ("a\nb", #""a\nb""#), ("a\r\tb", #""a\r\tb""#),
        ("\u{01}", #""\u0001""#), ("\u{1F}", #""\u001f""#), ("Ærø ✓", "\"Ærø ✓\""),
    ])
    func canonicalEscapes(value: String, expected: String) {
        #expect(AuditRecord.canonicalJSON(["k": value]) == "{\"k\":" + expected + "}")
    }

    @Test("escaped values cannot forge extra keys")
    func noInjection() {
        let forged = AuditRecord.canonicalJSON(["a": #"1","b":"2"#])
        let honest = AuditRecord.canonicalJSON(["a": "1", "b": "2"])

        #expect(forged != honest)
    }
}
