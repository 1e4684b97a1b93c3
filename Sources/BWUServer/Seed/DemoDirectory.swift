import BWUDomain

/// The demo programme's cast: the organisations and people of a realistic Build with Ukraine
/// programme. Fictional firms and people; the ministries and armed forces are the real actors.
enum DemoDirectory {
    struct Organisation {
        let key: String
        let name: String
        let kind: OrganisationKind
        let country: String
    }

    struct Person {
        let email: String
        let name: String
        let organisation: String
        let roles: Set<Role>
        let remit: Remit?
    }

    static let organisations: [Organisation] = [
        .init(key: "office", name: "Build with Ukraine Programme Office (Danish Ministry of Defence)", kind: .programmeOffice, country: "DK"),
        .init(key: "fmn", name: "Danish Ministry of Defence", kind: .ministry, country: "DK"),
        .init(key: "em", name: "Danish Ministry of Industry, Business and Financial Affairs", kind: .ministry, country: "DK"),
        .init(key: "um", name: "Danish Ministry of Foreign Affairs", kind: .ministry, country: "DK"),
        .init(key: "mou", name: "Ministry of Defence of Ukraine", kind: .ministry, country: "UA"),
        .init(key: "afu", name: "Armed Forces of Ukraine", kind: .customer, country: "UA"),
        .init(key: "dan", name: "Danish Armed Forces", kind: .customer, country: "DK"),
        .init(key: "audit", name: "Rigsrevisionen (National Audit Office of Denmark)", kind: .auditor, country: "DK"),
        .init(key: "m1", name: "Dnipro Aerosystems Danmark ApS", kind: .manufacturer, country: "UA"),
        .init(key: "m2", name: "Kharkiv Drone Works DK ApS", kind: .manufacturer, country: "UA"),
        .init(key: "m3", name: "Lviv Optronics Nordic A/S", kind: .manufacturer, country: "UA"),
        .init(key: "m4", name: "Zaporizhzhia Propulsion Denmark ApS", kind: .manufacturer, country: "UA"),
        .init(key: "m5", name: "Poltava Radio Systems DK ApS", kind: .manufacturer, country: "UA"),
        .init(key: "s1", name: "Jutland Composite Structures A/S", kind: .supplier, country: "DK"),
        .init(key: "s2", name: "Fyn Precision Machining ApS", kind: .supplier, country: "DK"),
        .init(key: "s3", name: "Aarhus Battery Systems A/S", kind: .supplier, country: "DK"),
        .init(key: "s4", name: "Odense Electronics Assembly A/S", kind: .supplier, country: "DK"),
        .init(key: "s5", name: "Nordic Energetics AB", kind: .supplier, country: "SE"),
        .init(key: "s6", name: "Baltic Motors Sp. z o.o.", kind: .supplier, country: "PL"),
        .init(key: "s7", name: "Tallinn Navigation Systems OÜ", kind: .supplier, country: "EE"),
        .init(key: "s8", name: "Rhein Sensorik GmbH", kind: .supplier, country: "DE"),
        .init(key: "s9", name: "Oslo Thermal Imaging AS", kind: .supplier, country: "NO"),
        .init(key: "s10", name: "Brno Avionics s.r.o.", kind: .supplier, country: "CZ"),
    ]

    static let people: [Person] = [
        .init(email: "admin@bwu.demo", name: "Sofie Admin", organisation: "office", roles: [.admin], remit: nil),
        .init(email: "programme.officer@bwu.demo", name: "Mette Programme", organisation: "office", roles: [.programmeOfficer], remit: nil),
        .init(email: "finance.officer@bwu.demo", name: "Lars Finance", organisation: "office", roles: [.financeOfficer], remit: nil),
        .init(email: "reviewer.defence@bwu.demo", name: "Anders Defence", organisation: "fmn", roles: [.reviewer], remit: .defence),
        .init(email: "reviewer.industry@bwu.demo", name: "Camilla Industry", organisation: "em", roles: [.reviewer], remit: .industry),
        .init(email: "reviewer.foreign@bwu.demo", name: "Jonas Foreign", organisation: "um", roles: [.reviewer], remit: .foreignAffairs),
        .init(email: "auditor@bwu.demo", name: "Karen Audit", organisation: "audit", roles: [.auditor], remit: nil),
        .init(email: "afu@bwu.demo", name: "Oksana AFU Logistics", organisation: "afu", roles: [.customer], remit: nil),
        .init(email: "danish.armed.forces@bwu.demo", name: "Peter DALO", organisation: "dan", roles: [.customer], remit: nil),
        .init(email: "dnipro@bwu.demo", name: "Olena Dnipro", organisation: "m1", roles: [.manufacturer], remit: nil),
        .init(email: "kharkiv@bwu.demo", name: "Taras Kharkiv", organisation: "m2", roles: [.manufacturer], remit: nil),
        .init(email: "lviv@bwu.demo", name: "Iryna Lviv", organisation: "m3", roles: [.manufacturer], remit: nil),
        .init(email: "zaporizhzhia@bwu.demo", name: "Andrii Zaporizhzhia", organisation: "m4", roles: [.manufacturer], remit: nil),
        .init(email: "poltava@bwu.demo", name: "Natalia Poltava", organisation: "m5", roles: [.manufacturer], remit: nil),
        .init(email: "jutland.composites@bwu.demo", name: "Henrik Jutland", organisation: "s1", roles: [.supplier], remit: nil),
        .init(email: "baltic.motors@bwu.demo", name: "Marta Baltic", organisation: "s6", roles: [.supplier], remit: nil),
        .init(email: "brno.avionics@bwu.demo", name: "Pavel Brno", organisation: "s10", roles: [.supplier], remit: nil),
    ]
}
