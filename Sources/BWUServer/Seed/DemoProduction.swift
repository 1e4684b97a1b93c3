import BWUDomain
import BWUPersistence
import Foundation

/// Facilities, permits, products, export licences, demands and deliveries of the demo
/// programme. Dates are relative to the seed's clock, so the permit watch list and licence
/// validity stay meaningful whenever the demo is started.
struct DemoProduction {
    let context: ServiceContext
    let actors: [String: Actor]

    private func actor(_ email: String) -> Actor { actors[email]! }

    func build(uavGrant: GrantRecord) async throws {
        let today = CalendarDate(utc: context.now())
        let dnipro = actor("dnipro@bwu.demo"), lviv = actor("lviv@bwu.demo")
        let afu = actor("afu@bwu.demo"), danish = actor("danish.armed.forces@bwu.demo")
        let facilities = FacilityService(context)

        // Dnipro: an operational UAV assembly hall whose foreign-ownership permission lapses in two months.
        let skrydstrup = try await facilities.register(
            name: "Skrydstrup UAV assembly hall", address: "Lufthavnvej 60, 6500 Vojens", municipality: "Haderslev",
            foreignOwned: true, actor: dnipro)
        let permits: [(PermitKind, String, Int, String?)] = [
            (.warMaterialManufacturing, "Danish Ministry of Justice", 900, nil),
            (.foreignOwnership, "Danish Ministry of Justice", 60, nil),
            (.investmentScreening, "Danish Business Authority", 700, nil),
            (.facilitySecurityClearance, "Danish Defence Intelligence Service", 400, "SECRET"),
            (.siteEnvironmental, "Haderslev Municipality", 1500, nil),
        ]
        for (kind, issuer, days, level) in permits {
            _ = try await facilities.addPermit(facilityID: skrydstrup.id, PermitInput(
                kind: kind, issuer: issuer, reference: "DNIPRO-\(kind.rawValue.uppercased())", status: .granted,
                validFrom: today.adding(days: -200), validUntil: today.adding(days: days), clearanceLevel: level), actor: dnipro)
        }
        _ = try await facilities.setStatus(facilityID: skrydstrup.id, status: .operational, actor: dnipro)

        // Lviv: a planned plant still waiting for its security clearance.
        let aarhus = try await facilities.register(
            name: "Aarhus thermal sight line", address: "Hack Kampmanns Plads 1, 8000 Aarhus C", municipality: "Aarhus",
            foreignOwned: true, actor: lviv)
        _ = try await facilities.addPermit(facilityID: aarhus.id, PermitInput(
            kind: .facilitySecurityClearance, issuer: "Danish Defence Intelligence Service", reference: "LVIV-FSC-APPLIED",
            status: .applied, validFrom: nil, validUntil: nil, clearanceLevel: nil), actor: lviv)
        _ = try await facilities.addPermit(facilityID: aarhus.id, PermitInput(
            kind: .siteEnvironmental, issuer: "Aarhus Municipality", reference: "AAR-ENV-2026-118", status: .granted,
            validFrom: today.adding(days: -30), validUntil: today.adding(days: 45), clearanceLevel: nil), actor: lviv)

        let catalogue = CatalogueService(context)
        let uav = try await catalogue.createProduct(
            code: "UAV-R1", name: "Reconnaissance UAV, fixed wing", category: try MilitaryListCategory("ML10"),
            unitValue: try Money.parse("350000.00", currency: .dkk, field: "unitValue"), actor: dnipro)
        _ = try await catalogue.createProduct(
            code: "GCS-2", name: "Ground control station", category: try MilitaryListCategory("ML11"),
            unitValue: try Money.parse("1200000.00", currency: .dkk, field: "unitValue"), actor: dnipro)
        let sight = try await catalogue.createProduct(
            code: "TS-3", name: "Thermal weapon sight", category: try MilitaryListCategory("ML15"),
            unitValue: try Money.parse("45000.00", currency: .dkk, field: "unitValue"), actor: lviv)
        _ = try await catalogue.registerLicence(
            issuer: "Danish Ministry of Justice", reference: "DK-EXP-2026-0417", category: try MilitaryListCategory("ML10"),
            destinationID: afu.organisationID, quantityCeiling: 500,
            valueCeiling: try Money.parse("175000000.00", currency: .dkk, field: "valueCeiling"),
            validFrom: today.adding(days: -90), validUntil: today.adding(days: 400), actor: dnipro)

        let demands = DemandService(context)
        let uavDemand = try await demands.post(productID: uav.id, quantity: 200, dueDate: today.adding(days: 120), priority: 1, actor: afu)
        _ = try await demands.post(productID: sight.id, quantity: 50, dueDate: today.adding(days: 200), priority: 2, actor: danish)

        let deliveries = DeliveryService(context)
        let firstLot = uavGrant.milestones.first { $0.plan.deliveryUnits == 40 }
        let accepted = try await deliveries.ship(demandID: uavDemand.id, quantity: 40, milestoneID: firstLot?.id, actor: dnipro)
        _ = try await deliveries.decide(deliveryID: accepted.id, acceptedQuantity: 40, reason: "Acceptance flights passed", actor: afu)
        _ = try await deliveries.ship(demandID: uavDemand.id, quantity: 20, milestoneID: nil, actor: dnipro)

        _ = try await ProductDataService(context).importCSV(files: DemoProductData.files(today: today), actor: dnipro)

        _ = try await ProductionReportService(context).report(
            facilityID: skrydstrup.id, productID: uav.id, periodStart: today.adding(days: -30), periodEnd: today.adding(days: -1),
            quantity: 60, actor: dnipro)
    }
}
