extension JSONWriter {
    mutating func capacity(_ name: StaticString, _ capacity: Capacity) {
        switch capacity {
        case .uniform(let value): field(name, value)
        case .perBucket(let values): numbers(name, values)
        }
    }

    mutating func model(_ m: PlanningModel) {
        object { w in
            w.field("format", m.format)
            w.field("currency", m.currency)
            w.key("horizon")
            w.object { w in
                w.field("start", m.horizon.start)
                w.field("bucketDays", m.horizon.bucketDays)
                w.field("buckets", m.horizon.buckets)
            }
            w.key("items")
            w.array(m.items) { w, i in w.object { w in w.field("id", i.id); w.field("name", i.name); w.field("unit", i.unit) } }
            w.key("resources")
            w.array(m.resources) { w, r in
                w.object { w in w.field("id", r.id); w.field("location", r.location); w.capacity("capacity", r.capacity) }
            }
            w.key("operations")
            w.array(m.operations) { w, o in w.operation(o) }
            w.key("purchases")
            w.array(m.purchases) { w, p in w.purchase(p) }
            w.key("onHand")
            w.array(m.onHand) { w, s in w.object { w in w.field("item", s.item); w.field("qty", s.qty) } }
            w.key("receipts")
            w.array(m.receipts) { w, r in w.object { w in w.field("item", r.item); w.field("bucket", r.bucket); w.field("qty", r.qty) } }
            w.key("demands")
            w.array(m.demands) { w, d in
                w.object { w in
                    w.field("id", d.id); w.field("customer", d.customer); w.field("item", d.item); w.field("qty", d.qty)
                    w.field("due", d.due); w.field("priority", d.priority); w.field("value", d.value)
                }
            }
            if let budget = m.budget { w.numbers("budget", budget) }
        }
    }

    mutating func operation(_ o: Operation) {
        object { w in
            w.field("id", o.id); w.field("item", o.item); w.field("location", o.location)
            w.field("leadTime", o.leadTime); w.field("unitCost", o.unitCost)
            w.field("minLot", o.minLot); w.field("lotMultiple", o.lotMultiple)
            w.key("consumes")
            w.array(o.consumes) { w, c in w.object { w in w.field("item", c.item); w.field("qty", c.qty) } }
            w.key("loads")
            w.array(o.loads) { w, l in w.object { w in w.field("resource", l.resource); w.field("perUnit", l.perUnit) } }
        }
    }

    mutating func purchase(_ p: Purchase) {
        object { w in
            w.field("id", p.id); w.field("item", p.item); w.field("supplier", p.supplier); w.field("country", p.country)
            w.field("leadTime", p.leadTime); w.field("unitCost", p.unitCost)
            if let capacity = p.capacity { w.capacity("capacity", capacity) }
            w.field("minLot", p.minLot); w.field("lotMultiple", p.lotMultiple)
        }
    }
}
