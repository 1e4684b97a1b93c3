/// Turns parsed CSV tables into ``ProductData``, collecting an error for every bad field and
/// every reference to something that does not exist.
struct ProductDataReader {
    let currency: CurrencyCode
    let suppliers: Set<String>
    var errors: [ImportError] = []

    init(currency: CurrencyCode, suppliers: Set<String>) {
        self.currency = currency
        self.suppliers = suppliers
    }

    mutating func read(_ tables: [String: CSVTable]) -> ProductData {
        var data = ProductData.empty(currency)
        var itemCodes: Set<String> = [], resourceCodes: Set<String> = [], operationIndex: [String: Int] = [:]
        var sourceCodes: Set<String> = []

        for (table, row) in rows(tables["items.csv"]) {
            let code = text(table, row, "code")
            if !code.isEmpty, !itemCodes.insert(code).inserted { fail(table, row, "code", "duplicate item '\(code)'") }
            data.items.append(.init(
                code: code, name: row.fields["name"] ?? "", unit: optionalText(row, "unit") ?? "pcs",
                category: optionalText(row, "category"), cpv: classification(table, row, "cpv") { try CPVCode($0).description },
                nsn: classification(table, row, "nsn") { try NATOStockNumber($0).description }))
        }
        for (table, row) in rows(tables["resources.csv"]) {
            let code = text(table, row, "code")
            if !code.isEmpty, !resourceCodes.insert(code).inserted { fail(table, row, "code", "duplicate resource '\(code)'") }
            data.resources.append(.init(code: code, location: country(table, row, "location"),
                                        capacityPerWeek: number(table, row, "capacity_per_week") ?? 0))
        }
        for (table, row) in rows(tables["operations.csv"]) {
            let code = text(table, row, "code")
            if !code.isEmpty, operationIndex[code] != nil { fail(table, row, "code", "duplicate operation '\(code)'") }
            operationIndex[code] = data.operations.count
            data.operations.append(.init(
                code: code, item: reference(table, row, "item", in: itemCodes, kind: "item"), location: country(table, row, "location"),
                leadTimeWeeks: whole(table, row, "lead_time_weeks"), unitCostMinor: money(table, row, "unit_cost"),
                minLot: number(table, row, "min_lot", optional: true) ?? 0, lotMultiple: number(table, row, "lot_multiple", optional: true) ?? 0,
                inputs: [], loads: []))
        }
        for (table, row) in rows(tables["operation_inputs.csv"]) {
            let operation = reference(table, row, "operation", in: Set(operationIndex.keys), kind: "operation")
            let item = reference(table, row, "item", in: itemCodes, kind: "item")
            let qty = number(table, row, "qty") ?? 0
            if let index = operationIndex[operation] { data.operations[index].inputs.append(.init(item: item, qty: qty)) }
        }
        for (table, row) in rows(tables["operation_loads.csv"]) {
            let operation = reference(table, row, "operation", in: Set(operationIndex.keys), kind: "operation")
            let resource = reference(table, row, "resource", in: resourceCodes, kind: "resource")
            let perUnit = number(table, row, "per_unit") ?? 0
            if let index = operationIndex[operation] { data.operations[index].loads.append(.init(resource: resource, perUnit: perUnit)) }
        }
        for (table, row) in rows(tables["purchase_sources.csv"]) {
            let code = text(table, row, "code")
            if !code.isEmpty, !sourceCodes.insert(code).inserted { fail(table, row, "code", "duplicate purchase source '\(code)'") }
            let supplier = text(table, row, "supplier")
            if !supplier.isEmpty, !suppliers.contains(supplier) { fail(table, row, "supplier", "'\(supplier)' is not a registered supplier") }
            data.purchaseSources.append(.init(
                code: code, item: reference(table, row, "item", in: itemCodes, kind: "item"), supplier: supplier,
                country: country(table, row, "country"), leadTimeWeeks: whole(table, row, "lead_time_weeks"),
                unitCostMinor: money(table, row, "unit_cost"), capacityPerWeek: number(table, row, "capacity_per_week", optional: true),
                minLot: number(table, row, "min_lot", optional: true) ?? 0, lotMultiple: number(table, row, "lot_multiple", optional: true) ?? 0))
        }
        for (table, row) in rows(tables["stock.csv"]) {
            data.stock.append(.init(item: reference(table, row, "item", in: itemCodes, kind: "item"), qty: number(table, row, "qty") ?? 0))
        }
        for (table, row) in rows(tables["open_orders.csv"]) {
            let item = reference(table, row, "item", in: itemCodes, kind: "item")
            let due = row.fields["due_date"] ?? ""
            do { _ = try CalendarDate(due, field: "due_date") } catch { fail(table, row, "due_date", "expected a date as YYYY-MM-DD, got '\(due)'") }
            data.openOrders.append(.init(item: item, due: due, qty: number(table, row, "qty") ?? 0))
        }
        return data
    }

