import BWUDomain
import BWUPersistence
import Foundation

/// The programme, its envelope and applications in every state of the flow.
struct DemoProgramme {
    let context: ServiceContext
    let actors: [String: Actor]

    private func actor(_ email: String) -> Actor { actors[email]! }
    private var officer: Actor { actor("programme.officer@bwu.demo") }
    private var finance: Actor { actor("finance.officer@bwu.demo") }
    private let reviewers = ["reviewer.defence@bwu.demo", "reviewer.industry@bwu.demo", "reviewer.foreign@bwu.demo"]

    func build() async throws {
        let programmes = ProgrammeService(context)
        let programme = try await programmes.create(name: "Build with Ukraine — Denmark", currency: .dkk, actor: actor("admin@bwu.demo"))
        _ = try await programmes.addFundingSource(
            programmeID: programme.id, donor: "Kingdom of Denmark — Danish Ukraine Fund",
            legalBasis: "Danish Finance Act 2025, Ukraine Fund appropriation; Letter of Intent of 25 June 2025",
            amount: try dkk("500000000.00"), actor: officer)

        let applications = ApplicationService(context)
        let grants = GrantService(context)
        let milestones = MilestoneService(context)

        // Granted, with milestones paid, verified, awaiting verification and open.
        let uav = try await approved(programme.id, "dnipro@bwu.demo", uavFactory)
        // The third milestone is verified by the AFU's acceptance of 40 UAVs (see DemoProduction).
        let uavGrant = try await grants.create(applicationID: uav.id, actor: officer)
        for (index, milestone) in uavGrant.milestones.prefix(2).enumerated() {
            _ = try await milestones.submitEvidence(
                grantID: uavGrant.id, milestoneID: milestone.id, description: "Evidence for: \(milestone.plan.description)",
                reference: "DOC-DNIPRO-2026-\(index + 1)", file: nil, actor: actor("dnipro@bwu.demo"))
            if index == 0 {
                _ = try await milestones.decide(grantID: uavGrant.id, milestoneID: milestone.id, decision: .verify,
                                                reason: "Checked on site by the programme office", actor: officer)
                _ = try await milestones.disburse(grantID: uavGrant.id, milestoneID: milestone.id,
                                                  idempotencyKey: "demo-disbursement-1", actor: finance)
            }
        }
        try await DemoProduction(context: context, actors: actors).build(uavGrant: uavGrant)

        // Granted, nothing claimed yet.
        let optics = try await approved(programme.id, "lviv@bwu.demo", opticsLine)
        _ = try await grants.create(applicationID: optics.id, actor: officer)

        // Approved by all three ministries, waiting for the programme office to make the grant.
        _ = try await approved(programme.id, "kharkiv@bwu.demo", fpvLine)

        // Submitted: two of three reviews in.
        let propellant = try await applications.create(programmeID: programme.id, content: propellantPlant, actor: actor("zaporizhzhia@bwu.demo"))
        _ = try await applications.submit(propellant.id, actor: actor("zaporizhzhia@bwu.demo"))
        _ = try await applications.review(propellant.id, verdict: .approve, reason: "Meets an urgent AFU need for propellant", actor: actor(reviewers[0]))
        _ = try await applications.review(propellant.id, verdict: .approve, reason: "Site in Vojens screened; business case sound", actor: actor(reviewers[1]))

        // Sent back for changes by Foreign Affairs.
        let radios = try await applications.create(programmeID: programme.id, content: radioLine, actor: actor("poltava@bwu.demo"))
        _ = try await applications.submit(radios.id, actor: actor("poltava@bwu.demo"))
        _ = try await applications.review(radios.id, verdict: .requestChanges,
                                          reason: "State the encryption modules and their export classification", actor: actor(reviewers[2]))

        // Rejected by Industry.
        let hangar = try await applications.create(programmeID: programme.id, content: repairHangar, actor: actor("kharkiv@bwu.demo"))
        _ = try await applications.submit(hangar.id, actor: actor("kharkiv@bwu.demo"))
        _ = try await applications.review(hangar.id, verdict: .reject,
                                          reason: "Site lease not secured; investment screening incomplete", actor: actor(reviewers[1]))

        // A draft still being written.
        _ = try await applications.create(programmeID: programme.id, content: interceptorDraft, actor: actor("dnipro@bwu.demo"))
    }

    private func approved(_ programmeID: UUID, _ manufacturer: String, _ content: ApplicationContent) async throws -> ApplicationRecord {
        let applications = ApplicationService(context)
        let draft = try await applications.create(programmeID: programmeID, content: content, actor: actor(manufacturer))
        var record = try await applications.submit(draft.id, actor: actor(manufacturer))
        let reasons = ["Fills a stated AFU capability gap", "Business case and site approved", "Export to Ukraine licensable under the War Material Act"]
        for (reviewer, reason) in zip(reviewers, reasons) {
            record = try await applications.review(draft.id, verdict: .approve, reason: reason, actor: actor(reviewer))
        }
        return record
    }

    private func dkk(_ text: String) throws -> Money { try Money.parse(text, currency: .dkk, field: "amount") }

