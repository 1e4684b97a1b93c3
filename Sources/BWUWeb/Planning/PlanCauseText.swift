import BWUPlanning

/// The engine's binding constraint behind a late or short quantity, in the reader's words.
enum PlanCauseText {
    static func describe(_ cause: Cause, names: PlanNames, calendar: PlanWeeks, _ context: PageContext) -> String {
        let t = context.t, format = context.format
        func week(_ bucket: Int) -> String { calendar.label(bucket, format) }
        switch cause {
        case .capacity(let resource, let bucket):
            return t.fill(.causeCapacity, ["resource": resource, "week": week(bucket)])
        case .material(let item, let bucket, let source):
            guard let source else { return t.fill(.causeMaterialNoSource, ["item": names.item(item), "week": week(bucket)]) }
            return t.fill(.causeMaterial, ["item": names.item(item), "week": week(bucket), "source": names.source(source)])
        case .leadTime(let item, let bucket, let earliest):
            guard let earliest else { return t.fill(.causeLeadTimeNoPath, ["item": names.item(item), "week": week(bucket)]) }
            return t.fill(.causeLeadTime, ["item": names.item(item), "week": week(bucket), "earliest": week(earliest)])
        case .budget(let bucket):
            return t.fill(.causeBudget, ["week": week(bucket)])
        case .lot(let source, let bucket):
            return t.fill(.causeLot, ["source": names.source(source), "week": week(bucket)])
        }
    }
}
