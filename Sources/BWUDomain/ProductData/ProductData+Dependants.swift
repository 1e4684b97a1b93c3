extension ProductData {
    /// The items whose making needs, at any depth of the bill of materials, one of `components`
    /// (the components themselves included): the end items a supplier's parts go into.
    public func itemsDepending(on components: Set<String>) -> Set<String> {
        var dependants = components
        var changed = true
        // Operations are few per manufacturer; a fixed point over them is simple and exact.
        while changed {
            changed = false
            for operation in operations where !dependants.contains(operation.item) {
                if operation.inputs.contains(where: { dependants.contains($0.item) }) {
                    dependants.insert(operation.item)
                    changed = true
                }
            }
        }
        return dependants
    }

    /// The items a supplier (by registered name) is a purchase source for.
    public func itemsSupplied(by supplier: String) -> Set<String> {
        Set(purchaseSources.filter { $0.supplier == supplier }.map(\.item))
    }
}