    private func content(
        _ title: String, site: String, municipality: String, lines: [(String, String, Int)],
        milestones: [(String, String, String, String)], commitment: String, deliveryUnits: [Int: Int] = [:]
    ) -> ApplicationContent {
        let plans = milestones.enumerated().map { index, m in
            MilestonePlan(description: m.0, amount: try! dkk(m.1), dueDate: try! CalendarDate(m.2, field: "dueDate"),
                          evidenceRequired: m.3, deliveryUnits: deliveryUnits[index])
        }
        let total = plans.reduce(Money.zero(.dkk)) { $0 + $1.amount }
        return ApplicationContent(
            title: title, siteAddress: site, municipality: municipality,
            productLines: lines.map { ProductLine(name: $0.0, category: try! MilitaryListCategory($0.1), capacityPerMonth: $0.2) },
            requestedAmount: total, milestones: plans, deliveryCommitment: commitment)
    }

    private var uavFactory: ApplicationContent {
        content("Reconnaissance UAV final assembly in Skrydstrup", site: "Lufthavnvej 60, 6500 Vojens", municipality: "Haderslev",
                lines: [("Reconnaissance UAV, fixed wing", "ML10", 40), ("Ground control station", "ML11", 10)],
                milestones: [("Lease signed and assembly hall fitted", "12000000.00", "2026-03-31", "Signed lease, fit-out completion certificate"),
                             ("War material manufacturing permit granted", "8000000.00", "2026-05-31", "Ministry of Justice permit"),
                             ("First 40 UAVs accepted by the AFU", "20000000.00", "2026-09-30", "AFU acceptance certificates"),
                             ("Full-rate production: 120 units delivered", "25000000.00", "2027-03-31", "Delivery and acceptance records")],
                commitment: "480 reconnaissance UAVs to the Armed Forces of Ukraine within 18 months of the first acceptance",
                deliveryUnits: [2: 40, 3: 120])
    }

    private var opticsLine: ApplicationContent {
        content("Thermal sight production line in Aarhus", site: "Hack Kampmanns Plads 1, 8000 Aarhus C", municipality: "Aarhus",
                lines: [("Thermal weapon sight", "ML15", 300)],
                milestones: [("Clean room commissioned", "9000000.00", "2026-06-30", "Commissioning report"),
                             ("1,000 sights accepted by the AFU", "16000000.00", "2027-01-31", "AFU acceptance certificates")],
                commitment: "3,600 thermal sights per year to the Armed Forces of Ukraine")
    }

    private var fpvLine: ApplicationContent {
        content("FPV interceptor drones in Odense", site: "Lindø Industripark 50, 5330 Munkebo", municipality: "Kerteminde",
                lines: [("FPV interceptor drone", "ML10", 2000)],
                milestones: [("Production line installed", "15000000.00", "2026-08-31", "Installation acceptance protocol"),
                             ("10,000 drones accepted by the AFU", "30000000.00", "2027-06-30", "AFU acceptance certificates")],
                commitment: "24,000 interceptor drones per year to the Armed Forces of Ukraine")
    }

    private var propellantPlant: ApplicationContent {
        content("Solid rocket propellant plant near Vojens", site: "Skrydstrupvej 12, 6500 Vojens", municipality: "Haderslev",
                lines: [("Solid propellant grain", "ML8", 50)],
                milestones: [("Environmental approval and safety case", "20000000.00", "2026-09-30", "Municipal environmental approval"),
                             ("Plant commissioned", "60000000.00", "2027-06-30", "Commissioning and first-lot test report")],
                commitment: "Propellant for long-range strike systems of the Armed Forces of Ukraine")
    }

    private var radioLine: ApplicationContent {
        content("Tactical radio assembly in Aalborg", site: "Niels Bohrs Vej 8, 9220 Aalborg Ø", municipality: "Aalborg",
                lines: [("Frequency-hopping tactical radio", "ML11", 500)],
                milestones: [("Assembly line and test bench", "7000000.00", "2026-07-31", "Test bench calibration certificate"),
                             ("2,000 radios accepted by the AFU", "11000000.00", "2027-02-28", "AFU acceptance certificates")],
                commitment: "6,000 radios per year to the Armed Forces of Ukraine")
    }

    private var repairHangar: ApplicationContent {
        content("Armoured vehicle repair hangar", site: "Kasernevej 1, 7400 Herning", municipality: "Herning",
                lines: [("Armoured vehicle overhaul", "ML6", 4)],
                milestones: [("Hangar acquired", "40000000.00", "2026-12-31", "Deed of purchase")],
                commitment: "Overhaul of 48 armoured vehicles per year for the Armed Forces of Ukraine")
    }

    private var interceptorDraft: ApplicationContent {
        content("Interceptor missile seeker heads (draft)", site: "Industrivej 5, 6500 Vojens", municipality: "Haderslev",
                lines: [("Seeker head", "ML4", 20)],
                milestones: [("Prototype seeker qualified", "18000000.00", "2027-03-31", "Qualification test report")],
                commitment: "To be agreed with the Ministry of Defence of Ukraine")
    }
}
