import BWUDomain
import BWUPersistence
import Foundation

/// The supplier register, one invitation answered with an offer and one still open, and the
/// capability catalogue with trial requests in different states.
struct DemoValueChain {
    let context: ServiceContext
    let actors: [String: Actor]
    let organisations: [String: OrganisationRecord]

    private func actor(_ email: String) -> Actor { actors[email]! }

    /// Suppliers without a demo login keep their profile through the seed acting for them.
    private func supplier(_ key: String) -> Actor {
        let organisation = organisations[key]!
        return Actor(userID: Actor.system.userID, email: "system", organisationID: organisation.id, organisationKind: .supplier,
                     roles: [.supplier], remit: nil)
    }

    private struct Entry {
        let key: String, categories: [String], cpv: [String], nsns: [String], certifications: [String]
        let clearance: ClearanceLevel, leadTime: Int, capacity: Double, description: String
    }

    private static let register: [Entry] = [
        Entry(key: "s1", categories: ["airframes", "composite structures"], cpv: ["35600000-2"], nsns: ["1560-22-610-0001"],
              certifications: ["AQAP 2110", "ISO 9001"], clearance: .restricted, leadTime: 4, capacity: 15,
              description: "Carbon-fibre airframes and structural parts for UAVs, autoclave in Esbjerg."),
        Entry(key: "s2", categories: ["airframes", "machined parts"], cpv: ["42600000-2"], nsns: [],
              certifications: ["ISO 9001"], clearance: .none, leadTime: 3, capacity: 20,
              description: "Five-axis machining of aluminium and titanium parts; small series."),
        Entry(key: "s3", categories: ["batteries"], cpv: ["31400000-0"], nsns: ["6140-22-610-0003"],
              certifications: ["ISO 9001"], clearance: .restricted, leadTime: 2, capacity: 60,
              description: "Lithium battery packs assembled and tested in Aarhus."),
        Entry(key: "s4", categories: ["flight controllers", "electronics assembly"], cpv: ["38112100-4"], nsns: ["6605-22-777-0001"],
              certifications: ["AQAP 2110", "IPC-A-610"], clearance: .restricted, leadTime: 4, capacity: 25,
              description: "Surface-mount assembly and test of avionics boards."),
        Entry(key: "s5", categories: ["energetics", "propellants"], cpv: ["35300000-6"], nsns: [],
              certifications: ["AQAP 2110"], clearance: .secret, leadTime: 8, capacity: 100,
              description: "Propellants and explosives for artillery and rocket motors."),
        Entry(key: "s6", categories: ["electric motors"], cpv: ["31100000-7"], nsns: ["6105-22-610-0002"],
              certifications: ["ISO 9001"], clearance: .none, leadTime: 3, capacity: 40,
              description: "Brushless motors from 1 to 20 kW."),
        Entry(key: "s7", categories: ["flight controllers", "navigation systems"], cpv: ["38112100-4"], nsns: ["6605-22-610-0004"],
              certifications: ["AQAP 2110"], clearance: .restricted, leadTime: 5, capacity: 20,
              description: "Flight control and GNSS-denied navigation units."),
        Entry(key: "s8", categories: ["cameras", "sensors"], cpv: ["38651000-3"], nsns: [],
              certifications: ["ISO 9001"], clearance: .restricted, leadTime: 8, capacity: 8,
              description: "Stabilised EO/IR gimbals."),
        Entry(key: "s9", categories: ["cameras", "thermal imagers"], cpv: ["38651000-3"], nsns: ["6720-22-610-0005"],
              certifications: ["AQAP 2110"], clearance: .restricted, leadTime: 6, capacity: 10,
              description: "Cooled and uncooled thermal cameras."),
        Entry(key: "s10", categories: ["flight controllers", "avionics"], cpv: ["38112100-4"], nsns: ["6605-22-610-0004"],
              certifications: ["AQAP 2110", "EN 9100"], clearance: .confidential, leadTime: 3, capacity: 30,
              description: "Licensed second source of the Tallinn flight controller; avionics for small UAVs."),
    ]

