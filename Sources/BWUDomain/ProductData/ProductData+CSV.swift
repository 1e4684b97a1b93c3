/// The CSV files of product data: one per kind, with documented columns.
extension ProductData {
    public static let files: [(name: String, columns: [String])] = [
        ("items.csv", ["code", "name", "unit", "category", "cpv", "nsn"]),
        ("resources.csv", ["code", "location", "capacity_per_week"]),
        ("operations.csv", ["code", "item", "location", "lead_time_weeks", "unit_cost", "min_lot", "lot_multiple"]),
        ("operation_inputs.csv", ["operation", "item", "qty"]),
        ("operation_loads.csv", ["operation", "resource", "per_unit"]),
        ("purchase_sources.csv", ["code", "item", "supplier", "country", "lead_time_weeks", "unit_cost", "capacity_per_week", "min_lot", "lot_multiple"]),
        ("stock.csv", ["item", "qty"]),
        ("open_orders.csv", ["item", "due_date", "qty"]),
    ]

    /// Columns a file may leave out: files written before items carried a classification still import.
    public static let optionalColumns: Set<String> = ["category", "cpv", "nsn"]

    /// Reads a complete set of CSV files. Every error in every file is collected, so one import
    /// attempt shows everything to fix; nothing is returned unless everything is valid.
    /// - Parameters:
    ///   - files: file name → content; all eight files must be present (an empty kind is a header line).
    ///   - suppliers: names of registered supplier organisations a purchase source may name.
    public static func parse(files: [String: String], currency: CurrencyCode, suppliers: Set<String>) -> Result<ProductData, ImportErrors> {
        var reader = ProductDataReader(currency: currency, suppliers: suppliers)
        var tables: [String: CSVTable] = [:]
        for (name, columns) in Self.files {
            guard let text = files[name] else {
                reader.errors.append(ImportError(file: name, line: 0, column: nil, reason: "the file is missing"))
                continue
            }
            do { tables[name] = try CSVTable(file: name, text: text, columns: columns, optional: Self.optionalColumns) } catch { reader.errors.append(error) }
        }
        for name in files.keys.sorted() where !Self.files.contains(where: { $0.name == name }) {
            reader.errors.append(ImportError(file: name, line: 0, column: nil, reason: "unknown file; expected \(Self.files.map(\.name).joined(separator: ", "))"))
        }
        guard reader.errors.isEmpty else { return .failure(ImportErrors(errors: reader.errors)) }
        let data = reader.read(tables)
        return reader.errors.isEmpty ? .success(data) : .failure(ImportErrors(errors: reader.errors))
    }

    /// Writes the data as the same eight CSV files.
    public func csvFiles() -> [String: String] {
        let currency = (try? CurrencyCode(self.currency)) ?? .dkk
        func money(_ minor: Int64) -> String { Money(minorUnits: minor, currency: currency).decimalString }
        func number(_ value: Double) -> String { value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value) }
        return [
            "items.csv": CSVTable.write(columns: Self.files[0].columns, rows: items.map { [$0.code, $0.name, $0.unit, $0.category ?? "", $0.cpv ?? "", $0.nsn ?? ""] }),
            "resources.csv": CSVTable.write(columns: Self.files[1].columns, rows: resources.map { [$0.code, $0.location, number($0.capacityPerWeek)] }),
            "operations.csv": CSVTable.write(columns: Self.files[2].columns, rows: operations.map {
                [$0.code, $0.item, $0.location, String($0.leadTimeWeeks), money($0.unitCostMinor), number($0.minLot), number($0.lotMultiple)]
            }),
            "operation_inputs.csv": CSVTable.write(columns: Self.files[3].columns, rows: operations.flatMap { op in
                op.inputs.map { [op.code, $0.item, number($0.qty)] }
            }),
            "operation_loads.csv": CSVTable.write(columns: Self.files[4].columns, rows: operations.flatMap { op in
                op.loads.map { [op.code, $0.resource, number($0.perUnit)] }
            }),
            "purchase_sources.csv": CSVTable.write(columns: Self.files[5].columns, rows: purchaseSources.map {
                [$0.code, $0.item, $0.supplier, $0.country, String($0.leadTimeWeeks), money($0.unitCostMinor),
                 $0.capacityPerWeek.map(number) ?? "", number($0.minLot), number($0.lotMultiple)]
            }),
            "stock.csv": CSVTable.write(columns: Self.files[6].columns, rows: stock.map { [$0.item, number($0.qty)] }),
            "open_orders.csv": CSVTable.write(columns: Self.files[7].columns, rows: openOrders.map { [$0.item, $0.due, number($0.qty)] }),
        ]
    }
}

/// Every error of a failed import.
public struct ImportErrors: Error, Equatable, Sendable, CustomStringConvertible {
    public let errors: [ImportError]

    public init(errors: [ImportError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