    private func rows(_ table: CSVTable?) -> [(CSVTable, CSVTable.Row)] {
        guard let table else { return [] }
        return table.rows.map { (table, $0) }
    }

    private mutating func fail(_ table: CSVTable, _ row: CSVTable.Row, _ column: String, _ reason: String) {
        errors.append(ImportError(file: table.file, line: row.line, column: column, reason: reason))
    }

    private mutating func text(_ table: CSVTable, _ row: CSVTable.Row, _ column: String) -> String {
        let value = (row.fields[column] ?? "").trimmingCharacters(in: .whitespaces)
        if value.isEmpty { fail(table, row, column, "must not be empty") }
        return value
    }

    private func optionalText(_ row: CSVTable.Row, _ column: String) -> String? {
        let value = (row.fields[column] ?? "").trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// An optional code column, checked and written in its canonical form; a bad code is named with the reason.
    private mutating func classification(_ table: CSVTable, _ row: CSVTable.Row, _ column: String,
                                         _ parse: (String) throws -> String) -> String? {
        guard let value = optionalText(row, column) else { return nil }
        do {
            return try parse(value)
        } catch let error as DomainError {
            fail(table, row, column, error.reason)
        } catch {
            fail(table, row, column, "\(error)")
        }
        return nil
    }

    private mutating func reference(_ table: CSVTable, _ row: CSVTable.Row, _ column: String, in known: Set<String>, kind: String) -> String {
        let value = text(table, row, column)
        if !value.isEmpty, !known.contains(value) { fail(table, row, column, "no \(kind) '\(value)'") }
        return value
    }

    private mutating func country(_ table: CSVTable, _ row: CSVTable.Row, _ column: String) -> String {
        let value = text(table, row, column)
        if !value.isEmpty, !(value.count == 2 && value.allSatisfy { $0.isASCII && $0.isUppercase }) {
            fail(table, row, column, "expected an ISO 3166-1 alpha-2 code such as DK, got '\(value)'")
        }
        return value
    }

    private mutating func number(_ table: CSVTable, _ row: CSVTable.Row, _ column: String, optional: Bool = false) -> Double? {
        guard let raw = optionalText(row, column) else {
            if !optional { fail(table, row, column, "must not be empty") }
            return nil
        }
        guard let value = Double(raw), value.isFinite, value >= 0 else {
            fail(table, row, column, "expected a number ≥ 0, got '\(raw)'")
            return nil
        }
        return value
    }

    private mutating func whole(_ table: CSVTable, _ row: CSVTable.Row, _ column: String) -> Int {
        let raw = optionalText(row, column) ?? ""
        guard let value = Int(raw), value >= 0, value <= 520 else {
            fail(table, row, column, "expected a whole number of weeks from 0 to 520, got '\(raw)'")
            return 0
        }
        return value
    }

    private mutating func money(_ table: CSVTable, _ row: CSVTable.Row, _ column: String) -> Int64 {
        let raw = optionalText(row, column) ?? ""
        do {
            return try Money.parse(raw, currency: currency, field: column, allowZero: true).minorUnits
        } catch {
            fail(table, row, column, (error as? DomainError)?.reason ?? "expected an amount like 1500.00, got '\(raw)'")
            return 0
        }
    }
}
