import BWUOptimization

/// Builds one generated model bottom-up (raw materials, purchased components,
/// sub-assemblies, end items), then demand and stock, then calibrates
/// capacity and budget to the profile (see `GeneratorBuilder+Calibration.swift`).
struct GeneratorBuilder {
    static let allied = ["DK", "PL", "DE", "SE", "FI", "NO", "NL", "CZ", "FR", "GB", "US", "UA"]

    let settings: ModelGenerator
    let h: Int
    var rng: SeededRandom
    var model: PlanningModel
    var itemIndex: [String: Int] = [:]
    var raws: [String] = []
    var components: [String] = []
    var subAssemblies: [String] = []
    var endProducts: [String] = []
    var dkFacilities = 1
    var uaFacilities = 1
    /// Purchase sources whose capacity the calibration sets.
    var cappedPurchases: [Int] = []

    init(settings: ModelGenerator) {
        self.settings = settings
        h = settings.buckets
        rng = SeededRandom(seed: settings.seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(settings.endItems))
        model = PlanningModel(currency: "DKK", horizon: Horizon(start: "2026-01-05", bucketDays: 7, buckets: settings.buckets))
    }

    mutating func build() {
        let n = settings.endItems
        dkFacilities = max(1, n / 150)
        uaFacilities = max(1, n / 150)
        for (count, site) in [(dkFacilities, "DK"), (uaFacilities, "UA")] {
            for f in 1...count {
                for line in ["ASSY", "SUB"] {
                    model.resources.append(Resource(id: "\(site)\(f)-\(line)", location: site, capacity: .uniform(0)))
                }
            }
        }
        makeRawMaterials(max(3, n / 20))
        makeComponents(max(6, n * 3 / 5))
        makeSubAssemblies(max(4, n / 2))
        makeEndItems(n)
        makeDemands()
        makeStock()
        calibrate()
    }

    mutating func addItem(_ id: String, name: String, unit: String) {
        itemIndex[id] = model.items.count
        model.items.append(Item(id: id, name: name, unit: unit))
    }

    static func code(_ prefix: String, _ i: Int) -> String {
        let digits = String(i + 1)
        return prefix + "-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    mutating func country(nonAlliedShare: Double) -> String {
        rng.chance(nonAlliedShare) ? "CN" : rng.pick(Self.allied)
    }

    mutating func addPurchase(item: String, country: String, leadTime: Int, unitCost: Double, capped: Bool, lots: Bool) {
        let supplier = "\(country)-SUP-\(rng.int(1...40))"
        var buy = Purchase(id: "BUY-\(item)@\(supplier)-\(model.purchases.count + 1)", item: item, supplier: supplier,
                           country: country, leadTime: leadTime, unitCost: unitCost.rounded())
        if lots {
            buy.minLot = Double(rng.int(1...10) * 10)
            buy.lotMultiple = rng.chance(0.5) ? 10 : 0
        }
        if capped { cappedPurchases.append(model.purchases.count) }
        model.purchases.append(buy)
    }

    mutating func makeRawMaterials(_ count: Int) {
        for r in 0..<count {
            let id = Self.code("RAW", r)
            addItem(id, name: "Raw material \(r + 1)", unit: "kg")
            raws.append(id)
            let cost = rng.double(2...20)
            addPurchase(item: id, country: country(nonAlliedShare: 0.15), leadTime: rng.int(2...6), unitCost: cost, capped: true, lots: false)
            if rng.chance(0.4) {
                addPurchase(item: id, country: country(nonAlliedShare: 0), leadTime: rng.int(3...7), unitCost: cost * 1.3, capped: true, lots: false)
            }
        }
    }

    mutating func makeComponents(_ count: Int) {
        for c in 0..<count {
            let id = Self.code("CMP", c)
            addItem(id, name: "Component \(c + 1)", unit: "pcs")
            components.append(id)
            let cost = rng.double(5...400)
            let capped = rng.chance(0.6)
            addPurchase(item: id, country: country(nonAlliedShare: 0.08), leadTime: rng.int(1...5), unitCost: cost, capped: capped, lots: rng.chance(0.5))
            if rng.chance(0.6) {
                addPurchase(item: id, country: country(nonAlliedShare: 0.03), leadTime: rng.int(1...6), unitCost: cost * rng.double(1.05...1.4),
                            capped: true, lots: rng.chance(0.5))
            }
        }
    }

    /// `count` distinct picks from `pool` near position `centre` (neighbours share parts).
    mutating func nearby(_ pool: [String], centre: Int, count: Int, spread: Int) -> [String] {
        var chosen: [String] = []
        var tries = 0
        while chosen.count < min(count, pool.count) && tries < 50 {
            let id = pool[(centre + rng.int(0...spread)) % pool.count]
            if !chosen.contains(id) { chosen.append(id) }
            tries += 1
        }
        return chosen
    }
}
