extension JSONWriter {
    mutating func plan(_ p: PlanResult) {
        object { w in
            w.field("format", p.format)
            w.key("operations")
            w.array(p.operations) { w, o in w.object { w in w.field("operation", o.operation); w.field("start", o.start); w.field("qty", o.qty) } }
            w.key("purchases")
            w.array(p.purchases) { w, o in w.object { w in w.field("purchase", o.purchase); w.field("order", o.order); w.field("qty", o.qty) } }
            w.key("deliveries")
            w.array(p.deliveries) { w, d in w.object { w in w.field("demand", d.demand); w.field("bucket", d.bucket); w.field("qty", d.qty) } }
            w.key("unmet")
            w.array(p.unmet) { w, u in
                w.object { w in w.field("demand", u.demand); w.field("qty", u.qty); w.key("cause"); w.cause(u.cause) }
            }
            w.key("kpis")
            w.object { w in
                w.field("onTimeFill", p.kpis.onTimeFill); w.field("fill", p.kpis.fill)
                w.field("weightedLateness", p.kpis.weightedLateness); w.field("cost", p.kpis.cost)
            }
        }
    }

    mutating func cause(_ c: Cause) {
        object { w in
            w.field("kind", c.kind)
            switch c {
            case .capacity(let resource, let bucket):
                w.field("resource", resource); w.field("bucket", bucket)
            case .material(let item, let bucket, let source):
                w.field("item", item); w.field("bucket", bucket); w.field("source", source)
            case .leadTime(let item, let bucket, let earliest):
                w.field("item", item); w.field("bucket", bucket)
                if let earliest { w.field("earliest", earliest) }
            case .budget(let bucket):
                w.field("bucket", bucket)
            case .lot(let source, let bucket):
                w.field("source", source); w.field("bucket", bucket)
            }
        }
    }
}
