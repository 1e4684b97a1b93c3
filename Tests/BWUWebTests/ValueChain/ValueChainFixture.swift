import BWUDomain
import BWUMatchmaking
import BWUWeb
import Foundation

/// Fixed value-chain records for render tests.
enum VCFixture {
    static let supplierOrg = UUID(uuidString: "33333333-3333-3333-3333-333333333333")!
    static let customerOrg = UUID(uuidString: "44444444-4444-4444-4444-444444444444")!
    static let today = CalendarDate(utc: Fixture.now)

    static func actor(_ role: Role, remit: Remit? = nil) -> Actor {
        switch role {
        case .supplier:
            Actor(userID: UUID(), email: "brno@bwu.test", organisationID: supplierOrg, organisationKind: .supplier, roles: [.supplier], remit: nil)
        case .customer:
            Actor(userID: UUID(), email: "dalo@bwu.test", organisationID: customerOrg, organisationKind: .customer, roles: [.customer], remit: nil)
        default:
            Fixture.actor(role, remit: remit)
        }
    }

    static var profile: SupplierProfile {
        SupplierProfile(categories: ["flight controllers", "avionics"], cpvCodes: ["38112100-4"], nsns: ["6605-22-610-0004"],
                        certifications: [.init(name: "AQAP 2110", reference: nil, validUntil: today.adding(days: 100)),
                                         .init(name: "ISO 9001", reference: nil, validUntil: today.adding(days: -1))],
                        clearance: .confidential, country: "CZ", typicalLeadTimeWeeks: 3, capacityPerWeek: 30,
                        description: "Avionics <small> UAVs")
    }

    /// A matchmaking report as the service returns it (its types decode from the API's JSON).
    static var report: MatchmakingReport {
        let json = """
        {"onTimeFill": 0.875, "singlePoints": ["FLIGHT-CTRL"], "items": [{"item": "FLIGHT-CTRL", "name": "Flight controller",
          "reasons": ["single-sourced"], "currentSources": ["Tallinn Navigation Systems OÜ"],
          "proposals": [{"supplier": "Brno Avionics s.r.o.", "country": "CZ", "score": 105,
            "reasons": [{"kind": "nsn", "points": 50, "detail": "makes NATO Stock Number 6605-22-610-0004"},
                        {"kind": "lead-time", "points": -2, "detail": "7 weeks against 5 from today's fastest source"}],
            "impact": {"assumedLeadTimeWeeks": 3, "assumedCapacityPerWeek": 30, "assumedUnitCost": 12000,
              "onTimeFillBefore": 0.875, "onTimeFillAfter": 1, "fillBefore": 0.9, "fillAfter": 1,
              "singlePointsBefore": 2, "singlePointsAfter": 1, "closesSinglePoint": true,
              "alliedShare": [{"item": "UAV-R1", "before": 0.8, "after": 0.95}]}}]}]}
        """
        var report = try! JSONDecoder().decode(MatchmakingReport.self, from: Data(json.utf8))
        // The service hands pages each reason with its facts; JSON carries the English words only.
        report.items[0].proposals[0].reasons = [MatchReason(.nsn, points: 50, .makesNSN("6605-22-610-0004")),
                                                MatchReason(.leadTime, points: -2, .leadTime(weeks: 7, fastestToday: 5))]
        return report
    }

    static func invitation(_ status: SupplierInvitationRecord.Status, offers: [SupplierOfferRecord.Status] = []) -> SupplierInvitationRecord {
        let id = UUID()
        return SupplierInvitationRecord(
            id: id, manufacturerID: Fixture.manufacturerOrg, supplierID: supplierOrg, itemCode: "FLIGHT-CTRL", itemName: "Flight controller",
            message: "Could you supply <20> a week?", status: status, createdAt: Fixture.now,
            offers: offers.map { offerStatus in
                SupplierOfferRecord(id: UUID(), invitationID: id, unitPrice: Fixture.dkk(1_250_000), capacityPerWeek: 30, leadTimeWeeks: 3,
                                    minLot: 10, validUntil: today.adding(days: 60), status: offerStatus, note: "Built under licence",
                                    submittedAt: Fixture.now, purchaseSourceCode: offerStatus == .accepted ? "BUY-FLIGHT-CTRL@BRNO" : nil)
            })
    }

    static let capability = CapabilityRecord(
        id: UUID(), organisationID: Fixture.manufacturerOrg, productLine: "Reconnaissance UAV R1", category: try! MilitaryListCategory("ML10"),
        readinessLevel: 9, combatProven: true, demonstrable: "Flight demonstration", description: "Fixed wing & <quiet>", publishedAt: Fixture.now)

    static func trial(_ status: TrialRequestRecord.Status, manufacturer: Bool? = nil, ministry: Bool? = nil) -> TrialRequestRecord {
        TrialRequestRecord(id: UUID(), capabilityID: capability.id, manufacturerID: Fixture.manufacturerOrg, requesterOrganisationID: customerOrg,
                           requestedBy: UUID(), kind: .trial, purpose: "Reconnaissance trial", status: status, manufacturerApproved: manufacturer,
                           ministryApproved: ministry, scheduledFor: status == .scheduled ? today.adding(days: 30) : nil,
                           outcome: status == .declined ? "Not now" : nil, requestedAt: Fixture.now)
    }

    static func trialModel(_ request: TrialRequestRecord) -> TrialRequestDetailModel {
        TrialRequestDetailModel(request: request, capabilityName: capability.productLine, requesterName: "Danish Armed Forces",
                                manufacturerName: "Dnipro")
    }
}
