import BWUPlanning

/// Each demand as a row of weeks: its due week outlined, planned deliveries as blocks (on time
/// or late), and any short quantity written at the end. The numbers follow in a table.
enum DemandTimelineChart {
    static let width = 720, labelWidth = 190, right = 80, rowHeight = 30, top = 26
    /// More rows would make the figure taller than a screen; the table below keeps them all.
    static let maximumRows = 40

    /// Weeks between axis labels, so that dates (about 80 px at 12 px type) never overlap.
    static func labelStep(_ cell: Double) -> Int { max(1, Int((100 / cell).rounded(.up))) }

    static func render(_ rows: [DemandTimeline], weeks: Int, calendar: PlanWeeks, names: PlanNames, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        let shown = Array(rows.prefix(maximumRows))
        let cell = Double(width - labelWidth - right) / Double(weeks)
        func x(_ bucket: Int) -> Int { labelWidth + Int(Double(bucket) * cell) }
        let height = top + shown.count * rowHeight + 6
        let summary = t.fill(.chartTimelineDesc, [
            "demands": format.integer(rows.count), "onTime": format.integer(rows.filter { !$0.isLate && !$0.isShort }.count),
            "late": format.integer(rows.filter(\.isLate).count), "short": format.integer(rows.filter(\.isShort).count),
        ])
        let step = labelStep(cell)
        return el("figure", [cls("chart")]) {
            el("svg", [Attribute("viewBox", "0 0 \(width) \(height)"), Attribute("role", "img"),
                       Attribute("aria-labelledby", "timeline-title timeline-desc"), cls("svg-chart")]) {
                el("title", [id("timeline-title")]) { t(.chartTimelineTitle) }
                el("desc", [id("timeline-desc")]) { summary }
                for bucket in stride(from: 0, to: weeks, by: step) {
                    el("text", [cls("axis"), Attribute("x", "\(x(bucket))"), Attribute("y", "14")]) { calendar.label(bucket, format) }
                    el("line", [cls("grid"), Attribute("x1", "\(x(bucket))"), Attribute("x2", "\(x(bucket))"),
                                Attribute("y1", "\(top - 6)"), Attribute("y2", "\(height)")])
                }
                for (index, row) in shown.enumerated() {
                    let y = top + index * rowHeight
                    el("text", [cls("label"), Attribute("x", "0"), Attribute("y", "\(y + 19)")]) {
                        // The label is cut to fit; its title carries the whole name and the customer.
                        el("title") { [names.item(row.demand.item), row.demand.customer ?? ""].filter { !$0.isEmpty }.joined(separator: " · ") }
                        DemandProgressChart.short(names.item(row.demand.item), 26)
                    }
                    if row.demand.due < weeks {
                        el("rect", [cls("tl-due"), Attribute("x", "\(x(row.demand.due))"), Attribute("y", "\(y + 3)"),
                                    Attribute("width", "\(max(2, Int(cell)))"), Attribute("height", "\(rowHeight - 6)")]) {
                            el("title") { "\(t(.due)): \(calendar.label(row.demand.due, format))" }
                        }
                    }
                    for delivery in row.deliveries where delivery.bucket < weeks {
                        el("rect", [cls(delivery.bucket <= row.demand.due ? "tl-ontime" : "tl-late"),
                                    Attribute("x", "\(x(delivery.bucket) + 2)"), Attribute("y", "\(y + 8)"),
                                    Attribute("width", "\(max(2, Int(cell) - 4))"), Attribute("height", "\(rowHeight - 16)")]) {
                            el("title") { "\(calendar.label(delivery.bucket, format)): \(format.quantity(delivery.qty))" }
                        }
                    }
                    if row.isShort {
                        el("text", [cls("value tl-short-text"), Attribute("x", "\(width - right + 6)"), Attribute("y", "\(y + 19)")]) {
                            "\(t(.short)) \(format.quantity(row.short))"
                        }
                    }
                }
            }
            el("figcaption") {
                if rows.count > shown.count {
                    el("p", [cls("hint")]) {
                        t.fill(.timelineCapped, ["shown": format.integer(shown.count), "total": format.integer(rows.count)])
                    }
                }
                UI.legend([(t(.due), "tl-due"), (t(.onTime), "tl-ontime"), (t(.late), "tl-late")])
            }
            el("details") {
                el("summary") { t(.chartNumbers) }
                table(rows, calendar: calendar, names: names, context)
            }
        }
    }

    private static func table(_ rows: [DemandTimeline], calendar: PlanWeeks, names: PlanNames, _ context: PageContext) -> Node {
        let t = context.t, format = context.format
        return UI.table(
            caption: t(.chartTimelineTitle),
            headers: [t(.product), t(.customer), t(.priority), t(.quantity), t(.due), t(.plannedDeliveries), t(.onTime), t(.late), t(.short)],
            numeric: [2, 3, 6, 7, 8],
            rows: rows.map { row in
                let planned = row.deliveries.map { "\(calendar.label($0.bucket, format)): \(format.quantity($0.qty))" }
                return [text(names.item(row.demand.item)), text(row.demand.customer ?? ""), text(format.integer(row.demand.priority)),
                        text(format.quantity(row.demand.qty)), text(calendar.label(row.demand.due, format)),
                        text(planned.isEmpty ? "—" : planned.joined(separator: "; ")), text(format.quantity(row.onTime)),
                        text(format.quantity(row.late)), text(format.quantity(row.short))]
            })
    }
}