    func build() async throws {
        let today = CalendarDate(utc: context.now())
        let register = SupplierRegisterService(context)
        for entry in Self.register {
            let organisation = organisations[entry.key]!
            let profile = SupplierProfile(
                categories: entry.categories, cpvCodes: entry.cpv, nsns: entry.nsns,
                certifications: entry.certifications.map { .init(name: $0, reference: nil, validUntil: today.adding(days: 500)) },
                clearance: entry.clearance, country: organisation.country, typicalLeadTimeWeeks: entry.leadTime,
                capacityPerWeek: entry.capacity, description: entry.description)
            let owner = entry.key == "s1" ? actor("jutland.composites@bwu.demo") : entry.key == "s6" ? actor("baltic.motors@bwu.demo")
                : entry.key == "s10" ? actor("brno.avionics@bwu.demo") : supplier(entry.key)
            _ = try await register.save(profile, actor: owner)
        }

        // Dnipro asks Brno Avionics for a second source of its single-sourced flight controller; the offer waits.
        let dnipro = actor("dnipro@bwu.demo")
        let invitations = SupplierInvitationService(context)
        let brno = try await invitations.invite(
            supplierID: organisations["s10"]!.id, itemCode: "FLIGHT-CTRL",
            message: "Our flight controller has one source. Could you supply 20 a week from Q1?", actor: dnipro)
        _ = try await invitations.offer(invitationID: brno.id, terms: OfferTerms(
            unitPrice: Money(minorUnits: 12_500_00, currency: .dkk), capacityPerWeek: 30, leadTimeWeeks: 3, minLot: 10,
            validUntil: today.adding(days: 60), note: "Same part number as the Tallinn unit, built under licence."), actor: actor("brno.avionics@bwu.demo"))
        _ = try await invitations.invite(
            supplierID: organisations["s2"]!.id, itemCode: "AIRFRAME",
            message: "Would you quote for a second airframe source?", actor: dnipro)

        try await buildCatalogue(today: today)
    }

    private func buildCatalogue(today: CalendarDate) async throws {
        let catalogue = CapabilityService(context)
        let entries: [(String, String, String, Int, Bool, String, String)] = [
            ("dnipro@bwu.demo", "Reconnaissance UAV R1, fixed wing", "ML10", 9, true,
             "Flight demonstration at Skrydstrup; 90-minute endurance with EO/IR payload.", "Fixed-wing reconnaissance UAV in AFU service since 2024."),
            ("lviv@bwu.demo", "Thermal weapon sight TWS-640", "ML15", 8, true,
             "Range day with the sight on a rifle and a machine gun.", "Uncooled 640×512 thermal sight, recognition at 1,200 m."),
            ("kharkiv@bwu.demo", "FPV strike drone K-7", "ML10", 9, true,
             "Demonstration against static targets on a Danish range.", "Seven-inch FPV drone with analogue and digital video links."),
            ("zaporizhzhia@bwu.demo", "Small turbojet engine TJ-100", "ML4", 6, false,
             "Test-stand runs; no flight demonstration yet.", "100 daN turbojet for target drones and cruise missiles."),
            ("poltava@bwu.demo", "Frequency-hopping tactical radio PR-5", "ML11", 7, true,
             "Field exercise with two sections and a relay.", "Handheld VHF/UHF radio with anti-jam hopping."),
        ]
        var published: [String: CapabilityRecord] = [:]
        for (email, line, category, level, proven, demonstrable, description) in entries {
            published[email] = try await catalogue.publish(
                productLine: line, category: try MilitaryListCategory(category), readinessLevel: level, combatProven: proven,
                demonstrable: demonstrable, description: description, actor: actor(email))
        }

        // The Danish Armed Forces: a trial of the R1 agreed by both and scheduled; an evaluation of the sight still waiting.
        let trials = TrialRequestService(context)
        let danish = actor("danish.armed.forces@bwu.demo")
        let trial = try await trials.request(capabilityID: published["dnipro@bwu.demo"]!.id, kind: .trial,
                                             purpose: "Reconnaissance trial with the Jutland Dragoon Regiment.", actor: danish)
        _ = try await trials.decide(trial.id, approve: true, reason: "", actor: actor("dnipro@bwu.demo"))
        _ = try await trials.decide(trial.id, approve: true, reason: "", actor: actor("reviewer.defence@bwu.demo"))
        _ = try await trials.schedule(trial.id, on: today.adding(days: 30), actor: actor("dnipro@bwu.demo"))
        _ = try await trials.request(capabilityID: published["lviv@bwu.demo"]!.id, kind: .evaluation,
                                     purpose: "Evaluate the sight for the infantry's night-fighting programme.", actor: danish)
    }
}
