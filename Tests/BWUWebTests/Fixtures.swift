import BWUDomain
import BWUWeb
import Foundation

/// Fixed records for render tests: one programme, applications and a grant in known states.
enum Fixture {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21
    static let manufacturerOrg = UUID(uuidString: "11111111-1111-1111-1111-111111111111")!
    static let officeOrg = UUID(uuidString: "22222222-2222-2222-2222-222222222222")!

    static func actor(_ role: Role, remit: Remit? = nil, org: UUID? = nil, id: UUID = UUID()) -> Actor {
        Actor(userID: id, email: "\(role.rawValue)@bwu.test", organisationID: org ?? (role == .manufacturer ? manufacturerOrg : officeOrg),
              organisationKind: role == .manufacturer ? .manufacturer : .programmeOffice, roles: [role], remit: remit)
    }

    static func context(_ actor: Actor?, _ language: Language = .en, path: String = "/dashboard") -> PageContext {
        PageContext(language: language, actor: actor, csrfToken: "tok-123", currentPath: path)
    }

    static func dkk(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .dkk) }

    static var content: ApplicationContent {
        ApplicationContent(
            title: "UAV <airframe> & \"wings\"", siteAddress: "Industrivej 9, 7100 Vejle", municipality: "Vejle",
            productLines: [ProductLine(name: "Airframe", category: try! MilitaryListCategory("ML10"), capacityPerMonth: 40)],
            requestedAmount: dkk(300_000_000),
            milestones: [MilestonePlan(description: "Line installed", amount: dkk(300_000_000),
                                       dueDate: try! CalendarDate("2027-01-31", field: "d"), evidenceRequired: "Protocol")],
            deliveryCommitment: "1,200 units per year")
    }

    static func application(_ status: ApplicationStatus, reviews: [ReviewRecord] = []) -> ApplicationRecord {
        ApplicationRecord(id: UUID(), programmeID: UUID(), organisationID: manufacturerOrg, status: status, round: status == .draft ? 0 : 1,
                          content: content, reviews: reviews, createdAt: now, updatedAt: now)
    }

    static func review(_ remit: Remit, _ verdict: ReviewVerdict) -> ReviewRecord {
        ReviewRecord(id: UUID(), round: 1, remit: remit, verdict: verdict, reason: "Reason of \(remit.rawValue)", reviewerID: UUID(), createdAt: now)
    }

    static func grant(_ statuses: [MilestoneStatus], verifiedBy: UUID? = nil) -> GrantRecord {
        let grantID = UUID()
        let milestones = statuses.enumerated().map { index, status in
            MilestoneRecord(id: UUID(), grantID: grantID, sequence: index + 1,
                            plan: MilestonePlan(description: "Step \(index + 1)", amount: dkk(100_000_000),
                                                dueDate: try! CalendarDate("2027-03-31", field: "d"), evidenceRequired: "Report"),
                            status: status, verifiedBy: status == .verified || status == .disbursed ? verifiedBy : nil, disbursementID: nil)
        }
        return GrantRecord(id: grantID, programmeID: UUID(), applicationID: UUID(), organisationID: manufacturerOrg, title: "UAV line",
                           amount: dkk(Int64(statuses.count) * 100_000_000), status: .active, milestones: milestones, createdAt: now)
    }

    static func transaction(_ kind: LedgerTransactionKind, _ postings: [(String, Int64)], at offset: TimeInterval) -> LedgerTransactionRecord {
        LedgerTransactionRecord(id: UUID(), programmeID: UUID(), kind: kind, memo: "memo \(kind.rawValue)",
                                createdAt: now.addingTimeInterval(offset), createdBy: UUID(),
                                postings: postings.map { PostingRecord(account: $0.0, amount: dkk($0.1)) })
    }
}

extension String {
    func count(of needle: String) -> Int { components(separatedBy: needle).count - 1 }
}
