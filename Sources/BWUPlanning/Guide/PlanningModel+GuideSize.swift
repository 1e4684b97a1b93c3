extension PlanningModel {
    /// Rows of the LP the guide solves (``PlanOptions/lpGuided``): stock
    /// balance per item and bucket, capacity per resource and bucket, and a
    /// money row per bucket when there is a budget (an empty one too: it
    /// releases no money, which still binds).
    public var lpGuideRows: Int {
        let money = budget == nil ? 0 : 1
        return (items.count + resources.count + money) * horizon.buckets
    }

    /// The most rows the guide takes on; larger models are planned without it.
    /// The solver factors the normal equations once per iteration, and on
    /// these time-staged LPs the factor's work grows about with the cube of
    /// the rows: 11,440 rows (100 tight end items) are solved in 10 s,
    /// 34,008 (300) take seven minutes. About 175 end items fit.
    public static let lpGuideMaximumRows = 20_000

    /// Whether the LP guide plans this model (see ``lpGuideMaximumRows``).
    public var fitsLPGuide: Bool { lpGuideRows <= Self.lpGuideMaximumRows }
}
