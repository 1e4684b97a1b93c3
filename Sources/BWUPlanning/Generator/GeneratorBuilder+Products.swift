extension GeneratorBuilder {
    mutating func makeSubAssemblies(_ count: Int) {
        let perComponent = Double(components.count) / Double(count)
        for s in 0..<count {
            let id = Self.code("SUB", s)
            addItem(id, name: "Sub-assembly \(s + 1)", unit: "pcs")
            subAssemblies.append(id)
            var consumes = nearby(components, centre: Int(Double(s) * perComponent), count: rng.int(2...3), spread: 6)
                .map { Consumption(item: $0, qty: Double(rng.int(1...4))) }
            if rng.chance(0.6) {
                consumes.append(Consumption(item: rng.pick(raws), qty: (rng.double(0.2...3.0) * 10).rounded() / 10))
            }
            let site = rng.chance(0.6) ? "DK" : "UA"
            let facility = 1 + s % (site == "DK" ? dkFacilities : uaFacilities)
            var op = Operation(id: "MAKE-\(id)@\(site)\(facility)", item: id, location: site, leadTime: rng.int(1...2),
                               unitCost: rng.double(50...500).rounded(), consumes: consumes,
                               loads: [Load(resource: "\(site)\(facility)-SUB", perUnit: (rng.double(0.2...1.5) * 10).rounded() / 10)])
            if rng.chance(0.3) {
                op.minLot = 20
                op.lotMultiple = 10
            }
            model.operations.append(op)
            if rng.chance(0.25) {
                addPurchase(item: id, country: country(nonAlliedShare: 0.05), leadTime: rng.int(3...5),
                            unitCost: rng.double(600...1500), capped: true, lots: false)
            }
        }
    }

    mutating func makeEndItems(_ count: Int) {
        for e in 0..<count {
            let id = Self.code("UAV", e)
            addItem(id, name: "Product \(e + 1)", unit: "pcs")
            endProducts.append(id)
            let family = e / 10
            var consumes = nearby(subAssemblies, centre: family * 5, count: rng.int(2...3), spread: 8)
            if rng.chance(0.2) { consumes.append(subAssemblies[rng.int(0...min(2, subAssemblies.count - 1))]) }
            var inputs = consumes.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                .map { Consumption(item: $0, qty: Double(rng.int(1...2))) }
            for part in nearby(components, centre: rng.int(0...(components.count - 1)), count: rng.int(1...2), spread: 3) {
                inputs.append(Consumption(item: part, qty: Double(rng.int(1...6))))
            }
            let lotMultiple: Double = rng.chance(0.2) ? 5 : 0
            let cost = rng.double(200...3000).rounded()
            let dk = 1 + family % dkFacilities
            model.operations.append(Operation(
                id: "MAKE-\(id)@DK\(dk)", item: id, location: "DK", leadTime: rng.int(1...2), unitCost: cost,
                lotMultiple: lotMultiple, consumes: inputs,
                loads: [Load(resource: "DK\(dk)-ASSY", perUnit: (rng.double(0.5...2.0) * 10).rounded() / 10)]))
            if rng.chance(0.6) {
                let ua = 1 + family % uaFacilities
                model.operations.append(Operation(
                    id: "MAKE-\(id)@UA\(ua)", item: id, location: "UA", leadTime: rng.int(1...3), unitCost: (cost * 0.8).rounded(),
                    lotMultiple: lotMultiple, consumes: inputs,
                    loads: [Load(resource: "UA\(ua)-ASSY", perUnit: (rng.double(0.5...2.0) * 10).rounded() / 10)]))
            }
        }
    }

    mutating func makeDemands() {
        var number = 0
        for id in endProducts {
            for _ in 0..<rng.int(1...3) {
                number += 1
                let roll = rng.unit()
                let due: Int
                if roll < 0.1 {
                    due = rng.int(1...4)
                } else if roll < 0.3 {
                    due = rng.int(4...10)
                } else {
                    due = rng.int(10...max(10, h - 1))
                }
                let p = rng.unit()
                model.demands.append(Demand(
                    id: Self.code("ORD", number - 1), customer: rng.chance(0.75) ? "AFU" : "DAF", item: id,
                    qty: Double(rng.int(5...120)), due: min(due, max(0, h - 1)),
                    priority: p < 0.3 ? 1 : (p < 0.7 ? 2 : 3), value: Double(rng.int(1...5))))
            }
        }
    }

    mutating func makeStock() {
        for id in components where rng.chance(0.4) {
            model.onHand.append(StockLevel(item: id, qty: Double(rng.int(5...50) * 10)))
        }
        for id in raws where rng.chance(0.5) {
            model.onHand.append(StockLevel(item: id, qty: Double(rng.int(10...200))))
        }
        for id in endProducts where rng.chance(0.1) {
            model.onHand.append(StockLevel(item: id, qty: Double(rng.int(1...20))))
        }
        for id in components where rng.chance(0.2) {
            model.receipts.append(Receipt(item: id, bucket: rng.int(1...min(4, max(1, h - 1))) % h, qty: Double(rng.int(5...50) * 10)))
        }
    }
}
